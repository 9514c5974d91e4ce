import re


def examples(text: str, value: float, match: re.Match[str]) -> object:
    # ok: MS106
    a = int("1.5")
    # ruleid: MS106
    b = int(text, 16)
    # ok: MS106
    c = int(text.strip())
    # ok: MS106
    d = int(match.group(1))
    # ok: MS106
    e = int(text[2:])
    # ruleid: MS106
    f = int(text, base=2)
    # ok: MS106
    g = int(value)
    # ok: MS106
    h = int(len(text) / 2)
    return a, b, c, d, e, f, g, h
