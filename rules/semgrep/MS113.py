from collections.abc import Generator


def examples(gen: Generator[int, int, None]) -> object:
    first = next(gen)
    # ruleid: MS113
    second = gen.send(4)
    # ok: MS113
    rest = list(gen)
    return first, second, rest
