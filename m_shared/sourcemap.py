"""Source map v3 encoding (https://sourcemaps.info/spec.html): line mappings as base64 VLQ."""

from __future__ import annotations

import json

_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _vlq(value: int) -> str:
    bits = (-value << 1) | 1 if value < 0 else value << 1
    out = []
    while True:
        digit = bits & 31
        bits >>= 5
        out.append(_BASE64[digit | (32 if bits else 0)])
        if not bits:
            return "".join(out)


def encode(lines: list[tuple[int, int] | None]) -> str:
    """Mappings for a one-source map: per generated line, ``(source_line, source_col)`` (1-based line) or None."""
    groups = []
    previous_line = previous_col = 0
    for entry in lines:
        if entry is None:
            groups.append("")
            continue
        line, col = entry[0] - 1, entry[1]
        groups.append(_vlq(0) + _vlq(0) + _vlq(line - previous_line) + _vlq(col - previous_col))
        previous_line, previous_col = line, col
    return ";".join(groups)


def encode_rows(rows: list[list[int]]) -> str:
    """Rows of integers as base64 VLQ, each number the difference from the same column of the row before."""
    out = []
    previous = [0] * (len(rows[0]) if rows else 0)
    for row in rows:
        out.extend(_vlq(value - before) for value, before in zip(row, previous, strict=True))
        previous = row
    return "".join(out)


def dumps(*, file: str, source: str, source_text: str, lines: list[tuple[int, int] | None]) -> str:
    document = {
        "version": 3,
        "file": file,
        "sources": [source],
        "sourcesContent": [source_text],
        "names": [],
        "mappings": encode(lines),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
