def dict_views(doc: dict[str, int], allowed: set[str], pairs: set[tuple[str, int]]) -> object:
    # ruleid: MS104
    a = doc.keys() - allowed
    # ruleid: MS104
    b = allowed | doc.keys()
    # ruleid: MS104
    c = doc.items() & pairs
    # ruleid: MS104
    d = doc.keys() == {"a", "b"}
    # ruleid: MS104
    e = doc.keys() <= allowed
    # ruleid: MS104
    f = doc.values() == [1]
    seen = set()
    # ruleid: MS104
    seen |= doc.keys()
    return a, b, c, d, e, f, seen


def sets(xs: list[str], doc: dict[str, int], allowed: set[str]) -> object:
    # ok: MS104
    a = {1, 2} | {2, 3}
    # ok: MS104
    b = set(xs) - {"b"}
    # ok: MS104
    c = set(doc) - allowed
    # ok: MS104
    d = set(doc.items()) & {("a", 1)}
    # ok: MS104
    e = set(doc) == {"a", "b"}
    # ok: MS104
    f = list(doc.values()) == [1]
    seen = set()
    # ok: MS104
    seen |= set(doc)
    # ok: MS104
    n = len(doc.keys()) - 1
    return a, b, c, d, e, f, seen, n
