"""Iterators: closing generators, reversed(), iter()/next(), changing a container while iterating."""


def _closing(log, xs):
    try:
        for x in xs:
            log.append("give " + str(x))
            yield x
    finally:
        log.append("finally")


def case_break_closes_the_generator():
    log = []
    for x in _closing(log, [1, 2, 3]):
        if x == 2:
            break
        log.append("body " + str(x))
    log.append("after")
    return log


def _return_from_loop(log):
    for x in _closing(log, [1, 2, 3]):
        if x == 2:
            return x
    return None


def case_return_closes_the_generator():
    log = []
    r = _return_from_loop(log)
    log.append("after")
    return [r, log]


def case_any_closes_the_generator():
    log = []
    r = any(x > 1 for x in _closing(log, [1, 2, 3]))
    log.append("after")
    return [r, log]


def case_any_of_a_def_generator():
    log = []
    r = any(_closing(log, [0, 2, 3]))
    log.append("after")
    return [r, log]


def case_exception_in_the_body_closes_the_generator():
    log = []
    try:
        for x in _closing(log, [1, 2]):
            raise ValueError("x")
    except ValueError:
        log.append("caught")
    return log


def case_class_body_generator_expression():
    class WithGenexp:
        items = [1, 2, 3]
        doubled = list(x * 2 for x in items)
    return WithGenexp.doubled


def case_class_body_generator_expression_other_name():
    try:
        class Inner:
            factor = 3
            items = [1, 2]
            scaled = list(x * factor for x in items)
        return Inner.scaled
    except NameError as error:
        return "NameError: " + str(error)


def case_next_of_reversed():
    return next(reversed([1, 2, 3]))


def case_len_of_reversed():
    return len(reversed([1, 2, 3]))


def case_reversed_is_consumed_once():
    r = reversed([1, 2, 3])
    return [list(r), list(r)]


def case_reversed_is_true():
    return [bool(reversed([])), type(reversed([1])).__name__]


def case_reversed_index():
    return reversed([1, 2])[0]


def case_reversed_of_str_tuple_range():
    return [list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), "".join(reversed("xy"))]


def case_close():
    log = []
    g = _closing(log, [1, 2])
    next(g)
    g.close()
    return [log, list(g)]


def case_class_body_reads_its_earlier_names():
    class C:
        a = 1
        b = a + 1
    return [C.b]


def case_class_body_comprehension_reads_a_class_name():
    class C:
        a = 1
        c = [a * k for k in [1, 2]]
    return C.c


def case_class_body_comprehension_over_a_class_name():
    class C:
        a = [1, 2]
        c = [k for k in a]
    return C.c


def _tagged(log, tag, xs):
    try:
        for x in xs:
            yield x
    finally:
        log.append("close " + tag)


def case_a_named_generator_stays_open_after_break():
    log = []
    gen = _closing(log, [1, 2, 3])
    for x in gen:
        break
    log.append("after")
    rest = list(gen)
    return [rest, log]


def case_next_of_a_generator_expression_closes_its_source():
    log = []
    first = next(x for x in _closing(log, [1, 2]))
    log.append("after")
    return [first, log]


def case_zip_in_a_loop_closes_its_generators():
    log = []
    for a, b in zip(_tagged(log, "first", "ab"), _tagged(log, "second", "xyz")):
        if b == "y":
            break
    log.append("after")
    return log


def case_enumerate_in_a_loop_closes_its_generator():
    log = []
    for i, x in enumerate(_tagged(log, "g", [5, 6, 7])):
        if i == 1:
            break
    log.append("after")
    return log


def case_later_for_of_a_generator_expression_is_closed():
    log = []
    found = any(y > 1 for x in [1, 2] for y in _tagged(log, "inner " + str(x), [x, x + 1]))
    log.append("after")
    return [found, log]


def case_generator_expression_over_a_generator_expression():
    log = []
    found = any(y for y in (x > 1 for x in _tagged(log, "g", [1, 2, 3])))
    log.append("after")
    return [found, log]


def case_comprehension_stopped_by_an_exception():
    log = []
    try:
        return [int(x) for x in _tagged(log, "g", ["1", "a", "2"])]
    except ValueError:
        log.append("ValueError")
    return log


def case_reversed_reads_the_list_as_it_goes():
    xs = [1, 2, 3]
    shrunk = reversed(xs)
    xs.pop()
    ys = [1, 2]
    grown = reversed(ys)
    ys.append(3)
    return [list(shrunk), list(grown), [x for x in reversed(ys)]]


_SCALE = 100


class _Scaled:
    _SCALE = 3
    items = [1, 2]
    scaled = [x * _SCALE for x in items]
    doubled = _SCALE * 2
    pairs = dict(("k" + str(k), _SCALE) for k in items)


def case_class_body_nested_scopes_see_the_module_name():
    return [_Scaled.scaled, _Scaled.doubled, _Scaled.pairs, _Scaled.items]
