def examples() -> object:
    # ruleid: MS115
    __pragma__("opov")  # noqa: F821
    # ok: MS115
    return pragma("opov")


def pragma(name: str) -> str:
    return name
