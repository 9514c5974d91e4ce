from collections.abc import Sequence


def literals(x: int) -> object:
    # ruleid: MS116
    a = [3, 1, 2].count(x)
    # ruleid: MS116
    b = (1, 2, 1).count(1)
    # ruleid: MS116
    c = list("abc").count("a")
    # ok: MS116
    d = ("abc").count("a")
    return a, b, c, d


def parameters(xs: list[int], pair: tuple[int, ...], seq: Sequence[str], text: str) -> object:
    # ruleid: MS116
    a = xs.count(1)
    # ruleid: MS116
    b = pair.count(2)
    # ruleid: MS116
    c = seq.count("x")
    # ok: MS116
    d = text.count("a")
    # ok: MS116
    e = sum(1 for v in xs if v == 1)
    return a, b, c, d, e


def locals_(text: str) -> object:
    parts = text.split(",")
    # ruleid: MS116
    a = parts.count("")
    words = [w for w in parts if w]
    # ruleid: MS116
    b = words.count("x")
    # ok: MS116
    c = text.count(",")
    return a, b, c
