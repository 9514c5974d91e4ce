def examples(values: list[int], parts: list[list[int]]) -> object:
    # ruleid: MS109
    a = sum(values, 10)
    # ruleid: MS109
    b = sum(parts, [])
    # ruleid: MS109
    c = sum(values, start=1)
    # ok: MS109
    d = 10 + sum(values)
    # ok: MS109
    e = [x for part in parts for x in part]
    return a, b, c, d, e
