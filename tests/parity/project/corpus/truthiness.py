"""Truthiness of containers, numbers, strings and None, in `if`, `not`, `and`/`or` and `bool()`."""


def case_empty_list():
    return "T" if [] else "F"


def case_nonempty_list():
    return "T" if [0] else "F"


def case_empty_dict():
    return bool({})


def case_nonempty_dict():
    return bool({"a": 0})


def case_empty_tuple():
    return "T" if () else "F"


def case_empty_set():
    return "T" if set() else "F"


def case_empty_string():
    return not ""


def case_zero_and_zero_float():
    return [bool(0), bool(0.0), bool(-0.0), bool(0.5)]


def case_none():
    return "T" if None else "F"


def case_or_returns_operand():
    return [] or "default"


def case_and_returns_operand():
    return [1] and {"k": 1}


def case_or_chain_empty_dict():
    return {} or [] or "" or 0


def case_while_list():
    items = [1, 2, 3]
    seen = []
    while items:
        seen.append(items.pop())
    return seen


def case_input_empty_list(values):
    return "empty" if not values else "has"


def case_input_empty_object(doc):
    return "empty" if not doc else "has"


def case_any_all():
    return [any([]), all([]), any([0, "", []]), all([1, "a", [0]])]


class _Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class _Flag:
    def __bool__(self):
        return False


def case_dunder_len():
    return "T" if _Sized(0) else "F"


def case_dunder_bool():
    return "T" if _Flag() else "F"


def case_and_returns_falsy_operand():
    empty = ""
    nothing = None
    return [empty and "x", nothing and "x", [] and "x", {} and "x", 0 and "x"]


def case_and_falsy_call_evaluated_once():
    calls = []

    def first():
        calls.append(1)
        return ""

    result = first() and "x"
    return [result, calls]


def case_and_value_from_document(doc):
    name = doc.get("name") and doc.get("name").strip()
    return [name, doc.get("missing") and 1]


def case_and_in_conditions():
    out = []
    items = []
    if items and items[0]:
        out.append("no")
    while items and items.pop():
        out.append("no")
    out.append("yes" if not (items and items[0]) else "no")
    out.extend(x for x in [0, 1, 2] if x and x > 1)
    return out


def case_nan_is_true():
    # JS before: NaN is falsy in JavaScript, so bool(nan) was False and `not nan` True
    nan = float("nan")
    return [bool(nan), "T" if nan else "F", not nan, nan or "other", 1 if nan and 1 else 0, bool(float("inf"))]


def case_iterators_are_true():
    # an iterator or a generator is always true in CPython, even when it has nothing left to give
    def numbers():
        yield 1

    empty = iter([])
    return [bool(empty), "T" if iter({}) else "F", not iter(""), bool(x for x in []), bool(numbers()),
            bool(reversed([])), bool(enumerate([])), bool(zip()), bool(map(len, [])), bool(filter(None, []))]
