"""Stage 1: find and validate ``[tool.m_shared]`` in the app's ``pyproject.toml``.

Every problem is a :class:`ConfigError` whose message is one line naming the
file and the key, so a user can fix it without reading code.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

from .diagnostics import ConfigError

RUNTIMES = ("browser", "workerd", "node")
_TOP_KEYS = {"python", "source", "targets"}
# The CPython versions whose behaviour the published JavaScript can reproduce (js_runtime/overlay reads the
# target as __m_shared_python__, folded at link time: m_shared/overlay.py specialize)
PYTHON_VERSIONS = ((3, 11), (3, 12), (3, 13))
# without tool.m_shared.python: the version the runtime has followed since 3.12 made sum() of floats compensated,
# and Framework M's (see docs/configuration.md); one [project] requires-python excludes gives way to the lowest it allows
DEFAULT_PYTHON = (3, 12)
_TARGET_KEYS = {"path", "runtime"}


@dataclasses.dataclass(frozen=True)
class Target:
    name: str
    path: Path  # absolute, inside the project
    runtime: str


@dataclasses.dataclass(frozen=True)
class Config:
    project_dir: Path  # absolute, resolved
    pyproject: Path
    source_dir: Path  # absolute; its name is the Python package name
    targets: tuple[Target, ...]
    python: tuple[int, int] = DEFAULT_PYTHON  # the CPython version whose behaviour the published JavaScript reproduces

    @property
    def package(self) -> str:
        return self.source_dir.name

    @property
    def state_dir(self) -> Path:
        """m_shared's own working directory inside the project (cache, staging, lock)."""
        return self.project_dir / ".m_shared"


def find_project(start: Path) -> Path:
    """The nearest directory from ``start`` upwards whose pyproject.toml has ``[tool.m_shared]``."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file() and _has_section(candidate):
            return directory
    raise ConfigError(
        f"no pyproject.toml with a [tool.m_shared] section in {start} or any parent directory "
        "(run `m shared init`, or pass --project DIR)"
    )


def load(project: str | Path | None = None, *, cwd: Path | None = None) -> Config:
    """Load the configuration of ``project`` (a directory), or of the nearest project above ``cwd``."""
    project_dir = (Path(project) if project is not None else find_project(cwd or Path.cwd())).resolve()
    pyproject = project_dir / "pyproject.toml"
    if not project_dir.is_dir():
        raise ConfigError(f"{project_dir}: project directory does not exist")
    if not pyproject.is_file():
        raise ConfigError(f"{pyproject}: file not found (a project needs a pyproject.toml with [tool.m_shared])")
    data = _read_toml(pyproject)
    section = data.get("tool", {}).get("m_shared") if isinstance(data.get("tool"), dict) else None
    if section is None:
        raise ConfigError(f"{pyproject}: no [tool.m_shared] section (run `m shared init` to add one)")
    if not isinstance(section, dict):
        raise ConfigError(f"{pyproject}: tool.m_shared must be a table")
    _reject_unknown(pyproject, "tool.m_shared", section, _TOP_KEYS)

    source_value = section.get("source", "shared")
    source_dir = _inside_project(pyproject, project_dir, "tool.m_shared.source", source_value)
    if not source_dir.is_dir():
        raise ConfigError(f"{pyproject}: tool.m_shared.source: directory {source_value!r} does not exist")
    if not source_dir.name.isidentifier():
        raise ConfigError(
            f"{pyproject}: tool.m_shared.source: {source_dir.name!r} is not a valid Python package name"
        )

    targets_value = section.get("targets", {})
    if not isinstance(targets_value, dict):
        raise ConfigError(f"{pyproject}: tool.m_shared.targets must be a table of tables")
    targets = []
    for name, table in sorted(targets_value.items()):
        key = f"tool.m_shared.targets.{name}"
        if not isinstance(table, dict):
            raise ConfigError(f"{pyproject}: {key} must be a table with 'path' and 'runtime'")
        _reject_unknown(pyproject, key, table, _TARGET_KEYS)
        if "path" not in table:
            raise ConfigError(f"{pyproject}: {key}.path is missing")
        runtime = table.get("runtime", "browser")
        if not isinstance(runtime, str) or runtime not in RUNTIMES:
            raise ConfigError(f"{pyproject}: {key}.runtime must be one of {', '.join(RUNTIMES)}, not {runtime!r}")
        path = _inside_project(pyproject, project_dir, f"{key}.path", table["path"])
        if path == project_dir or path == source_dir or source_dir in path.parents or path in source_dir.parents:
            raise ConfigError(f"{pyproject}: {key}.path must be a directory of its own, apart from the project root and the source package")
        targets.append(Target(name=name, path=path, runtime=runtime))
    _reject_overlapping(pyproject, targets)
    state_dir = project_dir / ".m_shared"
    if state_dir.is_symlink() and project_dir not in state_dir.resolve().parents:
        raise ConfigError(
            f"{state_dir} is a symlink to {state_dir.resolve()}, outside the project; m_shared keeps its cache "
            "and build lock there and writes only inside the project: remove the symlink"
        )
    python = _python(pyproject, data, section)
    return Config(project_dir=project_dir, pyproject=pyproject, source_dir=source_dir, targets=tuple(targets),
                  python=python)


def _python(pyproject: Path, data: dict, section: dict) -> tuple[int, int]:
    """``tool.m_shared.python`` ("3.13"), else 3.12, or the lowest supported version ``requires-python`` allows
    when it excludes 3.12. Never the interpreter running the build: the published bytes are the same on any machine."""
    supported = ", ".join(f"{major}.{minor}" for major, minor in PYTHON_VERSIONS)
    if "python" in section:
        value = section["python"]
        found = re.fullmatch(r"(\d+)\.(\d+)", value) if isinstance(value, str) else None
        version = (int(found.group(1)), int(found.group(2))) if found else None
        if version not in PYTHON_VERSIONS:
            raise ConfigError(
                f"{_located(pyproject, 'python')}: tool.m_shared.python: {value!r} is not a CPython version the "
                f"published JavaScript can follow (supported: {supported}; write e.g. python = \"3.12\")"
            )
        return version
    project = data.get("project")
    requires = project.get("requires-python") if isinstance(project, dict) else None
    if requires is None:
        return DEFAULT_PYTHON
    allowed = _allowed_minors(requires) if isinstance(requires, str) else None
    if allowed is None:
        raise ConfigError(
            f"{_located(pyproject, 'requires-python', 'project')}: project.requires-python {requires!r} is not a "
            f"version specifier m_shared reads, and decides tool.m_shared.python without it: "
            f"set tool.m_shared.python (one of {supported})"
        )
    if DEFAULT_PYTHON in allowed:
        return DEFAULT_PYTHON
    lowest = next((version for version in PYTHON_VERSIONS if version in allowed), None)
    if lowest is None:
        raise ConfigError(
            f"{_located(pyproject, 'requires-python', 'project')}: project.requires-python {requires!r} allows none of "
            f"the CPython versions the published JavaScript can follow ({supported}): "
            f"set tool.m_shared.python to the one closest to your server's"
        )
    return lowest


_CLAUSE = re.compile(r"\s*(~=|===|==|!=|<=|>=|<|>)\s*v?(\d+(?:\.\d+)*)(\.\*)?\s*")


def _allowed_minors(specifier: str) -> set[tuple[int, int]] | None:
    """The 3.x minor versions of which some release satisfies a PEP 440 ``requires-python`` (release
    numbers only, e.g. ">=3.11,<3.14", "~=3.12", "==3.13.*"); None when it is not such a specifier."""
    clauses = []
    for text in specifier.split(","):
        found = _CLAUSE.fullmatch(text)
        if found is None or (found.group(3) and found.group(1) not in ("==", "!=")):
            return None
        operator, release, wildcard = found.group(1), tuple(int(n) for n in found.group(2).split(".")), found.group(3)
        if operator == "~=":
            if len(release) < 2:
                return None
            clauses += [(">=", release, None), ("==", release[:-1], ".*")]
        else:
            clauses.append((operator, release, wildcard))

    def satisfies(version: tuple[int, ...]) -> bool:
        for operator, release, wildcard in clauses:
            if wildcard or operator == "===":
                equal = version[: len(release)] == release if wildcard else version == release
                if equal != (operator != "!="):
                    return False
                continue
            width = max(len(version), len(release))
            left, right = version + (0,) * (width - len(version)), release + (0,) * (width - len(release))
            if not {"==": left == right, "!=": left != right, "<": left < right, "<=": left <= right,
                    ">": left > right, ">=": left >= right}[operator]:
                return False
        return True

    # a minor version is allowed when one of its releases is (">3.11" allows 3.11.1)
    return {(major, minor) for major in (3,) for minor in range(30) if any(satisfies((major, minor, patch))
                                                                            for patch in range(100))}


def _located(pyproject: Path, key: str, table: str = "tool.m_shared") -> str:
    """``pyproject.toml:LINE`` of ``key`` in ``[table]`` (the file alone when it cannot be found)."""
    try:
        lines = pyproject.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return str(pyproject)
    current = ""  # the table of the line: its keys are spelt relative to it ([tool] m_shared.python = ...)
    for number, line in enumerate(lines, 1):
        header = re.match(r"\s*\[([^\[\]]+)\]\s*(?:#.*)?$", line)
        if header:
            current = header.group(1).replace(" ", "").replace('"', "")
            continue
        full = f"{table}.{key}"
        spelt = full if not current else full[len(current) + 1 :] if full.startswith(current + ".") else None
        if spelt is not None and re.match(rf"\s*[\"']?{re.escape(spelt)}[\"']?\s*=", line):
            return f"{pyproject}:{number}"
    return str(pyproject)


def _has_section(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        if "tool.m_shared" in text:  # ours, but broken: say so rather than keep searching upwards
            raise ConfigError(f"{pyproject}: invalid TOML: {error}") from None
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "m_shared" in tool


def _read_toml(pyproject: Path) -> dict:
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise ConfigError(f"{pyproject}: not valid UTF-8 ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{pyproject}: invalid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{pyproject}: cannot read: {error.strerror}") from None


def _reject_unknown(pyproject: Path, key: str, table: dict, allowed: set[str]) -> None:
    for name in sorted(table):
        if name not in allowed:
            raise ConfigError(
                f"{pyproject}: {key}.{name}: unknown key (expected one of {', '.join(sorted(allowed))})"
            )


def _inside_project(pyproject: Path, project_dir: Path, key: str, value: object) -> Path:
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise ConfigError(f"{pyproject}: {key} must be a non-empty string path, not {value!r}")
    relative = Path(value)
    if relative.is_absolute() or ".." in relative.parts:
        raise ConfigError(f"{pyproject}: {key}: {value!r} must be a relative path inside the project, without '..'")
    resolved = (project_dir / relative).resolve()
    if resolved != project_dir and project_dir not in resolved.parents:
        raise ConfigError(f"{pyproject}: {key}: {value!r} leaves the project directory (through a symlink)")
    return resolved


def _reject_overlapping(pyproject: Path, targets: list[Target]) -> None:
    for first in targets:
        for second in targets:
            if first is not second and (first.path == second.path or first.path in second.path.parents):
                raise ConfigError(
                    f"{pyproject}: tool.m_shared.targets.{second.name}.path overlaps targets.{first.name}.path"
                )
