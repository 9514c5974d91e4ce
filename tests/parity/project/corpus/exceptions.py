"""Exceptions: custom classes, attributes, str(exc), catching built-in errors raised by built-ins."""


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(message)
        self.field = field


class PlainError(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom text"


def case_raise_custom():
    raise ValidationError("email", "is required")


def case_catch_custom_attributes():
    try:
        raise ValidationError("email", "is required")
    except ValidationError as error:
        return [error.field, str(error)]


def case_str_of_plain_error():
    return str(PlainError("boom"))


def case_str_of_error_no_args():
    return str(PlainError())


def case_str_of_error_two_args():
    return str(PlainError("a", 1))


def case_args_attribute():
    return list(PlainError("a", 1).args)


def case_custom_str():
    return str(WithStr())


def case_raise_value_error():
    raise ValueError("bad value")


def case_catch_value_error_from_int():
    try:
        int("abc")
    except ValueError:
        return "caught"
    return "not caught"


def case_catch_index_error():
    try:
        return [1][3]
    except IndexError:
        return "caught"


def case_catch_key_error():
    try:
        return {}["k"]
    except KeyError:
        return "caught"


def case_catch_type_error():
    try:
        return "a" + 1
    except TypeError:
        return "caught"


def case_catch_attribute_error():
    try:
        return None.upper()
    except AttributeError:
        return "caught"


def case_catch_base_class():
    try:
        raise ValidationError("f", "m")
    except Exception as error:  # noqa: BLE001
        return type(error).__name__


def case_except_tuple():
    try:
        raise KeyError("k")
    except (ValueError, KeyError) as error:
        return type(error).__name__


def case_str_of_key_error():
    return str(KeyError("k"))


def case_finally_order():
    log = []
    try:
        log.append("try")
        raise ValueError("x")
    except ValueError:
        log.append("except")
    finally:
        log.append("finally")
    return log


def case_else_clause():
    log = []
    try:
        log.append("try")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    return log


def case_reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as error:
        return str(error)


def case_raise_from():
    try:
        try:
            raise KeyError("k")
        except KeyError as error:
            raise ValueError("outer") from error
    except ValueError as error:
        return [str(error), type(error.__cause__).__name__]


def case_isinstance_exception():
    return [isinstance(ValidationError("f", "m"), ValueError), isinstance(ValidationError("f", "m"), Exception)]


def case_raise_class_not_instance():
    try:
        raise PlainError
    except PlainError as error:
        return type(error).__name__


def case_error_repr():
    return repr(ValueError("x"))


def case_assert():
    assert 1 == 2, "one is not two"


def case_not_implemented():
    raise NotImplementedError("later")


def case_custom_error_to_js():
    raise ValidationError("qty", "must be positive")


def case_exception_in_loop_collect():
    problems = []
    for value in ["1", "x", "3"]:
        try:
            int(value)
        except ValueError:
            problems.append(value)
    return problems


def case_builtin_exception_with_two_arguments():
    error = ValueError("a", 1)
    return [str(error), repr(error), list(error.args), str(KeyError()), str(IndexError("i", "j"))]


def case_max_of_empty_message():
    return max([])


def case_min_max_argument_errors_name_the_function():
    # JS before: 'expected at least 1 argument, got 0' and 'Cannot specify a default with multiple positional arguments'
    def raised(compute):
        try:
            return compute()
        except TypeError as error:
            return "TypeError: " + str(error)

    totals = []
    return [raised(lambda: max(*totals)), raised(lambda: min(*totals)), raised(lambda: max(1, 2, default=0)),
            raised(lambda: min(3, 4, default=None)), raised(lambda: max(totals, default=0))]


class FieldError(Exception):
    # an __init__ of its own that does not call super().__init__: CPython keeps the arguments anyway
    def __init__(self, field, detail):
        self.field = field
        self.detail = detail


class AmountError(ValueError):
    def __init__(self, amount):
        self.amount = amount


def case_exception_whose_init_does_not_call_super():
    # JS before: str() raised TypeError "object of type 'NoneType' has no len()" (no arguments were kept)
    error = FieldError("email", "is required")
    return [str(error), repr(error), list(error.args), error.field, str(AmountError(-5)), repr(AmountError(-5))]


def case_exception_whose_init_does_not_call_super_raised():
    try:
        raise FieldError("lines", "too many")
    except FieldError as error:
        return [str(error), list(error.args), error.detail]


def case_exception_arguments_given_by_keyword_are_not_args():
    error = FieldError("email", detail="is required")
    return [str(error), list(error.args), repr(error)]


def case_exception_whose_init_does_not_call_super_reaches_javascript():
    raise FieldError("email", "is required")

