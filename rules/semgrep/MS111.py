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
    # ruleid: MS111
    g = str(type(x))
    # ruleid: MS111
    h = f"expected a number, got {type(x)}"
    # ruleid: MS111
    i = "got {}".format(type(x))
    # ruleid: MS111
    j = repr(type(x))
    # ok: MS111
    k = str(x)
    return a, b, c, d, e, f, g, h, i, j, k
