"""Statements and scopes: globals, loops and their else, closures over loop variables, unpacking targets."""

_SEEN = []
_COUNT = 0


def _bump():
    global _COUNT
    _COUNT += 1
    return _COUNT


def case_global_counter():
    return [_bump(), _bump()]


def case_loop_variable_after_loop():
    for i in range(3):
        pass
    return i


def case_loop_variable_after_empty_loop():
    i = "unset"
    for i in []:
        pass
    return i


def case_comprehension_variable_does_not_leak():
    x = "outer"
    _ = [x for x in range(3)]
    return x


def case_closure_over_loop_variable():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return [f() for f in funcs]


def case_closure_default_binding():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return [f() for f in funcs]


def case_nonlocal_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    inc()
    inc()
    return count


def case_while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        n += 10
    return n


def case_for_else_break():
    for x in [1, 2, 3]:
        if x == 2:
            break
    else:
        return "no break"
    return "break"


def case_try_finally_in_loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out


def case_nested_function_recursion():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)


def case_conditional_function_definition():
    flag = True
    if flag:
        def f():
            return "a"
    else:
        def f():
            return "b"
    return f()


def case_shadowed_builtin_locally():
    def pick(list):
        return list[0]
    return pick([3, 4])


def case_augmented_assign_to_subscript_of_call():
    data = {"a": [1]}

    def get():
        return data["a"]

    get()[0] += 5
    return data


def case_multiple_assignment_order():
    x = [0, 0]
    i = 0
    i, x[i] = 1, 5
    return [i, x]


def case_swap_through_attributes():
    class P:
        pass
    p = P()
    p.a, p.b = 1, 2
    p.a, p.b = p.b, p.a
    return [p.a, p.b]


def case_chained_assignment_same_object():
    a = b = []
    a.append(1)
    return [a, b, a is b]


def case_star_unpack_middle():
    first, *middle, last = range(5)
    return [first, middle, last]


def case_nested_unpack():
    (a, b), c = (1, 2), 3
    return [a, b, c]


def case_unpack_too_many():
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        return str(e)
    return [a, b]


def case_unpack_too_few():
    try:
        a, b, c = [1, 2]
    except ValueError as e:
        return str(e)
    return [a, b, c]
