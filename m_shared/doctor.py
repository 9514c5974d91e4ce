"""``m shared doctor``: check everything m_shared depends on, one line per check, with a fix for each failure."""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import subprocess
import sys
import warnings
from importlib import metadata
from pathlib import Path
from typing import Literal

from .diagnostics import MSharedError

Status = Literal["ok", "warn", "fail", "skip"]  # warn: works, but something to know (not a failure)

TRANSCRYPT_VERSION = "3.9.5"
SUPPORTED_PYTHON = ((3, 11), (3, 13))  # Transcrypt 3.9.5 works on these; 3.14 removed ast.Str/ast.Num
NODE_MINIMUM = 18


@dataclasses.dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str = ""

    def to_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)


def run_checks(project: Path | None = None, *, cwd: Path | None = None) -> list[Check]:
    """Every check, in order; the project checks are skipped when there is no valid configuration."""
    checks = [_python(), _package("transcrypt", "Transcrypt", exact=TRANSCRYPT_VERSION), _package("semgrep", "semgrep"),
              _package("ruff", "ruff"), _node()]
    config, config_check = _config(project, cwd)
    checks.append(config_check)
    if config is None:
        checks.append(Check("targets", "skip", "no valid configuration"))
        checks.append(Check("stale", "skip", "no valid configuration"))
        return checks
    checks.append(_targets(config))
    checks.append(_stale(config) if checks[0].status == "ok" and checks[1].status == "ok"
                  else Check("stale", "skip", "needs a supported Python and Transcrypt"))
    return checks


def _python() -> Check:
    version = ".".join(map(str, sys.version_info[:3]))
    low, high = SUPPORTED_PYTHON
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        has_old_nodes = hasattr(ast, "Str") and hasattr(ast, "Num")
    if sys.version_info[:2] > high or not has_old_nodes:
        return Check(
            "python", "fail",
            f"Python {version}: Transcrypt {TRANSCRYPT_VERSION} cannot compile on it: it still uses ast.Str and "
            "ast.Num, which Python 3.14 removed",
            f"run m_shared on Python {low[0]}.{low[1]} to {high[0]}.{high[1]} (e.g. `uv venv -p 3.13`)",
        )
    if sys.version_info[:2] < low:
        return Check("python", "fail", f"Python {version} is older than m_shared supports",
                     f"use Python {low[0]}.{low[1]} to {high[0]}.{high[1]}")
    return Check("python", "ok", f"Python {version} ({sys.executable}); Transcrypt {TRANSCRYPT_VERSION} supports it")


def _package(distribution: str, label: str, *, exact: str | None = None) -> Check:
    try:
        version = metadata.version(distribution)
    except metadata.PackageNotFoundError:
        pin = f"=={exact}" if exact else ""
        return Check(distribution, "fail", f"{label} is not installed in {sys.prefix}",
                     f"pip install '{distribution}{pin}' (or reinstall m-shared)")
    if exact and version != exact:
        return Check(distribution, "fail", f"{label} {version} is installed; m_shared is built and tested on {exact}",
                     f"pip install '{distribution}=={exact}'")
    return Check(distribution, "ok", f"{label} {version}")


def _node() -> Check:
    try:
        completed = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return Check("node", "fail", "Node.js not found on PATH (`m shared verify` runs the compiled modules in it)",
                     f"install Node.js {NODE_MINIMUM} or newer (e.g. `apt install nodejs` or https://nodejs.org)")
    found = re.match(r"v(\d+)\.", completed.stdout.strip())
    if completed.returncode != 0 or not found:
        return Check("node", "fail", f"`node --version` failed: {completed.stderr.strip() or completed.stdout.strip()}",
                     f"reinstall Node.js {NODE_MINIMUM} or newer")
    if int(found.group(1)) < NODE_MINIMUM:
        return Check("node", "fail", f"Node.js {completed.stdout.strip()} is too old for `m shared verify`",
                     f"install Node.js {NODE_MINIMUM} or newer")
    return Check("node", "ok", f"Node.js {completed.stdout.strip()} (for `m shared verify`)")


def _config(project: Path | None, cwd: Path | None):
    from .config import load

    try:
        config = load(project, cwd=cwd)
    except MSharedError as error:
        return None, Check("config", "fail", str(error),
                           "run `m shared init` in the project, or fix the key the message names")
    names = ", ".join(f"{t.name} ({t.runtime})" for t in config.targets) or "no targets"
    target = "{}.{}".format(*config.python)
    detail = f"{config.pyproject}: source {config.package!r}; {names}; JS follows CPython {target}"
    running = "{}.{}".format(*sys.version_info[:2])
    if running != target:  # what differs between the two versions (an error message, a float sum) differs here
        return config, Check("config", "warn", f"{detail}, but this is Python {running}: where they differ, the JS "
                             "and this interpreter (the server's?) give different results",
                             f'set tool.m_shared.python = "{running}" if the server runs {running}')
    return config, Check("config", "ok", detail)


def _targets(config) -> Check:
    from .publish import check_owned

    if not config.targets:
        return Check("targets", "fail", "no targets configured; `m shared build` would publish nowhere",
                     "add [tool.m_shared.targets.<name>] with path and runtime (or run `m shared init`)")
    problems = []
    for target in config.targets:
        label = target.path.relative_to(config.project_dir).as_posix()
        try:
            check_owned(config, target)
        except MSharedError as error:
            problems.append((str(error), f"empty {label} or choose another path for target {target.name!r}"))
            continue
        existing = target.path
        while not existing.exists():
            existing = existing.parent
        # Publishing writes a fresh directory beside the target and renames it in: the parent must be writable.
        parent = existing if existing != target.path else target.path.parent
        if not os.access(parent, os.W_OK | os.X_OK):
            problems.append((f"{label}: cannot write in {parent}", f"make {parent} writable for {_user()}"))
    if problems:
        return Check("targets", "fail", "; ".join(p for p, _ in problems), "; ".join(f for _, f in problems))
    return Check("targets", "ok", f"{len(config.targets)} target(s) writable")


def _user() -> str:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return "this user"


def _stale(config) -> Check:
    from .pipeline import Builder, BuildResult

    try:
        stale = Builder(config).stale()
    except MSharedError as error:
        return Check("stale", "fail", str(error), "run `m shared build` for details")
    if isinstance(stale, BuildResult):
        count = len(stale.diagnostics)
        return Check("stale", "fail", f"the shared package does not build ({count} error{'s' if count != 1 else ''})",
                     "run `m shared build` to see them, and fix the sources")
    out_of_date = {name: files for name, files in stale.items() if files}
    if out_of_date:
        listed = ", ".join(f"{name} ({len(files)} files differ)" for name, files in out_of_date.items())
        return Check("stale", "fail", f"stale targets: {listed}", "run `m shared build`")
    return Check("stale", "ok", f"{len(stale)} target(s) up to date")
