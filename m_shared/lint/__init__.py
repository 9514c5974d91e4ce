"""Stage 3: lint the shared package for code that would behave differently in JavaScript.

Transcrypt compiles a subset of Python, and some of what it compiles runs
differently from CPython. :func:`run` reports every construct known to diverge,
as one sorted list of :class:`~m_shared.diagnostics.Diagnostic`, merged from:

* ruff, with ``rules/ruff.toml`` (printf formatting, ``super`` with arguments,
  ``is`` with literals, standard-library functions the runtime lacks);
* semgrep, with the rules in ``rules/semgrep/`` (MS1xx), run offline (its engine, semgrep-core,
  called directly: about 0.1 s, so the watch loop runs every rule on every save; see :mod:`._tools`);
* Python syntax-tree checks of our own (MS2xx, :mod:`._ast_checks`);
* the import boundary of the discover stage (``build/import``).

A finding is silenced by a comment naming its rule on its line
(``# m-shared: ignore[MS111]`` or ruff's ``# noqa: UP031``); silenced findings
are counted in :attr:`LintResult.suppressed`.

Results are cached per file under ``.m_shared/lint/`` by the sha256 of the file
and of the rules, so re-linting an unchanged file costs nothing and a watch
loop runs the linters only on the files that changed.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Self

from ..diagnostics import ConfigError, Diagnostic
from ..graph import parse, recursion_headroom
from . import _ast_checks, _suppress, _tools

__all__ = ["LintResult", "Linting", "rules_dir", "rules_fingerprint", "run", "start"]

_CACHE_FORMAT = 1


@dataclasses.dataclass
class LintResult:
    diagnostics: list[Diagnostic]  # sorted
    suppressed: int  # findings silenced by an inline comment naming their rule
    files: int = 0  # files linted
    cached: int = 0  # of which results came from the cache

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "warning")


def rules_dir() -> Path:
    """The rules shipped with m_shared: ``m_shared/_data/rules`` in a wheel, else ``<repo>/rules``."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_data" / "rules", package.parent / "rules"):
        if (candidate / "ruff.toml").is_file() and (candidate / "semgrep").is_dir():
            return candidate
    raise ConfigError(f"m_shared's lint rules are missing (looked in {package / '_data' / 'rules'} and "
                      f"{package.parent / 'rules'}); reinstall m-shared")


def run(
    project_dir: Path,
    source_dir: Path,
    paths: list[Path] | None = None,
    *,
    cache: bool = True,
    boundary: bool = True,
) -> LintResult:
    """Lint ``paths`` (files or directories; default: every module under ``source_dir``).

    Relative paths are taken relative to the current directory, as everywhere in Python. A path
    that does not exist, is not a ``.py`` file or directory, or lies outside the project raises
    :class:`ConfigError`. A linter that cannot run raises
    :class:`~m_shared.diagnostics.MSharedError`: no rule is ever skipped.
    """
    with start(project_dir, source_dir, paths, cache=cache, boundary=boundary) as linting:
        return linting.result()


def start(
    project_dir: Path,
    source_dir: Path,
    paths: list[Path] | None = None,
    *,
    cache: bool = True,
    boundary: bool = True,
) -> Linting:
    """:func:`run` in two halves: start the linters on the files not in the cache, and return at once.

    The build compiles while ruff and semgrep-core run; :meth:`Linting.result` waits for them and
    finishes in the calling thread (the syntax-tree checks change the process's recursion limit, so
    they must not run beside the compile stage in another thread). Use it as a context manager, or
    call :meth:`Linting.close`, so linters still running are stopped if the caller gives up.
    """
    project_dir = Path(project_dir).resolve()
    source_dir = Path(source_dir).resolve()
    files = _select(project_dir, source_dir, paths)
    rules = rules_dir()
    linting = Linting(project_dir, source_dir, files, cache=cache, boundary=boundary)
    fingerprint = _fingerprint(rules) if cache else ""
    for relpath in files:
        data = (project_dir / relpath).read_bytes()
        key = hashlib.sha256(f"{_CACHE_FORMAT}\0{fingerprint}\0{relpath}\0".encode() + data).hexdigest()
        hit = _cache_read(linting.cache_dir, relpath, key) if cache else None
        if hit is not None:
            found, count = hit
            linting.diagnostics.extend(found)
            linting.suppressed += count
            linting.cached += 1
        else:
            linting.pending[relpath] = (data, key)
    if linting.pending:
        # A module nested deeper than the linters handle (ruff overflows its stack) gets the one finding
        # that says so, and no linter sees it.
        linting.trees = {relpath: _parse(relpath, data) for relpath, (data, _) in linting.pending.items()}
        linted = sorted(relpath for relpath, tree in linting.trees.items()
                        if not (isinstance(tree, Diagnostic) and tree.rule == "build/nesting"))
        linting.running = _tools.start_linters(project_dir, rules, linted)
    return linting


class Linting:
    """A lint started by :func:`start`; :meth:`result` waits for the linters and returns the findings."""

    def __init__(self, project_dir: Path, source_dir: Path, files: list[str], *, cache: bool, boundary: bool):
        self.project_dir = project_dir
        self.source_dir = source_dir
        self.files = files
        self.cache = cache
        self.boundary = boundary
        self.cache_dir = project_dir / ".m_shared" / "lint"
        self.diagnostics: list[Diagnostic] = []
        self.suppressed = 0
        self.cached = 0
        self.pending: dict[str, tuple[bytes, str]] = {}  # relpath -> (bytes, cache key): not in the cache
        self.trees: dict[str, ast.Module | Diagnostic | None] = {}
        self.running: _tools.RunningLinters | None = None

    def result(self) -> LintResult:
        diagnostics, suppressed = list(self.diagnostics), self.suppressed
        if self.pending:
            raw = self.running.findings() if self.running is not None else []
            by_file: dict[str, list[_tools.RawFinding]] = {relpath: [] for relpath in self.pending}
            for finding in raw:
                by_file.setdefault(finding.path, []).append(finding)
            for relpath, (data, key) in self.pending.items():
                found, count = _finish_file(relpath, data, self.trees[relpath], by_file.get(relpath, []))
                diagnostics.extend(found)
                suppressed += count
                # A file saved again meanwhile was linted as the linters read it, not as `data`: not cached.
                if self.cache and _unchanged(self.project_dir / relpath, data):
                    _cache_write(self.cache_dir, relpath, key, found, count)
        if self.boundary:
            diagnostics.extend(_boundary(self.project_dir, self.source_dir, set(self.files)))
        return LintResult(diagnostics=sorted(set(diagnostics)), suppressed=suppressed, files=len(self.files),
                          cached=self.cached)

    def close(self) -> None:
        """Stop linters still running (idempotent)."""
        if self.running is not None:
            self.running.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _select(project_dir: Path, source_dir: Path, paths: list[Path] | None) -> list[str]:
    roots = [source_dir] if not paths else [Path(p) for p in paths]
    selected: set[str] = set()
    for root in roots:
        root = Path(root).resolve()
        if root != project_dir and project_dir not in root.parents:
            raise ConfigError(f"{root}: not inside the project {project_dir}")
        if root.is_dir():
            for path in root.rglob("*.py"):
                relative = path.relative_to(root)
                if any(part.startswith(".") or part == "__pycache__" for part in relative.parts[:-1]):
                    continue
                selected.add(path.relative_to(project_dir).as_posix())
        elif root.is_file():
            if root.suffix != ".py":
                raise ConfigError(f"{root}: not a Python file")
            selected.add(root.relative_to(project_dir).as_posix())
        else:
            raise ConfigError(f"{root}: no such file or directory")
    return sorted(selected)


def _finish_file(
    relpath: str, data: bytes, tree: ast.Module | Diagnostic | None, raw: list[_tools.RawFinding]
) -> tuple[list[Diagnostic], int]:
    """Add the syntax-tree checks to one file's tool findings and apply its suppression comments."""
    if tree is None:
        return [], 0  # not UTF-8: the discover stage reports build/encoding
    source = data.decode("utf-8-sig")
    findings = list(raw)
    if isinstance(tree, Diagnostic):
        # One finding, CPython's own words (as the build reports it), instead of ruff's list.
        findings = [f for f in findings if f.rule != "build/syntax"]
        findings.append(_tools.RawFinding(
            path=relpath, line=tree.line, col=tree.col, end_line=tree.line, rule=tree.rule,
            message=tree.message, hint=tree.hint, severity="error", suppress_lines=(),
        ))
    else:
        with recursion_headroom():
            checked = _ast_checks.check(tree)
        for finding in checked:
            findings.append(_tools.RawFinding(
                path=relpath, line=finding.line, col=finding.col, end_line=finding.end_line, rule=finding.rule,
                message=finding.message, hint=finding.hint, severity="error",
                suppress_lines=tuple(range(finding.line, finding.end_line + 1)),
            ))
    table = _suppress.suppressions(source)
    kept: list[Diagnostic] = []
    silenced = 0
    for finding in findings:
        if finding.rule != "build/syntax" and _suppress.is_suppressed(finding.rule, finding.suppress_lines, table):
            silenced += 1
            continue
        kept.append(Diagnostic(
            path=relpath, line=finding.line, col=finding.col, rule=finding.rule,
            message=finding.message, hint=finding.hint, severity=finding.severity,  # type: ignore[arg-type]
        ))
    return kept, silenced


def _unchanged(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _parse(relpath: str, data: bytes) -> ast.Module | Diagnostic | None:
    """The file's syntax tree, or the diagnostic saying why it has none; None if it is not UTF-8."""
    try:
        return parse(data.decode("utf-8-sig"), relpath)
    except UnicodeDecodeError:
        return None


def _boundary(project_dir: Path, source_dir: Path, files: set[str]) -> list[Diagnostic]:
    """The discover stage's import-boundary and encoding findings for the linted files."""
    from ..config import Config
    from ..graph import discover

    if not source_dir.is_dir():
        return []
    config = Config(project_dir=project_dir, pyproject=project_dir / "pyproject.toml", source_dir=source_dir,
                    targets=())
    return [d for d in discover(config).diagnostics if d.path in files]


def rules_fingerprint() -> str:
    """A digest of everything a file's findings depend on besides the file: rules, checks, tool versions."""
    return _fingerprint(rules_dir())


def _fingerprint(rules: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in rules.rglob("*") if p.is_file() and p.suffix in (".toml", ".yaml", ".yml")):
        digest.update(path.relative_to(rules).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for own in sorted(Path(__file__).parent.glob("_*.py")):
        digest.update(own.read_bytes())
    for tool in ("ruff", "semgrep"):
        try:
            digest.update(f"{tool}={metadata.version(tool)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(tool.encode())
    return digest.hexdigest()


def _cache_name(relpath: str, key: str) -> str:
    """One entry per file: ``<file id>-<content key>.json``, so a new version replaces the old one."""
    return f"{hashlib.sha256(relpath.encode()).hexdigest()[:16]}-{key[:32]}.json"


def _cache_read(cache_dir: Path, relpath: str, key: str) -> tuple[list[Diagnostic], int] | None:
    try:
        record = json.loads((cache_dir / _cache_name(relpath, key)).read_text(encoding="utf-8"))
        return [Diagnostic(**item) for item in record["diagnostics"]], int(record["suppressed"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_write(cache_dir: Path, relpath: str, key: str, found: list[Diagnostic], count: int) -> None:
    name = _cache_name(relpath, key)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"{name.split('-')[0]}-*.json"):
            stale.unlink(missing_ok=True)
        payload = json.dumps({"diagnostics": [d.to_json() for d in found], "suppressed": count})
        fd, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        os.replace(temporary, cache_dir / name)
    except OSError:
        pass  # a read-only project still lints, only slower
