def examples(s: str, xs: list[int], sep: str, table: dict[str, str], values: dict[str, int]) -> object:
    # ok: MS101
    a = s.count("a")
    # ok: MS101
    b = s.center(9)
    # ok: MS101
    c = s.casefold()
    # ok: MS101
    d = s.zfill(3)
    # ok: MS101
    e = s.partition(sep)
    # ok: MS101
    f = s.removeprefix("x")
    # ok: MS101
    g = s.title()
    # ok: MS101
    h = len(s.split("a")) - 1
    # ok: MS101
    i = s.lower()
    # ok: MS101
    j = s.split(sep)
    # ok: MS101
    k = xs.index(1)
    # ok: MS101
    m = s.isascii()
    # ok: MS101
    n = s.isprintable()
    # ok: MS101
    o = [s.ljust(4, "."), s.rjust(4), s.rpartition(sep), s.removesuffix("y"), s.expandtabs(4), s.swapcase()]
    # ok: MS101
    p = [s.istitle(), s.isidentifier()]
    # ruleid: MS101
    q = s.encode("utf-8")
    # ruleid: MS101
    r = s.translate(table)
    # ruleid: MS101
    t = "{a}".format_map(values)
    return a, b, c, d, e, f, g, h, i, j, k, m, n, o, p, q, r, t
