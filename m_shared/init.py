"""``m shared init``: scaffold m_shared in an existing project, never overwriting anything.

It adds ``[tool.m_shared]`` to ``pyproject.toml`` (edited with tomlkit, so the rest of the file keeps
its formatting and comments), creates the shared package with one example validator, proposes a
target for every directory it recognises and adds ``.m_shared/`` to ``.gitignore``. Each step is
skipped when its result is already there, so running it twice does nothing the second time.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path

import tomlkit
import tomlkit.exceptions

from .diagnostics import ConfigError

INIT_MODULE = '''"""Validators shared by the server (CPython), the browser and workerd; compiled by `m shared build`."""
'''

EXAMPLE_MODULE = '''"""An example validator: edit it, or add modules of your own beside it.

Every module of this package runs in CPython on the server and, compiled by `m shared build`,
in the browser and in workerd. `m shared lint` reports code that would behave differently there.
"""

from __future__ import annotations

MAX_NAME_LENGTH = 140


def validate_name(value: str) -> str | None:
    """The error message for a name field, or None when the name is acceptable.

    >>> validate_name("Ada Lovelace")
    >>> validate_name("   ")
    'Name is required.'
    >>> validate_name("x" * 141)
    'Name must be at most 140 characters.'
    """
    name = value.strip()
    if name == "":
        return "Name is required."
    if len(name) > MAX_NAME_LENGTH:
        return "Name must be at most " + str(MAX_NAME_LENGTH) + " characters."
    return None
'''

EXAMPLE_NAME = "example.py"
_SKIP_DIRS = {"node_modules", ".git", ".venv", "venv", "__pycache__", ".m_shared", "dist", "build"}
_WORKERD_FILES = ("wrangler.toml", "wrangler.json", "wrangler.jsonc")


@dataclasses.dataclass(frozen=True)
class ProposedTarget:
    name: str
    path: str  # relative to the project, POSIX
    runtime: str
    reason: str


@dataclasses.dataclass
class InitResult:
    project_dir: Path
    actions: list[str] = dataclasses.field(default_factory=list)  # what was done, one line each
    notes: list[str] = dataclasses.field(default_factory=list)  # what was left alone, and why

    @property
    def changed(self) -> bool:
        return bool(self.actions)


def init_project(project_dir: Path, source: str = "shared") -> InitResult:
    """Scaffold m_shared in ``project_dir``; every step that would overwrite something is skipped."""
    project_dir = project_dir.resolve()
    pyproject = project_dir / "pyproject.toml"
    if not pyproject.is_file():
        raise ConfigError(
            f"{pyproject}: file not found (m shared init adds [tool.m_shared] to an existing pyproject.toml; "
            "create one first, or pass --project DIR)"
        )
    if not source or not Path(source).name.isidentifier() or Path(source).is_absolute() or ".." in Path(source).parts:
        raise ConfigError(f"--source: {source!r} must be a relative path whose last part is a Python package name")
    result = InitResult(project_dir)
    source = _configure(pyproject, source, result)
    _scaffold_package(project_dir, source, result)
    _ignore_state_dir(project_dir, result)
    return result


def propose_targets(project_dir: Path, source: str = "shared") -> list[ProposedTarget]:
    """One target per recognised directory: Vite apps (browser) and workerd/wrangler projects (workerd)."""
    found: list[ProposedTarget] = []
    for directory in _candidate_dirs(project_dir):
        kind = _recognise(directory)
        if kind is None:
            continue
        runtime, reason = kind
        relative = directory.relative_to(project_dir)
        target = (relative / "src" / "shared").as_posix()
        if Path(source) in (relative / "src" / "shared").parents or (relative / "src" / "shared") == Path(source):
            continue
        if relative.parts and Path(source).parts and relative.parts[0] == Path(source).parts[0]:
            continue
        name = _target_name(relative, runtime, {t.name for t in found})
        found.append(ProposedTarget(name=name, path=target, runtime=runtime, reason=reason))
    return found


def _candidate_dirs(project_dir: Path) -> list[Path]:
    """The project directory and its subdirectories two levels down, skipping dependencies and hidden ones."""
    found = [project_dir]
    level = [project_dir]
    for _ in range(2):
        next_level = []
        for parent in level:
            try:
                children = sorted(p for p in parent.iterdir() if p.is_dir() and not p.is_symlink())
            except OSError:
                continue
            for child in children:
                if child.name in _SKIP_DIRS or child.name.startswith("."):
                    continue
                next_level.append(child)
        found.extend(next_level)
        level = next_level
    return found


def _recognise(directory: Path) -> tuple[str, str] | None:
    for name in _WORKERD_FILES:
        if (directory / name).is_file():
            return "workerd", name
    capnp = sorted(directory.glob("*.capnp"))
    if capnp:
        return "workerd", capnp[0].name
    package_json = directory / "package.json"
    if package_json.is_file():
        try:
            data = json.loads(package_json.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            data = {}
        dependencies: dict = {}
        if isinstance(data, dict):
            for key in ("dependencies", "devDependencies"):
                if isinstance(data.get(key), dict):
                    dependencies.update(data[key])
        if "vite" in dependencies or any(directory.glob("vite.config.*")):
            return "browser", "package.json with vite"
    return None


def _target_name(relative: Path, runtime: str, taken: set[str]) -> str:
    base = relative.name if relative.parts else ("frontend" if runtime == "browser" else "worker")
    base = "".join(c if c.isalnum() or c in "-_" else "-" for c in base) or runtime
    name, counter = base, 2
    while name in taken:
        name, counter = f"{base}-{counter}", counter + 1
    return name


def _configure(pyproject: Path, source: str, result: InitResult) -> str:
    """Add ``[tool.m_shared]`` unless it exists; return the source directory the project uses."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"{pyproject}: not valid UTF-8 ({error.reason})") from None
    try:
        existing = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{pyproject}: invalid TOML: {error}") from None
    tool = existing.get("tool")
    if isinstance(tool, dict) and "m_shared" in tool:
        section = tool["m_shared"]
        configured = section.get("source", "shared") if isinstance(section, dict) else None
        if isinstance(configured, str) and configured.strip():
            return configured
        return source

    targets = []
    for target in propose_targets(pyproject.parent, source):
        existing_dir = pyproject.parent / target.path
        if existing_dir.is_dir() and any(existing_dir.iterdir()) and not (existing_dir / "manifest.json").is_file():
            result.notes.append(
                f"{target.path} already holds files m_shared did not publish; no {target.runtime} target proposed "
                "(add one by hand with a path of its own)"
            )
            continue
        targets.append(target)
    document = tomlkit.parse(text)
    table = tomlkit.table()
    table.add("source", source)
    if targets:
        targets_table = tomlkit.table(is_super_table=True)
        for target in targets:
            entry = tomlkit.table()
            entry.add("path", target.path)
            entry.add("runtime", target.runtime)
            targets_table.add(target.name, entry)
        table.add("targets", targets_table)
    try:
        if "tool" in document:
            document["tool"]["m_shared"] = table  # type: ignore[index]
        else:
            tool_table = tomlkit.table(is_super_table=True)
            tool_table.add("m_shared", table)
            if text and not text.endswith("\n"):
                document.add(tomlkit.nl())
            document.add("tool", tool_table)
        updated = tomlkit.dumps(document)
        parsed = tomllib.loads(updated)
    except (tomlkit.exceptions.TOMLKitError, tomllib.TOMLDecodeError, TypeError) as error:
        raise ConfigError(f"{pyproject}: cannot add [tool.m_shared] automatically ({error}); add it by hand") from None
    if parsed.get("tool", {}).get("m_shared", {}).get("source") != source:
        raise ConfigError(f"{pyproject}: cannot add [tool.m_shared] automatically; add it by hand")
    pyproject.write_text(updated, encoding="utf-8")
    result.actions.append(f"added [tool.m_shared] to pyproject.toml (source = {source!r})")
    for target in targets:
        result.actions.append(f"  target {target.name}: {target.path} ({target.runtime}; found {target.reason})")
    if not targets:
        result.notes.append(
            "no Vite app or workerd project found: add targets under [tool.m_shared.targets.<name>] "
            "with path and runtime (browser | workerd | node)"
        )
    return source


def _scaffold_package(project_dir: Path, source: str, result: InitResult) -> None:
    package = project_dir / source
    relative = Path(source).as_posix()
    if package.exists() and not package.is_dir():
        result.notes.append(f"{relative} exists and is not a directory; left as is")
        return
    modules = [p for p in package.rglob("*.py") if p.name != "__init__.py"] if package.is_dir() else []
    package.mkdir(parents=True, exist_ok=True)
    init = package / "__init__.py"
    if not init.exists():
        _create(init, INIT_MODULE)
        result.actions.append(f"created {relative}/__init__.py")
    if not modules:
        _create(package / EXAMPLE_NAME, EXAMPLE_MODULE)
        result.actions.append(f"created {relative}/{EXAMPLE_NAME} (an example validator with a doctest)")


def _create(path: Path, text: str) -> None:
    """Write a new file; never replace an existing one (mode 'x')."""
    with path.open("x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _ignore_state_dir(project_dir: Path, result: InitResult) -> None:
    gitignore = project_dir / ".gitignore"
    if gitignore.is_file():
        text = gitignore.read_text(encoding="utf-8", errors="replace")
        patterns = {line.strip() for line in text.splitlines()}
        if patterns & {".m_shared", ".m_shared/", "/.m_shared", "/.m_shared/", ".m_shared/*", "/.m_shared/*"}:
            return
        with gitignore.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(("" if not text or text.endswith("\n") else "\n") + ".m_shared/\n")
        result.actions.append("added .m_shared/ to .gitignore")
    elif not gitignore.exists():
        _create(gitignore, ".m_shared/\n")
        result.actions.append("created .gitignore with .m_shared/")
