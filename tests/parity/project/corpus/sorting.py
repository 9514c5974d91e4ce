"""sorted and list.sort with keys, reverse and stability."""

from .helpers import outcome


def case_sorted_ints():
    return sorted([3, 10, 2, 1])


def case_sorted_strings():
    return sorted(["b", "B", "a", "A", "_"])


def case_sorted_key_len():
    return sorted(["ccc", "a", "bb"], key=len)


def case_sorted_key_lambda():
    return sorted([{"n": 2}, {"n": 1}], key=lambda d: d["n"])


def case_sorted_reverse():
    return sorted([1, 3, 2], reverse=True)


def case_sorted_stability():
    rows = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
    return sorted(rows, key=lambda r: r[1])


def case_sorted_stability_reverse():
    rows = [("b", 1), ("a", 1), ("c", 0), ("d", 1)]
    return sorted(rows, key=lambda r: r[1], reverse=True)


def case_sorted_tuples():
    return sorted([(2, "a"), (1, "b"), (1, "a")])


def case_sorted_mixed_numbers():
    return sorted([2.5, 1, -3, 0.5])


def case_sorted_key_str_lower():
    return sorted(["b", "A", "c"], key=str.lower)


def case_sorted_key_str_method_unsorted_by_code_point():
    return sorted(["b", "a", "C"], key=str.lower) + list(map(str.strip, [" x ", "y "]))


def case_str_method_called_on_int():
    try:
        return str.upper(5)
    except TypeError as error:
        return str(error)


def case_sorted_key_tuple():
    people = [("bob", 30), ("amy", 30), ("cid", 25)]
    return sorted(people, key=lambda p: (-p[1], p[0]))


def case_sort_inplace_key():
    items = ["bb", "a", "ccc"]
    items.sort(key=len, reverse=True)
    return items


def case_sorted_dict_keys():
    return sorted({"b": 1, "a": 2})


def case_sorted_dict_items_by_value():
    return sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1])


def case_sorted_mixed_types():
    return sorted([1, "a"])


def case_min_max_key():
    words = ["aa", "b", "ccc"]
    return [min(words, key=len), max(words, key=len)]


def case_sorted_none_key():
    return sorted([3, 1], key=None)


def case_sorted_input(values):
    return sorted(values)


def case_sorted_lists():
    return sorted([[2, 1], [1, 2], [1]])


def case_sorted_bools():
    return sorted([True, False, True])


def case_key_passed_by_position():
    # the key of sort() and sorted() is keyword-only in CPython
    words = ["bb", "a"]

    def sort_in_place():
        words.sort(len)
        return words

    return [outcome(sort_in_place), outcome(lambda: sorted(words, len)), outcome(lambda: sorted(words, len, True)),
            outcome(lambda: words.sort(len, True)), words]
