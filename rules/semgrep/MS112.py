def examples(amount: float, digits: int) -> object:
    # ruleid: MS112
    a = round(amount, 2)
    # ruleid: MS112
    b = round(amount, ndigits=digits)
    # ok: MS112
    c = round(amount)
    # ok: MS112
    d = round(amount * 100)
    return a, b, c, d
