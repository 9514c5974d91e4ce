"""Lint rules that need Python's own syntax tree (MS2xx).

Semgrep's patterns cannot see these precisely (an ``except`` clause's own line,
f-string format specs, ``:=``, ``match``, constant integer arithmetic), so they
are checked here, on the tree CPython parses. Each rule documents, like ruff's
rule docs, what diverges in JavaScript and what to write instead, and what was
measured (Transcrypt 3.9.5 with ``-o -t -k -sf``, run in Node 20, against
CPython 3.11).
"""

from __future__ import annotations

import ast
import dataclasses
import re
import re._constants as _re_constants  # CPython's own parser of patterns (3.11+), for MS218
import re._parser as _re_parser
import warnings
from collections.abc import Callable

from . import _float_flow

_MAX_SAFE = 2**53


@dataclasses.dataclass(frozen=True)
class Rule:
    id: str
    name: str
    message: str
    hint: str
    observed: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "MS203", "walrus-operator",
            "assignment expression `:=` is mis-compiled by Transcrypt: the JavaScript crashes at run "
            "time, or inside a list display fails to load with a SyntaxError",
            "assign on its own line before the test: `m = len(xs)` then `if m > 2:`",
            "Transcrypt 3.9.5, Node 20: `if (m := len(xs)) > 2: return m` crashes; `[y for x in xs if (y := x * 2) > 2]` "
            "crashes; `[ss := {1}, ...]` emits `ssnew set (...)`, a JS SyntaxError",
        ),
        Rule(
            "MS204", "match-statement",
            "`match` statements are not supported by Transcrypt 3.9.5: it emits invalid JavaScript and "
            "the module fails to load",
            "use `if`/`elif` chains, or a dict from keys to values",
            "Transcrypt 3.9.5, Node 20: `match n: case 7: return 'seven'` compiles to `n7return 'seven'return "
            "'other';`, a SyntaxError when the module loads",
        ),
        Rule(
            "MS205", "int-beyond-2-53",
            "integer {value} is beyond 2**53: JavaScript numbers are doubles and cannot hold it exactly, "
            "so arithmetic with it gives a different result than CPython's exact integers",
            "keep integers below 2**53 (9007199254740992); carry large identifiers as strings",
            "Transcrypt 3.9.5, Node 20: 2 ** 53 + 1 CPython 9007199254740993, JS 9007199254740992",
        ),
        Rule(
            "MS207", "astral-string-literal",
            "string literal {text} has characters outside the Basic Multilingual Plane (emoji and the "
            "like): a JavaScript string holds each as 2 UTF-16 units, so len(\"a😀b\") is 3 in CPython "
            "and 4 in the browser, \"😀b\"[1] is 'b' vs a lone surrogate, and slicing can cut one in half",
            "keep such characters out of strings that are measured, indexed, sliced or iterated; compare "
            "them only as whole strings (==, in, startswith)",
            "Transcrypt 3.9.5, Node 20: len(\"a😀b\") CPython 3, JS 4; \"😀b\"[1] 'b' vs '\\ude00'; "
            "\"a😀\"[::-1] '😀a' vs '\\ude00\\ud83da'; [c for c in \"a😀\"] 2 items vs 3. m_shared's runtime "
            "fixes ord() and chr() and fails loudly in len() of such a string",
        ),
        Rule(
            "MS208", "re-unicode-class",
            "`{escape}` in a regular expression matches Unicode in CPython and ASCII only in JavaScript: "
            "re.findall(r\"\\w+\", \"héllo\") is ['héllo'] in CPython and ['h', 'llo'] in the browser, "
            "r\"\\d\" matches '٣' only in CPython",
            "pass `re.ASCII` (re.A) so CPython matches ASCII too, as the browser does: "
            "`re.findall(r\"\\w+\", s, re.ASCII)`, or spell the class out: `[A-Za-z0-9_]`, `[0-9]`",
            "Transcrypt 3.9.5, Node 20: re.findall(r\"\\w+\", \"héllo wörld\") CPython ['héllo', 'wörld'], "
            "JS ['h', 'llo', 'w', 'rld']; with re.ASCII both give ['h', 'llo', 'w', 'rld']",
        ),
        Rule(
            "MS209", "re-flag-ignored",
            "the flag `re.{flag}` is ignored by Transcrypt's re module: {why}",
            "write a VERBOSE pattern on one line, without its spaces and comments",
            "Transcrypt 3.9.5, Node 20: re.match(r\"\\d+  # digits\\n -x\", \"12-x\", re.VERBOSE) CPython a "
            "match, JS None (re.DOTALL, also ignored by Transcrypt, works through m_shared's re overlay)",
        ),
        Rule(
            "MS212", "float-str-integral",
            "{what} prints differently in JavaScript when a float is whole: JavaScript has one number type, so "
            "str(10 / 2) is '5.0' in CPython and '5' in the browser, f\"{{2.0}}\" '2.0' vs '2', and a container "
            "or dataclass instance holding one likewise: str([4 / 2, 0.5]) '[2.0, 0.5]' vs '[2, 0.5]'",
            "format each float with an explicit precision, which agrees in both: `\"{:.2f}\".format(x)`, "
            "`\", \".join(\"{:.2f}\".format(r) for r in rates)`; or make the value an int first (`int(x)`, "
            "`//`, amounts in paise) when a whole number is meant",
            "Transcrypt 3.9.5, Node 20: str(10 / 2) CPython '5.0', JS '5'; str(1.0) '1.0' vs '1'; f\"{2.0}\" "
            "'2.0' vs '2'; str([4 / 2, 0.5]) '[2.0, 0.5]' vs '[2, 0.5]'; str({\"ratio\": 4 / 2}) "
            "\"{'ratio': 2.0}\" vs \"{'ratio': 2}\"; repr(Quote(rate=4 / 2)) of a dataclass \"Quote(rate=2.0, "
            "label='quote')\" vs \"Quote(rate=2, label='quote')\"; str(round(4 / 2, 2)) '2.0' vs '2'; str(7 / 2) '3.5' in both; \"{:.1f}\".format(5.0) '5.0' in both. Followed within "
            "a module (m_shared/lint/_float_flow.py): names, list/tuple/dict displays, append/extend/+=/item "
            "assignment, comprehensions and loops, sorted/list/tuple/dict/zip/enumerate, .values()/.items()/.get(), "
            "the module's functions' returns and dataclasses with a float field; flow-insensitive (a name holds "
            "floats if any of its bindings or additions puts one in it)",
        ),
        Rule(
            "MS213", "total-seconds-float",
            "timedelta.total_seconds() returns a float in CPython, and a whole number of seconds is an int "
            "in JavaScript: timedelta(hours=1, minutes=30).total_seconds() is 5400.0 vs 5400, which str(), "
            "f-strings, JSON and type checks show",
            "for whole seconds use `td.days * 86400 + td.seconds` or `td // timedelta(seconds=1)` (ints in both)",
            "Transcrypt 3.9.5, Node 20: timedelta(hours=1, minutes=30).total_seconds() CPython 5400.0, JS 5400; "
            "td.days * 86400 + td.seconds and td // timedelta(seconds=1) 5400 in both",
        ),
        Rule(
            "MS214", "transcrypt-alias-name",
            "`{name}` is the name Transcrypt gives `{source}` in JavaScript, so the two are one name in the "
            "browser: {what}",
            "rename it; names starting with `py_` are Transcrypt's own",
            "Transcrypt 3.9.5, Node 20: `name = \"a\"; py_name = \"b\"; return name + py_name` CPython 'ab', "
            "JS 'bb'; `self.keys = 1; self.py_keys = 2; return self.keys * 10 + self.py_keys` 12 vs 22; "
            "`from . import default, py_default` fails to load (SyntaxError: Identifier 'py_default' has "
            "already been declared)",
        ),
        Rule(
            "MS215", "set-iteration-order",
            "{what} depends on the order of a set: CPython orders a set by its hash table ({{3, 1, 2}} iterates "
            "1, 2, 3; str items in a different order in every process), JavaScript by insertion (3, 1, 2)",
            "iterate, print or take items of `sorted(the_set)`, which is the same in both (and in every CPython "
            "process): `str(sorted(ids))`; sum(), min(), max(), any(), all(), len(), sorted() and `in` do not depend on "
            "the order and are fine",
            "Transcrypt 3.9.5, Node 20: [n for n in {3, 1, 2}] CPython [1, 2, 3], JS [3, 1, 2]; "
            "\",\".join({\"b\", \"a\"}) 'b,a' in JS, 'a,b' or 'b,a' in CPython depending on PYTHONHASHSEED; "
            "[n for n in {3, 1} | {2}] [1, 2, 3] vs [3, 1, 2]; str({3, 1, 2}) '{1, 2, 3}' vs '{3, 1, 2}' (f\"{s}\", "
            "\"{}\".format(s), str([s]) likewise); {3, 1, 2}.pop() 1 vs 2; out.extend({3, 1, 2}) and [*{3, 1, 2}] "
            "[1, 2, 3] vs [3, 1, 2]; list(dict.fromkeys({3, 1, 2})) [1, 2, 3] vs ['1', '2', '3']; "
            "sorted({3, 1, 2}) and sum({3, 1, 2}) agree. m_shared's runtime throws an MSharedError for list(), "
            "tuple(), printing, pop() and extend() of a set of two or more items",
        ),
        Rule(
            "MS218", "re-conditional-group",
            "conditional group `{group}` in a regular expression: JavaScript's regular expressions have no "
            "conditionals, and Transcrypt's translation of one gives other groups and matches than CPython "
            "(re.search(r\"(a)?(?(1)b|c)\", \"ab\").groups() is ('a',) in CPython and ('a', None) in the "
            "browser), so m_shared's re refuses it: the browser throws an MSharedError",
            "write the two cases as alternatives: `(<)[a-z]+>|[a-z]+` for `(<)?[a-z]+(?(1)>|)`, or match the "
            "optional part as a group and test `m.group(1) is not None` in Python",
            "Transcrypt 3.9.5, Node 20: re.search(r\"(a)?(?(1)b|c)\", \"ab c\").groups() CPython ('a',), JS "
            "('a', None); re.findall of it ['a', ''] vs [['a', ''], ['', '']]; re.findall(r\"(<)?[a-z]+(?(1)>|)\", "
            "\"<ab> cd\") ['<', ''] vs [['<', ''], ['', '']]. m_shared's re now throws an MSharedError for any "
            "conditional group, at build time and at run time",
        ),
        Rule(
            "MS219", "bitwise-float-operand",
            "`{op}` with a float operand: CPython's bitwise operators take ints only and raise TypeError for "
            "a float, and JavaScript cannot tell a whole float from an int, so (10 / 2) & 1 is a TypeError in "
            "CPython and 1 in the browser",
            "make the operand an int first, `int(x) & 1`, or divide with `//`, which gives an int: "
            "`(total // 2) >> 1`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: (10 / 2) & 1 CPython TypeError, JS 1; "
            "float(\"4\") >> 1 TypeError vs 2; ~(4 / 2) TypeError vs -3; 1.5 & 1 TypeError in both (the overlay "
            "raises it for a float that is not whole)",
        ),
        Rule(
            "MS220", "re-group-at-risk",
            "group {group} of the regular expression `{pattern}` {why}: CPython and JavaScript give it different "
            "text (re.match(r\"(?:(a)|b)+\", \"ab\").group(1) is 'a' in CPython and None in the browser), so "
            "m_shared's re throws an MSharedError in the browser when it is read: group(), groups(), groupdict(), "
            "start(), end(), span(), and {function}",
            "capture the whole repetition, `((?:a|b)+)` for `(?:(a)|b)+`, or a group that cannot match the empty "
            "string, `([0-9]+)?` for `([0-9]*)?`; testing whether the pattern matches (`is None`, `if`) and reading "
            "group 0 are fine",
            "Transcrypt 3.9.5, Node 20: re.match(r\"(?:(a)|b)+\", \"ab\").group(1) CPython 'a', JS None; "
            "re.match(r\"(a*)*b\", \"aab\").group(1) '' vs 'aa'; re.match(r\"([0-9]*)?\", \"\").group(1) '' vs "
            "None; re.findall(r\"(?:x(a)|b)+\", \"xab bxa\") ['a', 'a'] vs ['', 'a']. m_shared's re now throws "
            "an MSharedError when such a group is read; matching and group 0 agree",
        ),
        Rule(
            "MS221", "mutates-argument",
            "{what} changes `{root}`, an argument of {function}(), which its module exports: the published "
            "module copies a JavaScript caller's objects and arrays into new dicts and lists, so the change never "
            "reaches the JavaScript caller's object, while a CPython caller's object changes",
            "values in, values out: return what changed and let the caller use it, `return doc | {\"email\": "
            "doc[\"email\"].strip()}`; or copy what changes first: `doc = dict(doc)` copies its keys, not its "
            "values (`lines = [dict(line) for line in doc[\"lines\"]]` copies those); or, if only Python code "
            "calls the function, make it private with a leading underscore",
            "Transcrypt 3.9.5 with m_shared's boundary (js_runtime/src/interop.js), Node 20, the caller's argument "
            "after the call: `def normalise(doc): doc[\"email\"] = doc[\"email\"].strip()` given {\"email\": "
            "\" a@b.c \"} CPython {'email': 'a@b.c'}, JS { email: ' a@b.c ' } (both return None); doc.update(), "
            "doc.setdefault(), values.append(0), a loop variable over doc[\"lines\"] changed, a private helper "
            "changing it, and `doc = dict(doc)` then doc[\"lines\"][0][\"qty\"] = 0 likewise; `return doc | "
            "{...}`, `doc = dict(doc)` then doc[\"email\"] = ..., and lines = [dict(line) for line in "
            "doc[\"lines\"]] agree",
        ),
        Rule(
            "MS222", "re-backreference-unset",
            "a backreference in the regular expression `{pattern}` refers to a group that may not have taken part "
            "in the match when it is reached (an optional or repeated group that may not run, one in another "
            "alternative or in a negative lookahead): CPython's backreference then fails, JavaScript's matches the "
            "empty string (re.match(r\"(a)?b\\1\", \"b\") is None in CPython and matches 'b' in the browser), so "
            "m_shared's re refuses the pattern: the browser throws an MSharedError",
            "make the group take part in every match on the way to the backreference: `(a)b\\1` for `(a)?b\\1` "
            "(CPython never matches on the other path), or `(a?)b\\1` when an empty group should match",
            "Transcrypt 3.9.5, Node 20: re.match(r\"(a)?b\\1\", \"b\") CPython None, JS a match 'b'; "
            "re.search(r\"(?:(a)|b)\\1\", \"b\") None vs 'b'; re.match(r\"(a)*x\\1\", \"x\") None vs 'x'. m_shared's re "
            "now throws an MSharedError for a backreference to a group that does not take part in every match on the "
            "way to it, tabled at build time or translated at run time",
        ),
        Rule(
            "MS223", "sequence-times-float",
            "a sequence repeated by a float: CPython raises TypeError (can't multiply sequence by non-int of "
            "type 'float'), and JavaScript cannot tell a whole float from an int, so \"a\" * 2.0 is a TypeError "
            "in CPython and 'aa' in the browser",
            "make the count an int first, `\"-\" * int(width)`, or divide with `//`: `[0] * (n // 2)`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: \"a\" * 2.0 CPython TypeError, JS 'aa'; "
            "[0] * (4 / 2) TypeError vs [0, 0]; 2.0 * \"ab\" TypeError vs 'abab'; \"a\" * 2.5 TypeError in both (the "
            "overlay raises it for a float that is not whole)",
        ),
        Rule(
            "MS224", "dict-view-printed",
            "{what} of a dict view: JavaScript's keys(), values() and items() are lists, printed without CPython's "
            "type name (str({{\"a\": 1}}.keys()) is \"dict_keys(['a'])\" in CPython and \"['a']\" in the browser)",
            "print a list of it, which agrees in both: `str(list(d.keys()))`, `\", \".join(d.keys())`, "
            "`f\"{sorted(d)}\"`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: str({\"a\": 1}.keys()) CPython "
            "\"dict_keys(['a'])\", JS \"['a']\"; f\"{d.values()}\" \"dict_values([1])\" vs '[1]'; "
            "\"{}\".format(d.items()) \"dict_items([('a', 1)])\" vs \"[('a', 1)]\"; str(list(d.keys())) agrees",
        ),
        Rule(
            "MS225", "dict-view-kept",
            "a dict view kept in a name: CPython's d.keys(), d.values() and d.items() follow later changes of the "
            "dict, JavaScript's are a copy taken when called (keys = d.keys(); d[\"c\"] = 3; \"c\" in keys is True in "
            "CPython and False in the browser)",
            "call d.keys() where it is used, or keep a copy on purpose, which agrees in both: `keys = list(d)`, "
            "`pairs = list(d.items())`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: d = {\"a\": 1, \"b\": 2}; k = d.keys(); "
            "d[\"c\"] = 3; del d[\"a\"]; list(k) CPython ['b', 'c'], JS ['a', 'b']; \"c\" in k True vs False; "
            "list(d.keys()) called after the change agrees",
        ),
        Rule(
            "MS228", "generator-cleanup-left-open",
            "the generator of {name}(), which has a `finally:` or `with` around its `yield`, is {what}: CPython runs "
            "that cleanup when the generator is dropped unfinished, JavaScript never does (it runs it when the "
            "generator ends, when .close() is called, or when a for loop, comprehension, any(), all(), next() or "
            "`in` that alone holds it stops early)",
            "iterate it where it is made (`for x in rows(...):`), or close it yourself when done with it: "
            "`gen = rows(...)` then `try: ... finally: gen.close()`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: def g(log): try: yield 1 finally: "
            "log.append('done'); gen = g(log); next(gen); return log: CPython ['done'] (at return), JS []; "
            "`for x in g(log): break`, next(g(log)) and any(x for x in g(log)) agree",
        ),
        Rule(
            "MS232", "float-as-int",
            "a float {where}: CPython raises TypeError for a float there (even 2.0), and JavaScript cannot tell a "
            "whole float from an int, so xs[len(xs) / 2] is a TypeError in CPython and an item in the browser",
            "make it an int, which agrees in both: divide with `//` (`xs[len(xs) // 2]`, `range(n // 2)`) or "
            "convert with int() or round()",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: n = 4 / 2; [1, 2, 3][n] CPython TypeError "
            "(list indices must be integers or slices, not float), JS 3; \"abcdef\"[n:] TypeError vs 'cdef'; "
            "list(range(n)) TypeError vs [0, 1]; \"ab\".zfill(n * 3) and .ljust/.rjust/.center TypeError vs padded; "
            "\"a,b,c\".split(\",\", n) TypeError vs ['a', 'b', 'c']; chr(65 + n), hex(n), round(3.14159, n), "
            "xs.pop(n), xs.insert(n, x), int(\"11\", n), enumerate(xs, n) TypeError vs a result; "
            "date(2024, 1, n) TypeError vs 2024-01-02; format(n, \"d\") ValueError vs '2'; del xs[1 / 1] TypeError vs "
            "deleted (a float that is not whole fails in both)",
        ),
        Rule(
            "MS233", "changed-while-iterated",
            "{change} inside a loop over {name}: CPython raises RuntimeError when a dict or a set changes size while "
            "a loop iterates it (dictionary changed size during iteration), JavaScript loops over the keys it had "
            "at the start, so the loop goes on in the browser (and a set grows under it: an endless loop)",
            "loop over a copy, which agrees in both: `for key in list(d):`, `for key, value in list(d.items()):`, "
            "`for item in sorted(s):`, or build a new dict: `{k: v for k, v in d.items() if keep(k)}`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: for k in d: if k.startswith(\"_\"): del "
            "d[k] CPython RuntimeError (dictionary changed size during iteration), JS removed the keys; for k in d: "
            "d[k + \"x\"] = 0 RuntimeError vs four keys; for x in s: s.add(x + 10) RuntimeError (Set changed size "
            "during iteration) vs an endless loop; for k in list(d): del d[k] agrees",
        ),
        Rule(
            "MS241", "range-as-list",
            "{what} of a range: CPython's range() is a range object, printed as range(0, 3), equal only to a range, "
            "with no + or * and no list methods, and with .start, .stop and .step; JavaScript's is a list (range(3) "
            "== [0, 1, 2] True there, False in CPython)",
            "make it a list where a list is meant, which agrees in both: `list(range(3))`; print the bounds "
            "themselves (f\"{low}..{high}\"); looping over a range, `x in range(...)`, len() and an index agree",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: str(range(3)) CPython 'range(0, 3)', JS "
            "'[0, 1, 2]'; f\"{range(1, 10)}\" 'range(1, 10)' vs '[1, 2, ..., 9]'; repr(range(1, 4)[1:]) "
            "'range(2, 4)' vs '[2, 3]'; range(3) == [0, 1, 2] False vs True; range(3) + [3] TypeError vs [0, 1, 2, "
            "3]; range(2) * 2 TypeError vs [0, 1, 0, 1]; r.append(1) AttributeError vs appended; r.start 1 vs "
            "AttributeError; list(range(3)) == [0, 1, 2] True in both",
        ),
        Rule(
            "MS240", "dict-view-as-list",
            "{what} of a dict view: CPython's d.keys(), d.values() and d.items() are views, which have no index, "
            "no slices and no list methods (TypeError: 'dict_keys' object is not subscriptable, AttributeError: "
            "'dict_values' object has no attribute 'index'), JavaScript's are lists, on which it works, so code that "
            "CPython stops goes on in the browser",
            "make a list first, which agrees in both: `list(d)[0]`, `list(d.items())[-1]`, "
            "`list(d.values()).index(x)`; the first key is `next(iter(d))`",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: d = {\"a\": 1, \"b\": 2}; d.keys()[0] CPython "
            "TypeError ('dict_keys' object is not subscriptable), JS 'a'; d.values()[-1] TypeError vs 2; d.keys()[:1] "
            "TypeError vs ['a']; d.values().index(2) AttributeError vs 1; d.keys().count(\"a\") AttributeError vs 1; "
            "d.keys().mapping CPython the dict (3.10+), JS AttributeError; d.keys().isdisjoint([\"z\"]) True in both",
        ),
        Rule(
            "MS235", "method-replaced",
            "assigning to `{name}`, a method of class {cls}: CPython stores the value on the object (or the class), "
            "in JavaScript a class's method is a read-only property of the class and the assignment throws TypeError "
            "(Cannot set property {name} ... which has only a getter)",
            "give the replaceable behaviour its own attribute, set in __init__ (`self.check = check` with no method "
            "of that name), or subclass and override the method",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: o.doubled = lambda: \"shadow\" where the "
            "class defines def doubled(self): CPython o.doubled() 'shadow', JS TypeError (Cannot set property "
            "doubled of ... which has only a getter); Order.doubled = f and setattr(o, \"doubled\", f) likewise",
        ),
        Rule(
            "MS234", "slots",
            "`__slots__` in class {name}: CPython then refuses an attribute not listed (AttributeError: 'Counter' "
            "object has no attribute 'other') and gives the instances no __dict__; JavaScript objects take any "
            "attribute, so a typo that fails in CPython goes on in the browser",
            "remove `__slots__` (or use a @dataclass, whose fields say which attributes an instance has)",
            "Transcrypt 3.9.5 with m_shared's runtime overlay, Node 20: class Counter: __slots__ = (\"count\",); "
            "c.other = 1 CPython AttributeError, JS set; hasattr(c, \"__dict__\") False vs True",
        ),
    )
}

# Transcrypt 3.9.5 renames these Python names (JavaScript keywords, or names its runtime defines) to
# `py_<name>` ("predef_aliases" in its compiler.py; `type` becomes `py_metatype`, and `py_typeof` is
# what `type(x)` calls). A Python name equal to one of the new names collides with the renamed one.
_TRANSCRYPT_ALIASES = {
    **{f"py_{name}": name for name in (
        "arguments", "case", "clear", "default", "del", "enumerate", "false", "get", "Infinity", "is", "isNaN",
        "iter", "items", "keys", "name", "NaN", "new", "next", "pop", "popitem", "replace", "selector", "sort",
        "split", "switch", "TypeError", "update", "copy", "deepcopy", "values", "fromkeys", "reversed",
        "setdefault", "true", "undefined",
    )},
    "py_metatype": "type",
    "py_typeof": "type",
}

@dataclasses.dataclass(frozen=True)
class Finding:
    line: int
    col: int  # 1-based
    end_line: int
    rule: str
    message: str
    hint: str


def check(tree: ast.Module) -> list[Finding]:
    """Every MS2xx finding in a parsed module."""
    visitor = _Visitor()
    for node in tree.body:  # module-level string constants, for patterns passed by name
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            visitor.strings[node.targets[0].id] = node.value.value
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
              and _re_flags(node.value) is not None):  # flags passed by name: `FLAGS = re.VERBOSE | re.I`
            visitor.flags[node.targets[0].id] = _re_flags(node.value) or set()
    for node in ast.walk(tree):  # docstrings are never measured or indexed: no MS207 there
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
            visitor.docstrings.add(id(body[0].value))
    visitor.visit(tree)
    for call, name, what in _generators_left_open(tree):
        visitor._add(call, "MS228", name=name, what=what)
    for target, cls in _methods_replaced(tree):
        visitor._add(target, "MS235", name=target.attr, cls=cls)
    lines: set[int] = set()
    for function, change in _changed_arguments(tree):  # one finding a line: `doc.setdefault(k, []).append(x)`
        if change.node.lineno in lines:
            continue
        lines.add(change.node.lineno)
        visitor._add(change.node, "MS221", what=change.what[0].upper() + change.what[1:], root=change.root,
                     function=function.name)
    return visitor.findings


class _Visitor(ast.NodeVisitor):
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._folded: set[int] = set()
        self.strings: dict[str, str] = {}
        self.flags: dict[str, set[str]] = {}  # module-level names bound to re flags, and the flags' names
        self.docstrings: set[int] = set()
        self._set_names: list[dict[str, bool]] = []  # per enclosing module/function: its names, set-only or not
        self._range_names: list[dict[str, bool]] = []  # likewise, range-only or not (MS241)
        self._dict_names: list[set[str]] = []  # per enclosing module/function: the names it may bind to a dict
        self._module = _float_flow.Module()  # the module's functions' returns and dataclasses, for MS212
        self._floats: list[_float_flow.Lookup] = []  # per enclosing scope: what its names may be (whole floats)
        self._unordered: set[int] = set()  # comprehensions whose result does not depend on iteration order
        self._tested: set[int] = set()  # calls whose result is only tested (`is None`, `if`, `not`): no group is read

    def _add(self, node: ast.AST, rule_id: str, **values: object) -> None:
        rule = RULES[rule_id]
        line = getattr(node, "lineno", 1)
        self.findings.append(Finding(
            line=line,
            col=getattr(node, "col_offset", 0) + 1,
            end_line=getattr(node, "end_lineno", None) or line,
            rule=rule_id,
            message=rule.message.format(**values),
            hint=rule.hint,
        ))

    def _alias(self, node: ast.AST, name: str | None, what: str) -> None:
        source = _TRANSCRYPT_ALIASES.get(name or "")
        if source is not None:
            self._add(node, "MS214", name=name, source=source, what=what)

    def visit_Name(self, node: ast.Name) -> None:
        self._alias(node, node.id, "assigning one changes the other")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        self._alias(node, node.attr, "as attributes of one object, assigning one changes the other")
        if node.attr not in ("index", "count") and not node.attr.startswith("__") and self._is_range(node.value):
            self._add(node, "MS241", what=f"`.{node.attr}`")  # r.append(1), r.start
        if _is_dict_view(node.value) and node.attr != "isdisjoint" and not node.attr.startswith("__"):
            self._add(node, "MS240", what=f"`.{node.attr}`")  # d.values().index(x): a list method
        self.generic_visit(node)

    def visit_arg(self, node: ast.arg) -> None:
        self._alias(node, node.arg, "a parameter by this name is the other name in the function")
        self.generic_visit(node)

    def visit_Module(self, node: ast.Module) -> None:
        self._set_names.append(_set_names(node))
        self._range_names.append(_set_names(node, _is_range_call))
        self._dict_names.append(_dict_names(node))
        self._module, names = _float_flow.module_shapes(node)
        self._floats.append(_float_flow.chain(names, _float_flow.nothing))
        self.generic_visit(node)
        self._set_names.pop()
        self._range_names.pop()
        self._dict_names.pop()
        self._floats.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._alias(node, node.name, "defining one replaces the other")
        self._set_names.append(_set_names(node))
        self._range_names.append(_set_names(node, _is_range_call))
        self._dict_names.append(_dict_names(node))
        outer = self._floats[-1] if self._floats else _float_flow.nothing
        local = self._module.scopes.get(id(node))  # a module-level function's, computed with the returns
        if local is None:
            local = _float_flow.scope_names(node, outer, self._module)
        self._floats.append(_float_flow.chain(local, outer))
        self.generic_visit(node)
        self._set_names.pop()
        self._range_names.pop()
        self._dict_names.pop()
        self._floats.pop()

    def visit_Lambda(self, node: ast.Lambda) -> None:
        outer = self._floats[-1] if self._floats else _float_flow.nothing
        arguments = node.args
        names = [a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg,
                                 arguments.kwarg) if a is not None]
        self._floats.append(_float_flow.chain(dict.fromkeys(names), outer))  # parameters: not known
        self.generic_visit(node)
        self._floats.pop()

    def _flow(self) -> _float_flow.Flow:
        return _float_flow.Flow(self._floats[-1] if self._floats else _float_flow.nothing, self._module)

    def _whole(self, node: ast.expr) -> bool:
        """Whether an expression is a float whose value may be whole (so JavaScript has an int)."""
        shape = self._flow().shape(node)
        return shape is not None and shape.whole

    def _printed_float(self, node: ast.expr) -> str | None:
        """What printing the expression prints that may be a whole float ("a float", "a list, tuple or dict
        holding a float", ...), or None."""
        shape = self._flow().shape(node)
        if shape is None or not shape.shows:
            return None
        if shape.whole:
            return "a float"
        if shape.instance:
            return f"a {shape.instance} instance (a dataclass with a float field)"
        return "a list, tuple, set or dict holding a float"

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._alias(node, node.name, "defining one replaces the other")
        for item in node.body:  # MS234: `__slots__ = ...` (or annotated) in the class body
            targets = item.targets if isinstance(item, ast.Assign) else [item.target] if isinstance(item, ast.AnnAssign) else []
            if any(isinstance(target, ast.Name) and target.id == "__slots__" for target in targets):
                self._add(item, "MS234", name=node.name)
        self.generic_visit(node)

    def visit_keyword(self, node: ast.keyword) -> None:
        self._alias(node, node.arg, "the keyword argument is passed as the other one")
        self.generic_visit(node)

    def visit_alias(self, node: ast.alias) -> None:
        bound = node.asname or node.name.split(".")[0]
        self._alias(node, bound, "importing both makes the module fail to load")

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        self._alias(node, node.name, "assigning one changes the other")
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if any(isinstance(v, ast.FormattedValue) and self._is_range(v.value) for v in node.values):
            self._add(node, "MS241", what="an f-string interpolation")  # f"{range(1, 10)}"
        for value in node.values:
            if isinstance(value, ast.FormattedValue) and _is_dict_view(value.value):
                self._add(value, "MS224", what="an f-string interpolation")
                break
        for value in node.values:
            if isinstance(value, ast.FormattedValue) and self._holds_set(value.value):
                self._add(value, "MS215", what="an f-string of a set")
                break
        for value in node.values:
            printed = self._printed_float(value.value) if isinstance(value, ast.FormattedValue) else None
            if not printed:
                continue
            spec = value.format_spec
            tail = spec.values[-1].value if spec and spec.values and isinstance(spec.values[-1], ast.Constant) else ""
            if value.conversion != -1:  # f"{x!r}": repr() of a whole float
                self._add(value, "MS212", what=f"an f-string conversion `!{chr(value.conversion)}` of {printed}")
                break
            if spec is None:
                self._add(value, "MS212", what=f"an f-string interpolation of {printed}")
                break
            if tail[-1:] not in tuple("eEfFgG%"):  # f"{x:>6}" is '   2.0' in CPython, JavaScript formats an int
                self._add(value, "MS212", what=f"an f-string format spec of no float type (e, f, g, %) of {printed}")
                break
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._add(node, "MS203")
        self.generic_visit(node)

    def visit_Match(self, node: ast.Match) -> None:
        self._add(node, "MS204")
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        self._bitwise_float(node.op, node.left, node.right)
        if isinstance(node.op, (ast.Add, ast.Mult)) and (self._is_range(node.left) or self._is_range(node.right)):
            self._add(node, "MS241", what="`+`" if isinstance(node.op, ast.Add) else "`*`")  # range(3) + [3]
        if isinstance(node.op, ast.Mult) and any(
            _sequence_display(one) and self._whole(other)
            for one, other in ((node.left, node.right), (node.right, node.left))
        ):
            self._add(node, "MS223")
        if id(node) not in self._folded:
            value = _fold(node)
            if value is not None:
                self._mark_folded(node)
                if abs(value) > _MAX_SAFE:
                    self._add(node, "MS205", value=_short(value))
                return
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._bitwise_float(node.op, node.target, node.value, "=")
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Invert) and self._whole(node.operand):
            self._add(node, "MS219", op="~")
        self.generic_visit(node)

    def _bitwise_float(self, op: ast.operator, left: ast.expr, right: ast.expr, suffix: str = "") -> None:
        # the runtime raises CPython's TypeError for a float that is not whole (js_runtime/overlay/bitwise.extend.js);
        # a whole one is an int in JavaScript
        symbol = _BITWISE_SYMBOLS.get(type(op))
        if symbol is not None and (self._whole(left) or self._whole(right)):
            self._add(left, "MS219", op=symbol + suffix)

    def visit_Constant(self, node: ast.Constant) -> None:
        if (isinstance(node.value, str) and id(node) not in self.docstrings
                and any(ord(c) > 0xFFFF for c in node.value)):
            text = repr(node.value)
            self._add(node, "MS207", text=text if len(text) <= 24 else text[:20] + "...'")
        if id(node) in self._folded:
            return
        value = node.value
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_SAFE:
            self._add(node, "MS205", value=_short(value))

    def _is_set(self, node: ast.expr) -> bool:
        if _is_set_expression(node):
            return True
        if isinstance(node, ast.BinOp) and isinstance(node.op, _SET_OPERATORS):  # `a | b` of a named set
            return self._is_set(node.left) or self._is_set(node.right)
        if isinstance(node, ast.Name):
            for scope in reversed(self._set_names):  # the innermost scope that binds the name decides
                if node.id in scope:
                    return scope[node.id]
        return False

    def _is_range(self, node: ast.expr) -> bool:
        """range(...), a slice of one (a range in CPython), or a name only ever bound to range(...) (MS241)."""
        if _is_range_call(node):
            return True
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            return self._is_range(node.value)
        if isinstance(node, ast.Name):
            for scope in reversed(self._range_names):
                if node.id in scope:
                    return scope[node.id]
        return False

    def _holds_set(self, node: ast.expr) -> bool:
        """A set, or a list, tuple or dict display with one inside (printed, a set prints in its order)."""
        if isinstance(node, (ast.List, ast.Tuple)):
            return any(self._holds_set(e) for e in node.elts)
        if isinstance(node, ast.Dict):
            return any(self._holds_set(v) for v in node.values)
        if isinstance(node, ast.Set) and len(node.elts) == 1 and not isinstance(node.elts[0], ast.Starred):
            return False  # `{x}` prints alike in both
        return self._is_set(node)

    def visit_Starred(self, node: ast.Starred) -> None:
        if self._is_set(node.value):  # [*s], (*s,), f(*s): the items in iteration order
            self._add(node.value, "MS215", what="unpacking a set with *")
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if (node.value is not None and _is_dict_view(node.value)
                and not any(isinstance(target, (ast.Tuple, ast.List)) for target in targets)):  # `a, b = d.items()` reads it at once
            self._add(node.value, "MS225")
        if isinstance(node, ast.AnnAssign):
            self.generic_visit(node)
            return
        # `a, b = {x, y}` assigns in iteration order; one target (`(only,) = {x}`) takes the only item
        if self._is_set(node.value) and any(
            isinstance(target, (ast.Tuple, ast.List))
            and (len(target.elts) > 1 or any(isinstance(e, ast.Starred) for e in target.elts))
            for target in node.targets
        ):
            self._add(node.value, "MS215", what="unpacking a set")
        self.generic_visit(node)

    visit_AnnAssign = visit_Assign

    def visit_For(self, node: ast.For) -> None:
        if self._is_set(node.iter):
            self._add(node.iter, "MS215", what="a `for` loop over a set")
        self._changed_while_iterated(node)
        self.generic_visit(node)

    def _changed_while_iterated(self, loop: ast.For) -> None:
        """MS233: a loop over a dict (or its keys(), values(), items()) or a set whose body may change its size."""
        iterated, view = loop.iter, False
        if (isinstance(iterated, ast.Call) and isinstance(iterated.func, ast.Attribute) and not iterated.args
                and iterated.func.attr in ("keys", "values", "items")):
            iterated, view = iterated.func.value, True
        if not isinstance(iterated, ast.Name):
            return
        name = iterated.id
        known_set = self._is_set(iterated)
        known_dict = view or any(name in names for names in self._dict_names)
        targets = {t.id for t in ast.walk(loop.target) if isinstance(t, ast.Name)}
        for statement in loop.body:
            for part in ast.walk(statement):
                changed = None
                if (isinstance(part, ast.Call) and isinstance(part.func, ast.Attribute)
                        and isinstance(part.func.value, ast.Name) and part.func.value.id == name):
                    method = part.func.attr
                    if method in _RESIZING_EITHER or ((known_dict or known_set) and method in ("pop", "clear")) or (
                            known_set and method == "remove"):
                        changed = f"{name}.{method}()"
                elif isinstance(part, ast.Delete) and (known_dict or known_set):
                    if any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name
                           for t in part.targets):
                        changed = f"del {name}[...]"
                elif isinstance(part, (ast.Assign, ast.AugAssign)) and known_dict:
                    for target in part.targets if isinstance(part, ast.Assign) else [part.target]:
                        if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                                and target.value.id == name
                                and not (isinstance(target.slice, ast.Name) and target.slice.id in targets)):
                            changed = f"{name}[...] = "  # a key other than the loop's may be a new one
                if isinstance(part, ast.AugAssign) and isinstance(part.target, ast.Name) and part.target.id == name and (
                        known_set or known_dict):
                    changed = f"{name} {_SET_SYMBOLS.get(type(part.op), '?')}= "
                if changed:
                    self._add(part, "MS233", change=changed, name=name)

    def _visit_comprehension(self, node: ast.ListComp | ast.GeneratorExp | ast.DictComp | ast.SetComp) -> None:
        if not isinstance(node, ast.SetComp) and id(node) not in self._unordered:
            for generator in node.generators:
                if self._is_set(generator.iter):
                    self._add(generator.iter, "MS215", what="a comprehension over a set")
        self._floats.append(_float_flow.comprehension_lookup(node, self._flow()))  # its loop variables
        self.generic_visit(node)
        self._floats.pop()

    visit_ListComp = visit_GeneratorExp = visit_DictComp = visit_SetComp = _visit_comprehension

    def _test(self, node: ast.expr | None) -> None:
        while isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            node = node.operand
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                self._test(value)
        elif isinstance(node, ast.Call):
            self._tested.add(id(node))

    def visit_Compare(self, node: ast.Compare) -> None:
        operands = [node.left, *node.comparators]
        if any(isinstance(op, (ast.Eq, ast.NotEq)) and (self._is_range(a) or self._is_range(b))
               for op, a, b in zip(node.ops, operands, operands[1:])):
            self._add(node, "MS241", what="`==` or `!=`")  # range(3) == [0, 1, 2]
        if (len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot))
                and isinstance(node.comparators[0], ast.Constant) and node.comparators[0].value is None):
            self._test(node.left)
        self.generic_visit(node)

    def visit_If(self, node: ast.If | ast.While | ast.IfExp | ast.Assert) -> None:
        self._test(node.test)
        self.generic_visit(node)

    visit_While = visit_IfExp = visit_Assert = visit_If

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id in _ORDER_FREE_CONSUMERS:
            self._unordered.update(id(a) for a in node.args if isinstance(a, ast.GeneratorExp))
        if isinstance(func, ast.Name) and func.id in _ORDERED_CONSUMERS and any(self._is_set(a) for a in node.args):
            self._add(node, "MS215", what=f"{func.id}() of a set")
        elif (isinstance(func, ast.Attribute) and func.attr == "join" and node.args
              and self._is_set(node.args[0])):
            self._add(node, "MS215", what="str.join() of a set")
        elif isinstance(func, ast.Name) and func.id in _PRINTERS and any(self._holds_set(a) for a in node.args):
            self._add(node, "MS215", what=f"printing a set with {func.id}()")
        elif (isinstance(func, ast.Attribute) and func.attr in ("format", "format_map")
              and any(self._holds_set(a) for a in [*node.args, *(k.value for k in node.keywords)])):
            self._add(node, "MS215", what="str.format() of a set")
        elif isinstance(func, ast.Attribute) and func.attr == "pop" and not node.args and self._is_set(func.value):
            self._add(node, "MS215", what="set.pop()")
        elif (isinstance(func, ast.Attribute) and func.attr in ("extend", "fromkeys") and node.args
              and self._is_set(node.args[0])):
            self._add(node, "MS215", what=f"{'list.extend' if func.attr == 'extend' else 'dict.fromkeys'}() of a set")
        if isinstance(func, ast.Name) and func.id in _PRINTERS and any(self._is_range(a) for a in node.args):
            self._add(node, "MS241", what=f"{func.id}()")  # str(range(3))
        elif isinstance(func, ast.Attribute) and func.attr == "format" and any(
                self._is_range(a) for a in [*node.args, *(k.value for k in node.keywords)]):
            self._add(node, "MS241", what="str.format()")
        if isinstance(func, ast.Name) and func.id in _PRINTERS and any(_is_dict_view(a) for a in node.args):
            self._add(node, "MS224", what=f"{func.id}()")
        elif (isinstance(func, ast.Attribute) and func.attr == "format"
              and any(_is_dict_view(a) for a in [*node.args, *(k.value for k in node.keywords)])):
            self._add(node, "MS224", what="str.format()")
        printer = func.id if isinstance(func, ast.Name) else ""
        printed = (self._printed_float(node.args[0]) if node.args
                   and (printer in ("str", "repr", "ascii") or (printer == "format" and len(node.args) == 1))
                   else None)
        if printed:
            self._add(node, "MS212", what=f"{printer}() of {printed}")
        elif (isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Constant)
              and isinstance(func.value.value, str)):
            template = func.value.value
            printed = next(filter(None, (self._printed_float(a) for a in
                                         [*node.args, *(k.value for k in node.keywords)])), None)
            if printed and re.search(r"\{[^{}:!]*(![sr])?\}", template):
                self._add(node, "MS212", what=f"str.format() without a format spec of {printed}")
            elif printed and re.search(r"\{[^{}:!]*(![sr])?:[^{}]*[^{}eEfFgG%]\}", template):
                # "{:>6}".format(2.0) is '   2.0' in CPython, "{:d}".format(2.0) a ValueError; JavaScript formats an int
                self._add(node, "MS212", what=f"str.format() with a format spec of no float type (e, f, g, %) of {printed}")
        elif isinstance(func, ast.Attribute) and func.attr == "total_seconds" and not node.args:
            self._add(node, "MS213")
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re"
              and func.attr in _RE_PATTERN_FLAGS):
            self._check_re(node, func.attr)
        self._float_as_int(node)
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if _is_dict_view(node.value):  # d.keys()[0]
            self._add(node, "MS240", what="a slice" if isinstance(node.slice, ast.Slice) else "an index")
        index = node.slice
        bounds = [index.lower, index.upper, index.step] if isinstance(index, ast.Slice) else [index]
        maybe_dict = (not isinstance(index, ast.Slice) and isinstance(node.value, ast.Name)
                      and any(node.value.id in names for names in self._dict_names))  # d[1.0] is d[1] in CPython
        if not maybe_dict and any(bound is not None and self._whole(bound) for bound in bounds):
            self._add(index, "MS232", where="as a slice bound" if isinstance(index, ast.Slice)
                      else "as an index (of a list, tuple or str; a dict keyed by floats may ignore this)")
        self.generic_visit(node)

    def _float_as_int(self, node: ast.Call) -> None:
        """MS232: a float (maybe whole) passed where CPython takes only an int."""
        func = node.func
        if any(isinstance(a, ast.Starred) for a in node.args):
            return
        if (isinstance(func, ast.Name) and func.id == "format" and len(node.args) == 2 and self._whole(node.args[0])
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                and re.search(r"[bcdoxXn]$", node.args[1].value)):
            # format(2.0, "d") is a ValueError (Unknown format code 'd' for object of type 'float'); JS formats an int
            self._add(node, "MS232", where=f"formatted with the integer format spec {node.args[1].value!r}")
            return
        if isinstance(func, ast.Name):
            name, at = func.id, _INT_ARGUMENTS.get(func.id)
        elif isinstance(func, ast.Attribute):
            name, at = f".{func.attr}()", _INT_METHOD_ARGUMENTS.get(func.attr)
            if func.attr == "fromordinal":
                at = ((0,), ())
        else:
            return
        if at is None:
            return
        positions, keywords = at
        arguments = [a for i, a in enumerate(node.args) if positions == "all" or i in positions]
        arguments += [k.value for k in node.keywords if k.arg in keywords]
        if any(self._whole(argument) for argument in arguments):
            self._add(node, "MS232", where=f"as an int argument of {name}")

    def _check_re(self, node: ast.Call, name: str) -> None:
        flags_at = _RE_PATTERN_FLAGS[name]
        flags = node.args[flags_at] if len(node.args) > flags_at else None
        for keyword in node.keywords:
            if keyword.arg == "flags":
                flags = keyword.value
        flag_names = {n.attr for n in ast.walk(flags) if isinstance(n, ast.Attribute)} if flags is not None else set()
        for part in ast.walk(flags) if flags is not None else ():  # not `name`: that is re's function, read below
            if isinstance(part, ast.Name):
                flag_names |= self.flags.get(part.id, set())
        pattern = self._string(node.args[0]) if node.args else None
        if pattern is not None and not flag_names & {"ASCII", "A"} and "(?a" not in pattern:
            escape = _unicode_escape(pattern)
            if escape:
                self._add(node, "MS208", escape=escape)
        if pattern is not None:
            group = _conditional_group(pattern, verbose=bool(flag_names & {"VERBOSE", "X"}))
            if group:
                self._add(node, "MS218", group=group)
            if _unset_reference(pattern):
                self._add(node, "MS222", pattern=pattern)
            elif id(node) not in self._tested or name in ("findall", "split"):
                risk = _group_at_risk(pattern)
                if risk:
                    self._add(node, "MS220", group=risk[0], pattern=pattern, why=_RISKS[risk[1]],
                              function="findall and split, which return every group" if name not in ("findall", "split")
                              else f"re.{name}, which returns every group")
        for flag, why in _RE_IGNORED_FLAGS.items():
            if flag in flag_names:
                self._add(node, "MS209", flag=flag, why=why)

    def _string(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.strings.get(node.id)
        return None

    def _mark_folded(self, node: ast.AST) -> None:
        for child in ast.walk(node):
            self._folded.add(id(child))


# re functions taking a pattern first, and the position of their flags argument
_RE_PATTERN_FLAGS = {"compile": 1, "match": 2, "search": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
                     "split": 3, "sub": 4, "subn": 4}
_RE_IGNORED_FLAGS = {
    "VERBOSE": "whitespace and `#` comments in the pattern are matched literally",
    "X": "whitespace and `#` comments in the pattern are matched literally (re.X is re.VERBOSE)",
}


# Calls whose result depends on the order in which they iterate their argument, and calls whose result
# does not (their generator-expression arguments may iterate a set).
_ORDERED_CONSUMERS = frozenset({"list", "tuple", "enumerate", "zip", "iter", "next", "reversed", "dict"})
# Calls that print their arguments (a set, or a display holding one, prints in the set's order)
_PRINTERS = frozenset({"str", "repr", "print", "format", "ascii"})
# MS233: methods that change the size of a dict or a set (not of a list, which CPython lets a loop change)
_RESIZING_EITHER = frozenset({"popitem", "setdefault", "update", "add", "discard", "difference_update",
                              "intersection_update", "symmetric_difference_update"})
_SET_SYMBOLS = {ast.BitOr: "|", ast.Sub: "-", ast.BitAnd: "&", ast.BitXor: "^"}

# MS232: the arguments CPython takes only as ints (positions, keywords), of builtins and of str, list and date
# methods (by name: a method of another class by one of these names is rarely given a float there)
_DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "microsecond")
_INT_ARGUMENTS: dict[str, tuple[tuple[int, ...] | str, tuple[str, ...]]] = {
    "range": ("all", ()), "chr": ((0,), ()), "hex": ((0,), ()), "bin": ((0,), ()), "oct": ((0,), ()),
    "round": ((1,), ("ndigits",)), "enumerate": ((1,), ("start",)), "int": ((1,), ("base",)),
    "date": ("all", _DATE_FIELDS), "datetime": ("all", _DATE_FIELDS), "time": ("all", _DATE_FIELDS),
}
_INT_METHOD_ARGUMENTS: dict[str, tuple[tuple[int, ...] | str, tuple[str, ...]]] = {
    "zfill": ((0,), ()), "ljust": ((0,), ()), "rjust": ((0,), ()), "center": ((0,), ()), "expandtabs": ((0,), ("tabsize",)),
    "split": ((1,), ("maxsplit",)), "rsplit": ((1,), ("maxsplit",)), "replace": ((2,), ("count",)),
    "find": ((1, 2), ()), "rfind": ((1, 2), ()), "index": ((1, 2), ()), "rindex": ((1, 2), ()), "count": ((1, 2), ()),
    "startswith": ((1, 2), ()), "endswith": ((1, 2), ()), "insert": ((0,), ()), "pop": ((0,), ()),
}


def _is_dict_view(node: ast.expr) -> bool:
    """`x.keys()`, `x.values()` or `x.items()`: a view in CPython, a list in JavaScript (they print differently)."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and not node.args and not node.keywords
            and node.func.attr in ("keys", "values", "items"))
_ORDER_FREE_CONSUMERS = frozenset({"sorted", "sum", "min", "max", "any", "all", "len", "set", "frozenset"})
_SET_OPERATIONS = frozenset({"union", "intersection", "difference", "symmetric_difference"})
# `a | b`, `a & b`, `a - b`, `a ^ b` with a set operand is a set (or a TypeError), in the order of
# js_runtime/overlay/set_operators.extend.js: a's items first, as the methods
_SET_OPERATORS = (ast.BitOr, ast.BitAnd, ast.Sub, ast.BitXor)


def _is_set_expression(node: ast.expr) -> bool:
    """A display, comprehension or call that makes a set (``a.union(b)`` is taken for a set's method), or a set
    operator with one (``{1} | b``)."""
    if isinstance(node, (ast.Set, ast.SetComp)):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, _SET_OPERATORS):
        return _is_set_expression(node.left) or _is_set_expression(node.right)
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Name):
        return node.func.id in ("set", "frozenset")
    return isinstance(node.func, ast.Attribute) and (
        node.func.attr in _SET_OPERATIONS or (node.func.attr == "copy" and _is_set_expression(node.func.value))
    )


def _is_range_call(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"


def _set_names(scope: ast.Module | ast.FunctionDef | ast.AsyncFunctionDef,
               kind: Callable[[ast.expr], bool] | None = None) -> dict[str, bool]:
    """The names a scope binds, each with whether it is only ever bound to set expressions (or to what ``kind``
    tells: range() calls for MS241)."""
    kind = kind or _is_set_expression
    only_sets: dict[str, bool] = {}
    if not isinstance(scope, ast.Module):
        for argument in [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]:
            only_sets[argument.arg] = False  # a parameter may be anything
    pending: list[ast.AST] = list(scope.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    only_sets[target.id] = only_sets.get(target.id, True) and kind(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            is_set = node.value is not None and kind(node.value)
            only_sets[node.target.id] = only_sets.get(node.target.id, True) and is_set
        elif (isinstance(node, ast.AugAssign) and isinstance(node.op, _SET_OPERATORS)
              and isinstance(node.target, ast.Name) and kind is _is_set_expression):
            pending.append(node.value)  # `s |= t` keeps a set a set: the binding of s decides
            continue
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            only_sets.setdefault(node.id, False)  # bound by a for loop, with, import...: not known to be a set
        pending.extend(ast.iter_child_nodes(node))
    return only_sets


def _dict_names(scope: ast.Module | ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names a scope may bind to a dict (a display, a comprehension, dict() and the like, a parameter
    annotated dict), whose float keys are CPython's (MS232 leaves their subscripts alone)."""
    names: set[str] = set()
    if not isinstance(scope, ast.Module):
        for argument in [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]:
            if argument.annotation is not None and any(
                    isinstance(n, ast.Name) and n.id in _DICT_MAKERS for n in ast.walk(argument.annotation)):
                names.add(argument.arg)
    for node in ast.walk(scope):
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if value is None:
            continue
        if isinstance(value, (ast.Dict, ast.DictComp)) or (isinstance(value, ast.Call) and _name_of_call(value) in _DICT_MAKERS):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


_DICT_MAKERS = frozenset({"dict", "Dict", "defaultdict", "Counter", "OrderedDict", "Mapping", "MutableMapping"})


def _name_of_call(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _unicode_escape(pattern: str) -> str | None:
    """The first of \\w \\W \\b \\B \\d \\D in a pattern (an escaped backslash does not count), or None."""
    match = re.search(r"(?<!\\)(?:\\\\)*(\\[wWbBdD])", pattern)
    return match.group(1) if match else None


def _re_flags(node: ast.expr) -> set[str] | None:
    """The flag names of an expression made of re's flags only (``re.VERBOSE | re.I``), or None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _re_flags(node.left), _re_flags(node.right)
        return None if left is None or right is None else left | right
    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re"
            and node.attr.isupper()):
        return {node.attr}
    return None


_RISKS = {"inside": "is inside a repeated group", "empty": "is repeated and can match the empty string"}


def _group_at_risk(pattern: str) -> tuple[int, str] | None:
    """The first group whose text CPython and JavaScript give differently (m_shared/regex.py's _risks), or None."""
    from ..regex import Translation, translate  # the translator m_shared publishes, with its analysis

    try:
        translation = translate(pattern)
    except Exception:  # noqa: BLE001 - Transcrypt's translator missing or changed: the build says so
        return None
    return translation.risks[0] if isinstance(translation, Translation) and translation.risks else None


def _unset_reference(pattern: str) -> bool:
    """Whether m_shared/regex.py refuses the pattern for a backreference to a group that may not have taken part in
    the match (``(a)?b\\1``): the browser throws an MSharedError for it."""
    from ..regex import REFUSALS, Refusal, translate

    try:
        translation = translate(pattern)
    except Exception:  # noqa: BLE001 - Transcrypt's translator missing or changed: the build says so
        return False
    return isinstance(translation, Refusal) and translation.message == "m_shared: " + REFUSALS["unset"]


def _conditional_group(pattern: str, verbose: bool) -> str | None:
    """The first conditional group ``(?(1)...)`` of a pattern as written, or None. CPython's own parser decides
    (an escaped ``\\(?(`` or one in a class ``[(?(]`` is none); a pattern it rejects is not looked at."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # CPython's FutureWarning for "[[": not lint's to say
            parsed = _re_parser.parse(pattern, re.VERBOSE if verbose else 0)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    pending: list[object] = [parsed]
    while pending:
        node = pending.pop()
        if isinstance(node, _re_parser.SubPattern):
            for op, argument in node.data:
                if op is _re_constants.GROUPREF_EXISTS:
                    written = re.search(r"\(\?\([^)]*\)", pattern)
                    return written.group() + "...)" if written else "(?(...)...)"
                pending.append(argument)
        elif isinstance(node, (list, tuple)):
            pending.extend(node)
    return None


def _sequence_display(node: ast.expr) -> bool:
    """A str, list or tuple written out, which `*` repeats (a whole float is an int to JavaScript's runtime)."""
    return (isinstance(node, (ast.JoinedStr, ast.List, ast.Tuple, ast.ListComp))
            or (isinstance(node, ast.Constant) and isinstance(node.value, str)))


def _short(value: int) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:10]}...({len(text)} digits)"


_BITWISE_SYMBOLS = {ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>"}


def _fold(node: ast.expr) -> int | None:
    """The value of a constant integer expression (``2 ** 53 + 1``), or None if it is not one."""
    if isinstance(node, ast.Constant):
        value = node.value
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _fold(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.BinOp):
        left, right = _fold(node.left), _fold(node.right)
        if left is None or right is None:
            return None
        op = node.op
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult) and abs(left) < 2**256 and abs(right) < 2**256:
            return left * right
        if isinstance(op, ast.Pow) and 0 <= right <= 512 and abs(left) < 2**64:
            return left**right
        if isinstance(op, ast.LShift) and 0 <= right <= 512:
            return left << right
    return None


# ---- MS221: an exported function that changes its argument -----------------------------------------
# How far below a value the caller's objects start: 0, the value is the caller's object itself (a parameter,
# `doc["lines"]`, a loop variable over one); 1, a new container holding the caller's objects (`dict(doc)`,
# `[*lines]`, `{**doc, "k": v}`: its own keys may change, its items may not); _FRESH, nothing of the caller's.
_FRESH = 8  # deeper than any nesting followed here
# Methods that change the object they are called on (list, dict and set), whatever its type
_MUTATING_METHODS = frozenset({
    "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update", "setdefault", "popitem",
    "add", "discard", "difference_update", "intersection_update", "symmetric_difference_update",
    "__setitem__", "__delitem__", "__iadd__", "__ior__", "__setattr__", "__delattr__",
})
# Functions that change their first argument
_MUTATING_FUNCTIONS = frozenset({
    "setattr", "delattr", "heapq.heappush", "heapq.heappop", "heapq.heapify", "heapq.heapreplace",
    "heapq.heappushpop", "bisect.insort", "bisect.insort_left", "bisect.insort_right", "random.shuffle",
})
# Calls whose result is a new container of their argument's items (a shallow copy), and methods likewise
_SHALLOW_COPIES = frozenset({"dict", "list", "tuple", "set", "frozenset", "sorted", "copy.copy"})
_COPY_METHODS = frozenset({"copy"})
# Calls and methods whose result yields or holds the items of their argument (or receiver), as they are
# (each with how many new containers it puts around the items: enumerate(x) yields new tuples of x's items)
_ITEM_VIEWS = {"enumerate": 2, "zip": 2, "reversed": 1, "iter": 1, "filter": 1, "next": 0}
_ITEM_METHODS = frozenset({"get", "setdefault", "pop", "values", "items", "popitem"})
# Augmented assignments that change a list, dict or set in place (`lines += [x]`, `tags |= {t}`)
_IN_PLACE_VALUES = (ast.List, ast.ListComp, ast.Tuple, ast.Dict, ast.DictComp, ast.Set, ast.SetComp)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> list[ast.arg]:
    arguments = function.args
    return [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
            *(a for a in (arguments.vararg, arguments.kwarg) if a is not None)]


def _bound_names(target: ast.expr) -> list[ast.Name]:
    """The names an assignment target binds (`doc` in `doc = ...`, not in `doc["k"] = ...`)."""
    if isinstance(target, ast.Name):
        return [target]
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _bound_names(element)]
    return []


def _own_nodes(body: list[ast.AST]) -> list[ast.AST]:
    """Every node of a function body outside nested functions, lambdas and classes (their own scopes)."""
    found: list[ast.AST] = []
    pending = list(body)
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


@dataclasses.dataclass(frozen=True)
class _Helper:
    positional: tuple[str, ...]  # its positional parameters, in order
    changed: dict[str, int]  # parameter -> the deepest argument (see _FRESH) whose objects it changes


@dataclasses.dataclass
class _Change:
    node: ast.AST
    what: str  # how the argument is changed, for the message
    root: str  # the parameter the changed object comes from


class _Shape:
    """What a function's analysis needs of its syntax tree, read once however often it is analysed."""

    def __init__(self, function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.nodes = _own_nodes([function.body] if isinstance(function, ast.Lambda) else function.body)
        self.bindings: list[tuple[ast.expr, ast.expr, str]] = []  # (target, value, kind: "=" or "in")
        self.sites: list[ast.AST] = []  # where a change may be: stores, in-place operators, calls
        self.nested: list[ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda] = []
        comprehensions = []
        # names the function binds otherwise (import, except ... as, del, global): not followed
        others = {a.arg for a in _parameters(function)}
        for node in self.nodes:  # one pass, by type: the lint runs this on every function of every module
            kind = type(node)
            if kind is ast.Name:
                if type(node.ctx) is not ast.Load:
                    others.add(node.id)
            elif kind is ast.Call:
                func = node.func
                if (type(func) is ast.Name or (type(func) is ast.Attribute and func.attr in _MUTATING_METHODS)
                        or _dotted(func) in _MUTATING_FUNCTIONS):
                    self.sites.append(node)
            elif kind is ast.Subscript or kind is ast.Attribute:
                if type(node.ctx) is not ast.Load:
                    self.sites.append(node)
            elif kind is ast.Assign:
                self.bindings.extend((target, node.value, "=") for target in node.targets)
            elif kind is ast.AnnAssign or kind is ast.NamedExpr:
                if node.value is not None:
                    self.bindings.append((node.target, node.value, "="))
            elif kind is ast.AugAssign:
                if type(node.target) is ast.Name:
                    self.sites.append(node)
            elif kind is ast.For or kind is ast.AsyncFor or kind is ast.comprehension:
                self.bindings.append((node.target, node.iter, "in"))
            elif kind is ast.With or kind is ast.AsyncWith:
                self.bindings.extend((item.optional_vars, item.context_expr, "=") for item in node.items
                                     if item.optional_vars is not None)
            elif kind is ast.ListComp or kind is ast.SetComp or kind is ast.GeneratorExp or kind is ast.DictComp:
                comprehensions.append(node)
            elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef or kind is ast.Lambda:
                self.nested.append(node)
                if kind is not ast.Lambda:
                    others.add(node.name)
            elif kind is ast.ClassDef or (kind is ast.ExceptHandler and node.name):
                others.add(node.name)
        # A comprehension's variables are its own: `[dict(line) for line in doc["lines"]]` does not bind the
        # `line` of a later `for line in lines:`. Each is renamed `line@<comprehension>` (outer ones first, so
        # an inner comprehension that binds the same name renames its own uses last).
        self.renamed: dict[int, str] = {}
        for node in comprehensions:
            names = {name.id for generator in node.generators for name in _bound_names(generator.target)}
            inside = [node.elt] if not isinstance(node, ast.DictComp) else [node.key, node.value]
            for index, generator in enumerate(node.generators):  # the first iterable is read outside
                inside.extend([generator.target, *generator.ifs, *([generator.iter] if index else [])])
            for name in _own_nodes(inside):
                if isinstance(name, ast.Name) and name.id in names:
                    self.renamed[id(name)] = f"{name.id}@{id(node)}"
        self.bound = {self.key(n) for target, _, _ in self.bindings for n in _bound_names(target)}
        self.own = others | self.bound

    def key(self, name: ast.Name) -> str:
        return self.renamed.get(id(name), name.id)


class _Reach:
    """Which names of a function hold the caller's objects (see _FRESH), and where the function changes one.

    Flow-insensitive: a name's depth is the least of all its bindings, wherever they are. A parameter is
    the caller's object (a `*args` tuple and a `**kwargs` dict are new, their items the caller's) unless it
    is rebound somewhere in the function: then only its bindings count, the parameter itself read in them
    as the caller's object (`doc = dict(doc)` makes it a new dict of the caller's items, wherever it stands).
    """

    def __init__(self, shape: _Shape, start: dict[str, int], outer: dict[str, tuple[int, str]],
                 helpers: dict[str, _Helper]) -> None:
        self.shape = shape
        self.helpers = helpers  # the module's functions that change their arguments
        self.bindings = shape.bindings
        self._key = shape.key
        bound, own = shape.bound, shape.own
        self.depth: dict[str, tuple[int, str]] = {name: value for name, value in outer.items() if name not in own}
        self.original: dict[str, tuple[int, str]] = {}  # rebound parameters, as the caller passed them
        for name, depth in start.items():
            if name in bound:
                self.original[name] = (depth, name)
            else:
                self.depth[name] = (depth, name)
        self._settle()

    def _settle(self) -> None:
        for _ in range(50):  # each round can only lower a depth, which is at least 0: few rounds settle it
            changed = False
            for target, value, kind in self.bindings:
                rebinding = isinstance(target, ast.Name) and self._key(target) in self.original
                reach = self.reach(value, self.original if rebinding else None)
                if kind == "in":  # a loop binds the items
                    reach = _child(reach[0]), reach[1]
                for name, depth in self._targets(target, value, reach):
                    if depth[0] < self.depth.get(name, (_FRESH, ""))[0]:
                        self.depth[name] = depth
                        changed = True
            if not changed:
                return

    def _targets(self, target: ast.expr, value: ast.expr, reach: tuple[int, str]) -> list[tuple[str, tuple[int, str]]]:
        if isinstance(target, ast.Name):
            return [(self._key(target), reach)]
        if isinstance(target, ast.Starred):  # `first, *rest = lines`: rest is a new list of the items
            return self._targets(target.value, value, _holding([reach]))
        if isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
                pairs = []
                for inner, item in zip(target.elts, value.elts):
                    pairs.extend(self._targets(inner, item, self.reach(item)))
                return pairs
            # `index, line = ...` of something holding the caller's objects: each name may be one of them
            item = (_child(reach[0]), reach[1])
            return [pair for inner in target.elts for pair in self._targets(inner, value, item)]
        return []

    def reach(self, node: ast.expr | None, names: dict[str, tuple[int, str]] | None = None) -> tuple[int, str]:
        """How deep below ``node``'s value the caller's objects are, and the parameter they come from."""
        if node is None:
            return _FRESH, ""
        if isinstance(node, ast.Name):
            key = self._key(node)
            if names is not None and key in names:
                return names[key]
            return self.depth.get(key, (_FRESH, ""))
        if isinstance(node, (ast.Subscript, ast.Attribute)):
            inner = self.reach(node.value, names)
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):  # lines[1:]: a new list
                return _copy(inner)
            return _child(inner[0]), inner[1]
        if isinstance(node, ast.NamedExpr):
            return self.reach(node.value, names)
        if isinstance(node, (ast.IfExp, ast.BoolOp)):
            values = [node.body, node.orelse] if isinstance(node, ast.IfExp) else node.values
            return min(self.reach(value, names) for value in values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.BitOr)):  # lines + [x], {**a} | b
            return min(_copy(self.reach(node.left, names)), _copy(self.reach(node.right, names)))
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):  # [*lines, x]: lines' items and x
            return _holding([_items(self.reach(e.value, names)) if isinstance(e, ast.Starred) else self.reach(e, names)
                             for e in node.elts])
        if isinstance(node, ast.Dict):  # {**doc, "k": v}: doc's values and v
            return _holding([self.reach(v, names) if k is not None else _items(self.reach(v, names))
                             for k, v in zip(node.keys, node.values)])
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return _holding([self.reach(node.elt, names)])
        if isinstance(node, ast.DictComp):
            return _holding([self.reach(node.value, names)])
        if isinstance(node, ast.Call):
            func = node.func
            name = _dotted(func)
            first = node.args[0] if node.args else None
            if name in _SHALLOW_COPIES and name not in self.depth and first is not None:
                return _copy(self.reach(first, names))
            if isinstance(func, ast.Name) and func.id in _ITEM_VIEWS and func.id not in self.depth:
                items = min((_items(self.reach(a, names)) for a in node.args), default=(_FRESH, ""))
                for _ in range(_ITEM_VIEWS[func.id]):
                    items = _holding([items])
                return items
            if isinstance(func, ast.Attribute) and func.attr in _COPY_METHODS and not node.args:
                return _copy(self.reach(func.value, names))
            if isinstance(func, ast.Attribute) and func.attr in _ITEM_METHODS:
                inner = self.reach(func.value, names)
                if func.attr == "values":  # a view of the values
                    return _holding([_items(inner)])
                if func.attr == "items":  # a view of new (key, value) tuples
                    return _holding([_holding([_items(inner)])])
                found = _items(inner)
                if func.attr in ("get", "setdefault", "pop") and len(node.args) > 1:  # or the default given
                    found = min(found, self.reach(node.args[1], names))
                return found
        return _FRESH, ""  # a constant, an operation, a call of anything else: a new value

    def changes(self) -> list[_Change]:
        """Where the function changes an object of its caller's."""
        found: list[_Change] = []
        for node in self.shape.sites:
            if isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
                depth, root = self.reach(node.value)
                if depth == 0:
                    text = ast.unparse(node)
                    found.append(_Change(node, f"`del {text}`" if isinstance(node.ctx, ast.Del)
                                         else f"assigning to `{text}`", root))
            elif (isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name)
                  and (isinstance(node.value, _IN_PLACE_VALUES)
                       or (isinstance(node.value, ast.Call) and _dotted(node.value.func) in _SHALLOW_COPIES))):
                depth, root = self.reach(node.target)
                if depth == 0:
                    symbol = _AUGMENTED.get(type(node.op), "?")
                    found.append(_Change(node, f"`{node.target.id} {symbol}= ...` (in place, on a list, dict or set)",
                                         root))
            elif isinstance(node, ast.Call):
                found.extend(self._call(node))
        return found

    def _call(self, node: ast.Call) -> list[_Change]:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _MUTATING_METHODS:
            depth, root = self.reach(func.value)
            if depth == 0:
                return [_Change(node, f"`{ast.unparse(func)}()`", root)]
            return []
        name = _dotted(func)
        if name in _MUTATING_FUNCTIONS and name.split(".")[0] not in self.depth and node.args:
            depth, root = self.reach(node.args[0])
            return [_Change(node, f"`{name}()` of it", root)] if depth == 0 else []
        helper = self.helpers.get(name) if isinstance(func, ast.Name) and name not in self.depth else None
        if helper is None:
            return []
        passed = [(helper.positional[i] if i < len(helper.positional) else None, a) for i, a in enumerate(node.args)]
        passed += [(k.arg, k.value) for k in node.keywords if k.arg]
        for parameter, argument in passed:
            if parameter not in helper.changed or isinstance(argument, ast.Starred):
                continue
            depth, root = self.reach(argument)
            if depth <= helper.changed[parameter]:
                return [_Change(node, f"calling `{name}()` (which changes its parameter `{parameter}`)", root)]
        return []


_AUGMENTED = {ast.Add: "+", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^", ast.Sub: "-", ast.Mult: "*"}


def _child(depth: int) -> int:
    """The depth of what a value holds: the caller's objects' items are the caller's too."""
    return depth if depth >= _FRESH else max(depth - 1, 0)


def _items(reach: tuple[int, str]) -> tuple[int, str]:
    return _child(reach[0]), reach[1]


def _copy(reach: tuple[int, str]) -> tuple[int, str]:
    """A shallow copy: a new container, holding the same items."""
    return _holding([_items(reach)])


def _holding(items: list[tuple[int, str]]) -> tuple[int, str]:
    """A new container of these items."""
    least = min(items, default=(_FRESH, ""))
    return (min(least[0] + 1, _FRESH), least[1]) if least[0] < _FRESH else (_FRESH, "")


def _module_functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """The module's functions by name (the last definition of a name wins, as when the module runs)."""
    found: dict[str, ast.FunctionDef] = {}
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef):
            found[statement.name] = statement
        elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.ClassDef, ast.AsyncFunctionDef)):
            names = ([statement.name] if isinstance(statement, (ast.ClassDef, ast.AsyncFunctionDef))
                     else [t.id for t in (statement.targets if isinstance(statement, ast.Assign) else [statement.target])
                           if isinstance(t, ast.Name)])
            for name in names:
                found.pop(name, None)
    return found


def _changed_arguments(tree: ast.Module) -> list[tuple[ast.FunctionDef, _Change]]:
    """The changes of the caller's objects in the functions a published module exports (MS221).

    Calls of the module's own functions are followed: ``_fill_defaults(doc)`` changes ``doc`` if
    ``_fill_defaults`` changes its parameter (to the depth it does: ``doc = dict(doc)`` may be passed to one
    that only sets keys of its argument).
    """
    from ..link import _public_definitions  # what the published module exports

    functions = _module_functions(tree)
    shapes: dict[int, _Shape] = {}
    helpers: dict[str, _Helper] = {}
    for _ in range(len(functions) + 1):  # each round follows calls one level deeper
        found: dict[str, _Helper] = {}
        for name, function in functions.items():
            positional = tuple(a.arg for a in [*function.args.posonlyargs, *function.args.args])
            changed: dict[str, int] = {}
            for parameter in [*positional, *(a.arg for a in function.args.kwonlyargs)]:
                if not _changes(function, {parameter: 0}, helpers, shapes):
                    continue  # a deeper argument is changed less
                changed[parameter] = next(d for d in (2, 1, 0) if not d or _changes(function, {parameter: d}, helpers, shapes))
            if changed:
                found[name] = _Helper(positional, changed)
        if found == helpers:
            break
        helpers = found
    exported = {id(s) for s in _public_definitions(tree)}
    results = []
    for function in functions.values():
        if id(function) not in exported:
            continue
        start = {a.arg: 0 for a in _parameters(function)}
        for variadic in (function.args.vararg, function.args.kwarg):  # a new tuple or dict of the caller's
            if variadic is not None:
                start[variadic.arg] = 1
        changes = _changes(function, start, helpers, shapes) if start else []  # no parameter: no argument
        results.extend((function, change) for change in sorted(
            changes, key=lambda c: (c.node.lineno, c.node.end_col_offset or 0)))  # the innermost first
    return results


def _changes(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, start: dict[str, int],
             helpers: dict[str, _Helper], shapes: dict[int, _Shape],
             outer: dict[str, tuple[int, str]] | None = None) -> list[_Change]:
    """The changes of the caller's objects in a function, and in the functions and lambdas it defines."""
    shape = shapes.get(id(function))
    if shape is None:
        shape = shapes[id(function)] = _Shape(function)
    if not shape.sites and not shape.nested:
        return []
    reach = _Reach(shape, start, outer or {}, helpers)
    found = reach.changes()
    for node in shape.nested:
        found.extend(_changes(node, {}, helpers, shapes, reach.depth))  # a closure changes what it sees
    return found


# ---- MS228: a generator's cleanup, which CPython runs when the generator is dropped -------------------------
def _yields_inside_cleanup(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether a def's own `yield` is inside a `try` with a `finally:` or inside a `with` block."""
    def walk(node: ast.AST, guarded: bool) -> bool:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)) and node is not function:
            return False
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return guarded
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            parts = [*node.body, *node.handlers, *node.orelse]
            return any(walk(part, guarded or bool(node.finalbody)) for part in parts) or any(
                walk(part, guarded) for part in node.finalbody)
        if isinstance(node, (ast.With, ast.AsyncWith)):
            return any(walk(part, True) for part in node.body) or any(walk(item, guarded) for item in node.items)
        return any(walk(child, guarded) for child in ast.iter_child_nodes(node))
    return walk(function, False)


# Builtins that take an iterator to its end or drop it when they return (see m_shared/lower/_generators.py ClosingConsumers)
_CONSUMERS = frozenset({"any", "all", "next", "list", "tuple", "sorted", "set", "frozenset", "sum", "min", "max",
                        "dict", "iter", "enumerate", "zip", "map", "filter"})


def _methods_replaced(tree: ast.Module) -> list[tuple[ast.Attribute, str]]:
    """MS235: a store to an attribute that is a method of a class of the module (``self.m = ...`` in a class
    with ``def m``, ``obj.m = ...``/``Cls.m = ...``/``setattr(obj, "m", ...)`` where some class defines ``m`` and
    none stores an attribute by that name): Transcrypt's methods are getters of the class, read-only."""
    methods: dict[str, str] = {}  # method name -> the first class defining it
    of_class: dict[int, set[str]] = {}  # id(ClassDef) -> its methods
    properties: set[str] = set()
    stored: set[str] = set()  # attribute names some method stores through `self.`
    classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    for cls in classes:
        names = of_class.setdefault(id(cls), set())
        for item in cls.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            decorators = {d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else ""
                          for d in item.decorator_list}
            if decorators & {"property", "setter", "getter", "deleter", "cached_property"}:
                properties.add(item.name)
            elif not (item.name.startswith("__") and item.name.endswith("__")):
                names.add(item.name)
                methods.setdefault(item.name, cls.name)
    for cls in classes:
        for node in ast.walk(cls):
            if (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
                    and isinstance(node.value, ast.Name) and node.value.id == "self"):
                if node.attr not in of_class[id(cls)]:
                    stored.add(node.attr)
    found: list[tuple[ast.Attribute, str]] = []
    owner = {id(node): cls for cls in classes for node in ast.walk(cls)}
    for node in ast.walk(tree):
        target = node
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr"
                and len(node.args) == 3 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            target = ast.copy_location(ast.Attribute(node.args[0], node.args[1].value, ast.Store()), node)
        if not isinstance(target, ast.Attribute) or not isinstance(target.ctx, ast.Store) or target.attr in properties:
            continue
        cls = owner.get(id(node))
        if isinstance(target.value, ast.Name) and target.value.id == "self" and cls is not None:
            if target.attr in of_class[id(cls)]:
                found.append((target, cls.name))
        elif target.attr in methods and target.attr not in stored:
            found.append((target, methods[target.attr]))
    return found


def _generators_left_open(tree: ast.Module) -> list[tuple[ast.Call, str, str]]:
    """Calls of the module's generators with cleanup whose generator JavaScript cannot close as CPython does:
    kept in a name, returned, or given to a function other than a builtin that consumes it."""
    cleanups = {node.name for node in ast.walk(tree)
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _yields_inside_cleanup(node)}
    if not cleanups:
        return []
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in cleanups):
            continue
        holder: ast.AST = node
        parent = parents.get(id(node))
        if isinstance(parent, ast.comprehension) and isinstance(parents.get(id(parent)), ast.GeneratorExp):
            holder = parents[id(parent)]  # a generator expression closes its first iterable with itself
            parent = parents.get(id(holder))
        what = None
        if isinstance(parent, (ast.Assign, ast.AnnAssign, ast.NamedExpr)) and parent.value is holder:
            what = "kept in a name"
        elif isinstance(parent, ast.Return):
            what = "returned"
        elif isinstance(parent, ast.Call) and holder in parent.args and not (
                isinstance(parent.func, ast.Name) and parent.func.id in _CONSUMERS):
            what = f"given to {ast.unparse(parent.func)}()"
        if what:
            found.append((node, node.func.id, what))
    return found
