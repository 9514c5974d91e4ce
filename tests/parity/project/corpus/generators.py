"""Generator expressions and loops over generators: lazy, one item at a time, as CPython runs them."""


def _big(xs):
    for x in xs:
        if int(x) > 5:
            yield x


def _naturals():
    n = 0
    while True:
        yield n
        n += 1


def _logged(log, xs):
    for x in xs:
        log.append("make " + str(x))
        yield x


def case_any_stops_at_the_first_true():
    return any(int(x) > 5 for x in ["9", "a"])


def case_all_stops_at_the_first_false():
    lines = [{"quantity": 0}, {"name": "no quantity"}]
    return all(line["quantity"] > 0 for line in lines)


def case_next_of_a_filtered_generator_expression():
    return next(x for x in ["1", "9", "a"] if int(x) > 5)


def case_next_with_default():
    return next((x for x in [1, 2, 3] if x > 5), "none")


def case_next_with_default_not_used():
    return next((x for x in [1, 7, 3] if x > 5), "none")


def case_for_over_a_generator_expression_returns_early():
    gen = (int(x) for x in ["1", "9", "a"])
    for v in gen:
        if v > 5:
            return v
    return None


def case_generator_expression_over_a_generator():
    return any(v for v in _big(["1", "9", "a"]))


def case_side_effects_interleave_with_the_loop_body():
    log = []
    for x in (log.append("elt " + str(x)) or x for x in [1, 2, 3]):
        log.append("body " + str(x))
    return log


def case_for_over_a_generator_interleaves():
    log = []
    for x in _logged(log, [1, 2]):
        log.append("body " + str(x))
    return log


def case_break_out_of_an_infinite_generator():
    out = []
    for n in _naturals():
        if n >= 3:
            break
        out.append(n)
    return out


def case_generator_expression_over_an_infinite_generator():
    return next(n for n in _naturals() if n * n > 50)


def case_comprehension_stops_where_the_generator_raises():
    out = []
    try:
        out = [n for n in (10 // (2 - m) for m in _naturals())]
    except ZeroDivisionError:
        out.append("ZeroDivisionError")
    return out


def case_nested_generator_expressions():
    rows = [["1", "2"], ["x"]]
    return any(any(int(c) > 1 for c in row) for row in rows)


def case_two_for_clauses_are_lazy():
    return next((a, b) for a in [1, 2] for b in ["1", "x"] if int(b) > 0)


def case_generator_is_consumed_once():
    gen = (x for x in [1, 2, 3])
    first = next(gen)
    return [first, list(gen), list(gen)]


def case_partly_consumed_in_a_loop_then_rest():
    gen = (x * 10 for x in [1, 2, 3, 4])
    for x in gen:
        if x == 20:
            break
    return list(gen)


def case_first_iterable_is_evaluated_at_once():
    log = []
    source = [1, 2]
    gen = (x for x in (log.append("iter") or source))
    log.append("made")
    source.append(3)
    return [log, list(gen)]


def case_first_iterable_not_iterable_raises_at_once():
    try:
        gen = (x for x in 5)
    except TypeError as error:
        return "at once: " + str(error)
    return "later: " + str(list(gen))


def case_later_iterables_are_evaluated_lazily():
    log = []
    gen = (y for x in [1] for y in (log.append("inner") or [x]))
    log.append("made")
    return [log, list(gen), log]


def case_exception_in_the_element_comes_when_it_is_reached():
    out = []
    try:
        for v in (10 // x for x in [5, 2, 0, 1]):
            out.append(v)
    except ZeroDivisionError:
        out.append("ZeroDivisionError")
    return out


def case_sum_min_max_of_generator_expressions():
    xs = [3, 1, 2]
    return [sum(x * 2 for x in xs), min(x for x in xs), max(-x for x in xs)]


def case_sorted_list_tuple_join_of_generator_expressions():
    xs = [3, 1, 2]
    return [sorted(x for x in xs), list(x for x in xs), list(tuple(x for x in xs)), "-".join(str(x) for x in xs)]


def case_dict_and_set_of_generator_expressions():
    return [dict((str(x), x * x) for x in [1, 2]), sorted(set(x % 2 for x in [1, 2, 3]))]


def case_enumerate_zip_map_filter_of_generators():
    gen = (x for x in "abc")
    return [list(enumerate(gen)), list(zip(_naturals(), "xy")), list(map(str, (x for x in [1, 2]))),
            list(filter(None, (x for x in [0, 1, 2])))]


def case_zip_stops_an_infinite_generator():
    return list(zip("ab", (n * n for n in _naturals())))


def case_in_stops_at_the_first_match():
    return 2 in (10 // x for x in [1, 5, 0])


def case_unpacking_a_generator_expression():
    a, b = (x * 2 for x in [1, 2])
    return [a, b]


def case_star_unpacking_a_generator():
    first, *rest = (x for x in _big(["7", "8", "9"]))
    return [first, rest]


def case_dict_and_set_comprehensions_are_unaffected():
    return [{str(k): k * 2 for k in [1, 2]}, sorted({k % 3 for k in range(7)})]


def case_comprehension_over_a_generator_is_lazy():
    log = []
    return [[log.append(x) for x in _logged(log, [1, 2])], log]


def case_generator_expression_closure_sees_later_values():
    factor = 1
    gen = (x * factor for x in [1, 2])
    factor = 10
    return list(gen)


def case_str_of_a_generator_is_an_address():
    gen = (x for x in [1])
    return str(gen).startswith("<generator object")


def case_any_leaves_the_rest_in_the_generator():
    gen = _logged([], [0, 1, 2, 3])
    return [any(gen), list(gen)]


def case_all_leaves_the_rest_in_the_generator():
    gen = _logged([], [1, 0, 2, 3])
    return [all(gen), list(gen)]


def case_in_leaves_the_rest_in_the_generator():
    gen = (x for x in [1, 2, 3])
    return [2 in gen, list(gen)]


def case_for_with_unpacking_over_a_generator():
    out = []
    for a, b in ((x, x * 2) for x in [1, 2, 3]):
        out.append(a + b)
    return out


def case_enumerate_of_a_generator_is_lazy():
    out = []
    try:
        for i, v in enumerate(10 // x for x in [5, 0]):
            out.append([i, v])
    except ZeroDivisionError:
        out.append("ZeroDivisionError")
    return out


def case_zip_of_generators_is_lazy():
    out = []
    try:
        for a, b in zip("ab", (10 // x for x in [5, 0])):
            out.append(a + str(b))
    except ZeroDivisionError:
        out.append("ZeroDivisionError")
    return out


def case_generator_function_over_a_generator_expression():
    return list(_big(str(x) for x in [4, 8, 9]))


def case_next_raises_what_the_generator_raises():
    it = iter(int(x) for x in ["1", "a"])
    first = next(it)
    try:
        return [first, next(it, None)]
    except ValueError as error:
        return [first, "ValueError: " + str(error)]


def case_next_of_a_def_generator_after_iter():
    it = iter(_big(["7", "x"]))
    first = next(it)
    try:
        return [first, next(it, "default")]
    except ValueError:
        return [first, "ValueError"]


# map() and filter() are iterators: one item at a time, as the consumer asks (overlay map_filter.extend.js)
def _logged_double(log, x):
    log.append("map " + str(x))
    return x * 2


def case_any_of_map_stops_at_the_first_true():
    lines = [{"quantity": 2}, {"name": "no quantity"}]
    return any(map(lambda line: line["quantity"] > 0, lines))


def case_next_of_filter_stops_at_the_first_match():
    return next(filter(lambda x: int(x) > 5, ["1", "9", "a"]), None)


def case_map_calls_interleave_with_the_loop_body():
    log = []
    for x in map(lambda x: _logged_double(log, x), [1, 2]):
        log.append("body " + str(x))
    return log


def case_in_stops_the_map_at_the_first_match():
    log = []
    found = 4 in map(lambda x: _logged_double(log, x), [1, 2, 3])
    return [found, log]


def case_a_map_is_consumed_once():
    doubled = map(lambda x: x * 2, [1, 2])
    kept = filter(None, [0, 1])
    return [list(doubled), list(doubled), sum(kept), list(kept)]


def case_map_of_several_iterables_stops_at_the_shortest():
    log = []
    pairs = list(map(lambda a, b: a + b, [1, 2], _logged(log, [10, 20, 30])))
    return [pairs, log, list(map(lambda a, b: a + b, "abc", "xy"))]


def case_filter_none_is_python_truth():
    return list(filter(None, [0, 1, "", "0", [], [0], {}, {"a": 1}, None, 0.0, (), (0,)]))


def case_len_of_a_map_is_a_type_error():
    return len(map(str, [1, 2]))


def case_a_filter_is_not_subscriptable():
    return filter(None, [1, 2])[0]


def case_types_of_map_and_filter():
    doubled = map(str, [])
    return [type(doubled).__name__, type(filter(None, [])).__name__, isinstance(doubled, map),
            type(doubled) is map, bool(map(str, [])), bool(filter(None, []))]


def case_an_error_in_map_leaves_the_rest():
    numbers = map(int, ["a", "2", "3"])
    try:
        next(numbers)
    except ValueError as error:
        return [str(error), list(numbers)]
    return None


def case_map_sees_the_list_grow():
    xs = [1]
    out = []
    for x in map(lambda v: v * 2, xs):
        out.append(x)
        if len(xs) < 3:
            xs.append(x)
    return out


def case_map_of_none_fails_at_the_first_item():
    empty = list(map(None, []))
    try:
        return [empty, list(map(None, [1]))]
    except TypeError as error:
        return [empty, str(error)]


def case_filter_takes_no_keyword_arguments():
    return list(filter(None, iterable=[1]))


def case_str_of_a_map_is_an_address():
    return str(map(str, [1]))


def case_map_and_filter_consumers():
    numbers = ["3", "1", "2"]
    return [sorted(map(int, numbers)), tuple(map(int, numbers)), ",".join(filter(None, numbers)),
            sum(map(int, numbers)), max(map(int, numbers)), sorted(dict(map(lambda x: ("k" + x, int(x)), numbers)).items()),
            list(enumerate(map(int, numbers))), list(zip(map(int, numbers), numbers)),
            [x for x in filter(lambda x: x != "1", numbers)], list(map(str.upper, {"a": 1}))]


def case_a_generator_is_true():
    # CPython: a generator has no __len__ and is true, even when empty (JS raised "object ... has no len()")
    empty = (x for x in [])
    return [bool(x for x in [1]), "yes" if empty else "no", not (x for x in [])]
