"""`%`, `.format` and f-string format specs."""


def case_percent_d():
    return "%d items" % 7


def case_percent_02d():
    return "%02d" % 7


def case_percent_s_tuple():
    return "%s-%s" % ("a", "b")


def case_percent_float():
    return "%.2f" % 3.14159


def case_format_positional():
    return "{} and {}".format("a", "b")


def case_format_indexed():
    return "{1}{0}".format("a", "b")


def case_format_named():
    return "{name}!".format(name="x")


def case_format_spec_float():
    return "{:.2f}".format(3.14159)


def case_format_spec_pad():
    return "{:03d}".format(7)


def case_format_spec_align():
    return ["{:>5}".format("ab"), "{:<5}|".format("ab"), "{:^6}".format("ab")]


def case_format_thousands():
    return "{:,}".format(1234567)


def case_format_percent():
    return "{:.1%}".format(0.256)


def case_format_repr():
    return "{!r}".format("a")


def case_format_dict_item():
    return "{0[k]}".format({"k": "v"})


def case_fstring_plain():
    name = "x"
    count = 3
    return f"{name}:{count}"


def case_fstring_expression():
    items = [1, 2]
    return f"{len(items) * 2}-{items[0] + 1}"


def case_fstring_float_spec():
    return f"{3.14159:.2f}"


def case_fstring_int_pad():
    return f"{7:03d}"


def case_fstring_repr():
    value = "a"
    return f"{value!r}"


def case_fstring_list():
    return f"{[1, 'a']}"


def case_fstring_dict():
    return f"{ {'a': 1} }"


def case_fstring_none_bool():
    return f"{None} {True}"


def case_fstring_float_integral():
    return f"{2.0}"


def case_str_of_list():
    return str([1, "a", None, True])


def case_str_of_tuple():
    return str((1, "a"))


def case_str_of_dict():
    return str({"a": [1, 2], "b": None})


def case_repr_str_quotes():
    return [repr("it's"), repr('say "hi"')]


def case_str_of_bool():
    return [str(True), str(None)]


def case_format_input(amount):
    return "{:.2f}".format(amount)


def case_join_numbers():
    return ", ".join(str(n) for n in [1, 2, 3])


def case_format_doubled_braces():
    # the first three are known at build time (filled_templates); the runtime's str.format reads the last
    return ["{{}}".format(), "{{{}}}".format(1), "a{{b}}c {}".format(2), "{{{0}}}{{".format(3)]


def case_repr_of_dict_keys():
    d = {"it's": 1, "__x__": [1, "a"], "b": {"c": None}, "constructor": 0}
    return [repr(d), str({"a": True}), "{}".format({"z": "q"}), repr({})]


def case_format_fixed_ties_round_to_even():
    return ["{:.0f}".format(2.5), "{:.0f}".format(-2.5), "{:.0f}".format(3.5), "{:.2f}".format(0.125),
            "{:.2f}".format(0.375), "{:.2f}".format(2.675), "{:.0%}".format(0.125), "{:.1f}".format(12345678.25)]


def case_fstring_values_of_every_kind():
    class Money:
        def __init__(self, cents):
            self.cents = cents

        def __str__(self):
            return f"EUR {self.cents / 100}"

    nothing, flag, ratio, items, mapping, text, amount = None, True, 1.5, [1, "a"], {"a": 1}, "x", Money(250)
    return f"{nothing}|{flag}|{ratio}|{items}|{mapping}|{text}|{amount}|{{braces}}|{ratio}{text}"


class _Money:
    def __init__(self, paise):
        self.paise = paise

    def __format__(self, spec):
        return "Rs " + str(self.paise // 100) + (" " + spec if spec else "")

    def __str__(self):
        return "money"


def case_format_method_of_a_class():
    m = _Money(12345)
    return [f"{m}", "{}".format(m), "{} and {}".format(m, 1), "{:x}".format(m), str(m), format(m, "y")]


class _Labelled:
    def __str__(self):
        return "label"


def case_format_fields_give_str():
    return ["[{}|{}|{}|{}|{}]".format(1.5, True, None, [1, "a"], ("t",)), f"{_Labelled()}", "{}".format(_Labelled()),
            "{}{}".format("", ""), "{}".format(ValueError("bad")), "{{{}}}{{".format(2)]


def case_format_arguments_evaluated_before_any_is_formatted():
    xs = [1, 2, 3]
    return "{} {}".format(xs, xs.pop())


def case_format_method_of_a_class_object():
    # the class itself is not formatted by its instances' __format__
    return [f"{_Money}" == str(_Money), "{}".format(_Money) == str(_Money)]


def _failure(compute):
    """The text, or the exception's class and message: CPython's errors are part of the answer."""
    try:
        return compute()
    except (TypeError, ValueError, KeyError, IndexError, OverflowError) as error:
        return [error.__class__.__name__, str(error)]


def case_format_grouping():
    return ["{:_}".format(1234567), "{:,}".format(-1234567), "{:_x}".format(3735928559), "{:_b}".format(37),
            "{:,d}".format(-1234), "{:010,}".format(1234), "{:,.2f}".format(1234567.891), "{:010,.2f}".format(1234.5)]


def case_format_fill_and_align():
    return ["{:*<6}".format(1.5), "{:=+8.2f}".format(-3.14159), "{:^9}".format("ab"), "{:0=8}".format(-42),
            "{:#>8x}".format(255), "{:#010x}".format(255), "{:<05}".format(1), "{:05}".format("ab"), "{:5}".format(True)]


def case_format_str_precision():
    return ["{:.3}".format("abcdef"), "{:>6.2}".format("xyz"), "{:.0}".format("abc"), "{:s}".format("s")]


def case_format_float_types():
    return ["{:e}".format(12345.678), "{:%}".format(0.125), "{:.0f}".format(0.5), "{:g}".format(0.0001),
            "{:g}".format(1.5e20), "{:.2e}".format(0.000123), "{:G}".format(1e-10), "{:.3g}".format(1234.5),
            "{:E}".format(1.5), "{:F}".format(float("inf")), "{:.3}".format(123.5), "{:#.0f}".format(2.5),
            "{:+.1%}".format(0.0625), "{:n}".format(1234.5), "{:z.1f}".format(-0.04)]


def case_format_float_rounding():
    # CPython rounds the binary value exactly: 2.675 is below the tie, 0.125 is the tie (to even)
    return ["{:.2f}".format(2.675), "{:.2f}".format(0.125), "{:.1f}".format(0.25), "{:.3e}".format(1.0005),
            "{:.2f}".format(1.5e22), "{:.30f}".format(0.1), "{:.105f}".format(0.5)[-3:], "{:.3f}".format(-0.0001)]


def case_format_spec_errors():
    return [_failure(lambda: "{:d}".format(1.5)), _failure(lambda: "{:s}".format(3)),
            _failure(lambda: "{:,x}".format(255)), _failure(lambda: "{:5}".format(None)),
            _failure(lambda: "{:=5}".format("a")), _failure(lambda: "{:+s}".format("a")),
            _failure(lambda: "{:c}".format(-1)), _failure(lambda: "{:,_}".format(1)),
            _failure(lambda: "{:abc}".format(1.5)), _failure(lambda: "{:5}".format([1]))]


def case_format_fields_by_attribute_and_item():
    record = {"name": "x", "0": "zero"}
    return ["{:>{w}}".format("a", w=4), "{a.real}".format(a=3), "{0[name]}".format(record), "{0[0]}".format([5]),
            "{0!r:>6}".format("a"), "{0:{1}.{2}f}".format(3.14159, 8, 2), "{!a}".format("é"), "{x[0]}".format(x=record)]


def case_format_field_errors():
    return [_failure(lambda: "{0}{}".format(1, 2)), _failure(lambda: "{5}".format(1)),
            _failure(lambda: "{x}".format(y=1)), _failure(lambda: "{!x}".format(1)),
            _failure(lambda: "{0[}".format([1])), _failure(lambda: "{:{}".format(1))]


def case_format_attribute_of_a_str():
    return "{0.upper}".format("a")


def case_format_precision_of_an_integral_number():
    return "{:.2}".format(3)


def case_format_spec_without_float_type_of_a_whole_float():
    return [_failure(lambda: "{:>8}".format(5 / 1)), _failure(lambda: "{:d}".format(6 / 2))]


def case_fstring_specs_and_conversions():
    # an f-string field is filled as str.format fills the same field (Transcrypt dropped specs and !r)
    amount, width, name = 1234567.891, 12, "Zoë"
    return [f"{amount:,.2f}", f"{amount:>{width}.1f}|", f"{name!r}", f"{name!a}", f"{name:*^{width}}", f"{42:#x}",
            f"{0.125:.1%}", f"{{literal}} {7:03d}", f"{name!s:>6}", f"{-3:+05d}"]


def case_dict_view_in_a_message():
    allowed = {"email": 1, "name": 2}
    return f"unknown field; expected one of {allowed.keys()}"


def case_ascii_of_a_name_in_a_message():
    name = "Zoë"
    return "unknown customer " + ascii(name)


def case_slice_object():
    window = slice(1, 3)
    return ["abcdef"[window], [1, 2, 3, 4][window]]
