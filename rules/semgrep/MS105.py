def examples(a: int, b: int, m: int) -> object:
    # ruleid: MS105
    x = pow(a, b, m)
    # ruleid: MS105
    y = pow(3, 4, mod=5)
    # ok: MS105
    z = pow(a, b) % m
    # ok: MS105
    w = a**b
    return x, y, z, w
