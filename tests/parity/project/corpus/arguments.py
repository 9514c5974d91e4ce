"""Keyword, default and star arguments."""


def _kw(a, b):
    return f"{a}{b}"


def _defaults(a, b=2, c=None):
    return [a, b, c]


def _star(*args):
    return list(args)


def _star_kw(**kwargs):
    return kwargs


def _mixed(a, *rest, flag=False, **extra):
    return [a, list(rest), flag, extra]


def _kwonly(a, *, strict=False):
    return [a, strict]


def _mutable_default(item, bucket=[]):  # noqa: B006 - the case is about this
    bucket.append(item)
    return bucket


def case_keywords_reordered():
    return _kw(b=1, a=2)


def case_defaults():
    return [_defaults(1), _defaults(1, 3), _defaults(1, c=4)]


def case_star_args():
    return _star(1, 2, 3)


def case_star_args_empty():
    return _star()


def case_star_kwargs():
    return _star_kw(x=1, y=2)


def case_mixed():
    return _mixed(1, 2, 3, flag=True, z=9)


def case_call_with_unpacked_list():
    args = [1, 2]
    return _kw(*args)


def case_call_with_unpacked_dict():
    options = {"a": "x", "b": "y"}
    return _kw(**options)


def case_keyword_only():
    return [_kwonly(1), _kwonly(1, strict=True)]


def case_mutable_default_shared():
    _mutable_default(1)
    return _mutable_default(2)


def case_missing_argument():
    return _kw(1)


def case_too_many_arguments():
    return _kw(1, 2, 3)


def case_unexpected_keyword():
    return _kw(1, c=2)


def case_lambda_default():
    f = lambda x, y=10: x + y  # noqa: E731
    return [f(1), f(1, 2)]


def case_closure():
    def make(n):
        def add(x):
            return x + n
        return add
    return make(3)(4)


def case_nonlocal():
    count = 0

    def bump():
        nonlocal count
        count += 1

    bump()
    bump()
    return count


def case_recursion():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)


def case_default_evaluated_once():
    return [_defaults(0)[1], _defaults(0, b=None)[1]]


def case_positional_only_like():
    return _mixed(*[1, 2], **{"flag": True})


def case_star_in_list_display():
    a = [1, 2]
    return [0, *a, 3]


def _posonly(a, b=2, /, c=3):
    return [a, b, c]


def _posonly_star(a, /, *rest, **extra):
    return [a, list(rest), extra]


class _Stepper:
    def __init__(self, start):
        self.start = start

    step = lambda self, by=1: self.start + by  # noqa: E731 - the case is about this


def case_lambda_too_many_arguments():
    f = lambda x: x  # noqa: E731
    return f(1, 2)


def case_lambda_missing_argument():
    return (lambda x, y: x)(1)


def case_lambda_unexpected_keyword():
    f = lambda x, y=10: x + y  # noqa: E731
    return f(1, z=2)


def case_lambda_keywords():
    f = lambda x, y=10, *, z=0: [x, y, z]  # noqa: E731
    return [f(x=1), f(1, y=2), f(y=3, x=4, z=5)]


def case_lambda_star():
    f = lambda *args, **kwargs: [list(args), kwargs]  # noqa: E731
    return [f(), f(1, 2, k=3)]


def case_lambda_sort_key_arity():
    return sorted([3, 1, 2], key=lambda a, b: a)


def case_lambda_in_generator_expression():
    return list(lambda: n for n in range(2))[0](1)


def case_lambda_method_in_class_body():
    return [_Stepper(5).step(), _Stepper(5).step(by=3)]


def case_positional_only():
    return [_posonly(1), _posonly(1, 5, c=6), _posonly_star(1, 2, a=3)]


def case_positional_only_by_keyword():
    return _posonly(1, b=2)


def case_positional_only_star_missing():
    return _posonly_star(a=1)


def _pending_case_double_star_in_dict_display():
    a = {"x": 1}
    return None


def case_exported_keyword_only(a, *, strict=False):
    return [a, strict]


def case_exported_defaults(a, b=5):
    return a + b


def _keywords(name=0, get=0, a=0, b=0):
    return [name, get, a, b]


def case_two_double_star_unpackings_in_a_call():
    # JS before: the module did not load (Transcrypt wrote `dict (a)dict (b)`, a JavaScript syntax error)
    return [_keywords(**{"a": 5}, **{"b": 6}), _keywords(b=9, **{"a": 1}, **{"name": 2}, **{"get": 3}),
            _keywords(name=3, **{"a": 4}), _keywords(**{"name": 1, "get": 2})]


def case_keyword_given_twice():
    # JS before: the later value won, [0, 0, 2, 0]
    return _keywords(a=1, **{"a": 2})


def case_keyword_given_twice_by_two_unpackings():
    return _keywords(**{"name": 1}, **{"name": 2})


def case_dict_keyword_given_twice():
    # JS before: {'a': 2}
    return dict(a=1, **{"a": 2})


def _settings(**options):
    return options


def case_two_double_stars_and_named_keywords():
    defaults = {"currency": "EUR"}
    overrides = {"strict": True}
    return [_settings(**defaults, **overrides), _settings(**defaults, rounding=2), _settings(level=1, **overrides),
            dict(defaults, **overrides, rounding=2)]


def case_keyword_given_twice_by_double_star():
    defaults = {"currency": "EUR"}
    try:
        return _settings(**defaults, currency="USD")
    except TypeError as error:
        return str(error)


def case_double_star_of_a_list():
    try:
        return _star_kw(**[("a", 1)])
    except TypeError as error:
        return ["TypeError", str(error)]


def case_double_star_of_none():
    options = None
    try:
        return _defaults(1, **options)
    except TypeError as error:
        return ["TypeError", str(error)]


def case_double_star_of_a_mapping_class():
    class Settings:
        def keys(self):
            return ["b"]

        def __getitem__(self, key):
            return 42

    return _defaults(1, **Settings())


def case_double_star_second_part_not_a_mapping():
    try:
        return _star_kw(**{"a": 1}, **[("b", 2)])
    except TypeError as error:
        return ["TypeError", str(error)]


def case_double_star_with_int_keys():
    try:
        return _star_kw(**{1: "one"})
    except TypeError as error:
        return ["TypeError", str(error)]


def case_double_star_with_int_keys_beside_a_keyword():
    try:
        return _star_kw(a=0, **{1: "one"})
    except TypeError as error:
        return ["TypeError", str(error)]


def case_dict_of_double_star_with_int_keys():
    try:
        return dict(**{1: "one"})
    except TypeError as error:
        return ["TypeError", str(error)]


def case_star_of_none():
    values = None
    try:
        return _star(*values)
    except TypeError as error:
        return ["TypeError", str(error)]


def case_star_of_an_int():
    count = 3
    try:
        return _star(1, *count)
    except TypeError as error:
        return ["TypeError", str(error)]


def case_star_of_iterables():
    class Bag:
        def __iter__(self):
            return iter([7, 8])

    codes = {"b": 2, "a": 1}
    return [_star(*codes), _star(*"xy"), _star(*(n * 2 for n in range(3))), _star(*Bag()), _star(*range(2), *[9])]
