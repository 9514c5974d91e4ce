"""dict keys other than str: int, float, bool, None, tuples, dates and instances, as validators use them."""

from datetime import date


def case_count_int_keys():
    counts = {}
    for x in [3, 1, 3, 2]:
        counts[x] = counts.get(x, 0) + 1
    return [counts[3], counts.get(1), 2 in counts, 5 in counts, "3" in counts, list(counts.items())]


def case_most_common_int_key():
    counts = {}
    for x in [10, 2, 33, 2]:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=counts.get)


def case_dict_method_as_key_function():
    d = {"a": 1, "b": 3}
    return [max(d, key=d.get), sorted(d, key=d.get, reverse=True)]


def case_comprehension_int_keys():
    d = {i: v for i, v in enumerate(["a", "b"])}
    return [d[0], 1 in d, "0" in d, list(d), list(d.items())]


def case_comprehension_key_types():
    d = {i: v for i, v in enumerate(["a", "b"])}
    return [type(k).__name__ for k in d]


def case_zip_int_keys():
    d = dict(zip([10, 20], ["a", "b"]))
    return [d[10], 20 in d, [k + 1 for k in d]]


def case_fromkeys_int_keys():
    d = dict.fromkeys([2, 1])
    return [1 in d, list(d)]


def case_setdefault_int_key():
    d = {}
    d.setdefault(3, []).append("x")
    d.setdefault(3, []).append("y")
    return [d[3], list(d)]


def case_float_and_int_one_key():
    d = {}
    d[1] = "int"
    d[1.0] = "float"
    return [len(d), d[1], list(d)]


def case_float_key():
    d = {}
    d[1.5] = "a"
    return [d[1.5], 1.5 in d, list(d)]


def case_bool_and_int_one_key():
    d = {}
    d[1] = "int"
    d[True] = "bool"
    return [len(d), d[1], list(d)]


def case_bool_keys():
    d = {}
    d[True] = "a"
    d[False] = "b"
    return [d[True], False in d, 0 in d, list(d)]


def case_none_key():
    d = {}
    d[None] = "a"
    return [d[None], None in d, "null" in d, list(d)]


def case_tuple_keys_grid():
    grid = {}
    for row in range(2):
        for col in range(2):
            grid[row, col] = row * 2 + col
    return [grid[1, 0], (1, 1) in grid, list(grid.items())]


def case_tuple_key_nested_with_bool():
    d = {}
    d[(1, ("a", True))] = "x"
    return [(1, ("a", 1)) in d, d.get((1, ("a", False))), list(d)]


def case_int_display_membership():
    d = {1: "a", 2: "b"}
    return [1 in d, 3 in d, "1" in d, d[2]]


def case_int_display_order():
    return list({2: "a", 1: "b"})


def case_mixed_display_keys():
    return list({"b": 1, 2: 2, 1.5: 3, None: 4, (0, 1): 5})


def case_none_display_get():
    return {None: 1}.get(None)


def case_sorted_int_keys():
    d = {}
    for x in [10, 2, 33]:
        d[x] = 1
    return sorted(d)


def case_int_keys_insertion_order():
    d = {}
    for x in [3, 1, 2]:
        d[x] = x * 10
    return [list(d), list(d.values()), list(d.items())]


def case_sum_int_keys():
    d = {}
    for x in [3, 1, 2]:
        d[x] = 0
    return sum(d)


def case_negative_and_big_int_keys():
    d = {}
    d[5000000000] = "big"
    d[-1] = "minus one"
    d[7] = "seven"
    return list(d)


def case_del_pop_popitem_int_keys():
    d = {}
    d[2] = "a"
    d[1] = "b"
    del d[2]
    d[2] = "c"
    return [list(d.items()), d.pop(1), d.popitem(), len(d)]


def case_copy_update_int_keys():
    d = {3: "a"}
    c = dict(d)
    c.update({1: "b"})
    e = d.copy()
    e[0] = "z"
    return [list(c), list(e), c == {3: "a", 1: "b"}]


def case_clear_int_keys():
    d = {3: "a"}
    d.clear()
    d["3"] = 1
    return list(d)


def case_equality_int_and_str_keys():
    d = {}
    d[1] = "a"
    return [d == {1: "a"}, d == {"1": "a"}]


def case_str_keys_for_output():
    counts = {}
    for x in [3, 1, 3]:
        counts[x] = counts.get(x, 0) + 1
    return {str(k): v for k, v in sorted(counts.items())}


def case_date_key():
    d = {}
    d[date(2024, 1, 2)] = "a"
    return d[date(2024, 1, 2)]


def case_date_key_in_display():
    d = {date(2024, 1, 2): "a"}
    return date(2024, 1, 2) in d


class Plain:
    def __init__(self, n):
        self.n = n


class Hashed:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Hashed) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


def case_instance_key():
    item = Plain(1)
    d = {item: "a"}
    return [d[item], Plain(1) in d]


def case_instance_key_with_hash():
    d = {Hashed(1): "a"}
    return d[Hashed(1)]


def case_int_and_str_key_collide():
    d = {}
    d[1] = "int"
    d["1"] = "str"
    return len(d)


def case_int_keys_returned():
    counts = {}
    for x in [3, 1, 3]:
        counts[x] = counts.get(x, 0) + 1
    return counts


def case_int_like_str_keys_order():
    d = {}
    for x in [3, 1, 2]:
        d[str(x)] = x
    d["b"] = 0
    return [list(d), list({"b": 1, "2": 2, "1": 3})]


def case_int_like_str_keys_returned():
    d = {}
    for x in [3, 1]:
        d[str(x)] = x
    return d


def _error(call):
    try:
        return call()
    except TypeError as error:
        return "TypeError: " + str(error)


def _store(d, key, value):
    d[key] = value
    return len(d)


def case_list_key_store():
    d = {}
    return [_error(lambda: _store(d, [1, 2], 1)), _error(lambda: d.setdefault([1], 0)), len(d)]


def case_list_key_subscript_store():
    d = {}
    try:
        d[[1, 2]] = 1
    except TypeError as error:
        return ["TypeError: " + str(error), len(d)]
    return list(d.items())


def case_list_key_lookup():
    d = {"a": 1, 1: "b"}
    return [_error(lambda: d[[1]]), _error(lambda: [1] in d), _error(lambda: d.get([1])), _error(lambda: d.pop([1], 0))]


def case_list_key_in_display_and_fromkeys():
    return [_error(lambda: len({[1]: 2})), _error(lambda: len(dict.fromkeys([[1]]))),
            _error(lambda: len({k: 1 for k in [[1]]})), _error(lambda: len(dict([([1], 2)])))]


def case_set_key():
    d = {}
    return [_error(lambda: d.setdefault({1}, 1)), _error(lambda: {1} in d), _error(lambda: _store(d, {}, 1))]


def case_tuple_key_holding_a_list():
    d = {}
    return [_error(lambda: _store(d, (1, [2]), 1)), _error(lambda: (1, [2]) in d), len(d)]


def case_pairs_of_zip_enumerate_and_items_as_keys():
    d = {}
    for pair in zip("ab", [1, 2]):
        d[pair] = 1
    for pair in enumerate("ab"):
        d[pair] = 2
    for pair in {"c": 3}.items():
        d[pair] = 3
    return [list(d.items()), ("a", 1) in d, (0, "a") in d, ("c", 3) in d]


def case_pairs_of_zip_and_items_equal_tuples():
    return [list(zip([1], [2]))[0] == (1, 2), list({"a": 1}.items())[0] == ("a", 1),
            list(enumerate("a"))[0] == (0, "a"), [1, 2] == (1, 2)]


def case_tuple_key_of_a_subscript_store():
    d = {}
    row, col = 1, 2
    d[row, col] = "a"
    d[row, col] += "b"
    return [list(d.items()), d[(1, 2)], (1, 2) in d]
