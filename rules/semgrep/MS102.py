def examples(s: str, chars: str) -> object:
    # ruleid: MS102
    a = s.strip("x")
    # ruleid: MS102
    b = s.lstrip(chars)
    # ruleid: MS102
    c = s.rstrip(".,")
    # ok: MS102
    d = s.strip()
    # ok: MS102
    e = s.rstrip()
    # ok: MS102
    f = s.strip(None)
    return a, b, c, d, e, f
