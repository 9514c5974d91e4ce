"""The `re` module: flags, groups, named groups, fullmatch, sub with a function."""

import re


def case_match_groups():
    m = re.match(r"(\d+)-(\d+)", "12-34 rest")
    return [m.group(0), m.group(1), m.group(2), list(m.groups())]


def case_search():
    m = re.search(r"b+", "aabbbcc")
    return [m.group(), m.start(), m.end()]


def case_no_match():
    return re.match(r"\d", "abc") is None


def case_fullmatch():
    return [re.fullmatch(r"\d{3}", "123") is not None, re.fullmatch(r"\d{3}", "1234") is not None]


def case_named_groups():
    m = re.match(r"(?P<year>\d{4})-(?P<month>\d{2})", "2024-05")
    return [m.group("year"), m.group("month")]


def case_groupdict():
    m = re.match(r"(?P<user>\w+)@(?P<host>\w+)", "me@host")
    return m.groupdict()


def case_ignorecase():
    return re.match(r"abc", "ABC", re.IGNORECASE) is not None


def case_multiline():
    return re.findall(r"^\w", "ab\ncd", re.MULTILINE)


def case_findall():
    return re.findall(r"\d+", "a1b22c333")


def case_findall_groups():
    return re.findall(r"(\w)=(\d)", "a=1 b=2")


def case_sub():
    return re.sub(r"\s+", " ", "a   b \t c")


def case_sub_function():
    return re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2")


def case_sub_backreference():
    return re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host")


def case_sub_count():
    return re.sub("a", "b", "aaa", count=2)


def case_split():
    return re.split(r"[,;]\s*", "a, b;c")


def case_compile_and_match():
    pattern = re.compile(r"^[A-Z]{2}\d{4}$")
    return [bool(pattern.match("AB1234")), bool(pattern.match("ab1234"))]


def case_gstin_like():
    pattern = re.compile(r"^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$")
    return [bool(pattern.match("29ABCDE1234F1Z5")), bool(pattern.match("29ABCDE1234F1X5"))]


def case_email_like(email):
    return re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", email) is not None


def case_escape():
    return re.escape("a.b*c")


def case_finditer():
    return [m.group() for m in re.finditer(r"\d", "a1b2")]


def case_dotall():
    return re.match(r"a.b", "a\nb", re.DOTALL) is not None


def case_verbose():
    return re.match(r"""\d+  # digits
                      -x""", "12-x", re.VERBOSE) is not None


def case_span():
    return list(re.search(r"c", "abc").span())


def case_unicode_word():
    return re.findall(r"\w+", "héllo wörld")


def case_lookahead():
    return re.findall(r"\d(?=px)", "1px 2em 3px")


def case_match_bool_in_if():
    if re.search(r"x", "abc"):
        return "found"
    return "not found"


def case_group_that_did_not_take_part():
    m = re.match(r"(a)|(b)", "b")
    return [m.group(1), m.group(2), m.groups()]


def case_match_after_tested_match():
    # tested for None only (lowered to a test that builds no Match), then matched and read
    tested = [re.fullmatch(r"\d+", "123") is not None, re.match(r"x", "abc") is None, not re.search(r"\d", "a1")]
    m = re.fullmatch(r"(\d+)", "123")
    return [tested, m.group(1), m.span()]


def case_tested_match_of_none():
    try:
        return re.fullmatch(r"\d+", None) is None
    except TypeError as error:  # CPython's message, not that of a len() inside Transcrypt's re
        return [str(error), re.search(r"b", "abc").group()]


def case_not_search_in_comprehension():
    return [word for word in ["a1", "bb", "c3"] if not re.search(r"\d", word)]
