"""`+` and `*` on strings and lists, negative indexing and slicing."""


def case_list_plus():
    return [1] + [2]


def case_str_plus():
    return "a" + "b"


def case_str_times():
    return "ab" * 3


def case_int_times_str():
    return 3 * "ab"


def case_list_times():
    return [0] * 3


def case_list_times_zero():
    return [1, 2] * 0


def case_str_times_negative():
    return "ab" * -1


def case_list_iadd():
    items = [1]
    items += [2, 3]
    return items


def case_tuple_plus():
    return (1, 2) + (3,)


def case_str_plus_int():
    return "a" + 1


def case_list_plus_str():
    return [1] + "ab"


def case_negative_index_list():
    return [1, 2, 3][-1]


def case_negative_index_str():
    return "abc"[-2]


def case_index_out_of_range():
    return [1, 2][5]


def case_str_index_out_of_range():
    return "ab"[5]


def case_slice_basic():
    items = [0, 1, 2, 3, 4]
    return [items[1:3], items[:2], items[3:], items[:]]


def case_slice_negative():
    items = [0, 1, 2, 3, 4]
    return [items[-2:], items[:-2], items[-3:-1]]


def case_slice_step():
    items = [0, 1, 2, 3, 4, 5]
    return [items[::2], items[1::2], items[::-1], items[4:1:-1]]


def case_str_slice_step():
    return ["abcdef"[::-1], "abcdef"[::2], "abcdef"[-1:-4:-1]]


def case_slice_out_of_range():
    return [[1, 2][5:], "ab"[1:10], [1, 2][-10:1]]


def case_slice_assign():
    items = [0, 1, 2, 3]
    items[1:3] = ["a"]
    return items


def case_del_index():
    items = [0, 1, 2, 3]
    del items[-1]
    del items[0]
    return items


def case_del_slice():
    items = [0, 1, 2, 3, 4]
    del items[1:3]
    return items


def _pending_case_unpack():
    return None


def case_swap():
    a, b = 1, 2
    a, b = b, a
    return [a, b]


def case_chained_comparison():
    x = 5
    return [1 < x < 10, 1 < x > 10, 1 == 1 < 2]


def case_augmented_string():
    text = "a"
    text += "b"
    text *= 2
    return text


def case_input_list_negative_index(values):
    return values[-1]


def case_tuple_index_negative():
    return (1, 2, 3)[-3]


def case_ternary_and_not():
    return [not 0, not "a", 1 if 0 else 2]
