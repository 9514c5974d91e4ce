"""Unpacking: assignment targets, for-loop and comprehension targets, starred targets, wrong lengths.

CPython 3.11 to 3.13 word a wrong length as below ("too many values to unpack (expected 2)", "not enough
values to unpack (expected 3, got 2)"); the runtime gives the same words.
"""

import re


def _pair():
    return 1, "x"


def _count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def _forever():
    while True:
        yield 1


class _Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class _Point:
    x, y = 1, 2
    (p, q), *r = [(3, 4), 5, 6]


class _Properties:
    def __init__(self):
        self._x, self._y = 1, 2

    def _get_x(self):
        return self._x * 10

    def _get_y(self):
        return self._y * 10

    x, y = property(_get_x), property(_get_y)


TOP_A, TOP_B = "ab"
*TOP_INIT, TOP_LAST = range(3)


# ---- what can be unpacked -----------------------------------------------------------------------
def case_list():
    a, b = [1, 2]
    return [a, b]


def case_tuple_returned_by_a_call():
    a, b = _pair()
    return [a, b]


def case_string():
    a, b = "ab"
    return [a, b]


def case_string_by_code_points():
    a, b = "é\U0001F600"
    return [a, b]


def case_dict_gives_its_keys():
    a, b = {"x": 1, "y": 2}
    return [a, b]


def case_set_of_one():
    (a,) = {5}
    return a


def case_set_of_several():
    a, b, c = {3, 1, 2}
    return [a, b, c]


def case_generator_expression():
    patterns = ["a+", "b"]
    a, b = (re.compile(p) for p in patterns)
    return [a.pattern, b.pattern]


def case_generator_function():
    a, b, c = _count(3)
    return [a, b, c]


def case_map():
    a, b = map(str, [1, 2])
    return [a, b]


def case_zip():
    a, b = zip([1, 2], "xy")
    return [list(a), list(b)]


def case_enumerate():
    a, b = enumerate("xy")
    return [list(a), list(b)]


def case_range():
    a, b, c = range(3)
    return [a, b, c]


def case_dict_items():
    a, b = {"x": 1, "y": 2}.items()
    return [list(a), list(b)]


def case_dict_values():
    a, b = {"x": 1, "y": 2}.values()
    return [a, b]


def case_iterator_partly_consumed():
    it = iter([1, 2, 3, 4])
    a, b = next(it), next(it)
    c, d = it
    return [a, b, c, d]


def case_class_with_iter():
    a, b = _Bag([1, 2])
    return [a, b]


# ---- target forms -------------------------------------------------------------------------------
def case_nested():
    (a, b), c = [(1, 2), 3]
    return [a, b, c]


def case_nested_generator():
    (a, b), c = ((x, x + 1) for x in range(2))
    return [a, b, list(c)]


def case_starred_rest():
    a, *rest = [1, 2, 3]
    return [a, rest]


def case_starred_init():
    *init, last = (1, 2, 3)
    return [init, last]


def case_starred_middle():
    a, *mid, z = "abcd"
    return [a, mid, z]


def case_starred_empty():
    a, *mid, z = [1, 2]
    return [a, mid, z]


def case_starred_generator():
    a, *rest = _count(3)
    return [a, rest]


def case_starred_dict():
    (*keys,) = {"a": 1, "b": 2}
    return keys


def case_starred_is_a_list():
    a, *rest = (1, 2, 3)
    return type(rest).__name__


def case_swap():
    a, b = 1, 2
    a, b = b, a
    return [a, b]


def case_fibonacci():
    a, b = 0, 1
    out = []
    while a < 20:
        out.append(a)
        a, b = b, a + b
    return out


def case_chained():
    a = b, c = [1, 2]
    return [a, b, c]


def case_chained_generator():
    a, b = c, d = _count(2)
    return [a, b, c, d]


def case_list_target():
    [a, b] = (1, 2)
    return [a, b]


def case_attribute_and_subscript_targets():
    class Holder:
        pass

    holder = Holder()
    d = {}
    holder.x, d["k"] = _pair()
    return [holder.x, d]


def case_targets_assigned_left_to_right():
    x = [0, 0]
    i, x[i] = 1, 2
    return x


def case_nested_target_assigned_in_turn():
    x = [0, 0, 0]
    (i, j), x[i] = (1, 2), 5
    return x


def case_class_body():
    return [_Point.x, _Point.y, _Point.p, _Point.q, _Point.r]


def case_class_body_properties():
    p = _Properties()
    return [p.x, p.y]


def case_module_level():
    return [TOP_A, TOP_B, TOP_INIT, TOP_LAST]


# ---- wrong lengths and values that are not iterable ---------------------------------------------
def case_too_many():
    a, b = [1, 2, 3]
    return [a, b]


def case_too_many_from_a_generator():
    a, b = _count(3)
    return [a, b]


def case_too_many_from_an_endless_generator():
    a, b = _forever()
    return [a, b]


def case_not_enough():
    a, b, c = [1, 2]
    return [a, b, c]


def case_not_enough_from_a_generator():
    a, b, c = _count(2)
    return [a, b, c]


def case_starred_not_enough():
    a, b, *c = [1]
    return [a, b, c]


def case_not_iterable():
    a, b = 5
    return [a, b]


def case_none_is_not_iterable():
    a, b = None
    return [a, b]


def case_wrong_length_leaves_the_targets():
    a = "before"
    try:
        a, b = [1, 2, 3]
    except ValueError:
        pass
    return a


def case_nested_error_after_the_first_target():
    d = {}
    try:
        d["first"], (b, c) = 1, (2,)
    except ValueError as error:
        return [d, str(error)]
    return [d, b, c]


# ---- for loops ----------------------------------------------------------------------------------
def case_for_pairs():
    out = []
    for k, v in [("a", 1), ("b", 2)]:
        out.append(k + str(v))
    return out


def case_for_dict_items():
    out = []
    for k, v in {"a": 1, "b": 2}.items():
        out.append(k + str(v))
    return out


def case_for_enumerate_nested():
    out = []
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        out.append(i + a * b)
    return out


def case_for_enumerate_zip():
    out = []
    for i, (a, b) in enumerate(zip("ab", range(2)), 1):
        out.append(f"{i}{a}{b}")
    return out


def case_for_generator_of_pairs():
    out = []
    for a, b in ((x, x * 2) for x in range(3)):
        out.append(a + b)
    return out


def case_for_generators_as_items():
    out = []
    for a, b in [_count(2), _count(2)]:
        out.append(a + b)
    return out


def case_for_starred():
    out = []
    for a, *rest in [(1, 2, 3), (4,)]:
        out.append([a, rest])
    return out


def case_for_nested_pairs():
    out = []
    for (a, b), (c, d) in [((1, 2), (3, 4))]:
        out.append(a + b + c + d)
    return out


def case_for_items_with_a_starred_value():
    out = []
    for k, (a, *b) in {"x": (1, 2, 3)}.items():
        out.append([k, a, b])
    return out


def case_for_else_without_items():
    for a, b in []:
        return [a, b]
    else:
        return "else"


def case_for_too_many():
    out = []
    for k, v in [("a", 1), ("b", 1, 2)]:
        out.append(k)
    return out


def case_for_not_enough():
    out = []
    for k, v in [("a",)]:
        out.append(k)
    return out


def case_for_enumerate_inner_too_many():
    out = []
    for i, (a, b) in enumerate([(1, 2, 3)]):
        out.append(a)
    return out


# ---- comprehensions -----------------------------------------------------------------------------
def case_comprehension_pairs():
    return [k + str(v) for k, v in [("a", 1), ("b", 2)]]


def case_comprehension_nested_targets():
    return [a + b + c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]]


def case_comprehension_generators_as_items():
    return [a + b for a, b in [_count(2), iter([5, 6])]]


def case_comprehension_starred():
    return sorted({a + len(r) for a, *r in [(1, 2), (3,)]})


def case_dict_comprehension_from_items():
    return {k.upper(): v * 10 for k, v in {"a": 1, "b": 2}.items()}


def case_generator_expression_pairs():
    return list(a * b for a, b in [(1, 2), (3, 4)])


def case_comprehension_too_many():
    return [k for k, v in [("a", 1, 2)]]


def case_comprehension_not_enough():
    return [k for k, v in ["a"]]


def case_dict_comprehension_too_many():
    return {k: v for k, v in [(1, 2, 3)]}


def case_generator_expression_not_enough():
    return list(a for a, b in [(1,)])


def case_iterator_left_open_after_too_many():
    numbers = _count(5)
    try:
        a, b = numbers
    except ValueError:
        pass
    return next(numbers)
