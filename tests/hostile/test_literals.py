"""Hostile literals: every str, int and float literal a shared module spells survives compilation exactly.

Hypothesis generates strings from all of Unicode (quotes, backslashes, NUL, U+2028/U+2029,
``</script>``, ``${``, astral characters, lone surrogates) spelt in the ways Python allows (repr,
ascii escapes, ``\\N{...}``, ``\\U`` escapes, raw, triple-quoted, f-strings with literal braces,
implicit concatenation), and ints and floats (-0.0, subnormals, the largest double, 1e999, hex,
octal, binary, underscores). One example is one shared module holding a few hundred of them: it is
built once with ``m_shared.build`` (lint included), loaded in Node and in Chromium, and every value
is compared with the value CPython gives the same module, exactly (strings by UTF-16 code units,
numbers by their float64 bits). Integers beyond 2**53 cannot be JavaScript numbers: the build must
refuse them with a located error instead.

Regular expressions are generated from a grammar and used with re.match, search, fullmatch, findall,
split and sub on generated subjects, in Node, and compared with CPython call by call.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import js_hosts
import pytest
from browser.chromium import launch, serve
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st

import m_shared
from m_shared import regex

pytestmark = pytest.mark.timeout(300)

BATCH = 200  # literals of each kind in one generated module (one build per Hypothesis example)

# ---- strings -----------------------------------------------------------------------------------

HOSTILE_CHARACTERS = (
    "'\"\\\x00\n\r\t\x0b\x0c\x1c\x1d\x1e\x1f\x7f\x85\xa0\xad\u2028\u2029\ufeff\u200b\u200e${}`</>%"
    "\U0001f600\U000e0001\U0010ffff\U0001d11e\ud800\udbff\udc00\udfff\ufffe\uffff\u0301"
)
HOSTILE_STRINGS = [
    "", "</script>", "<!--", "-->", "${x}", "`${`", "\\u0041", "\\", "{}", "{0}", "{{}}", "{x!r}", "%s",
    "\ud83d\ude00", "\ud83d", "\ude00x", "__proto__", "\U000e0001", "a\u2028b\u2029c", "\x00\x00", "'''", '"""',
    "\r\n", "\\N{BULLET}", "e\u0301", "\U0001f468\u200d\U0001f469", "\ufeffBOM",
]
characters = st.one_of(st.sampled_from(HOSTILE_CHARACTERS), st.characters(exclude_categories=()))  # surrogates too
texts = st.one_of(st.sampled_from(HOSTILE_STRINGS), st.text(characters, max_size=10))
STRING_SPELLINGS = ("repr", "ascii", "escapes", "names", "raw", "triple", "fstring", "concat")


def _astral(text: str) -> bool:
    return any(ord(c) > 0xFFFF for c in text)


def _printable(text: str) -> bool:
    """Whether the text may stand in the source as it is (no surrogates, no control characters)."""
    return all(c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF for c in text)


def spell_string(text: str, how: str) -> str:
    """Python source of a str literal whose value is ``text``, spelt ``how`` (repr when it cannot be)."""
    if how == "ascii":
        return ascii(text)
    if how == "escapes":
        return '"' + "".join(f"\\U{ord(c):08x}" for c in text) + '"'
    if how == "names":
        return '"' + "".join(f"\\N{{{unicodedata.name(c)}}}" if unicodedata.name(c, "") else f"\\U{ord(c):08x}"
                             for c in text) + '"'
    if how == "raw" and _printable(text) and "'" not in text and not text.endswith("\\"):
        return f"r'{text}'"
    if how == "triple" and _printable(text.replace("\n", "")) and "\\" not in text and "'" not in text \
            and not _astral(text):  # (MS207 is silenced on a literal's first line: keep those on one)
        return f"'''{text}'''"
    if how == "fstring":
        return "f" + repr(text).replace("{", "{{").replace("}", "}}")
    if how == "concat" and len(text) > 1:
        return f"{text[: len(text) // 2]!r} {text[len(text) // 2 :]!r}"
    return repr(text)


string_literals = st.tuples(texts, st.sampled_from(STRING_SPELLINGS)).map(lambda pair: spell_string(*pair))

# ---- numbers -----------------------------------------------------------------------------------

SAFE = 2**53
HOSTILE_INTS = [0, 1, -1, SAFE, -SAFE, SAFE - 1, 2**31, 2**31 - 1, 2**32, -(2**31), 10**15, 255]
HOSTILE_FLOATS = [
    0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
    0.1, 0.2, 1 / 3, 1e16, 1e21, 1e22, 1e-7, 1e-5, 123456789012345678.0, 9007199254740993.0, 2.0**53, 4.35,
    math.inf, -math.inf, math.pi,
]


def spell_int(value: int, how: str) -> str:
    sign, magnitude = ("-" if value < 0 else ""), abs(value)
    if how == "hex":
        return f"{sign}{magnitude:#x}"
    if how == "octal":
        return f"{sign}{magnitude:#o}"
    if how == "binary":
        return f"{sign}{magnitude:#b}"
    if how == "underscores":
        return f"{sign}{magnitude:_}"
    if how == "plus" and value >= 0:
        return f"+{value}"
    return str(value)


def spell_float(value: float, how: str) -> str:
    sign, magnitude = ("-" if math.copysign(1, value) < 0 else ""), abs(value)
    if math.isinf(magnitude):
        return f"{sign}1e999" if how != "upper" else f"{sign}1E+999"
    text = repr(magnitude)
    if how == "exponent":
        text = f"{magnitude:.16e}" if float(f"{magnitude:.16e}") == magnitude else text
    elif how == "upper":
        text = text.upper()
    elif how == "dot" and text.startswith("0."):
        text = text[1:]  # .5
    elif how == "dot" and magnitude.is_integer() and magnitude < 1e16:
        text = f"{int(magnitude)}."  # 5.
    elif how == "underscores" and "e" not in text and "." in text:
        whole, fraction = text.split(".")
        text = f"{int(whole):_}.{fraction}"
    return sign + text


NUMBER_SPELLINGS = ("plain", "hex", "octal", "binary", "underscores", "plus", "exponent", "upper", "dot")
ints = st.one_of(st.sampled_from(HOSTILE_INTS), st.integers(-SAFE, SAFE))
floats = st.one_of(st.sampled_from(HOSTILE_FLOATS), st.floats(allow_nan=False))
number_literals = st.one_of(
    st.tuples(ints, st.sampled_from(NUMBER_SPELLINGS)).map(lambda pair: spell_int(*pair)),
    st.tuples(floats, st.sampled_from(NUMBER_SPELLINGS)).map(lambda pair: spell_float(*pair)),
)

# Literals that were compiled wrongly, kept as explicit examples (each was a bug).
KNOWN_STRINGS = [
    repr("\U000e0001"),  # became the text 'U000e0001' in JS (repr() escapes astral characters it does not print)
    ascii("\U0001f600"),
    'f"{{a}}"',  # f-strings with literal braces did not compile (KeyError in Transcrypt)
    'f"{{}}{{}}"',
    'f"\\U0001f600"',
    repr("a\u2028b\u2029c</script>${x}\x00"),
]
# 1e999 was the undefined name `inf` (the module did not load), -0 was JS -0
KNOWN_NUMBERS = ["1e999", "-1e999", "-0", "-0.0", "0x1fffffffffffff", "-9007199254740992", "5e-324"]


def module_source(strings: list[str], numbers: list[str]) -> str:
    """The generated shared module: one literal a line (astral ones with MS207 silenced: they are
    compared whole here, which is what that rule allows)."""
    lines = ['"""Generated by tests/hostile/test_literals.py."""', "", "STRINGS = ["]
    for literal in strings:
        value = eval(literal)  # the test's own generated literal
        lines.append(f"    {literal},{'  # m-shared: ignore[MS207]' if _astral(value) else ''}")
    lines += ["]", "", "NUMBERS = ["]
    lines += [f"    {literal}," for literal in numbers]
    lines += [
        "]", "",
        "# dict displays and keyword constructions with keys a JS object gives a meaning to",
        'DICTS = [{"__proto__": 1, "a": 2}, {"constructor": 1, "toString": 2, "__init__": 3, "py_x": 4},',
        '         dict(name=1, get=2, keys=3, default=4), {"hasOwnProperty": {"__proto__": {"__proto__": None}}}]',
        "",
        "# bytes literals, as the list of their byte values",
        "BYTES = [list(b) for b in (b\"\", b\"a\\n'\\\"\\\\\", b\"\\x00\\x7f\\x80\\xff\", bytes(range(256)))]",
        "",
    ]
    return "\n".join(lines)


# ---- the project and the engines ---------------------------------------------------------------


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("literals")


@pytest.fixture(scope="module")
def browser_page(workdir: Path) -> Iterator[tuple[str, object]]:
    """A Chromium page, and the URL of ``workdir`` served on loopback (each build in its own directory)."""
    with serve(workdir) as url, launch() as browser:
        page = browser.new_page()
        yield url, page
        page.close()


class Built:
    """One generated module, built and loaded in CPython, Node and Chromium."""

    counter = 0

    def __init__(self, workdir: Path, source: str) -> None:
        Built.counter += 1
        self.name = f"app{Built.counter}"
        self.app = workdir / self.name
        shutil.copytree(js_hosts.FIXTURES / "literals", self.app)
        (self.app / "shared" / "values.py").write_text(source, encoding="utf-8")
        self.result = m_shared.build(self.app)

    def cpython(self) -> dict:
        sys.path.insert(0, str(self.app))
        try:
            module = importlib.import_module("shared.values")
            return {name: js_hosts.encode(getattr(module, name)) for name in ("BYTES", "DICTS", "NUMBERS", "STRINGS")}
        finally:
            sys.path.remove(str(self.app))
            for name in [n for n in sys.modules if n == "shared" or n.startswith("shared.")]:
                del sys.modules[name]

    def node(self) -> dict:
        directory = self.app / "node"
        js_hosts.place_host(directory, "literals_host.js", "literals_node.mjs")
        result = subprocess.run(
            ["node", "literals_node.mjs"], cwd=directory, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def chromium(self, url: str, page: object) -> dict:
        directory = self.app / "browser"
        js_hosts.place_host(directory, "literals_host.js", "literals_page.html")
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{url}/{self.name}/browser/literals_page.html")
        page.wait_for_function("window.encoded !== undefined || false", timeout=20_000)
        assert errors == []
        return json.loads(page.evaluate("JSON.stringify(window.encoded)"))


def utf16(value: object) -> object:
    """Strings as their UTF-16 code units: what JavaScript holds (a surrogate pair and the astral
    character it encodes are the same JS string)."""
    if isinstance(value, str):
        return value.encode("utf-16-le", "surrogatepass").hex()
    if isinstance(value, list):
        return [utf16(item) for item in value]
    return value


def differences(literals: dict[str, list[str]], expected: dict, found: dict) -> list[str]:
    """Each value whose JS encoding differs from CPython's, named by the literal that spelt it."""
    problems = []
    for name, value in expected.items():
        want, got = utf16(value), utf16(found.get(name))
        if want == got:
            continue
        if name in literals and isinstance(got, list) and got[0] == "a" and len(got[1]) == len(want[1]):
            problems += [f"{name}: {literal}  CPython {w}  JS {g}"
                         for literal, w, g in zip(literals[name], want[1], got[1], strict=True) if w != g]
        else:
            problems.append(f"{name}: CPython {value}  JS {found.get(name)}")
    return problems


@settings(
    max_examples=3, derandomize=True, database=None, deadline=None,
    # Each example is a build: the comparison names every literal that differs, so no shrinking.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(
    strings=st.lists(string_literals, min_size=BATCH, max_size=BATCH),
    numbers=st.lists(number_literals, min_size=BATCH, max_size=BATCH),
)
@example(strings=KNOWN_STRINGS, numbers=KNOWN_NUMBERS)
def test_literals_have_their_cpython_values_in_node_and_chromium(
    workdir: Path, browser_page: tuple[str, object], strings: list[str], numbers: list[str]
) -> None:
    source = module_source(strings, numbers)
    built = Built(workdir, source)
    assert built.result.ok, [str(d) for d in built.result.diagnostics]
    expected = built.cpython()
    literals = {"STRINGS": strings, "NUMBERS": numbers}
    node_problems = differences(literals, expected, built.node())
    assert node_problems == [], "Node:\n" + "\n".join(node_problems)
    chromium_problems = differences(literals, expected, built.chromium(*browser_page))
    assert chromium_problems == [], "Chromium:\n" + "\n".join(chromium_problems)


# ---- integers JavaScript cannot hold -------------------------------------------------------------


@settings(max_examples=1, derandomize=True, database=None, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    values=st.lists(st.one_of(st.integers(SAFE + 1, 2**200), st.integers(-(2**200), -SAFE - 1)), min_size=40,
                    max_size=40),
    spellings=st.lists(st.sampled_from(NUMBER_SPELLINGS), min_size=40, max_size=40),
)
@example(values=[SAFE + 1, -(SAFE + 1), 2**64, 10**30], spellings=["plain", "plain", "hex", "underscores"])
def test_integers_beyond_2_53_are_refused_with_their_location(
    workdir: Path, values: list[int], spellings: list[str]
) -> None:
    """A literal JavaScript would round is never published: `m shared build` names each one."""
    literals = [spell_int(value, how) for value, how in zip(values, spellings, strict=True)]
    Built.counter += 1
    app = shutil.copytree(js_hosts.FIXTURES / "literals", workdir / f"big{Built.counter}")
    lines = ["LIMITS = ["] + [f"    {literal}," for literal in literals] + ["]", ""]
    (app / "shared" / "values.py").write_text("\n".join(lines), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "m_shared", "shared", "build", "--project", str(app)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"}, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for number, literal in enumerate(literals, start=2):
        column = 6 if literal.startswith("-") else 5  # the integer itself, after the minus sign
        assert f"shared/values.py:{number}:{column}: MS205" in output, (literal, output)
    assert not (app / "node").exists() and not (app / "browser").exists()  # nothing published


# ---- regular expressions ------------------------------------------------------------------------
# Patterns from a grammar of what validators write (literals with Unicode and escapes, classes,
# quantifiers, groups, alternation, anchors, lookaheads and lookbehinds), used with re.match, search,
# fullmatch, findall, split and sub on generated subjects. The lint rules about re (MS208 \w \d \b without
# re.ASCII, MS209 DOTALL/VERBOSE) are respected, so every
# pattern builds; each must then behave as in CPython. Groups may be repeated, with groups inside or able to
# match empty: a pattern m_shared refuses (a repetition that may match empty first) is left out, and of one with
# groups at risk (m_shared/regex.py's _risks) only the matches and group 0 are compared, and reading its groups
# must throw an MSharedError where CPython found a match.

PATTERN_COUNT = 40
SUBJECTS_PER_PATTERN = 5
SUBJECT_ALPHABET = "abcxyzABC019 _-.é日\n\t\xa0\u2028\x1c\x85\ufeff*()[]\\$^"
LITERAL_ATOMS = [*"abcxyzABC019 _-é日", "\\.", "\\*", "\\+", "\\?", "\\(", "\\)", "\\[", "\\]", "\\{", "\\}", "\\|",
                 "\\^", "\\$", "\\\\", "/", "\\n", "\\t", "\\x41", "\\u00e9", "\\-"]
CLASS_ITEMS = ["a", "b", "x", "a-c", "0-9", "A-Z", "é", "日", "\\-", "\\]", "\\\\", ".", "*", " ", "\\n", "\\s"]
ASCII_ESCAPES = ["\\d", "\\D", "\\w", "\\W"]  # Unicode-aware in CPython: used with re.ASCII only (MS208)


def _quantifiable(inner: str) -> bool:
    """Whether a group may take a quantifier: any CPython compiles. The two differences of JavaScript's regular
    expressions that no translation removes (ECMAScript's RepeatMatcher: a repeated group resets the groups
    inside it at each repetition, and a repetition that matches the empty string is refused) are m_shared's
    to make loud (regex._risks)."""
    try:
        re.compile(inner)
    except re.error:
        return False
    return True


@st.composite
def regex_atoms(draw: st.DrawFn, depth: int, ascii_only: bool) -> tuple[str, bool]:
    """An atom, and whether it may take a quantifier."""
    kinds = ["literal", "literal", "dot", "class", "space"] + (["ascii"] if ascii_only else [])
    if depth < 2:
        kinds += ["group", "group", "lookbehind"]
    kind = draw(st.sampled_from(kinds))
    if kind == "lookbehind":  # of a fixed width, as CPython requires: branches of as many characters
        width = draw(st.integers(1, 3))
        characters = st.sampled_from([*LITERAL_ATOMS, ".", "[a-c]", "[^x]", "\\s", "(?:a|b)"])
        branches = ["".join(draw(characters) for _ in range(width)) for _ in range(draw(st.integers(1, 2)))]
        return "(?<" + draw(st.sampled_from("=!")) + "|".join(branches) + ")", False
    if kind == "literal":
        return draw(st.sampled_from(LITERAL_ATOMS)), True
    if kind == "dot":
        return ".", True
    if kind == "space":
        return draw(st.sampled_from(["\\s", "\\S"])), True
    if kind == "ascii":
        return draw(st.sampled_from(ASCII_ESCAPES)), True
    if kind == "class":
        items = draw(st.lists(st.sampled_from(CLASS_ITEMS + (ASCII_ESCAPES if ascii_only else [])), min_size=1,
                              max_size=3))
        return "[" + draw(st.sampled_from(["", "^"])) + "".join(items) + "]", True
    opening = draw(st.sampled_from(["(", "(", "(?:", "(?=", "(?!", "(?P<g>"]))
    inner = draw(regex_alternation(depth + 1, ascii_only))
    return opening + inner + ")", opening in ("(", "(?:", "(?P<g>") and _quantifiable(inner)


@st.composite
def regex_alternation(draw: st.DrawFn, depth: int, ascii_only: bool) -> str:
    branches = []
    for _ in range(draw(st.integers(1, 2))):
        pieces = []
        for _ in range(draw(st.integers(1, 3))):
            atom, quantifiable = draw(regex_atoms(depth, ascii_only))
            quantifier = draw(st.sampled_from(["", "", "", "*", "+", "?", "{2}", "{1,2}", "*?", "+?", "??"])) \
                if quantifiable else ""
            pieces.append(atom + quantifier)
        branches.append("".join(pieces))
    return "|".join(branches)


@st.composite
def regex_uses(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """(pattern, flags expression, subjects) with a pattern CPython compiles."""
    ascii_only = draw(st.booleans())
    pattern = draw(st.sampled_from(["", "^", "\\A"])) + draw(regex_alternation(0, ascii_only)) \
        + draw(st.sampled_from(["", "$", "\\Z"]))
    if pattern.count("(?P<g>") > 1:
        pattern = pattern.replace("(?P<g>", "(", pattern.count("(?P<g>") - 1)
    flags = [name for name, wanted in (("re.ASCII", ascii_only), ("re.IGNORECASE", draw(st.booleans())),
                                       ("re.MULTILINE", draw(st.booleans()))) if wanted]
    try:
        re.compile(pattern)
    except re.error:
        assume(False)  # the grammar is loose: CPython is the judge of what is a pattern
    assume(not isinstance(regex.translate(pattern), regex.Refusal))  # refused: the match itself would differ
    subjects = draw(st.lists(st.text(st.sampled_from(SUBJECT_ALPHABET), max_size=10), min_size=SUBJECTS_PER_PATTERN,
                             max_size=SUBJECTS_PER_PATTERN))
    return pattern, " | ".join(flags) or "0", subjects


PATTERNS_MODULE = '''"""Generated by tests/hostile/test_literals.py."""

import re


def _match(found):
    if found is None:
        return None
    return [found.group(0), list(found.groups()), found.start(), found.end(),
            [found.span(group) for group in range(1, len(found.groups()) + 1)]]


def _bracket(found):
    return "[" + found.group(0) + "]"


def _whole(found):
    if found is None:
        return None
    return [found.group(0), found.start(), found.end()]


def _groups(found):
    if found is None:
        return None
    return found.groups()

'''


def _at_risk(pattern: str) -> bool:
    translation = regex.translate(pattern)
    return isinstance(translation, regex.Translation) and bool(translation.risks)


def pattern_function(index: int, pattern: str, flags: str) -> str:
    literal = repr(pattern)
    if _at_risk(pattern):  # the matches and group 0; q<index> reads the groups (an MSharedError in JavaScript)
        ignore = "  # m-shared: ignore[MS220] group 0 only\n"
        return (
            f"\ndef p{index}(s):\n"
            f"    return [_whole(re.match({literal}, s, {flags})),{ignore}"
            f"            _whole(re.search({literal}, s, {flags})),{ignore}"
            f"            _whole(re.fullmatch({literal}, s, {flags})),{ignore}"
            f"            [m.group() for m in re.finditer({literal}, s, {flags})],{ignore}"
            f"            re.sub({literal}, '<>', s, flags={flags}),{ignore}"
            f"            re.sub({literal}, _bracket, s, flags={flags})]{ignore}"
            f"\ndef q{index}(s):\n"
            f"    return _groups(re.search({literal}, s, {flags})){ignore.replace('group 0 only', 'the error under test')}"
        )
    return (
            f"\ndef p{index}(s):\n"
            f"    return [_whole(re.match({literal}, s, {flags})), _whole(re.search({literal}, s, {flags})),\n"
            f"            _whole(re.fullmatch({literal}, s, {flags})), [m.group() for m in re.finditer({literal}, s, {flags})],\n"
            f"            re.sub({literal}, '<>', s, flags={flags}), re.sub({literal}, _bracket, s, flags={flags})]\n"
            f"\ndef q{index}(s):\n"
            f"    return _groups(re.search({literal}, s, {flags}))\n"
        )
    return (
        f"\ndef p{index}(s):\n"
        f"    return [_match(re.match({literal}, s, {flags})), _match(re.search({literal}, s, {flags})),\n"
        f"            _match(re.fullmatch({literal}, s, {flags})), re.findall({literal}, s, {flags}),\n"
        f"            re.split({literal}, s, flags={flags}), re.sub({literal}, '<>', s, flags={flags}),\n"
        f"            re.sub({literal}, _bracket, s, flags={flags})]\n"
    )


KNOWN_PATTERNS = [
    ("\\s", "0", ["\x1c", "\x85", "\ufeff", "\xa0", " "]),
    ("\\s", "re.ASCII", ["\xa0", "\u2028", "\ufeff", "\x0b", " "]),
    ("a\\Z", "0", ["a", "a\n", "ba", "", "aa"]),
    ("(a)|b", "0", ["b", "ab", "ba", "", "c"]),
    ("x*", "0", ["", "axxb", "xx", "a", "b"]),
    ("(?<=\\$)[0-9]+", "0", ["$15 20", "15", "$$1$2", "", "a$"]),
    ("(?<![a-z])[0-9](?<=[0-9]{1})", "0", ["a1 2", "12", "x", "", "-3"]),
    ("(?<=ab|cd)x|(?<!a)y", "re.IGNORECASE", ["abx cdX y ay", "ABX", "y", "", "dx"]),
    ("^(?<=\\A)a(?<=a)", "re.MULTILINE", ["a\na", "ba", "a", "", "\na"]),
    ("(?:(a)|b)+", "0", ["ab", "ba", "", "c", "xaab"]),  # groups at risk: JavaScript's group 1 None for 'ab'
    ("([0-9]*)?x|(?:(a)b)+", "0", ["x", "1x", "abab", "", "ab1x"]),
]


@settings(max_examples=4, derandomize=True, database=None, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture,
                                 HealthCheck.filter_too_much])
@given(uses=st.lists(regex_uses(), min_size=PATTERN_COUNT, max_size=PATTERN_COUNT))
@example(uses=KNOWN_PATTERNS)
def test_regular_expressions_match_as_in_cpython(workdir: Path, uses: list[tuple[str, str, list[str]]]) -> None:
    Built.counter += 1
    app = shutil.copytree(js_hosts.FIXTURES / "literals", workdir / f"re{Built.counter}")
    source = PATTERNS_MODULE + "".join(pattern_function(i, pattern, flags) for i, (pattern, flags, _) in enumerate(uses))
    (app / "shared" / "patterns.py").write_text(source, encoding="utf-8")
    result = m_shared.build(app)
    assert result.ok, [str(d) for d in result.diagnostics]
    calls = [(f"p{i}", [subject]) for i, (_, _, subjects) in enumerate(uses) for subject in subjects]
    calls += [(f"q{i}", [subject]) for i, (pattern, _, subjects) in enumerate(uses) if _at_risk(pattern)
              for subject in subjects]

    sys.path.insert(0, str(app))
    try:
        module = importlib.import_module("shared.patterns")
        expected = []
        for name, arguments in calls:
            try:
                expected.append({"value": js_hosts.encode(getattr(module, name)(*arguments))})
            except Exception as error:  # noqa: BLE001 - compared with what JS raises
                expected.append({"error": [type(error).__name__, str(error)]})
    finally:
        sys.path.remove(str(app))
        for name in [n for n in sys.modules if n == "shared" or n.startswith("shared.")]:
            del sys.modules[name]

    js_hosts.place_host(app / "node", "patterns_node.mjs")
    node = subprocess.run(
        ["node", "patterns_node.mjs"], cwd=app / "node", input=json.dumps([[n, json.dumps(a)] for n, a in calls]),
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert node.returncode == 0, node.stderr
    found = json.loads(node.stdout)
    for index, ((name, _), want, got) in enumerate(zip(calls, expected, found, strict=True)):
        # reading the groups of a pattern with groups at risk: an MSharedError naming the pattern, where CPython
        # found a match
        if name.startswith("q") and want.get("value") != js_hosts.encode(None) and got.get("error", [""])[0] == (
                "MSharedError") and "of the regular expression " + json.dumps(uses[int(name[1:])][0], ensure_ascii=False) in got["error"][1]:
            expected[index] = got
    problems = [
        f"re {uses[int(name[1:])][0]!r} flags {uses[int(name[1:])][1]} on {arguments[0]!r}:\n  CPython {want}\n  JS      {got}"
        for (name, arguments), want, got in zip(calls, expected, found, strict=True) if utf16(want) != utf16(got)
    ]
    assert problems == [], f"{len(problems)} of {len(calls)} calls differ:\n" + "\n".join(problems[:25])
