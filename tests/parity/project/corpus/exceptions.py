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


def _error_of(f):
    try:
        return ["ok", f()]
    except Exception as e:  # noqa: BLE001
        return [type(e).__name__, str(e)]


def case_builtin_error_messages_lookup():
    d = {"a": 1}
    xs = [1, 2]
    return [
        _error_of(lambda: d["b"]),
        _error_of(lambda: xs[5]),
        _error_of(lambda: "abc"[5]),
        _error_of(lambda: (1, 2)[5]),
        _error_of(lambda: [].pop()),
        _error_of(lambda: {}.popitem()),
        _error_of(lambda: xs.remove(9)),
        _error_of(lambda: xs.index(9)),
        _error_of(lambda: "abc".index("z")),
        _error_of(lambda: "abc".rindex("z")),
        _error_of(lambda: d.pop("zz")),
        _error_of(lambda: set().pop()),
        _error_of(lambda: {1}.remove(2)),
    ]


def case_builtin_error_messages_conversion():
    return [
        _error_of(lambda: int("x")),
        _error_of(lambda: int("1.5")),
        _error_of(lambda: int("")),
        _error_of(lambda: float("x")),
        _error_of(lambda: float("")),
        _error_of(lambda: int(None)),
        _error_of(lambda: float(None)),
        _error_of(lambda: int([1])),
        _error_of(lambda: ord("ab")),
        _error_of(lambda: chr(-1)),
        _error_of(lambda: chr(0x110000)),
    ]


def case_builtin_error_messages_arithmetic():
    zero = 0
    return [
        _error_of(lambda: 1 / zero),
        _error_of(lambda: 1 // zero),
        _error_of(lambda: 1 % zero),
        _error_of(lambda: 1.5 // zero),
        _error_of(lambda: 1.5 % zero),
        _error_of(lambda: divmod(1, zero)),
        _error_of(lambda: zero ** -1),
        _error_of(lambda: 0.0 ** -1),
        _error_of(lambda: "a" + 1),
        _error_of(lambda: 1 + "a"),
        _error_of(lambda: [1] + (2,)),
        _error_of(lambda: "a" * "b"),
        _error_of(lambda: -"a"),
        _error_of(lambda: None + 1),
        _error_of(lambda: {} + {}),
        _error_of(lambda: [1] - [1]),
    ]


def case_builtin_error_messages_calls():
    return [
        _error_of(lambda: len(5)),
        _error_of(lambda: len(None)),
        _error_of(lambda: max([])),
        _error_of(lambda: min([])),
        _error_of(lambda: sum(["a"])),
        _error_of(lambda: sum([1, "a"])),
        _error_of(lambda: sorted([1, "a"])),
        _error_of(lambda: next(iter([]))),
        _error_of(lambda: abs("x")),
        _error_of(lambda: round("x")),
        _error_of(lambda: ",".join([1])),
        _error_of(lambda: {[1]: 2}),
        _error_of(lambda: {[1]}),
        _error_of(lambda: iter(5)),
        _error_of(lambda: list(5)),
        _error_of(lambda: dict([1])),
        _error_of(lambda: dict([(1, 2, 3)])),
    ]


def case_builtin_error_messages_comparisons():
    return [
        _error_of(lambda: 1 < "a"),
        _error_of(lambda: None < 1),
        _error_of(lambda: [1] < (1,)),
        _error_of(lambda: {} < {}),
        _error_of(lambda: "a" in 5),
        _error_of(lambda: 1 in "abc"),
        _error_of(lambda: None in {}),
        _error_of(lambda: [1] in {}),
        _error_of(lambda: [1] in {1}),
    ]


def case_builtin_error_messages_str_methods():
    return [
        _error_of(lambda: "a".split("")),
        _error_of(lambda: "{}".format()),
        _error_of(lambda: "{0} {1}".format(1)),
        _error_of(lambda: "{x}".format(y=1)),
        _error_of(lambda: f"{1:x<}"),
        _error_of(lambda: f"{'a':d}"),
        _error_of(lambda: f"{1.5:d}"),
        _error_of(lambda: "abc".center(5, "xy")),
    ]


def case_join_of_a_value_that_is_not_iterable():
    return [_error_of(lambda: ",".join(None)), _error_of(lambda: ",".join(5))]
