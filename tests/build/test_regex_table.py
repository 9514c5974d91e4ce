"""re's translator is published only when the shared code can compile a pattern not known at build time.

When every pattern is a literal, a constant or a private function's parameter that only receives
those, re.js gets a table of the translations Transcrypt's own re/translate.py gives in CPython,
and re.translate.js is not published (m_shared/regex.py). Checked here: which code counts as known
(fixtures/regex_analysis, read module by module), that the table holds what re.translate.js
computes in Node (a corpus and random patterns), the published files of a fixture with literal
patterns only and with one pattern made at run time (fixtures/regex_table), that both give the same
results and CPython's, and that a pattern missing from the table fails loudly.
"""

from __future__ import annotations

import ast
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, copy_fixture, run_m, run_node

from m_shared import bundle, link, regex, shake
from m_shared.compile import Library
from m_shared.shake import RUNTIME_FILE
from m_shared.graph import SourceModule

ANALYSIS = REPO / "tests" / "build" / "fixtures" / "regex_analysis"
TABLE = REPO / "tests" / "build" / "fixtures" / "regex_table"
BUILT_PATTERN = REPO / "tests" / "build" / "fixtures" / "regex_table_built_pattern.py"
OVERLAY = REPO / "js_runtime" / "overlay"


# ---- which patterns are known ---------------------------------------------------------------------

def _module(path: Path) -> SourceModule:
    relative = path.relative_to(ANALYSIS)
    parts = list(relative.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    source = path.read_text(encoding="utf-8")
    return SourceModule(".".join(parts), path, relative.as_posix(), is_package, source,
                        hashlib.sha256(source.encode()).hexdigest())


def _analysed(path: Path) -> regex.Patterns:
    """The module (or package) of ``path`` alone with the shared helpers, as the build decides for it."""
    case = sorted(path.parent.glob("*.py")) if path.name == "__init__.py" else [path]
    modules = [*case, *(parent / "__init__.py" for parent in path.parents if ANALYSIS / "shared" in [parent, *parent.parents]),
               ANALYSIS / "shared" / "helpers.py"]
    return regex.known_patterns(regex.summarize(_module(m)) for m in dict.fromkeys(modules))


KNOWN = sorted(p for p in (ANALYSIS / "shared" / "known").glob("*.py") if p.name != "__init__.py")
# a module, or a package (its __init__.py names the reason) of modules analysed together
UNKNOWN = sorted([p for p in (ANALYSIS / "shared" / "unknown").glob("*.py") if p.name != "__init__.py"]
                 + list((ANALYSIS / "shared" / "unknown").glob("*/__init__.py")))


@pytest.mark.parametrize("path", KNOWN, ids=lambda p: p.stem)
def test_patterns_known_at_build_time_are_found(path: Path) -> None:
    expected = next(ast.literal_eval(s.value) for s in ast.parse(path.read_text(encoding="utf-8")).body
                    if isinstance(s, ast.Assign) and ast.unparse(s.targets[0]) == "EXPECTED")
    assert _analysed(path) == regex.Patterns(tuple(sorted(set(expected))))


@pytest.mark.parametrize("path", UNKNOWN, ids=lambda p: p.parent.name if p.name == "__init__.py" else p.stem)
def test_a_pattern_made_at_run_time_anywhere_keeps_the_translator(path: Path) -> None:
    why = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# unknown: ")
    found = _analysed(path)
    assert found.known is None
    assert why in found.why, found.why
    assert re.match(r"shared/[\w/]+\.py:\d+:\d+: ", found.why), "the reason names file:line:col"


def test_a_pattern_translate_py_rejects_is_not_tabled() -> None:
    # a lookbehind of variable width: CPython's re.error, which re.translate.js raises too (Transcrypt's re.error)
    assert regex.translate(r"(?<=a|bc)x") is None
    assert regex.translations(regex.Patterns((r"[0-9]+", r"(?<=a|bc)x"))) is None
    # characters outside the BMP are one in CPython and two in JavaScript: not tabled either
    assert regex.translate("\U0001f600+") is None
    assert regex.translations(regex.Patterns(("a+",))) == {"a+": regex.translate("a+")}


def test_a_refused_pattern_is_tabled_as_its_error() -> None:
    # JavaScript cannot match these as CPython does: the table holds the MSharedError re.translate.js throws
    refused = {
        r"(<)?[a-z]+(?(1)>|)": "conditional", r"(?P<x>a)?(?(x)b|c)": "conditional", r"(?i:a)b": "scoped",
        r"(?-i:a)b": "scoped", r"a(?i)b": "late", r"(?x) a b": "verbose", r"(?>a+)b": "atomic", r"a++b": "possessive",
        r"a{1,2}+b": "possessive", r"(?<=(a)\1)b": "lookbehind", r"\N{DIGIT ONE}": "named",
    }
    for pattern, kind in refused.items():
        assert regex.translate(pattern) == regex.Refusal("m_shared: " + regex.REFUSALS[kind]), pattern
    table = regex.translations(regex.Patterns(tuple(refused) + ("a+",)))
    assert table is not None and table["a+"] == regex.translate("a+")
    assert "||typeof known=='string'" in regex.table_source(table)
    assert "typeof known" not in regex.table_source({"a+": regex.translate("a+")})
    # what JavaScript matches as CPython does is translated: characters in a class, flags at the start, lookbehinds
    for pattern in (r"[(?(]+", r"(?i)(?m)a", r"(?x)ab", r"[+]+", r"\++", r"a{1,2}?b", r"(?<=\$)[0-9]+", r"(?<![a-z])x"):
        assert isinstance(regex.translate(pattern), regex.Translation), pattern
    assert regex.translate(r"(?<=\$)[0-9]+").tokens[:3] == ("(?<=", "\\$", ")")
    # an octal escape is a character, as in CPython (JavaScript's u flag refuses \012): \1 to \77 stay references
    assert regex.translate(r"\012(a)\1[\101]").tokens == ("\\x0a", "(", "a", ")", "\\1", "[", "\\x41", "]")


def test_a_backreference_to_a_group_that_may_not_take_part_is_refused() -> None:
    # CPython's backreference to a group that did not take part fails, JavaScript's matches the empty string:
    # re.match(r"(a)?b\1", "b") is None in CPython and matches 'b' in JavaScript
    unset = regex.Refusal("m_shared: " + regex.REFUSALS["unset"])
    for pattern in (r"(a)?b\1", r"(a)*\1", r"(a){0,2}\1", r"(a)|b\1", r"(?:(a)|b)\1", r"(?!(a))\1", r"(?:(a)b)?c\1",
                    r"((a)|b)\2", r"(?P<n>a)?b(?P=n)", r"(a)(?:(b)|c\2)", r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)?\10"):
        assert regex.translate(pattern) == unset, pattern
    # a group that takes part in every match on the way to the backreference: translated
    for pattern in (r"(a)b\1", r"(a)+\1", r"(a){2}\1", r"(a)|(b)\2", r"(?=(a))\1", r"(a)(?:x\1)?", r"((a)|b)\1",
                    r"(?P<n>a?)b(?P=n)", r"(a)(?:(b)\2|c)", r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", r"(a)?(b)\2"):
        assert isinstance(regex.translate(pattern), regex.Translation), pattern


# Lookbehind contents: CPython requires a fixed width; JavaScript takes any, so the translator measures it
_BEHIND = ["a", "b", ".", "\\d", "[ab]", "[^a]", "(", "(?:", ")", "|", "?", "*", "+", "{2}", "{1,2}", "{0,1}", "{,2}",
           "\\b", "^", "$", "\\x41", "\\u00e9", "\\.", "(?=a)", "(?!b)", "(?<=a)", "\\A", "\\Z", "??"]


def _lookbehinds(count: int) -> list[str]:
    generator = random.Random(11)
    patterns = [r"(?<=a|bc)x", r"(?<=a{2}|bb)c", r"(?<=\x41\d[a-z](?:ab|cd){2})x", r"(?<=a+)x", r"(?<=a{1,2}?)x",
                r"(?<=(?=a)a)b", r"(?<=\bx)y", r"(?<=^|,)x", r"(?<!(?:ab|c))d", r"(?<=a(?<=a))b", r"(?<=\Aa)b"]
    patterns += ["(?<" + generator.choice("=!") + "".join(generator.choice(_BEHIND) for _ in range(generator.randint(1, 6)))
                 + ")x" for _ in range(count)]
    return patterns


def test_the_width_of_a_lookbehind_is_cpythons() -> None:
    # where CPython compiles the pattern, the translation is JavaScript's lookbehind (or a loud refusal); where
    # CPython raises "look-behind requires fixed-width pattern", so does the translator
    checked = {"fixed": 0, "variable": 0}
    for pattern in _lookbehinds(3000):
        try:
            re.compile(pattern)
            width = "fixed"
        except re.error as error:
            if str(error) != regex.LOOKBEHIND_WIDTH:
                continue
            width = "variable"
        try:
            regex._translator()(pattern)
            translated = "fixed"
        except regex._PatternError as error:
            assert str(error) == regex.LOOKBEHIND_WIDTH
            translated = "variable"
        except regex._Refused:
            translated = "refused"
        assert translated in (width, "refused"), pattern
        checked[width] += translated == width
    assert checked["fixed"] > 300 and checked["variable"] > 300, checked


# ---- the table is what re.translate.js computes --------------------------------------------------

CORPUS = [
    r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", r"[A-Z0-9]+(-[A-Z0-9]+)*", r"[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]",
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})", r"([0-9]{1,9})(\.[0-9]{1,2}|)", r"[0-9]{1,9}",
    r"(?P<n>a)", r"(?P<n>a+)(?P=n)", r"(?P<year>\d{4})-(?P<m>\d\d)", r"(?P<a>x)(?P<a>y)", r"(?P<a>x)|(?P<b>y)", r"(?P<>a)", r"(?P=zz)",
    r"\Aabc\Z", r"\A\A", r"a\Z\Z", r"\a\b\B", r"(?i)abc", r"(?ims)a", r"(?imsx)a b", r"(?x) a b # c", r"(?a)\w", r"(?u)\w",
    r"(?L)a", r"(?s).", r"(?m)^a$", r"(?#comment)a", r"(?-i:a)", r"(?i:a)b",
    r"(a)?(?(1)b|c)", r"(a)(b)?(?(2)c)", r"(?P<x>a)?(?(x)b|c)", r"(a)*(?(1)b|c)", r"(a){0,3}(?(1)b|c)", r"(?(5)a|b)",
    r"(a)(?( 1)b|c)", r"(a)(?(01)b|c)", r"(a)(?(1_0)b|c)", "(a)(?(\u0661)b|c)",
    r"(?<=a)b", r"(?<!a)b", r"(?=a)", r"(?!a)", r"(?<a>x)",
    r"(?<=a{2}|bb)c", r"(?<=\x41\d[a-z](?:ab|cd){2})x", r"(?<=(a)\1)b", r"(?<=(?=a)a)b", r"(?<=\bx)y", r"(?<!\$)\d",
    r"(?>a+)b", r"a++b", r"a*+", r"a?+", r"a{1,2}+", r"a(?i)b", r"(?i)(?m)a", r"[(?(]", r"[(?i]", r"(?x)ab", r"(?x)[ ]#",
    r"\012", r"\101", r"\0", r"\08", r"[\1-\3]", r"(a)\1\12", r"\777", r"\N{DIGIT ONE}", r"(?<=\0\101)x",
    r"\d+", r"\d{1,3}", "\u0663+", r"\u00e9", "\u00e9+", r"\x41", r"\N{LATIN SMALL LETTER A}", r"\s\S\w\W",
    r"a{2,5}", r"a{,5}", r"a{3,}", r"a{3}", r"a{1,2}{3}", "{", "a{", "a{1", "a{,}", "a{1,2",
    r"[^abc]", r"[a-z\-]+", r"[$]", r"\$", "$", "a$", r"[\]]", "[]a]", "\\\\", r"\\\\d", "x*?", r"(?:ab)+?",
    r"\1", r"(a)\1", r"((a)(b))", r"(?:(a)|(b))", "", "(", ")", "[", "\t\n", "x" * 300, "x" * 600, "x" * 1000,
    "[a-z]" * 400, "|".join(a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"),
    # groups at risk (regex._risks) and the refused repetitions
    r"(?:(a)|b)+", r"(a*)*b", r"([0-9]*)?", r"(?:(a)b)+", r"((a)|b)+", r"(?:(a)*b)+", r"(?<=(\w){2})x", r"(?P<x>a*)+",
    r"(?:-([0-9]+))?", r"(?:|a)*", r"(?:a??)+", r"(?:(a)|b)+\1", r"((a)|b)+\2", r"(?:(a)|b)+(?P<n>c)(?P=n)",
]
_ALPHABET = [*"ab1()[]{}?*+|^$\\.-,:=!<>P#ismxauLAZdwsS0123 _\u00e9\u0661\t", "(?", "(?P<", "(?P=", "(?(", "{1,", ")?",
             "\\A", "\\Z"]


def _nested_groups(count: int) -> list[str]:
    """Patterns of groups in groups, alternatives, quantifiers and backreferences: where groups are at risk."""
    generator = random.Random(11)

    def alternation(depth: int) -> str:
        return "|".join(sequence(depth) for _ in range(generator.choice([1, 1, 2])))

    def sequence(depth: int) -> str:
        pieces = []
        for _ in range(generator.choice([0, 1, 1, 2, 2, 3]) if depth else generator.randint(1, 3)):
            kind = generator.choice(["a", "b", "[ab]", "a", "b", "\\1"] + (["(", "(", "(?:", "(?="] if depth < 3 else []))
            atom = kind + alternation(depth + 1) + ")" if kind[0] == "(" else kind
            pieces.append(atom + generator.choice(["", "", "", "*", "+", "?", "{2}", "{0,2}", "*?"]))
        return "".join(pieces)

    return [alternation(0) for _ in range(count)]


def test_the_table_holds_what_re_translate_js_computes(tmp_path_factory: pytest.TempPathFactory) -> None:
    # the library as the build compiled it, overlay edits included: from the cache of a built fixture
    project = built_fixture(TABLE, tmp_path_factory)
    cached = json.loads(next((project / ".m_shared" / "cache").glob("library-*.json")).read_text(encoding="utf-8"))
    directory = project / "library"
    directory.mkdir()
    for name, text in cached["files"].items():
        (directory / name).write_text(text, encoding="utf-8")
    generator = random.Random(7)
    patterns = CORPUS + _lookbehinds(1000) + _nested_groups(2000) + ["".join(generator.choice(_ALPHABET) for _ in range(generator.randint(1, 14)))
                                              for _ in range(5000)]
    table = {p: t for p in patterns if (t := regex.translate(p)) is not None}
    assert len(table) > 4000  # most of them: the comparison below is about something
    assert sum(isinstance(t, regex.Refusal) for t in table.values()) > 300  # and refusals are compared too
    assert sum(isinstance(t, regex.Translation) and bool(t.risks) for t in table.values()) > 100  # groups at risk too
    # a lookbehind of variable width is not tabled: re.translate.js raises CPython's re.error for it
    variable = []
    for pattern in patterns:
        try:
            regex._translator()(pattern)
        except regex._PatternError:
            variable.append(pattern)
        except Exception:  # noqa: BLE001, S112 - other refusals and raises are compared below or not tabled
            continue
    assert len(variable) > 100
    (directory / "variable.json").write_text(json.dumps(variable), encoding="utf-8")
    (directory / "table.js").write_text(
        "import {dict, tuple, __setitem__} from './org.transcrypt.__runtime__.js';\n"
        + regex.table_source(table) + "\nexport {translate};\n", encoding="utf-8")
    (directory / "patterns.json").write_text(json.dumps(sorted(table)), encoding="utf-8")
    script = r"""
import {translate as computed} from './library/re.translate.js';
import {translate as tabled} from './library/table.js';
import {readFileSync} from 'node:fs';
const sample = computed('(a)') [2];
// everything PyRegExp reads, and the types it gets: a tuple of a list, an int, a dict (its keys in order), ints
function shown (r) {
  return JSON.stringify ([r.__class__.__name__, Array.isArray (r [0]), r [0], r [1], Object.getPrototypeOf (r [2]) ===
    Object.getPrototypeOf (sample), Object.keys (r [2]), Object.values (r [2]), r [3], r [4], r [5], r.length]);
}
const differ = [];
for (const pattern of JSON.parse (readFileSync ('./library/patterns.json', 'utf8'))) {
  let a, b;
  try { a = shown (computed (pattern)); } catch (error) { a = 'raised ' + error; }
  try { b = shown (tabled (pattern)); } catch (error) { b = 'raised ' + error; }
  if (a !== b) differ.push ([pattern, a, b]);
}
const first = tabled ('(?P<n>a)'), second = tabled ('(?P<n>a)');
const errors = new Set ();
for (const pattern of JSON.parse (readFileSync ('./library/variable.json', 'utf8'))) {
  try { computed (pattern); errors.add ('no error'); } catch (error) { errors.add (error.__class__.__name__ + ': ' + error.__args__ [0]); }
}
console.log (JSON.stringify ({differ, fresh: first [0] !== second [0] && first [2] !== second [2], errors: [...errors]}));
"""
    assert run_node(script, cwd=project) == {"differ": [], "fresh": True, "errors": [f"error: {regex.LOOKBEHIND_WIDTH}"]}



def test_a_group_not_at_risk_and_group_0_are_cpythons(tmp_path: Path) -> None:
    # JavaScript's own regular expressions on generated patterns of groups in repeated groups: where regex._risks
    # finds no risk for a group, and for the match and its span always, CPython's values (patterns with a
    # backreference are left out: one to a group that took no part fails in CPython and matches empty in
    # JavaScript, another difference)
    subjects = ["", "a", "b", "ab", "ba", "aab", "abab", "bba", "aabba", "abba", "babab", "aaab"]
    rows, at_risk, refused = [], 0, 0
    for pattern in _nested_groups(3000):
        translation = regex.translate(pattern)
        refused += isinstance(translation, regex.Refusal) and "repeated group" in translation.message
        if "\\" in pattern or not isinstance(translation, regex.Translation):
            continue
        compiled = re.compile(pattern)
        at_risk += bool(translation.risks)
        for subject in subjects:
            found = compiled.search(subject)
            rows.append([pattern, subject, [group for group, _ in translation.risks], None if found is None else
                         [list(found.span()), [found.group(g) for g in range(1, compiled.groups + 1)]]])
    assert len(rows) > 10000 and at_risk > 100 and refused > 100
    (tmp_path / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    script = r"""
import {readFileSync} from 'node:fs';
const differ = [];
let compared = 0;
for (const [pattern, subject, risky, want] of JSON.parse (readFileSync ('./rows.json', 'utf8'))) {
  let m;
  try { m = new RegExp (pattern, 'u').exec (subject); } catch (error) { continue; }  // (?=a)* : a quantified lookahead
  compared++;
  const got = m === null ? null : [[m.index, m.index + m [0].length], m.slice (1).map (g => g === undefined ? null : g)];
  if (want === null || got === null) { if (want !== got) differ.push ([pattern, subject, want, got]); continue; }
  const groups = want [1].map ((g, i) => risky.includes (i + 1) || g === got [1] [i]);
  if (want [0] [0] !== got [0] [0] || want [0] [1] !== got [0] [1] || groups.includes (false)) differ.push ([pattern, subject, want, got]);
}
console.log (JSON.stringify ({compared: compared > 5000, differ}));
"""
    assert run_node(script, cwd=tmp_path) == {"compared": True, "differ": []}

# ---- what the build publishes ---------------------------------------------------------------------

SUBJECTS = [
    "abc", "ABC-abc", "word-word", "key=12 other=", "$15 -20 30", "ab\ncd", "cd\nab", "<tag> tag", "xx xxx xxxxy y",
    "\u0663\u0664 12", "a\nb", "TEA-250", "27AAPFU0939F1ZV", "name@example.com", "2025-03-31", "12.5", "", "ababab",
    "a b", "ab", "50% off", "x.-#y", " \t\u00a0x\u2028", "caf\u00e9 \u00e9t\u00e9",
]
# Where Transcrypt's re already differs from CPython, flagged by lint (MS209 re.VERBOSE ignored, MS208 \d
# matches ASCII digits only): the same in both paths, which is what this change must keep. A conditional group
# is refused in both (refused()).
KNOWN_DIVERGENCES = {"VERBOSE", "DIGITS"}

CORPUS_RUN = f"""
import {{ corpus }} from './out/corpus.js';
console.log(JSON.stringify({json.dumps(SUBJECTS)}.map(subject => corpus(subject))));
"""


@pytest.fixture(scope="module")
def tabled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(TABLE, tmp_path_factory)


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_fixture(TABLE, tmp_path_factory.mktemp("regex_table_built") / "project")
    shutil.copy(BUILT_PATTERN, project / "shared" / "built.py")
    run_m("build", "--project", str(project), check=True)
    return project


def _modules(project: Path) -> list[str]:
    """The library modules published (in the one library file, m_shared/bundle.py)."""
    return bundle.bundled_modules(_bundle(project))


# The table's translate() (regex.table_source) says this of a pattern it lacks: in the published library, whose
# top-level names are short (shake.mangle), it tells the table from re.translate.js's translator
TABLED = "was not known when this package was built"
# __m_shared_group_at__ (re.match-spans.edit.json), which reads a group's positions
GROUP_AT = "the positions of the groups of this match could not be found again"


def _bundle(project: Path) -> str:
    return (project / "out" / "_m_shared" / RUNTIME_FILE).read_text(encoding="utf-8")


def test_literal_patterns_only_publish_no_translator(tabled: Path, translated: Path) -> None:
    published = sorted(p.name for p in (tabled / "out" / "_m_shared").glob("*.js"))
    assert published == ["m_shared.interop.js", RUNTIME_FILE, "shared.corpus.js"]
    assert "re" in _modules(tabled) and "re.translate" not in _modules(tabled)
    assert TABLED in _bundle(tabled)
    # one pattern made at run time, in another module: the translator as before, and no table
    assert sorted(p.name for p in (translated / "out" / "_m_shared").glob("*.js")) == sorted([*published, "shared.built.js"])
    assert "re.translate" in _modules(translated)
    assert TABLED not in _bundle(translated)


def test_both_paths_give_the_same_results_and_cpythons(tabled: Path, translated: Path) -> None:
    from_table = run_node(CORPUS_RUN, cwd=tabled)
    from_translator = run_node(CORPUS_RUN, cwd=translated)
    assert from_table == from_translator
    expected = [call_in_cpython(tabled, "shared.corpus", "corpus", [subject]) for subject in SUBJECTS]
    differing = {name for got, want in zip(from_table, expected, strict=True) for name in want if got[name] != want[name]}
    assert differing == KNOWN_DIVERGENCES
    # a conditional group: the same MSharedError in both paths, where CPython matches
    assert call_in_cpython(tabled, "shared.corpus", "refused", ["<ab>"]) is True
    refused = ("import { refused } from './out/corpus.js';\n"
               "try { refused('<ab>'); console.log('null'); } catch (e) { console.log(JSON.stringify([e.name, e.message])); }")
    assert run_node(refused, cwd=tabled) == run_node(refused, cwd=translated) == [
        "MSharedError", "m_shared: " + regex.REFUSALS["conditional"]]
    # a group in a repeated group: CPython reads it, both paths throw the same MSharedError when it is read
    assert call_in_cpython(tabled, "shared.corpus", "at_risk", ["ab"]) == ["ab", ["a"]]
    at_risk = ("import { at_risk } from './out/corpus.js';\n"
               "try { console.log(JSON.stringify(at_risk('ab'))); } catch (e) { console.log(JSON.stringify([e.name, e.message])); }")
    assert run_node(at_risk, cwd=tabled) == run_node(at_risk, cwd=translated) == [
        "MSharedError", ('m_shared: group 1 of the regular expression "(?:(a)|b)+" is inside a repeated group: CPython keeps '
                         "the text it matched in an earlier repetition, JavaScript clears it at each repetition, so they "
                         "give different text (matching and group 0 agree). Capture the whole repetition instead, e.g. "
                         "((?:a|b)+) for (?:(a)|b)+, or match group 0 again for its parts")]
    # and the translator build's own pattern works
    assert run_node("import { only } from './out/built.js';\n"
                    "console.log(JSON.stringify([only('ab', 'abba'), only('ab', 'abc')]));", cwd=translated) == [True, False]


def test_a_pattern_missing_from_the_table_fails_loudly(tabled: Path) -> None:
    script = """
import { re$ } from './out/_m_shared/org.transcrypt.__runtime__.js';
try { re$.search ('not (in) the table', 'x'); console.log (JSON.stringify ('no error')); }
catch (error) { console.log (JSON.stringify ([error.name, error.message])); }
"""
    name, message = run_node(script, cwd=tabled)
    assert name == "MSharedError"
    assert message.startswith('m_shared: the regular expression "not (in) the table" was not known when this package')
    assert "report it" in message


def test_the_table_is_the_same_bytes_in_every_build(tabled: Path, tmp_path: Path) -> None:
    again = copy_fixture(TABLE, tmp_path / "again")
    run_m("build", "--project", str(again), check=True)
    assert _bundle(again) == _bundle(tabled)
    text = _bundle(again)
    keys = re.findall(r'\[("(?:[^"\\]|\\.)*"),\[\[', text[text.index("=new Map([[\""):text.index(TABLED)])
    assert keys == sorted(keys, key=json.loads) and len(keys) == 28  # corpus.py's patterns, each once
    assert json.dumps(["(<)?[a-z]+(?(1)>|)", "m_shared: " + regex.REFUSALS["conditional"]], separators=(",", ":")) in text


# ---- what re.js can compile, besides the shared code's patterns -------------------------------------

def _library(tabled: Path) -> Library:
    cached = json.loads(next((tabled / ".m_shared" / "cache").glob("library-*.json")).read_text(encoding="utf-8"))
    return Library(files=cached["files"], exports={k: tuple(v) for k, v in cached["exports"].items()})


def test_match_start_and_end_keep_the_table(tabled: Path) -> None:
    # Match.start(g) and Match.end(g) compiled the text a group matched, so a word `start`, `end` or `span`
    # anywhere published the translator; they now read the match's indices (re.match-spans.edit.json)
    library = _library(tabled)
    table = {"a+": regex.translate("a+")}
    code = "import * as re from './re.js'; export var f = function (s) { return re.search ('a+', s).group (0); };"
    words = shake.words(code)

    def published(words: frozenset[str], table: dict | None) -> tuple[list[str], str]:
        text = link.link_library(library, {"re"}, words, table)[f"_m_shared/{RUNTIME_FILE}"].decode()
        return bundle.bundled_modules(text), text

    for word in ("", "start", "end", "span"):
        modules, text = published(words | {word} - {""}, table)
        assert "re.translate" not in modules and TABLED in text, word
        assert not link._compiles_at_run_time(text)
        assert (GROUP_AT in text) == bool(word), word  # only a program that reads positions has it
    assert "re.translate" in published(words, None)[0]
    assert not link._compiles_at_run_time(library.files["re.js"])
    assert link._compiles_at_run_time("var r=compile(escape(a[1]),b.flags);")  # the guard, should such a call return


def test_only_re_compiles_patterns_and_only_where_regex_py_says(tabled: Path) -> None:
    files = _library(tabled).files
    importers = {name: set(re.findall(r"from\s*'\./([\w.]+)\.js'", text)) for name, text in files.items()}
    assert {name for name, imported in importers.items() if "re.translate" in imported} == {"re.js"}
    assert {name for name, imported in importers.items() if "re" in imported} == {"re.translate.js"}
    re_js = files["re.js"]
    # the translator runs in PyRegExp only, made by compile only; no compile of a string not in the shared code
    # (Match.start and Match.end compiled escape(<group>) before re.match-spans.edit.json)
    assert len(re.findall(r"\btranslate\(", re_js)) == 1
    assert len(re.findall(r"\bPyRegExp\(", re_js)) == 1
    assert len(re.findall(r"\bcompile\(escape\(", re_js)) == 0


def test_the_cpython_translator_makes_the_overlays_edits() -> None:
    # regex._SOURCE_EDITS repeats js_runtime/overlay/re.translate.anchors.edit.json in Python: a change of that
    # file, or a new edit of re.translate, must be made there too (and the Node comparison above extended)
    edits = sorted(p.name for p in OVERLAY.glob("re.translate.*"))
    assert edits == ["re.translate.anchors.edit.json", "re.translate.length.edit.json", "re.translate.syntax.edit.json"]
    replaced = json.loads((OVERLAY / edits[0]).read_text(encoding="utf-8"))["replace"]
    assert [new for _, new in replaced] == [
        ("\t\tif (__t__ (__eq__ (s0.py_name, 'A'))) {\n\t\t\t__setslice__ (stack, __neg__ (2), null, null, "
         "[Token ('(?<!'), Token ('[\\\\s\\\\S]'), Token (')')]);"),
        ("\t\telse if (__t__ (__eq__ (s0.py_name, 'Z'))) {\n\t\t\t__setslice__ (stack, __neg__ (2), null, null, "
         "[Token ('(?!'), Token ('[\\\\s\\\\S]'), Token (')')]);"),
        "[Token ('\\\\x07')]",
        ("\tif (__t__ (__lt__ (len (stack), 2)) && !(len (stack) == 1 && stack [0].py_name == '$' && stack [0].pure)) "
         "{\n\t\tvar __left0__ = shift (stack, queue);"),
    ]
    assert regex.translate(r"\A\Z\a").tokens == ("(?<!", "[\\s\\S]", ")", "(?!", "[\\s\\S]", ")", "\\x07")
    # a $ first is CPython's $, as any other (it stayed JavaScript's $, the end only)
    assert regex.translate("$").tokens == regex.translate("a$").tokens[1:] == ("(?=", "\\n", "?", "$", ")")
    # the syntax edit: its messages are regex.REFUSALS, its checks regex._syntax (compared in Node above)
    syntax = json.loads((OVERLAY / edits[2]).read_text(encoding="utf-8"))["replace"]
    assert [old for old, _ in syntax] == [
        "var __name__ = 're.translate';", "\t\t\ts1.isModeGroup = true;\n",
        ("\telse if (__t__ (__t__ (s1.isModeGroup) && __eq__ (s0.py_name, ')'))) {\n\t\tvar stack = __getslice__ (stack, "
         "null, __neg__ (2), 1);"),
        "\t\t\tif (__t__ (__eq__ (s0.py_name, '('))) {\n\t\t\t\ts0.py_name = '<';\n\t\t\t}\n",
        "\telse if (__t__ (__eq__ (s1.py_name, '(?<'))) {\n\t\tif (__t__ (__eq__ (s0.py_name, ')'))) {",
        "\tvar variants = splitIfElse (stack, namedGroups);",
        "\treturn tuple ([resolvedTokens, flags, namedGroups, countCaptureGroups (stack), n_splits]);",
    ]
    for kind, message in regex.REFUSALS.items():
        assert f"\t{kind}: {json.dumps(message)}" in syntax[0][1], kind
    # the length edit: a pattern of 1000 characters or more is translated (Transcrypt gave up after 1000 steps)
    [(old, new)] = json.loads((OVERLAY / edits[1]).read_text(encoding="utf-8"))["replace"]
    assert (old, new) == ("\t\tif (__t__ (__gt__ (nloop, MAX_SHIFTREDUCE_LOOPS))) {",
                          ("\t\tif (nloop > MAX_SHIFTREDUCE_LOOPS + 4 * rgx.length) {  // at most 2 steps a character "
                           "were measured"))
    codes = "|".join(a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz")
    assert isinstance(regex.translate(codes), regex.Translation) and isinstance(regex.translate("x" * 5000), regex.Translation)


def test_flags_are_transcrypts() -> None:
    flags = regex._TranscryptFlags()
    assert (flags.IGNORECASE, flags.LOCALE, flags.MULTILINE, flags.DOTALL, flags.UNICODE, flags.VERBOSE, flags.ASCII) == (
        2, 4, 8, 16, 32, 64, 256)
    assert regex.translate("(?imsx)a").flags == 2 | 8 | 16 | 64
