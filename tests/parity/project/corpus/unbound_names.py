"""Names without a value: a function's variable read before any assignment reached it, and the
exception classes that report it (UnboundLocalError, NameError) with CPython's other built-in ones."""


def _nothing():
    pass


def case_if_without_else(flag=False):
    if flag:
        x = 1
    return x


def case_if_without_else_assigned(flag=True):
    if flag:
        x = 1
    return x


def case_loop_that_never_runs():
    for item in []:
        last = item
    return last


def case_loop_value_of_a_function_without_return():
    # the variable holds None: a JavaScript undefined that must not read as "no value"
    for _ in [1]:
        result = _nothing()
    return result


def case_assigned_in_one_turn_read_in_the_next():
    seen = []
    for index in range(3):
        if index > 0:
            seen.append(previous)
        previous = index * 10
    return seen


def case_read_in_the_first_turn():
    seen = []
    for index in range(2):
        if index == 0:
            seen.append(previous)
        previous = index
    return seen


def case_while_loop_never_entered():
    count = 0
    while count > 0:
        value = count
        count -= 1
    return value


def case_while_true_with_break():
    position = 0
    while True:
        found = [0, 0, 7][position]
        if found:
            break
        position += 1
    return found


def case_try_body_failed():
    try:
        number = int("x")
    except ValueError:
        pass
    return number


def case_try_handler_returns():
    try:
        number = int("x")
    except ValueError:
        return "invalid"
    return number


def case_read_in_finally():
    try:
        int("x")
        done = True
    except ValueError:
        pass
    finally:
        text = str(done)
    return text


def case_augmented_assignment():
    if len("") > 0:
        total = 0
    total += 1
    return total


def case_nested_function_reads_later_assignment():
    def inner():
        return later

    later = 5
    return inner()


def case_nested_function_reads_missing_variable():
    def inner():
        return never

    if len("") > 0:
        never = 1
    return inner()


def case_lambda_reads_missing_variable():
    get = lambda: missing  # noqa: E731
    if len("") > 0:
        missing = 1
    return get()


def case_generator_expression_reads_missing_variable():
    if len("") > 0:
        factor = 2
    return list(n * factor for n in [1])


def case_list_comprehension_reads_missing_variable():
    if len("") > 0:
        factor = 2
    return [n * factor for n in [1]]


def case_conditional_def():
    if len("") > 0:

        def helper():
            return 1

    return helper()


def case_with_block_assigns():
    class Quiet:
        def __enter__(self):
            return self

        def __exit__(self, kind, error, traceback):
            return True  # suppresses the error: `value` is never assigned

    with Quiet():
        value = int("x")
    return value


def case_caught_as_name_error():
    try:
        return case_if_without_else()
    except NameError as error:
        return ["caught", type(error).__name__, str(error)]


def case_nonlocal_assigned_by_nested_function():
    def assign():
        nonlocal shared
        shared = "set"

    if len("") > 0:
        shared = "not set"
    assign()
    return shared


def case_local_shadows_a_builtin(flag=False):
    if flag:
        len = lambda value: 0  # noqa: A001, E731 - the point of the case
    return len("abc")


def _numbers(flag):
    if flag:
        value = 1
    yield 0
    yield value


def case_generator_reads_missing_variable():
    return list(_numbers(False))


def case_method_of_a_local_class_reads_missing_variable():
    class Local:
        def get(self):
            return value

    if len("") > 0:
        value = 1
    return Local().get()


def case_recursive_nested_function():
    def down(count):
        return 0 if count == 0 else 1 + down(count - 1)

    return down(3)


def case_raise_runtime_error():
    raise RuntimeError("not now")


def case_catch_runtime_error():
    try:
        raise RuntimeError("not now")
    except RuntimeError as error:
        return [type(error).__name__, str(error)]


def case_runtime_error_catches_not_implemented():
    try:
        raise NotImplementedError("later")
    except RuntimeError as error:
        return ["caught", repr(error)]


def case_recursion_error_is_runtime_error():
    try:
        raise RecursionError("too deep")
    except RuntimeError as error:
        return ["caught", repr(error)]


def case_lookup_error_catches_key_error():
    try:
        return {"a": 1}["b"]
    except LookupError as error:
        return ["caught", type(error).__name__, str(error)]


def case_lookup_error_catches_index_error():
    try:
        return [1][5]
    except LookupError as error:
        return ["caught", type(error).__name__, str(error)]


def case_name_error_catches_unbound_local_error():
    try:
        raise UnboundLocalError("no value")
    except NameError as error:
        return ["caught", type(error).__name__, error.args]


def case_exception_catches_the_new_classes():
    caught = []
    for kind in [RuntimeError, RecursionError, NameError, UnboundLocalError, LookupError]:
        try:
            raise kind("x")
        except Exception as error:  # noqa: BLE001 - the point of the case
            caught.append(type(error).__name__)
    return caught


def case_except_import_error_passes_other_errors_on():
    try:
        try:
            return int("x")
        except (ImportError, ModuleNotFoundError):
            return "import"
    except ValueError as error:
        return ["passed on", str(error), issubclass(ModuleNotFoundError, ImportError)]


def case_isinstance_of_new_classes():
    return [
        isinstance(UnboundLocalError("x"), NameError),
        isinstance(KeyError("x"), LookupError),
        isinstance(IndexError("x"), LookupError),
        isinstance(RecursionError("x"), RuntimeError),
        isinstance(NotImplementedError("x"), RuntimeError),
        isinstance(NameError("x"), LookupError),
        issubclass(ZeroDivisionError, ArithmeticError),
    ]


def _total_with_a_typo(values):
    if not values:
        return 0
    return sum(valeus)  # noqa: F821 - the typo under test


def case_undefined_name_raises_name_error():
    # JS before: a ReferenceError ('valeus is not defined'), which `except NameError` did not catch
    try:
        return _total_with_a_typo([1, 2])
    except NameError as error:
        return ["NameError", str(error), _total_with_a_typo([])]


class _Rates:
    default = 5

    def rate(self):
        return default  # noqa: F821 - a class attribute is not a variable of its methods


def case_method_reading_a_class_attribute_without_self():
    try:
        return _Rates().rate()
    except NameError as error:
        return str(error)


def case_undefined_name_in_a_lambda_and_a_comprehension():
    found = []
    for compute in [lambda: missing_total + 1, lambda: [missing_item for _ in range(1)]]:  # noqa: F821
        try:
            found.append(compute())
        except NameError as error:
            found.append(str(error))
    return found


def case_undefined_name_reaches_javascript():
    return undefined_helper()  # noqa: F821
