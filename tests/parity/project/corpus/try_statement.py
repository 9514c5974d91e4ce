"""The try statement: handler order, bare except, else, finally, raise and re-raise, causes."""


class AppError(Exception):
    pass


class FieldError(AppError):
    pass


def case_bare_except_after_typed_runs_only_for_the_rest():
    log = []
    try:
        raise ValueError("x")
    except ValueError:
        log.append("typed")
    except:  # noqa: E722
        log.append("bare 1")
        log.append("bare 2")
    return log


def case_bare_except_after_typed_catches_the_rest():
    log = []
    try:
        raise KeyError("k")
    except ValueError:
        log.append("typed")
    except:  # noqa: E722
        log.append("bare 1")
        log.append("bare 2")
    return log


def case_error_in_else_is_not_swallowed():
    try:
        try:
            pass
        except ValueError:
            return "handler"
        else:
            raise ValueError("from else")
    except ValueError as error:
        return str(error)
    return "swallowed"


def case_error_in_else_skips_the_statements_handlers():
    log = []
    try:
        try:
            log.append("body")
        except KeyError:
            log.append("own handler")
        else:
            log.append("else")
            raise KeyError("k")
    except KeyError:
        log.append("outer handler")
    return log


def _else_then_finally(fail, log):
    try:
        if fail:
            raise ValueError("x")
        log.append("body")
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
        return "from else"
    finally:
        log.append("finally")


def case_else_and_finally_order():
    log = []
    return [_else_then_finally(False, log), _else_then_finally(True, log), log]


def case_else_skipped_by_break_in_body():
    log = []
    for i in range(3):
        try:
            if i == 1:
                break
            log.append(i)
        except ValueError:
            log.append("except")
        else:
            log.append("else")
    return log


def case_reraise_by_name_keeps_the_cause():
    try:
        try:
            raise ValueError("v") from KeyError("k")
        except ValueError as error:
            raise error
    except ValueError as error:
        return str(error.__cause__)


def case_bare_reraise_keeps_the_cause():
    try:
        try:
            raise ValueError("v") from KeyError("k")
        except ValueError:
            raise
    except ValueError as error:
        return str(error.__cause__)


def case_raise_from_suppresses_the_context():
    try:
        try:
            raise KeyError("k")
        except KeyError as error:
            raise ValueError("v") from error
    except ValueError as error:
        return [str(error.__cause__), error.__suppress_context__]


def case_raise_from_none():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v") from None
    except ValueError as error:
        return [error.__cause__ is None, error.__suppress_context__]


def case_raise_from_a_class():
    try:
        raise ValueError("v") from KeyError
    except ValueError as error:
        return repr(error.__cause__)


def case_plain_raise_has_no_cause():
    try:
        raise ValueError("v")
    except ValueError as error:
        return error.__cause__ is None


def case_bare_except_lets_a_loud_error_through():
    try:
        return int("99999999999999999999")
    except:  # noqa: E722
        return "caught"


def case_bare_raise_outside_except():
    raise  # noqa: PLE0704


def _reraise():
    raise  # noqa: PLE0704


def case_bare_raise_in_a_function_called_from_a_handler():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            _reraise()
    except KeyError as error:
        return str(error)


def case_except_tuple_as():
    seen = []
    for error in (KeyError("k"), IndexError("i"), ValueError("v")):
        try:
            try:
                raise error
            except (KeyError, IndexError) as caught:
                seen.append(str(caught))
        except ValueError:
            seen.append("outer")
    return seen


def case_handlers_in_order_of_the_hierarchy():
    seen = []
    for error in (FieldError("f"), AppError("a"), ValueError("v")):
        try:
            raise error
        except FieldError:
            seen.append("field")
        except AppError:
            seen.append("app")
        except Exception:  # noqa: BLE001
            seen.append("other")
    return seen


def case_base_class_handler_first_wins():
    try:
        raise FieldError("f")
    except AppError:
        return "app"
    except FieldError:
        return "field"


def case_try_inside_a_handler():
    log = []
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            log.append("inner")
        log.append("after inner")
    return log


def case_bare_reraise_after_an_inner_handled_error():
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                raise KeyError("inner")
            except KeyError:
                pass
            raise
    except Exception as error:  # noqa: BLE001
        return str(error)


def _finally_returns():
    try:
        raise ValueError("x")
    finally:
        return "finally"  # noqa: B012


def case_return_in_finally_overrides_the_error():
    return _finally_returns()


def _finally_changes(value):
    try:
        return value
    finally:
        value.append("finally")
        value = None


def case_finally_after_return_changes_the_value():
    return _finally_changes(["try"])


def case_error_in_finally_replaces_the_error():
    try:
        try:
            raise ValueError("a")
        finally:
            raise KeyError("b")
    except Exception as error:  # noqa: BLE001
        return str(error)


def case_error_in_a_handler_runs_finally():
    log = []
    try:
        try:
            raise KeyError("k")
        except KeyError:
            log.append("handler")
            raise ValueError("v")
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log


def case_break_and_continue_in_finally():
    log = []
    for i in range(4):
        try:
            if i == 1:
                raise ValueError("x")
            log.append(i)
        finally:
            if i == 1:
                continue  # noqa: B012
            if i == 2:
                break  # noqa: B012
    return log


def case_raise_a_class():
    try:
        raise ValueError
    except ValueError as error:
        return [str(error), list(error.args), repr(error)]


def case_args_str_and_repr():
    errors = [ValueError("a", 2), ValueError(), ValueError("only"), AppError("x", "y")]
    return [[list(error.args), str(error), repr(error)] for error in errors]
