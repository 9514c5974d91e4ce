"""Inline suppression comments.

A finding is silenced by a comment on the line it is reported on (for ruff, the
line ruff names as its ``noqa_row``; for a multi-line construct, any line the
finding spans) that names its rule:

    whole = isinstance(amount, int)  # m-shared: ignore[MS111]
    label = "%s" % name       # noqa: UP031
    same = d.keys() == e.keys()  # m-shared: ignore[MS104, MS111] -- both dicts keep one key order

``# m-shared: ignore[...]`` takes rule ids separated by commas; ``# noqa: ...``
(ruff's own syntax) is honoured for every rule, ruff's or ours. A bare
``# noqa`` or ``# m-shared: ignore`` without rule ids silences nothing: a
suppression must say what it suppresses. Anything after the closing bracket
is a free-form reason.
"""

from __future__ import annotations

import io
import re
import tokenize

_M_SHARED = re.compile(r"#\s*m-shared:\s*ignore\[([^\]]*)\]", re.IGNORECASE)
_NOQA = re.compile(r"#\s*noqa:\s*([A-Za-z]+[0-9]+(?:\s*,\s*[A-Za-z]+[0-9]+)*)", re.IGNORECASE)


def _codes(text: str) -> set[str]:
    return {code.strip().upper() for code in text.split(",") if code.strip()}


def suppressions(source: str) -> dict[int, set[str]]:
    """Map each 1-based line number to the rule ids its comment suppresses."""
    found: dict[int, set[str]] = {}
    for line, comment in _comments(source):
        codes: set[str] = set()
        for match in _M_SHARED.finditer(comment):
            codes |= _codes(match.group(1))
        for match in _NOQA.finditer(comment):
            codes |= _codes(match.group(1))
        if codes:
            found.setdefault(line, set()).update(codes)
    return found


def _comments(source: str) -> list[tuple[int, str]]:
    """Every ``#`` comment with its line, from the tokenizer (so ``"# noqa"`` in a string is not one)."""
    try:
        return [
            (token.start[0], token.string)
            for token in tokenize.generate_tokens(io.StringIO(source).readline)
            if token.type == tokenize.COMMENT
        ]
    except (tokenize.TokenError, SyntaxError, ValueError, SystemError):
        # An unfinished file (or one with a NUL byte, on which CPython 3.12's tokenizer raises
        # SystemError): fall back to a line scan, good enough for comments at line ends. Lines end
        # where Python ends them, not at str.splitlines()'s form feeds and line separators.
        lines = re.split(r"\r\n|\r|\n", source)
        return [(number, line[line.index("#"):]) for number, line in enumerate(lines, 1) if "#" in line]


def is_suppressed(rule: str, lines: range | list[int], table: dict[int, set[str]]) -> bool:
    rule = rule.upper()
    return any(rule in table.get(line, ()) for line in lines)
