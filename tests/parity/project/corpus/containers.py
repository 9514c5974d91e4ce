"""Equality, ordering and containment of lists, tuples, dicts and sets."""

from .helpers import outcome


def case_list_eq():
    return [1, 2] == [1, 2]


def case_list_ne():
    return [1, 2] != [1, 2]


def case_dict_eq():
    return {"a": 1} == {"a": 1}


def case_dict_eq_order_independent():
    return {"a": 1, "b": 2} == {"b": 2, "a": 1}


def case_nested_eq():
    return {"a": [1, {"b": (2, 3)}]} == {"a": [1, {"b": (2, 3)}]}


def case_tuple_eq():
    return (1, "a") == (1, "a")


def case_list_vs_tuple_eq():
    return [1, 2] == (1, 2)


def case_set_eq():
    return {1, 2} == {2, 1}


def case_int_float_eq():
    return [1 == 1.0, 1 == True, "1" == 1]  # noqa: E712


def case_list_lt():
    return [[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9]]


def case_tuple_lt():
    return (1, "b") < (1, "c")


def case_str_lt():
    return ["abc" < "abd", "Z" < "a", "" < "a"]


def case_in_list():
    return [2 in [1, 2, 3], 4 in [1, 2, 3]]


def case_in_list_of_lists():
    return [[1, 2] in [[1, 2], [3]], (1, 2) in [(1, 2)]]


def case_in_dict():
    return ["a" in {"a": 1}, 1 in {"a": 1}]


def case_in_string():
    return ["an" in "banana", "" in "abc", "x" not in "abc"]


def case_in_set():
    return [3 in {1, 2, 3}, "b" in {"a"}]


def case_in_tuple():
    return "b" in ("a", "b")


def case_input_list_eq(a, b):
    return a == b


def case_input_dict_eq(a, b):
    return a == b


def case_max_min_lists():
    return [max([3, 1, 2]), min("bca"), max([[1, 2], [1, 3]])]


def case_len():
    return [len([1, 2]), len({"a": 1}), len("abc"), len((1,)), len({1, 2, 2})]


def case_is_none():
    value = None
    return [value is None, [] is not None]


def case_list_count_eq_items():
    return [[1, 2], [1, 2]].count([1, 2])


def case_list_index_of_dict():
    return [{"a": 1}, {"b": 2}].index({"b": 2})


def case_len_of_wrong_json_types():
    # a JSON field holding null or a number where a list was expected
    return [outcome(lambda: len(None)), outcome(lambda: len(5)), outcome(lambda: len(True)), len([1, 2]), len({"a": 1})]


def case_loop_over_a_number():
    def total(lines):
        result = 0
        for line in lines:
            result += line
        return result

    return [outcome(lambda: total([1, 2])), outcome(lambda: total(5)), outcome(lambda: total(None))]


def case_subscript_of_wrong_json_types():
    line, nothing, letters, pair, text, numbers = 5, None, ["a", "b"], ("a", "b"), "abc", {1, 2}
    return [
        outcome(lambda: line["quantity"]),
        outcome(lambda: nothing["quantity"]),
        outcome(lambda: letters["x"]),
        outcome(lambda: pair["x"]),
        outcome(lambda: text["x"]),
        outcome(lambda: numbers[0]),
        letters[True],
    ]


def case_membership_in_wrong_types():
    values = [None, 7.5, "17", True, [1], {"a": 2}]
    return [outcome(lambda value=value: 1 in value) for value in values]


def case_constructors_of_none_and_numbers():
    return [outcome(lambda: list(None)), outcome(lambda: tuple(7)), outcome(lambda: set(None)),
            outcome(lambda: dict(None)), outcome(lambda: list(False)), list(), tuple(), sorted(set()), dict()]


def case_range_used_as_a_list():
    def attempt(read):
        try:
            return ["ok", read()]
        except (TypeError, AttributeError, ValueError) as error:
            return [type(error).__name__, str(error)]

    months = range(1, 13)
    return [attempt(lambda: range(3) == [0, 1, 2]), attempt(lambda: range(3) + [3]), attempt(lambda: range(2) * 2),
            attempt(lambda: str(range(3))), attempt(lambda: f"{range(1, 10)}"), attempt(lambda: repr(months[1:3])),
            attempt(lambda: months.start), attempt(lambda: [0, 1] != range(2))]


def case_range_used_as_a_range():
    months = range(1, 13)
    steps = range(0, 10, 2)
    return [5 in months, 13 in months, len(months), months[0], months[-1], list(range(3)) == [0, 1, 2], sum(steps),
            steps.index(4), steps.count(2), sorted(range(3), reverse=True), list(months[::4]), [m for m in steps if m]]
