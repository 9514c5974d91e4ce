def examples(text: str, items: list[int]) -> object:
    # ruleid: MS110
    a = hash(text)
    # ruleid: MS110
    b = frozenset(items)
    # ruleid: MS110
    c = eval(text)
    # ruleid: MS110
    exec(text)
    # ruleid: MS110
    f = ascii(text)
    # ruleid: MS110
    g = items[slice(1, 3)]
    # ruleid: MS110
    h = complex(1, 2)
    # ruleid: MS110
    i = vars(items)
    # ruleid: MS110
    j = id(items)
    # ok: MS110
    d = set(items)
    # ok: MS110
    e = tuple(sorted(items))
    return a, b, c, d, e, f, g, h, i, j
