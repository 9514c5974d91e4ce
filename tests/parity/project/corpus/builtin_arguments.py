"""Builtin functions and methods given arguments CPython refuses or reads differently."""

from .helpers import outcome


def case_dict_method_keywords():
    # JS before: the keywords' object was taken for the default ({'default': 0}) and setdefault stored it
    prices = {"tea": 3}
    results = [outcome(lambda: prices.get("coffee", default=0)), outcome(lambda: prices.pop("coffee", default=1)),
               outcome(lambda: prices.setdefault("milk", default=2)), outcome(lambda: prices.get("tea", default=0)),
               outcome(lambda: dict.fromkeys("ab", value=1))]
    return [results, sorted(prices)]


def case_dict_method_empty_double_star():
    # an empty ** passes no keyword in CPython; JS before took the empty object for the default
    options = {}
    prices = {"tea": 3}
    return [prices.get("coffee", **options), prices.pop("coffee", None, **options), prices.get("tea", **options)]


def case_str_method_keywords():
    # JS before: strip and zfill ignored the keywords' object, startswith and find named it in another TypeError
    code = "abc"
    return [outcome(lambda: code.strip(chars="a")), outcome(lambda: code.zfill(width=5)),
            outcome(lambda: code.startswith(prefix="a")), outcome(lambda: code.endswith(suffix="c")),
            outcome(lambda: code.find(sub="b")), outcome(lambda: code.replace(old="a", new="b")),
            outcome(lambda: code.replace("a", new="b")), outcome(lambda: code.upper(x=1)), code.upper(**{})]


def case_list_method_keywords():
    # JS before: count was 0, insert inserted the keywords' object, index looked for it
    items = [1, 2]
    results = [outcome(lambda: items.count(value=1)), outcome(lambda: items.insert(0, object=9)),
               outcome(lambda: items.index(value=1)), outcome(lambda: items.pop(index=0)),
               outcome(lambda: items.append(object=3)), outcome(lambda: items.remove(value=1))]
    return [results, items]


class Registry:
    def __init__(self):
        self.entries = {"a": 1}

    def get(self, key, default=None):
        return self.entries.get(key, default)

    def count(self, *, value):
        return sum(1 for v in self.entries.values() if v == value)


def case_own_method_keywords():
    # a class's own methods named like str, list and dict ones keep their keywords
    registry = Registry()
    return [registry.get("b", default=5), registry.get("a", default=5), registry.count(value=1)]


def case_hex_oct_bin_arguments():
    # JS before: '0xNaN' for a bool or None, and a float or a str parsed with parseInt ('0x1' for 1.5 and '1')
    flag = True
    return [hex(flag), bin(False), oct(-8), hex(-255), outcome(lambda: hex(None)), outcome(lambda: hex(1.5)),
            outcome(lambda: oct("8")), outcome(lambda: bin([1])), outcome(lambda: hex("ff"))]


def case_zfill_width_arguments():
    # JS before: a str width was taken as a number ('007'), None and no width as 0, a second argument ignored
    code = "7"
    return [outcome(lambda: code.zfill("3")), outcome(lambda: code.zfill(None)), outcome(lambda: code.zfill()),
            outcome(lambda: code.zfill(3, 4)), code.zfill(True), "-7".zfill(4)]


def case_split_maxsplit_arguments():
    # JS before: a maxsplit of None or a str was taken as no limit or as a number
    line = "a,b,c"
    return [outcome(lambda: line.split(",", None)), outcome(lambda: line.rsplit(",", "1")),
            outcome(lambda: "a b".split(None, "1")), outcome(lambda: "a b".split(maxsplit=None)),
            line.split(",", True), line.rsplit(",", maxsplit=False)]


def case_round_bool_ndigits():
    # a bool is an int: JS before raised TypeError ('bool' object cannot be interpreted as an integer)
    precise = True
    return [round(2.567, precise), round(7, False), round(-1.25, precise)]


def case_range_arguments():
    # JS before: a step of 0 gave [] (a loop over it ran no turn), a str or a float was taken for a number, None for 0,
    # a bool start was the first item, and range() and range(1, 2, 3, 4) were lists
    chunk = 0
    first = True
    results = [outcome(lambda: list(range(0, 10, chunk))), outcome(lambda: list(range("3"))),
               outcome(lambda: list(range(1.5))), outcome(lambda: list(range(None))), list(range(first, 3)),
               outcome(lambda: list(range())), outcome(lambda: list(range(1, 2, 3, 4)))]
    turns = []
    try:
        for start in range(0, 4, chunk):
            turns.append(start)
    except ValueError as error:
        turns.append(str(error))
    return [results, turns]


def case_split_misspelt_keyword():
    # JS before: the unknown keyword was ignored, ['a', 'b', 'c'] (CPython: TypeError)
    return "a b c".split(max_split=1)


def case_sorted_misspelt_keyword():
    # JS before: the unknown keyword was ignored and the list sorted ascending (CPython: TypeError)
    return sorted([2, 3, 1], reversed=True)


def case_sort_misspelt_keyword():
    items = [2, 3, 1]
    items.sort(reversed=True)
    return items


def case_max_misspelt_keyword():
    # JS before: 'bbb' by the default ordering, the key ignored (CPython: TypeError)
    return max(["bbb", "cc"], kee=len)


def case_sort_reverse_truth():
    # reverse is taken by Python's truth: an empty list is false (JS before: true, sorted descending)
    flags = []
    items = [2, 3, 1]
    items.sort(reverse=flags)
    return [sorted([2, 3, 1], reverse=flags), items, sorted([2, 3, 1], reverse={}), sorted([2, 3, 1], reverse=[0])]


def case_enumerate_arguments():
    # JS before: a str start numbered '1', '11'; None, 1 and 1.5, 2.5 for None and 1.5; True, 2 for True; an unknown
    # keyword numbered None, NaN; a third argument was ignored; enumerate(5) failed inside JavaScript
    letters = "ab"
    return [outcome(lambda: list(enumerate(letters, start="1"))), outcome(lambda: list(enumerate(letters, None))),
            outcome(lambda: list(enumerate(letters, 1.5))), list(enumerate(letters, start=True)),
            outcome(lambda: list(enumerate(letters, begin=1))), outcome(lambda: list(enumerate(letters, 1, 2))),
            outcome(lambda: enumerate(5)), outcome(lambda: enumerate()), list(enumerate(iterable=letters, start=2))]


def case_slice_index_arguments():
    # JS before: a str, a non-whole float or (for list.index) None was taken as a start or end: 1, 1, True, True, 1, 1
    code, items = "abc", [1, 2]
    return [outcome(lambda: code.find("b", "0")), outcome(lambda: code.index("b", 1.5)),
            outcome(lambda: code.startswith("a", "0")), outcome(lambda: code.endswith("c", None, "3")),
            outcome(lambda: items.index(2, None)), outcome(lambda: items.index(2, "0")),
            code.find("b", None), code.count("b", True), items.index(2, True), code.startswith("b", True)]


def case_replace_count_argument():
    # JS before: a count of None replaced nothing and a str count was taken as a number; "NoneType" was named
    code = "abcb"
    return [outcome(lambda: code.replace("b", "x", None)), outcome(lambda: code.replace("b", "x", "1")),
            outcome(lambda: code.replace("b", "x", 1.5)), outcome(lambda: code.replace("b", None)),
            code.replace("b", "x", True)]


def case_dict_update_arguments():
    # JS before: update(5) and update(None) did nothing, update(a, b) added both
    prices = {"tea": 3}
    results = [outcome(lambda: prices.update(5)), outcome(lambda: prices.update(None)),
               outcome(lambda: prices.update([("milk", 2)], [("sugar", 1)]))]
    return [results, prices]


def case_ord_argument():
    # JS before: a JavaScript TypeError (aChar.codePointAt is not a function), which `except TypeError` did not catch
    return [outcome(lambda: ord(5)), outcome(lambda: ord(None)), outcome(lambda: ord(["a"])), ord("a")]


def case_format_spec_argument():
    # JS before: "format() argument 2 must be str, not NoneType" (CPython words None "None")
    return [outcome(lambda: format(5, None)), outcome(lambda: format(5, 3)), format(5, "03d")]


def case_int_with_base_parses():
    # JS before: Transcrypt's int() took no base: ValueError for 'ff' and the prefixed texts, 101 for int("101", 2)
    color, bits = "ff", "101"
    return [int(color, 16), int(bits, base=2), int("0x1f", 0), int(" -0o17 ", 0), int("0b_11", 0), int("0xFF", 16),
            int("1_000", 0), int("zz", 36), int("0b1", 16), int("00", 0), int("+7", 8), int("12", False)]


def case_int_with_base_errors():
    # JS before: 10 for the bases out of range and for a non-str, 12 for "12" in base 2, 17 for "017" in base 0
    return [outcome(lambda: int("10", 1)), outcome(lambda: int("10", 37)), outcome(lambda: int("10", True)),
            outcome(lambda: int(10, 10)), outcome(lambda: int("12", 2)), outcome(lambda: int("017", 0)),
            outcome(lambda: int("0x", 16)), outcome(lambda: int("1__0", 2)), outcome(lambda: int("10", "2")),
            outcome(lambda: int("9", 8)), outcome(lambda: int("0x__1f", 16))]


def case_int_without_argument():
    # JS before: TypeError (int() argument must be ... not 'NoneType'); CPython 0
    return int()


def _turns(count):
    turns = []
    for turn in range(count):
        turns.append(turn)
    return turns


def _numbered(items, first):
    numbered = []
    for number, item in enumerate(items, first):
        numbered.append([number, item])
    return numbered


def case_loop_bounds():
    # JS before: range("3") looped 3 turns, range(None) none, range(2.5) three, enumerate's start "1" concatenated
    # and 1.5 counted 1.5, 2.5 (CPython: TypeError for each); a bool is an int (True counted from 1)
    return [outcome(lambda: _turns("3")), outcome(lambda: _turns(None)), outcome(lambda: _turns(2.5)), _turns(True),
            _turns(3), outcome(lambda: _numbered("ab", "1")), outcome(lambda: _numbered("ab", 1.5)),
            _numbered("ab", True), _numbered("ab", 5)]
