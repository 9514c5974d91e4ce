def examples(x: object) -> object:
    # ruleid: MS111
    a = isinstance(x, int)
    # ruleid: MS111
    b = isinstance(x, (int, str))
    # ruleid: MS111
    c = type(x) is float
    # ruleid: MS111
    d = type(x).__name__
    # ok: MS111
    e = isinstance(x, str)
    # ok: MS111
    f = isinstance(x, (list, tuple))
    return a, b, c, d, e, f
