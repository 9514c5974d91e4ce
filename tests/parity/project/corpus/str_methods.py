"""str methods a validator plausibly uses."""

from .helpers import outcome


def case_strip():
    return ["  a b  ".strip(), "\t\na\n".strip(), "  a".lstrip(), "a  ".rstrip()]


def case_strip_chars():
    return "xxaxx".strip("x")


def case_lstrip_chars():
    return "00123".lstrip("0")


def case_split_default():
    return "  a  b\tc\n".split()


def case_split_sep():
    return ["a,b,,c".split(","), "a".split(","), "".split(",")]


def case_split_maxsplit():
    return "a,b,c".split(",", 1)


def case_split_negative_maxsplit():
    # any negative maxsplit is "no limit" in CPython; JS took only -1 as that
    line = "a,b,c"
    return [line.split(",", -2), line.rsplit(",", -5), line.split(",", maxsplit=-3), line.rsplit(sep=",", maxsplit=-2),
            line.split(",", -1), line.rsplit(",", 0), "a b c".split(None, -2), "a b c".rsplit(maxsplit=-2)]


def case_startswith_endswith_bounds():
    # JS before: False for the first two (an end of None sliced the text to ''; slice(-0) for a '' suffix), and True
    # for the empty prefix or suffix past the end, or with the start after the end
    name = "invoice-2024.pdf"
    return [name.startswith("inv", 0, None), name.endswith(("", ".png")), name.endswith((".png", ".pdf"), None, None),
            name.startswith("", 17), name.endswith("", 17), "".endswith("", 1), name.endswith("", 5, 2),
            name.startswith("", 16), name.startswith("voice", 2), name.startswith("voice", 2, 6), name.startswith("voice", 2, 7),
            name.endswith("2024", 0, -4), name.startswith("i", -100), name.endswith("pdf", -3), name.startswith(()),
            name.endswith("", -1, -5), "".startswith(""), name.startswith(("x", "in"), 0, 5), name.endswith("2024", None, 12)]


def case_rsplit():
    return "a.b.c".rsplit(".", 1)


def case_splitlines():
    return "a\nb\r\nc".splitlines()


def case_join():
    return "-".join(["a", "b", "c"])


def case_upper_lower():
    return ["abC".upper(), "ABc".lower()]


def case_title():
    return "hello world".title()


def case_capitalize():
    return "hello World".capitalize()


def case_swapcase():
    return "aB".swapcase()


def case_startswith_endswith():
    return ["abc".startswith("ab"), "abc".endswith("bc"), "abc".startswith(("x", "a"))]


def case_find_rfind():
    return ["banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".find("a", 2)]


def case_index_count():
    return ["banana".index("an"), "banana".count("a")]


def case_index_missing():
    return "abc".index("x")


def case_replace():
    return ["aaa".replace("a", "b"), "aaa".replace("a", "b", 2)]


def case_isdigit_isalpha():
    return ["123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "".isdigit()]


def case_isspace_isupper():
    return [" \t".isspace(), "ABC".isupper(), "abc".islower(), "A1".isupper()]


def case_zfill():
    return ["42".zfill(5), "-42".zfill(5)]


def case_center_ljust_rjust():
    return ["ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4)]


def case_partition():
    return ["a=b=c".partition("="), "abc".partition("x")]


def case_rpartition():
    return "a=b=c".rpartition("=")


def case_removeprefix():
    return ["prefix_x".removeprefix("prefix_"), "x.py".removesuffix(".py")]


def case_casefold():
    return "ABC".casefold()


def case_expandtabs():
    return "a\tb".expandtabs(4)


def case_format_map_like():
    return "-".join(reversed("abc"))


def case_str_in_loop():
    return [c for c in "héllo"]


def case_ord_chr():
    return [ord("a"), chr(98), ord("€")]


def case_str_mul_join_len():
    return len(", ".join(["ab"] * 3))


def case_istitle():
    return ["Hello World".istitle(), "hello".istitle()]


def case_encode_len():
    return len("é".encode("utf-8"))


def case_input_strip_lower(text):
    return text.strip().lower()


def case_str_comparison_methods():
    return "b".join("ac") == "abc"


def case_split_whitespace_maxsplit():
    return "a b  c".split(None, 1)


def case_strip_input_email(email):
    return email.strip().lower().endswith("@example.com")


def case_strip_whitespace_as_isspace():
    out = []
    for code in [0x1C, 0x1F, 0x85, 0xA0, 0x3000, 0xFEFF, 0x200B]:
        text = chr(code) + "x" + chr(code)
        out.append([len(text.strip()), len(text.lstrip()), len(text.rstrip())])
    return out


def case_join_non_strings():
    return ",".join([1, 2])


def case_join_any_iterable():
    return [",".join(x for x in "abc"), "-".join({"k": 1, "j": 2}), "".join(("x", "y"))]


def case_find_with_bounds():
    text = "abcabc"
    return [text.find("a", -3), text.find("c", 0, 2), text.rfind("a", 1), text.rfind("a", 0, 3), text.find("", 6),
            text.find("", 7), text.rfind("b", -2), text.find("c", 4, 2), text.rfind("c", 2, -1)]


def case_substring_of_wrong_type():
    def attempt(method):
        try:
            return method()
        except TypeError as error:
            return str(error)

    digits = "012345"
    return [attempt(lambda: digits.index(5)), attempt(lambda: digits.find(1)), attempt(lambda: digits.count(1)),
            attempt(lambda: digits.rfind(None)), attempt(lambda: digits.rindex(2))]


def case_replace_empty_old_and_count():
    return ["aaa".replace("", "-"), "aaa".replace("", "-", 2), "".replace("", "x"), "aXYbXY".replace("XY", "-", 1),
            "abc".replace("b", "", 0), "aaaa".replace("aa", "b")]


def case_splitlines_every_line_end():
    return ["a\u2028b\x0bc\x0cd\x1ce\x85f\u2029g".splitlines(), "a\r\nb\rc\n".splitlines(),
            "a\n\nb\n".splitlines(keepends=True), "x\r\ny\u2028".splitlines(True), "".splitlines(), "\n".splitlines()]


def case_repr_of_unprintable_characters():
    return [repr("\x00"), repr("a\rb"), repr("\u200b"), repr("a\\b"), repr("'\""), repr("tab\t"), repr("\u00e9\u00a0"),
            repr("\x7f\x85"), repr("\U0001f600"), repr("\ue000"), repr(["\x1b", "it's"]), repr("\u2028\u3000 \u00ad")]


def case_partition_errors():
    def attempt(method):
        try:
            return method()
        except (TypeError, ValueError) as error:
            return [type(error).__name__, str(error)]

    return [attempt(lambda: "a=b".partition("")), attempt(lambda: "a=b".rpartition(1)),
            attempt(lambda: "a=b".removeprefix(None)), attempt(lambda: "ab".center(5, "**"))]


def case_partition_key_value():
    key, _, value = "name = Ada = Lovelace".partition(" = ")
    head, sep, tail = "no-separator".rpartition("=")
    return [key, value, head, sep, tail]


def case_center_odd_margins():
    return ["ab".center(5, "*"), "abc".center(6, "*"), "abc".center(5), "ab".center(1), "😀".center(3, "-")]


def case_ljust_rjust_table():
    rows = [("apple", 3), ("kiwi", 12)]
    return ["|" + name.ljust(8, ".") + str(count).rjust(4) + "|" for name, count in rows]


def case_removesuffix_only_once():
    return ["report.csv.csv".removesuffix(".csv"), "aaa".removeprefix("a"), "x".removeprefix(""), "".removesuffix("x")]


def case_expandtabs_columns():
    return ["ab\tc\td".expandtabs(3), "abc\n\tx\r\ty".expandtabs(4), "a\tb".expandtabs(0), "\t".expandtabs()]


def case_isascii():
    return ["abc".isascii(), "".isascii(), "é".isascii(), "\x7f".isascii(), "a😀".isascii()]


def case_title_apostrophes_and_digits():
    return ["they're bill's friends".title(), "a1b2 3c".title(), "o'neil-smith".title(), "ΣΑΣ ΟΔΟΣ".title()]


def case_title_ligatures_and_digraphs():
    return ["ﬁne ﬂow".title(), "ǆungla".title(), "straße".title(), "ᾳ".title()]


def case_istitle_variants():
    return ["Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "ǅungla".istitle(), "1A".istitle(),
            "".istitle()]


def case_swapcase_non_ascii():
    return ["Straße".swapcase(), "aΣ".swapcase(), "ǅ".swapcase(), "İ".swapcase()]


def case_casefold_non_ascii():
    return ["ﬁ".casefold(), "ẞ".casefold(), "ΣΑΣ".casefold(), "Ꭰꭰ".casefold(), "ı".casefold()]


def case_isprintable():
    return ["abc def".isprintable(), "".isprintable(), "a\n".isprintable(), "a\xa0".isprintable(),
            "\u200b".isprintable(), "é".isprintable()]


def case_isidentifier():
    return ["_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "naïve".isidentifier(),
            "x-y".isidentifier(), "class".isidentifier()]


def case_replace_count_by_keyword():
    # CPython 3.13 takes count by keyword, 3.11 and 3.12 raise TypeError; the target version's answer
    try:
        return "aaa(".replace("a", "b", count=2)
    except TypeError as error:
        return str(error)


def case_strip_chars_edges_and_errors():
    def attempt(method):
        try:
            return method()
        except TypeError as error:
            return str(error)
    path = "/a/b//"
    return ["..a.b..".strip("."), "0012".lstrip("0"), path.rstrip("/"), "abcba".strip("ab"), "xx".strip("x"),
            "éaé".strip("é"), " a ".strip(None), "a".strip(""), attempt(lambda: "a".strip(1)), attempt(lambda: "a".rstrip([]))]


def case_split_on_empty_separator():
    return [outcome(lambda: "ab".split("")), outcome(lambda: "ab".rsplit("")), outcome(lambda: "ab".split("", 1)),
            outcome(lambda: "".rsplit("", 0))]


def case_affix_of_a_list():
    # startswith/endswith take a str or a tuple of str; a list is refused
    return [outcome(lambda: "ab".startswith(["a"])), outcome(lambda: "ab".endswith(["b"])),
            outcome(lambda: "ab".startswith(1)), outcome(lambda: "ab".endswith(None)), "ab".startswith(("x", "a")),
            outcome(lambda: "ab".startswith(("x", 1)))]
