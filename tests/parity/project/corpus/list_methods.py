"""list methods a validator plausibly uses."""

from .helpers import outcome


def case_append_extend():
    items = [1]
    items.append(2)
    items.extend([3, 4])
    return items


def case_insert():
    items = [1, 3]
    items.insert(1, 2)
    items.insert(-1, 9)
    items.insert(100, 5)
    return items


def case_pop():
    items = [1, 2, 3]
    return [items.pop(), items.pop(0), items]


def case_pop_empty():
    return [].pop()


def case_remove():
    items = [1, 2, 1]
    items.remove(1)
    return items


def case_remove_missing():
    items = [1]
    items.remove(5)
    return items


def case_index():
    return [3, 4, 5].index(4)


def case_index_missing():
    return [3, 4, 5].index(9)


def case_count():
    return [1, 2, 1, 1].count(1)


def case_reverse():
    items = [1, 2, 3]
    items.reverse()
    return items


def case_sort_inplace():
    items = [3, 1, 2]
    items.sort()
    return items


def case_sort_reverse():
    items = ["b", "a", "c"]
    items.sort(reverse=True)
    return items


def case_copy():
    items = [1, [2]]
    copied = items.copy()
    copied.append(3)
    return [items, copied]


def case_clear():
    items = [1, 2]
    items.clear()
    return items


def case_list_of_range():
    return [list(range(3)), list(range(1, 10, 3)), list(range(5, 0, -2))]


def case_list_of_string():
    return list("abc")


def case_enumerate():
    return list(enumerate(["a", "b"], 1))


def case_zip():
    return list(zip([1, 2, 3], "ab"))


def case_reversed():
    return list(reversed([1, 2, 3]))


def case_sum_len_of_input(values):
    return [sum(values), len(values)]


def case_append_to_input(values):
    values.append(0)
    return values


def case_list_constructor_copy():
    original = [1, 2]
    copy = list(original)
    copy.append(3)
    return original


def case_nested_list_mutation():
    grid = [[0] * 2 for _ in range(2)]
    grid[0][0] = 1
    return grid


def case_list_multiplication_aliasing():
    grid = [[0]] * 2
    grid[0].append(1)
    return grid


def case_sort_numbers_default():
    items = [10, 9, 1, 100]
    items.sort()
    return items


def case_sorted_numbers_default():
    return sorted([10, 9, 1, 100])


def case_map_filter():
    return [list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"]))]


def case_index_with_start():
    return [1, 2, 1, 2].index(1, 1)


def case_extend_with_generator():
    out = [9]
    out.extend(x for x in [0, 1, 2] if x > 0)
    return out


def case_extend_with_dict_and_str():
    out = []
    out.extend({"a": 1, "b": 2})
    out.extend("cd")
    return out


def case_zip_strict():
    return [outcome(lambda: list(zip("abc", [1, 2], strict=True))), outcome(lambda: list(zip([1, 2], "abc", strict=True))),
            outcome(lambda: list(zip([1, 2], [1, 2], [1], strict=True))), outcome(lambda: list(zip([1], [1, 2], [1], strict=True))),
            outcome(lambda: list(zip([1, 2], [1, 2], [1, 2, 3], strict=True))), outcome(lambda: list(zip("ab", [1, 2], strict=True))),
            outcome(lambda: list(zip([1], [], strict=False)))]


def case_reversed_of_dicts_sets_and_generators():
    # CPython reverses sequences and dicts (their keys), and refuses what has no order to reverse
    def attempt(make):
        try:
            return make()
        except TypeError as error:
            return str(error)
    counts = {"b": 2, "a": 1, "c": 3}
    return [list(reversed(counts)), list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")),
            list(reversed(range(3))), attempt(lambda: reversed({1, 2})), attempt(lambda: reversed(x for x in [1])),
            attempt(lambda: reversed(5)), attempt(lambda: reversed(None))]


def case_str_index_is_refused():
    # a str is no list index in CPython, even one that spells a number
    items = [1, 2, 3]

    def remove():
        del items["1"]
        return items

    return [outcome(lambda: _stored([1, 2, 3], "1")), outcome(lambda: items["1"]), outcome(lambda: items.pop("1")),
            outcome(remove), outcome(lambda: items.insert("1", 0)), outcome(lambda: items.pop(None)),
            outcome(lambda: items.insert(None, 0)), items.pop(True), items]


def _stored(items, index):
    items[index] = 0
    return items


def case_item_assignment_checks_its_index():
    # JS before: a str or None index, or one past the end, wrote a property of the array or grew it
    def attempt(items, index):
        try:
            return _stored(items, index)
        except (IndexError, TypeError) as error:
            return [type(error).__name__, str(error)]  # m-shared: ignore[MS111] exception types

    return [attempt([1, 2], 5), attempt([1, 2], -3), attempt([1, 2], -2), attempt((1, 2), 0), attempt([1, 2], True),
            attempt([1, 2], None), attempt([1, 2], "0"), attempt([], 0), attempt("ab", 0), attempt(None, 0)]


def case_float_index():
    # a whole float as an index: CPython's TypeError, an int to JavaScript (lint MS232)
    items = [1, 2, 3]
    n = 2
    return [outcome(lambda: items[n / 2]), outcome(lambda: "abc"[n / 2]), outcome(lambda: items.pop(n / 2)),
            outcome(lambda: items[n / 4]), items]


def case_augmented_item_assignment():
    # JS before: t[0] += 1 changed the tuple (CPython: TypeError "'tuple' object does not support item assignment")
    def added(items, index):
        items[index] += 1
        return items

    return [outcome(lambda: added((1, 2), 0)), outcome(lambda: added([1, 2], True)), added([1, 2], -1),
            outcome(lambda: added([1, 2], "0")), added({"a": 1}, "a")]
