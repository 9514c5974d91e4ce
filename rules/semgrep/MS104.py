def literal_operands(xs: list[str]) -> object:
    # ruleid: MS104
    a = {1, 2} | {2, 3}
    # ruleid: MS104
    b = set(xs) - {"b"}
    # ruleid: MS104
    c = {x for x in xs} & set("ab")
    # ok: MS104
    d = {1, 2}.union({2, 3})
    # ok: MS104
    e = 6 | 1
    # ok: MS104
    f = len(xs) - 1
    return a, b, c, d, e, f


def named_sets(xs: list[str], allowed: set[str]) -> object:
    seen = set()
    # ruleid: MS104
    seen |= {"a"}
    # ruleid: MS104
    unknown = seen - allowed
    # ruleid: MS104
    both = allowed & set(xs)
    # ok: MS104
    n = len(seen) - 1
    # ok: MS104
    both2 = allowed.intersection(xs)
    return unknown, both, n, both2
