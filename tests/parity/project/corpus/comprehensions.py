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


def case_enumerate_statement_forms():
    seen = []
    for index, (name, score) in enumerate([("a", 1), ("b", 2)], 10):
        seen.append(f"{index}:{name}={score}")
    for index, key in enumerate({"x": 1, "y": 2}):
        seen.append(f"{index}{key}")
    for index, square in enumerate(n * n for n in range(3)):
        seen.append(index * 100 + square)
    for outer, row in enumerate(["ab", "c"]):
        for inner, char in enumerate(row):
            seen.append(f"{outer}.{inner}{char}")
    for index, char in enumerate(""):
        seen.append("never")
    else:
        seen.append("else")
    return seen


def case_enumerate_sees_items_appended_during_the_loop():
    items = [1, 2]
    seen = []
    for index, item in enumerate(items):
        seen.append((index, item))
        if item < 4:
            items.append(item + 2)
    return seen


def case_enumerate_break_continue_and_final_index():
    found = None
    for index, char in enumerate("a-b-c"):
        if char == "-":
            continue
        if char == "c":
            found = index
            break
    return [found, index]


def case_enumerate_of_a_number():
    try:
        for index, item in enumerate(5):
            return [index, item]
    except TypeError as error:
        return str(error)


def case_range_loop_bound_is_computed_once():
    items = [1, 2]
    seen = []
    for i in range(len(items)):
        items.append(i)
        seen.append(i)
    n = 2
    for i in range(n):
        n = 5
        seen.append(i)
    return [seen, items]


def case_range_loop_variable_reassigned_in_the_body():
    seen = []
    for i in range(3):
        i += 10
        seen.append(i)
    for i in range(10, 0, -4):
        seen.append(i)
        i = 0
    return [seen, i]


def case_range_loop_with_variable_step():
    seen = []
    for step in (2, -3):
        start, stop = (0, 7) if step > 0 else (7, 0)
        for i in range(start, stop, step):
            seen.append(i)
    for i in range(5, 1):
        seen.append("never")
    else:
        seen.append("else")
    return seen


def case_lambda_defaults_are_bound_when_the_lambda_is_made():
    callbacks = []
    for value in [1, 2, 3]:
        callbacks.append(lambda x=value, y=value * 10, z=5: x + y + z)
    step = 100
    shifted = lambda n, by=step: n + by  # noqa: E731
    step = 0
    return [callback() for callback in callbacks] + [shifted(1), shifted(1, 2)]


def case_nested_def_defaults_are_bound_at_the_def():
    handlers = []
    for value in [1, 2]:
        def handler(x=value, *, scale=value * 10, label="n"):
            return f"{label}{x + scale}"

        handlers.append(handler)
    return [handler() for handler in handlers] + [handlers[0](5, scale=0)]


def case_lambdas_made_over_a_range():
    # each lambda reads the comprehension's variable when called: its last value, 2 (JS read 3 before)
    makers = [lambda: i for i in range(3)]
    by_key = {k: lambda: k * 10 for k in range(2)}
    return [[f() for f in makers], [f() for f in by_key.values()]]
