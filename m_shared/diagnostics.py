"""Diagnostics: the one shape in which every stage reports a user's mistake.

A :class:`Diagnostic` names a file, a 1-based line and column, a rule id and a
message; :func:`render` prints it the way compilers do, with the offending
source line and a caret, so an editor or terminal can jump to it.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclasses.dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding about one place in a user's file."""

    path: str  # project-relative, POSIX separators
    line: int  # 1-based; 0 when the finding is about the whole file
    col: int  # 1-based
    rule: str  # e.g. "MS101" or "build/transcrypt"
    message: str
    hint: str = ""
    severity: Severity = "error"

    def location(self) -> str:
        if self.line <= 0:
            return self.path
        return f"{self.path}:{self.line}:{self.col}"

    def to_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)


class MSharedError(Exception):
    """Base class of every error m_shared reports to a user (never a traceback)."""

    exit_code = 1


class ConfigError(MSharedError):
    """The project or its ``[tool.m_shared]`` section is unusable; exit code 2."""

    exit_code = 2


class BuildFailed(MSharedError):
    """A build found errors in the user's sources; the diagnostics say which."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics)
        super().__init__(f"{len(self.diagnostics)} error(s)")


class PublishError(MSharedError):
    """A target could not be written; every target was left as it was."""


def render(diagnostic: Diagnostic, root: Path | None = None, colour: bool = False) -> str:
    """Format a diagnostic as ``path:line:col: RULE message`` plus source line, caret and hint."""
    red, dim, bold, reset = ("\x1b[31m", "\x1b[2m", "\x1b[1m", "\x1b[0m") if colour else ("", "", "", "")
    lines = [f"{bold}{diagnostic.location()}{reset}: {red}{diagnostic.rule}{reset} {diagnostic.message}"]
    source_line = _source_line(root / diagnostic.path, diagnostic.line) if root else None
    if source_line is not None:
        shown = source_line.expandtabs(1).rstrip("\r\n")
        lines.append(f"    {shown}")
        lines.append(f"    {' ' * max(diagnostic.col - 1, 0)}{red}^{reset}")
    if diagnostic.hint:
        lines.append(f"    {dim}hint: {diagnostic.hint}{reset}")
    return "\n".join(lines)


def _source_line(path: Path, line: int) -> str | None:
    if line <= 0:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    # Lines as Python numbers them: str.splitlines() would also split at form feeds and U+2028
    all_lines = re.split(r"\r\n|\r|\n", text)
    return all_lines[line - 1] if line <= len(all_lines) else None
