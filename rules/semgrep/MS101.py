def examples(s: str, xs: list[int], sep: str) -> object:
    # ok: MS101
    a = s.count("a")
    # ruleid: MS101
    b = s.center(9)
    # ruleid: MS101
    c = s.casefold()
    # ok: MS101
    d = s.zfill(3)
    # ruleid: MS101
    e = s.partition(sep)
    # ruleid: MS101
    f = s.removeprefix("x")
    # ruleid: MS101
    g = s.title()
    # ok: MS101
    h = len(s.split("a")) - 1
    # ok: MS101
    i = s.lower()
    # ok: MS101
    j = s.split(sep)
    # ok: MS101
    k = xs.index(1)
    # ruleid: MS101
    m = s.isascii()
    # ruleid: MS101
    n = s.isprintable()
    return a, b, c, d, e, f, g, h, i, j, k, m, n
