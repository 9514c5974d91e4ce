"""The `with` statement: what `as` binds, when and with what __exit__ is called, suppression, several items.

A validator's context managers are its own classes (contextlib is not among the modules shared code may
import): a collector of errors, a guard that restores state, a counter of nesting. Each manager below logs
its calls, and each case returns the log, so the order of __enter__, the block and __exit__ is compared too.
"""


class _Managed:
    """Logs __enter__ and __exit__; __enter__ gives back `value` (not itself); __exit__ returns `result`."""

    def __init__(self, log, name="m", value="entered", result=None):
        self.log = log
        self.name = name
        self.value = value
        self.result = result

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self.value

    def __exit__(self, exc_type, exc, tb):
        shown = None if exc_type is None else f"{exc_type.__name__}: {exc}"
        self.log.append(f"exit {self.name} {shown}")
        return self.result


class _Errors:
    """A typical validator helper: collects messages, raises one ValueError for all of them at the end."""

    def __init__(self):
        self.messages = []

    def __enter__(self):
        return self

    def add(self, message):
        self.messages.append(message)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self.messages:
            raise ValueError("; ".join(self.messages))
        return False


class _Swallow:
    """Suppresses the exceptions of the given classes, as contextlib.suppress does."""

    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.kinds)


class _Falsy:
    def __bool__(self):
        return False


class _OnlyEnter:
    def __enter__(self):
        return 1


class _OnlyExit:
    def __exit__(self, exc_type, exc, tb):
        return False


_MODULE_LOG = []
with _Managed(_MODULE_LOG, "module", value="at import") as _MODULE_VALUE:
    _MODULE_LOG.append(_MODULE_VALUE)


def _validate(order):
    with _Errors() as errors:
        if not order.get("id"):
            errors.add("id is required")
        if order.get("qty", 0) <= 0:
            errors.add("qty must be positive")
    return "ok"


# ---- what `as` binds --------------------------------------------------------------------------
def case_as_binds_what_enter_returns():
    log = []
    with _Managed(log, value=42) as value:
        log.append(value)
    return log


def case_as_binds_the_manager_when_enter_returns_self():
    with _Errors() as errors:
        errors.add("x")
        return type(errors).__name__


def case_as_binds_none_from_enter():
    log = []
    with _Managed(log, value=None) as value:
        log.append(value is None)
    return log


def case_as_tuple_target():
    log = []
    with _Managed(log, value=(1, "two")) as (number, word):
        log.append([number, word])
    return log


def case_as_tuple_target_wrong_length():
    log = []
    try:
        with _Managed(log, value=(1, 2, 3)) as (a, b):
            log.append("body")
    except ValueError as error:
        log.append(str(error))
    return log


def case_as_attribute_and_subscript_targets():
    log = []
    box = {}

    class _Holder:
        pass

    holder = _Holder()
    with _Managed(log, value="a") as holder.slot, _Managed(log, "n", value="b") as box["k"]:
        log.append([holder.slot, box["k"]])
    return log


def case_as_value_stays_bound_after_the_block():
    log = []
    with _Managed(log, value=7) as value:
        pass
    return [log, value]


def case_manager_expression_evaluated_once():
    log = []
    made = []

    def make():
        made.append(1)
        return _Managed(log)

    with make():
        log.append("body")
    return [log, len(made)]


def case_at_module_level():
    return _MODULE_LOG


# ---- when __exit__ runs, with which arguments --------------------------------------------------
def case_normal_exit_gets_three_nones():
    log = []
    with _Managed(log):
        log.append("body")
    return log


def case_exit_with_star_arguments():
    log = []

    class _Star:
        def __enter__(self):
            return self

        def __exit__(self, *details):
            log.append(list(details))

    with _Star():
        log.append("body")
    return log


def case_return_inside_calls_exit():
    log = []

    def inner():
        with _Managed(log):
            log.append("body")
            return "returned"
        log.append("not reached")

    return [inner(), log]


def case_return_value_computed_before_exit():
    log = []

    def inner():
        with _Managed(log):
            return log.append("return value") or len(log)

    return [inner(), log]


def case_break_inside_calls_exit():
    log = []
    for turn in range(3):
        with _Managed(log, str(turn)):
            if turn == 1:
                break
            log.append("body")
    return log


def case_continue_inside_calls_exit():
    log = []
    for turn in range(3):
        with _Managed(log, str(turn)):
            if turn == 1:
                continue
            log.append("body")
    return log


def case_while_loop_break():
    log = []
    turn = 0
    while True:
        with _Managed(log, str(turn)):
            turn += 1
            if turn == 2:
                break
    return log


def case_exception_passed_to_exit():
    log = []
    try:
        with _Managed(log):
            raise KeyError("k")
    except KeyError as error:
        log.append(f"caught {error}")
    return log


def case_exit_sees_the_exception_instance():
    seen = []

    class _Inspect:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            seen.extend([exc_type is ValueError, isinstance(exc, ValueError), exc.args, tb is not None, bool(tb)])
            return True

    with _Inspect():
        raise ValueError("bad", 3)
    return seen


def case_exit_called_once_when_it_does_not_suppress():
    log = []
    try:
        with _Managed(log):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_exception_in_enter_skips_exit():
    log = []

    class _BadEnter(_Managed):
        def __enter__(self):
            raise KeyError("no entry")

    try:
        with _BadEnter(log):
            log.append("body")
    except KeyError as error:
        log.append(str(error))
    return log


def case_exception_from_exit_on_normal_exit():
    return _validate({"qty": 0})


def case_errors_collector_passes():
    return _validate({"id": "A1", "qty": 2})


def case_exception_from_exit_replaces_a_return():
    def inner():
        with _Errors() as errors:
            errors.add("late")
            return "returned"

    try:
        return inner()
    except ValueError as error:
        return f"ValueError: {error}"


def case_exception_from_exit_replaces_the_body_exception():
    class _Raising:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            raise KeyError(f"from exit, saw {exc_type.__name__}")

    try:
        with _Raising():
            raise ValueError("body")
    except Exception as error:
        return f"{type(error).__name__}: {error}"


def case_cause_kept_through_exit():
    try:
        with _Managed([]):
            try:
                raise KeyError("inner")
            except KeyError as inner:
                raise ValueError("outer") from inner
    except ValueError as error:
        return [str(error), type(error.__cause__).__name__]


def case_bare_raise_in_the_block_of_an_except_clause():
    log = []
    try:
        try:
            raise KeyError("first")
        except KeyError:
            with _Managed(log):
                raise
    except KeyError as error:
        log.append(f"caught {error}")
    return log


def case_traceback_argument_is_not_none():
    seen = []

    class _Traceback:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            seen.append([tb is None, "yes" if tb else "no"])
            return True

    with _Traceback():
        raise ValueError("v")
    return seen


def case_traceback_attributes_fail_loudly():
    class _Lines:
        def __enter__(self):
            return self

        def __exit__(self, exc_type, exc, tb):
            return tb.tb_lineno > 0

    with _Lines():
        raise ValueError("v")
    return "suppressed"


def case_javascript_error_is_not_suppressed():
    # str.format_map exists in CPython, not in JavaScript: the loud error stays loud under a manager that
    # suppresses every exception
    template = "{a}"
    with _Swallow(Exception):
        return template.format_map({"a": 1})


# ---- suppression: Python's truth of __exit__'s result -------------------------------------------
def case_exit_true_suppresses():
    log = []
    with _Managed(log, result=True):
        raise ValueError("suppressed")
    log.append("after")
    return log


def case_exit_none_reraises():
    log = []
    try:
        with _Managed(log, result=None):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_exit_empty_list_reraises():
    log = []
    try:
        with _Managed(log, result=[]):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_exit_falsy_object_reraises():
    log = []
    try:
        with _Managed(log, result=_Falsy()):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_exit_nonempty_string_suppresses():
    log = []
    with _Managed(log, result="yes"):
        raise ValueError("v")
    log.append("after")
    return log


def case_exit_zero_reraises():
    log = []
    try:
        with _Managed(log, result=0):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_suppress_by_class():
    log = []
    for value in ("1", "x", None):
        with _Swallow(ValueError):
            log.append(int(value) if value is not None else len(value))
    return log


def case_suppress_lets_other_errors_through():
    try:
        with _Swallow(KeyError):
            int("x")
    except ValueError as error:
        return str(error)


def case_suppressed_exception_in_loop_continues():
    log = []
    for item in ("1", "x", "3"):
        with _Swallow(ValueError):
            log.append(int(item))
    return log


# ---- several items, nesting -------------------------------------------------------------------
def case_several_items_enter_in_order_exit_in_reverse():
    log = []
    with _Managed(log, "a", "A") as a, _Managed(log, "b", "B") as b:
        log.append(a + b)
    return log


def case_several_items_exception():
    log = []
    try:
        with _Managed(log, "a"), _Managed(log, "b"):
            raise ValueError("v")
    except ValueError:
        log.append("caught")
    return log


def case_several_items_inner_suppresses():
    log = []
    with _Managed(log, "a"), _Managed(log, "b", result=True):
        raise ValueError("v")
    return log


def case_several_items_second_enter_fails():
    log = []

    class _BadEnter(_Managed):
        def __enter__(self):
            raise KeyError("no entry")

    try:
        with _Managed(log, "a"), _BadEnter(log, "b"):
            log.append("body")
    except KeyError as error:
        log.append(str(error))
    return log


def case_several_items_second_uses_the_first():
    log = []
    with _Managed(log, "a", value="first") as a, _Managed(log, a + "+b", value=a + "!") as b:
        log.append(b)
    return log


def case_nested_with_statements():
    log = []
    with _Managed(log, "outer", result=True):
        with _Managed(log, "inner"):
            raise ValueError("v")
        log.append("not reached")
    log.append("after")
    return log


def case_same_manager_twice():
    log = []
    manager = _Managed(log)
    with manager:
        log.append("first")
    with manager:
        log.append("second")
    return log


def case_with_in_a_generator():
    log = []

    def numbers():
        with _Managed(log, "gen"):
            yield 1
            yield 2

    log.append(list(numbers()))
    return log


def case_recursion_through_with():
    log = []

    def depth(n):
        with _Managed(log, str(n)):
            return 0 if n == 0 else 1 + depth(n - 1)

    return [depth(2), log]


# ---- not a context manager ----------------------------------------------------------------------
def case_not_a_manager_int():
    try:
        with 5:
            return "body"
    except TypeError as error:
        return str(error)


def case_not_a_manager_none():
    try:
        with None:
            return "body"
    except TypeError as error:
        return str(error)


def case_not_a_manager_list():
    try:
        with []:
            return "body"
    except TypeError as error:
        return str(error)


def case_not_a_manager_instance():
    try:
        with _Falsy():
            return "body"
    except TypeError as error:
        return str(error)


def case_not_a_manager_class_itself():
    try:
        with _Managed:
            return "body"
    except TypeError as error:
        return str(error)


def case_manager_without_exit():
    try:
        with _OnlyEnter():
            return "body"
    except TypeError as error:
        return str(error)


def case_manager_without_enter():
    try:
        with _OnlyExit():
            return "body"
    except TypeError as error:
        return str(error)


def case_enter_set_on_the_instance_does_not_count():
    # CPython looks __enter__ and __exit__ up on the class
    manager = _OnlyExit()
    manager.__enter__ = lambda: "from the instance"
    try:
        with manager as value:
            return value
    except TypeError as error:
        return str(error)


def case_not_a_manager_evaluates_nothing_else():
    log = []
    try:
        with _Managed(log, "a"), 5:
            log.append("body")
    except TypeError as error:
        log.append(str(error))
    return log
