"""Comprehensions and generators."""


def _count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def case_list_comprehension():
    return [x * 2 for x in range(4) if x % 2 == 0]


def case_nested_comprehension():
    return [(x, y) for x in range(2) for y in "ab"]


def case_dict_comprehension_from_pairs():
    return {k: v for k, v in [("a", 1), ("b", 2)]}


def case_generator_expression_sum():
    return sum(x * x for x in range(5))


def case_generator_function_list():
    return list(_count(3))


def case_generator_for_loop():
    out = []
    for value in _count(3):
        out.append(value)
    return out


def case_generator_next():
    gen = _count(2)
    return [next(gen), next(gen)]


def case_generator_exhausted():
    gen = _count(0)
    return next(gen)


def case_next_default():
    return next(iter([]), "empty")


def case_any_generator():
    return any(x > 2 for x in [1, 2, 3])


def case_comprehension_scope():
    x = "outer"
    _ = [x for x in range(3)]
    return x


def case_enumerate_loop():
    return [f"{i}:{v}" for i, v in enumerate("ab")]


def case_zip_loop():
    out = []
    for a, b in zip([1, 2], ["x", "y"]):
        out.append(f"{a}{b}")
    return out


def case_iter_dict_items_comprehension():
    return [k + str(v) for k, v in {"a": 1}.items()]


def case_yield_from():
    def outer():
        yield from _count(2)
        yield 9
    return list(outer())


def case_generator_in_join():
    return ",".join(str(i) for i in _count(3))


def case_conditional_expression_in_comprehension():
    return ["even" if x % 2 == 0 else "odd" for x in range(3)]


def case_nested_loops_break():
    found = None
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                found = (i, j)
                break
        if found:
            break
    return found


def case_for_else():
    for x in [1, 2]:
        if x == 5:
            break
    else:
        return "no break"
    return "break"


def case_while_else():
    n = 0
    while n < 2:
        n += 1
    else:
        return n


def case_range_len_and_index():
    r = range(2, 10, 3)
    return [len(r), r[1], list(r)]


def case_sorted_generator():
    return sorted(x % 4 for x in range(6))


def case_dict_of_lists_comprehension(values):
    return {str(v): [v] * v for v in values}


def case_max_with_generator():
    return max(len(w) for w in ["a", "abc", "ab"])


def case_iterate_string_enumerate_start():
    return [i for i, _ in enumerate("abc", 1)]
