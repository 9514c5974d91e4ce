"""Only the runtime the published code names is published, and it follows the code through rebuilds."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import call_in_cpython, run_node

import m_shared
from m_shared import shake

RUNTIME = "worker/src/shared/_m_shared/org.transcrypt.__runtime__.js"

DIVMOD_USER = '''
def split_minor_units(amount: int) -> list[int]:
    """Rupees and paise of an amount in paise."""
    rupees, paise = divmod(amount, 100)
    return [rupees, paise]
'''

CALL = """
import { split_minor_units } from './worker/src/shared/money.js';
console.log(JSON.stringify(split_minor_units(-12345)));
"""


# Code of the runtime that a program may or may not ship, as the published (minified) runtime writes it; its
# top-level names are short there (shake.mangle), so it is found by its strings and property names
BITWISE = "'&':['__and__','__rand__','__iand__']"  # bitwise.extend.js's table
SET_OPERATION = ".__class__!==set||!Array.isArray("  # set_operators.extend.js's type check


def _runtime_declares(app: Path, name: str) -> bool:
    declaration = re.compile(rf"\bexport (?:var {name}\s*=|function {name}\s*\()")
    return declaration.search((app / RUNTIME).read_text(encoding="utf-8")) is not None


def test_runtime_omits_builtins_no_module_names_and_gains_them_when_code_does(app: Path) -> None:
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "divmod"), "the fixture app never calls divmod: it should not be shipped"
    assert _runtime_declares(app, "len")
    first_size = (app / RUNTIME).stat().st_size

    # A rebuild after a module starts using divmod must publish a runtime that has it: the result is CPython's.
    (app / "shared" / "money.py").write_text(DIVMOD_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "divmod")
    assert run_node(CALL, app) == call_in_cpython(app, "shared.money", "split_minor_units", [-12345]) == [-124, 55]

    # And it is dropped again when no module names it any more.
    (app / "shared" / "money.py").unlink()
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "divmod")
    assert (app / RUNTIME).stat().st_size == first_size


def test_every_module_imports_only_the_runtime_names_it_uses_and_still_loads_the_runtime() -> None:
    module = (
        "var x = 1;\n"
        "import {__call__, divmod, len, str as py_str} from './org.transcrypt.__runtime__.js';\n"
        "export var f = function (a) { return __call__ (len, null, py_str (a)); };\n"
    )
    assert shake.prune_imports(module) == (
        "var x = 1;\n"
        "import {__call__, len, str as py_str} from './org.transcrypt.__runtime__.js';\n"
        "export var f = function (a) { return __call__ (len, null, py_str (a)); };\n"
    )
    # A module that names nothing of the runtime still imports it: the runtime's prototype methods must exist.
    assert shake.prune_imports("import {len} from './org.transcrypt.__runtime__.js';\nvar y = 2;\n") == (
        "import {} from './org.transcrypt.__runtime__.js';\nvar y = 2;\n"
    )
    # A required name (the line table's registration) is imported even if the cached import lacks it
    registering = "import {len} from './org.transcrypt.__runtime__.js';\nlen(1);\n__m_shared_register__('a.py');\n"
    assert shake.prune_imports(registering, ("__m_shared_register__",)) == registering.replace(
        "{len}", "{len, __m_shared_register__}"
    )
    assert shake.prune_imports("f();\n", ("__m_shared_register__",)) == (
        "f();\nimport {__m_shared_register__} from './org.transcrypt.__runtime__.js';\n"
    )


def test_pruning_follows_names_through_the_runtime_and_keeps_what_declares_nothing() -> None:
    runtime = (
        "export var __envir__={};__envir__.executor_name='transcrypt';"
        "var __config__=[];__config__.push(1);"
        "function helper(x){return x+1;}"
        "export function len(x){return helper(x.length);}"
        "export function unused(x){return x;}"
        "String.prototype.strip=function(){return this.trim();};"
        "String.prototype.lstrip=function(){return this.trimStart();};"
        "String.prototype.toString=function(){return 'engine calls this';};"
        "__m_shared_str_method__('isalpha',function(){return ALPHA.test(this);});"
        "const ALPHA=/^[a-z]+$/;"
    )
    pruned = shake.prune_runtime(runtime, shake.words("import {len} from './org.transcrypt.__runtime__.js'; len(s.strip())"))
    assert "__config__.push(1)" in pruned  # declares nothing: always runs
    assert "__envir__" not in pruned  # an attribute of something nothing names goes with it
    assert "function helper" in pruned and "function len" in pruned
    assert "unused" not in pruned and "lstrip" not in pruned
    assert "isalpha" not in pruned and "ALPHA" not in pruned  # a str method js_runtime defines, and its table
    assert "ALPHA" in shake.prune_runtime(runtime, shake.words("s.isalpha()"))
    assert "String.prototype.strip=" in pruned and "String.prototype.toString=" in pruned


def test_a_string_with_whitespace_names_only_the_words_of_its_format_fields() -> None:
    runtime = (
        "String.prototype.strip=function(){return this.trim();};"
        "String.prototype.zfill=function(){return this;};"
        "Array.prototype.year=function(){return 1;};"
        "Array.prototype.lower=function(){return 2;};"
        "const ATTRIBUTES=new Set('zfill lower'.split(' '));"  # split: a list of names, each reached
        "export function len(x){if(x.length>9||ATTRIBUTES.has(x)){throw Error('too long: strip the text');}return x.length;}"
        "export function f(d){return '{0.year} and more'.format(d);}"
    )
    pruned = shake.prune_runtime(runtime, shake.words("import {len, f} from './org.transcrypt.__runtime__.js'; len(s); f(d)"))
    assert "prototype.strip=" not in pruned  # a message is not an attribute name
    assert "prototype.year=" in pruned  # a format field is looked up
    assert "prototype.zfill=" in pruned and "prototype.lower=" in pruned
    without_split = runtime.replace("new Set('zfill lower'.split(' '))", "new Set(['zfill lower'])")
    pruned = shake.prune_runtime(without_split, shake.words("import {len} from './org.transcrypt.__runtime__.js'; len(s)"))
    assert "prototype.zfill=" not in pruned


def test_a_runtime_that_does_not_parse_is_published_whole() -> None:
    broken = "export function len(x) { return x.length; \nexport function unused() {}"
    assert shake.prune_runtime(broken, frozenset()) == broken


# ---- scopes, classes, stdlib modules -----------------------------------------------------------

RUNTIME_JS = (
    "export function input(q){return prompt(q);}"
    "export function len(x){return x.length;}"
    "export function repr(x){return x.__repr__();}"
    "export function getattr(obj,name){return obj[name];}"
    "export var object={};"
    # like Transcrypt's: the runtime itself calls __init__
    "export function __class__(name,bases,attribs){return function(...a){var o=Object.create(attribs);"
    "o.__init__(o,...a);return o;};}"
)


def _shake(modules: dict[str, str], shared: str, entry: tuple[str, ...]) -> dict[str, str]:
    texts = {"org.transcrypt.__runtime__": RUNTIME_JS, **modules}
    return shake.shake_library(texts, entry, shake.words(shared))


def test_a_local_variable_does_not_keep_the_global_of_the_same_name() -> None:
    # re.js has a local `input`: word by word it kept the runtime's input() (and print, __Terminal__)
    lib = "import{input,len}from'./org.transcrypt.__runtime__.js';export var f=function(s){var input=s;return len(input);};"
    shared = "import {f} from './lib.js'; f('x');"
    shaken = _shake({"lib": lib}, shared, ("lib",))
    assert "function input" not in shaken["org.transcrypt.__runtime__"]
    assert "import{len}from" in shaken["lib"]  # the import loses `input` too
    assert "function len" in shaken["org.transcrypt.__runtime__"]
    # a parameter, a catch parameter, a destructured or a block-scoped name are local as well
    for local in ("function(input){return input}", "function(){try{}catch(input){return input}}",
                  "function({input}){return input}", "function(){{let input=1;return input}}"):
        lib = f"import{{input}}from'./org.transcrypt.__runtime__.js';export var f={local};"
        assert "function input" not in _shake({"lib": lib}, shared, ("lib",))["org.transcrypt.__runtime__"]
    # ... but a block-scoped name does not shadow beyond its block
    lib = "import{input}from'./org.transcrypt.__runtime__.js';export var f=function(){{let input=1;}return input('?')};"
    assert "function input" in _shake({"lib": lib}, shared, ("lib",))["org.transcrypt.__runtime__"]


DATETIME_JS = (
    "// Transcrypt 3.9.5: datetime\n"
    "import{__class__,object,repr}from'./org.transcrypt.__runtime__.js';import*as _time from'./time.js';"
    "var __name__='datetime';"
    "export var date=__class__('date',[object],{__module__:__name__,"
    "get __init__(){return function(self,y){self._y=y;};},"
    "get __repr__(){return function(self){return 'datetime.date('+self._y+')';};},"
    "get isoformat(){return function(self){return String(self._y);};},"
    "get today(){return function(cls){return cls(_time.time());};},"
    "get strftime(){return function(self,f){return _time.strftime(f);};}});"
    "Object.defineProperty(date,'year',{get:function(){return this._y;}});"
    "export var _date_min=date(1);"
    "export var time=__class__('time',[object],{get __init__(){return function(self){};}});"
    "Object.defineProperty(time,'hour',{get:function(){return 0;}});"
)
TIME_JS = (
    "// Transcrypt 3.9.5: time\n"
    "export var __months=[];for(var i=0;i<12;i++){__months.push(i);}"
    "export var time=function(){return Date.now()/1000;};export var strftime=function(f){return f;};"
)


def test_unused_methods_and_classes_of_a_stdlib_module_are_left_out_and_what_nothing_imports_with_them() -> None:
    shared = "import {date} from './datetime.js'; export var d = date(2025).year;"
    shaken = _shake({"datetime": DATETIME_JS, "time": TIME_JS}, shared, ("datetime",))
    datetime = shaken["datetime"]
    assert "get __init__" in datetime and "'year'" in datetime
    assert "isoformat" not in datetime and "today" not in datetime and "strftime" not in datetime
    assert "get __repr__" not in datetime  # nothing calls repr(): its protocol method is not needed either
    assert "__class__('time'" not in datetime and "'hour'" not in datetime  # a class no one names
    assert "_date_min" not in datetime
    # time.js was imported only for today() and strftime(): it is not published at all
    assert "time" not in shaken and "_time" not in datetime
    assert datetime.startswith("// Transcrypt 3.9.5: datetime\n")


def test_a_module_the_python_imports_but_the_published_code_does_not_is_not_published() -> None:
    # `from dataclasses import dataclass`: Transcrypt compiles the decorator itself and imports nothing
    dataclasses = "// Transcrypt 3.9.5: dataclasses\nimport{}from'./org.transcrypt.__runtime__.js';"
    shared = "import {len} from './org.transcrypt.__runtime__.js'; export var n = len('x');"
    assert "dataclasses" not in _shake({"dataclasses": dataclasses}, shared, ("dataclasses",))
    # imported in any way, even for nothing, it is published: the import must find the file
    for importing in ("import {} from './dataclasses.js';", "import './dataclasses.js';",
                      "import * as dc from './dataclasses.js';"):
        assert "dataclasses" in _shake({"dataclasses": dataclasses}, shared + importing, ("dataclasses",))


def test_code_that_does_not_parse_keeps_everything_it_names() -> None:
    shaken = _shake({"datetime": DATETIME_JS, "time": TIME_JS}, "import {date} from './datetime.js'; date(1).today(", ("datetime",))
    assert "get today" in shaken["datetime"] and "time=function" in shaken["time"]


def test_methods_reached_by_protocol_or_by_a_string_are_kept() -> None:
    modules = {"datetime": DATETIME_JS, "time": TIME_JS}
    # repr() calls __repr__ by name: a module that calls repr keeps every class's __repr__
    shaken = _shake(modules, "import {date} from './datetime.js'; import {repr} from './org.transcrypt.__runtime__.js';"
                    "repr(date(1));", ("datetime",))
    assert "get __repr__" in shaken["datetime"] and "isoformat" not in shaken["datetime"]
    # getattr(d, 'strftime'): a name given as a string keeps the method, and what it needs (time.js)
    shaken = _shake(modules, "import {date} from './datetime.js'; import {getattr} from './org.transcrypt.__runtime__.js';"
                    "getattr(date(1), 'strftime')('%Y');", ("datetime",))
    assert "get strftime" in shaken["datetime"] and "import*as _time from'./time.js'" in shaken["datetime"]
    assert "strftime=function" in shaken["time"] and "__months.push" in shaken["time"]
    # a module imported as a namespace (`import datetime`) is reached by property: datetime.time
    shaken = _shake(modules, "import * as __module_datetime__ from './datetime.js'; __module_datetime__.time();",
                    ("datetime",))
    assert "__class__('time'" in shaken["datetime"]


GETATTR_USER = '''
from datetime import date


def iso_date(year: int) -> str:
    return getattr(date(year, 1, 2), "isoformat")()
'''


def test_a_method_named_only_in_a_string_still_works_in_node(app: Path) -> None:
    (app / "shared" / "dates.py").write_text(GETATTR_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    library = (app / "worker/src/shared/_m_shared/org.transcrypt.__runtime__.js").read_text(encoding="utf-8")
    assert "get isoformat()" in library
    assert "get isocalendar()" not in library and "get ctime()" not in library
    script = (
        "import { iso_date } from './worker/src/shared/dates.js';"
        "console.log(JSON.stringify(iso_date(2025)));"
    )
    assert run_node(script, app) == call_in_cpython(app, "shared.dates", "iso_date", [2025]) == "2025-01-02"


REGEX_USER = '''
import re


def words(text: str) -> list[str]:
    return re.findall(r"^[a-z]+", text, re.M)  # re adds its own flags with | and &
'''

MASK_USER = '''
def low_bits(value: int, count: int) -> int:
    return value & ((1 << count) - 1)
'''


def test_re_ships_no_bitwise_operators_and_shared_code_that_uses_them_gets_them(app: Path) -> None:
    # re's flags are JavaScript's own & | << in the library (compile.native_bitwise): a program that
    # uses re ships none of the runtime's bitwise operators, whose exact ints beyond 32 bits cost bytes
    (app / "shared" / "dates.py").write_text(REGEX_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "__or__") and not _runtime_declares(app, "__lshift__")
    assert not _runtime_declares(app, "__and__") and not _runtime_declares(app, "__ior__")
    assert BITWISE not in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { words } from './worker/src/shared/dates.js';console.log(JSON.stringify(words('ab Cd\\nef')));"
    assert run_node(script, app) == call_in_cpython(app, "shared.dates", "words", ["ab Cd\nef"]) == ["ab", "ef"]

    (app / "shared" / "dates.py").write_text(MASK_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "__and__") and _runtime_declares(app, "__lshift__")
    assert BITWISE in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { low_bits } from './worker/src/shared/dates.js';console.log(JSON.stringify(low_bits(2 ** 40 + 5, 36)));"
    assert run_node(script, app) == call_in_cpython(app, "shared.dates", "low_bits", [2**40 + 5, 36]) == 5


SUBTRACT_USER = '''
def days_left(total: int, used: int) -> int:
    return total - used
'''

SET_OPERATOR_USER = '''
def difference(a, b):
    return a - b
'''

SET_MAKER = '''
from .money import difference

REQUIRED = {"email", "name"}


def missing(fields: list[str]) -> list[str]:
    both = REQUIRED & set(fields)
    both |= {"zzz"}
    return [sorted(difference(REQUIRED, set(fields))), sorted(both), sorted(REQUIRED ^ {"name", "x"})]
'''


def test_set_operators_ship_only_with_code_that_makes_sets(app: Path) -> None:
    # they are installed by a name link.py imports into a module that imports `set`: a program without
    # sets (the demo) ships none of them, though it subtracts, and its `-` is the same function
    (app / "shared" / "money.py").write_text(SUBTRACT_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "__m_shared_set_operators__")
    assert SET_OPERATION not in (app / RUNTIME).read_text(encoding="utf-8")

    # a module without sets of its own applies `-` to the sets another module makes
    (app / "shared" / "money.py").write_text(SET_OPERATOR_USER, encoding="utf-8")
    (app / "shared" / "dates.py").write_text(SET_MAKER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "__m_shared_set_operators__")
    assert SET_OPERATION in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { missing } from './worker/src/shared/dates.js';console.log(JSON.stringify(missing(['name'])));"
    assert run_node(script, app) == call_in_cpython(app, "shared.dates", "missing", [["name"]]) == [
        ["email"], ["name", "zzz"], ["email", "x"],
    ]


NOT_IMPLEMENTED_USER = '''
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __hash__(self) -> int:
        return self.cents


def compare(cents: int) -> list:
    return [Money(cents) == Money(cents), Money(cents) == cents, Money(cents) != cents, cents + 1]
'''


def test_operators_answer_not_implemented_only_in_code_that_names_it(app: Path) -> None:
    # the operators are replaced when the runtime creates NotImplemented: the fixture app, which compares and
    # adds, ships neither the name nor the replacements
    assert m_shared.build(app).ok
    # (the replacements' own names are shortened when published: their message for ** marks them)
    assert "'** or pow()'" not in (app / RUNTIME).read_text(encoding="utf-8")
    assert not _runtime_declares(app, "NotImplemented")

    (app / "shared" / "money.py").write_text(NOT_IMPLEMENTED_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "NotImplemented")
    assert "'** or pow()'" in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { compare } from './worker/src/shared/money.js';console.log(JSON.stringify(compare(5)));"
    assert run_node(script, app) == call_in_cpython(app, "shared.money", "compare", [5]) == [True, False, True, 6]


LITERAL_TEMPLATE = '''
import re


def spaced(text: str) -> str:
    return re.sub(r"\\s+", " ", text)
'''

VARIABLE_TEMPLATE = '''
import re

SWAP = r"\\2 at \\1"


def swapped(text: str) -> list:
    pattern = re.compile(r"([a-z]+)@([a-z]+)")
    return [pattern.sub(SWAP, text), re.sub("(b)", "[" + "\\\\" + "1]", "abc")]
'''


def test_cpythons_replacement_templates_ship_only_with_code_that_passes_one(app: Path) -> None:
    # re.sub with literal templates without a backslash (the usual ones): the template parser is left out
    (app / "shared" / "money.py").write_text(LITERAL_TEMPLATE, encoding="utf-8")
    assert m_shared.build(app).ok
    assert "bad escape (end of pattern)" not in (app / RUNTIME).read_text(encoding="utf-8")
    assert run_node("import { spaced } from './worker/src/shared/money.js';console.log(JSON.stringify(spaced('a  b')));",
                    app) == "a b"

    # a template held in a variable, or built at run time: lowering installs the parser, as CPython parses it
    (app / "shared" / "money.py").write_text(VARIABLE_TEMPLATE, encoding="utf-8")
    assert m_shared.build(app).ok
    assert "bad escape (end of pattern)" in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { swapped } from './worker/src/shared/money.js';console.log(JSON.stringify(swapped('me@host')));"
    assert run_node(script, app) == call_in_cpython(app, "shared.money", "swapped", ["me@host"]) == ["host at me", "a[b]c"]


DICT_COPY = '''
def settings(overrides: dict) -> dict:
    return dict(overrides)
'''

DICT_WITH_KEYWORDS = '''
def settings(overrides: dict) -> dict:
    return dict({"currency": "EUR", "strict": False}, **overrides)
'''


def test_dict_with_more_than_one_argument_ships_its_helper_only_with_code_that_calls_it(app: Path) -> None:
    # dict(x) alone: Transcrypt's dict() does it, and the helper for dict(x, **kw) is left out
    (app / "shared" / "money.py").write_text(DICT_COPY, encoding="utf-8")
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "__m_shared_dict_call__")

    # dict(defaults, **overrides): lowering calls the helper, which sets the keywords as CPython does
    (app / "shared" / "money.py").write_text(DICT_WITH_KEYWORDS, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "__m_shared_dict_call__")
    script = ("import { settings } from './worker/src/shared/money.js';"
              "console.log(JSON.stringify(settings({strict: true, rate: 2})));")
    expected = {"currency": "EUR", "strict": True, "rate": 2}
    assert run_node(script, app) == call_in_cpython(app, "shared.money", "settings", [{"strict": True, "rate": 2}]) == expected


READ_ONLY_PROPERTY = '''
class Invoice:
    def __init__(self, lines: list) -> None:
        self.lines = lines

    @property
    def total(self) -> int:
        return sum(self.lines)


def reset(lines: list) -> str:
    invoice = Invoice(lines)
    try:
        invoice.total = 0
        return "assigned " + str(invoice.total)
    except AttributeError as error:
        return str(error)
'''


def test_a_property_without_setter_ships_the_raising_setter_only_with_code_that_defines_one(app: Path) -> None:
    (app / "shared" / "money.py").write_text(DICT_COPY, encoding="utf-8")
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "__m_shared_no_setter__")

    (app / "shared" / "money.py").write_text(READ_ONLY_PROPERTY, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "__m_shared_no_setter__")
    script = "import { reset } from './worker/src/shared/money.js';console.log(JSON.stringify(reset([3, 4])));"
    expected = "property 'total' of 'Invoice' object has no setter"
    assert run_node(script, app) == call_in_cpython(app, "shared.money", "reset", [[3, 4]]) == expected


# ---- layout ---------------------------------------------------------------------------------------

def test_compact_drops_indentation_and_keeps_every_line_break_and_every_line() -> None:
    source = (
        "// Transcrypt 3.9.5 from Python module shared.x\n"
        "export var f = function (x, y) {\n"
        "\tif (typeof x == 'a  b') {\n"
        "\t\treturn x + +y - -1;\n"
        "\t}\n"
        "\treturn\n"  # automatic semicolon insertion: `return;` then a statement, as before
        "\t\tx;\n"
        "\tvar s = 'a\\\n"  # a line that starts inside a string keeps its start
        "  b';\n"
        "};\n"
    )
    assert shake.compact(source) == (
        "// Transcrypt 3.9.5 from Python module shared.x\n"
        "export var f=function(x,y){\n"
        "if(typeof x=='a  b'){\n"  # a space between two words stays, one in a string too
        "return x+ +y- -1;\n"  # `x++y` and `y--1` would read differently
        "}\n"
        "return\n"
        "x;\n"
        "var s='a\\\n"
        "  b';\n"
        "};\n"
    )
    # a number's point, a comment's start and a regular expression after a division keep their space
    assert shake.compact("var a = 1 .toString () / /x/ .source;\n") == "var a=1 .toString()/ /x/.source;\n"
    assert shake.compact("var x = (;\n") == "var x = (;\n"  # does not parse: left as it is


MANGLE_SAMPLE = """
export var outer = 1;
export function named(alpha, beta) {
    var total = alpha + beta + outer;
    let {first, second: [third]} = {first: total, second: [beta]};
    var inner = function () { return total; };  // inner.name stays 'inner'
    function helper(alpha) { return alpha + first + third; }
    try { throw new Error('x'); } catch (error) { total += error.message.length; }
    return {total, first, third, name: inner.name, helper: helper.name, h: helper(1)};
}
console.log(JSON.stringify([named(2, 3), named.name]));
"""


def test_mangle_renames_locals_only_and_the_code_runs_the_same(tmp_path: Path) -> None:
    mangled = shake.mangle(MANGLE_SAMPLE)
    # what a caller sees keeps its name: top-level names, functions (f.name) and what a function is assigned to
    for kept in ("export var outer", "function named(", "var inner =", "function helper(", "{total:", "first:"):
        assert kept in mangled, kept
    assert "alpha" not in mangled and "beta" not in mangled and "(error)" not in mangled
    assert run_node(mangled, tmp_path) == run_node(MANGLE_SAMPLE, tmp_path) == [
        {"total": 7, "first": 6, "third": 3, "name": "inner", "helper": "helper", "h": 10}, "named"
    ]
    # code that can read locals by name is left alone
    assert shake.mangle("export function f(a){return eval('a');}") == "export function f(a){return eval('a');}"


def test_mangle_keeps_a_const_of_the_body_apart_from_an_unused_parameter(tmp_path: Path) -> None:
    # the body's `const` is in a block scope of its own, which never reads `unused`: both had become `b`,
    # and `function f(a,b){const b=...}` is a SyntaxError (the runtime's __m_shared_args__ failed to load)
    source = "export function f(value, unused) {const doubled = value * 2; return [doubled, value];}\n" \
        "console.log(JSON.stringify(f(4, 0)));\n"
    mangled = shake.mangle(source)
    assert "doubled" not in mangled and "unused" not in mangled
    assert run_node(mangled, tmp_path) == run_node(source, tmp_path) == [8, 4]


PRIVATE_LIBRARY = """
var hiddenCount = 0;
var table = {k: 1, hiddenCount: 2};
export var shown = 1;
function bump(step) { hiddenCount += step; return hiddenCount; }
function escaping() { return 1; }
var assigned = function () { return 2; };
var Klass = class {};
function Made() { this.v = 1; }
var listed = 3;
var longName = 5;
export function api(x) {
    var a = function a() { return longName; };
    return [bump(x), bump(x), table.k, table.hiddenCount, {hiddenCount}.hiddenCount, escaping.name, assigned.name,
            new Klass().constructor.name, new Made().constructor.name, shown, a(), typeof b, typeof globalThis.b];
}
globalThis.b = 'a global';
export {listed as alias};
"""


def test_mangle_private_renames_the_top_level_names_no_other_module_sees(tmp_path: Path) -> None:
    mangled = shake.mangle(PRIVATE_LIBRARY, private=True)
    # private, and no function object of it reachable: renamed; the property names stay
    assert "hiddenCount=" not in mangled and "var table" not in mangled and "bump" not in mangled
    assert "longName" not in mangled and "{k: 1, hiddenCount: 2}" in mangled and "{hiddenCount:" in mangled
    # exported, listed in an export clause, or a name `.name` or `constructor.name` shows: kept
    for kept in ("export var shown", "export function api(", "function escaping(", "var assigned =", "var Klass =",
                 "function Made(", "var listed", "{listed as alias}"):
        assert kept in mangled, kept
    # no renamed name takes the name of a global the code reads (b) or of an inner function's own name (a)
    assert "typeof b" in mangled and "function a()" in mangled
    (tmp_path / "lib.mjs").write_text(PRIVATE_LIBRARY, encoding="utf-8")
    (tmp_path / "mangled.mjs").write_text(mangled, encoding="utf-8")
    script = ("import {api as original, alias as a} from './lib.mjs';import {api, alias} from './mangled.mjs';"
              "console.log(JSON.stringify([original(2), api(2), a, alias]));")
    first, second, *aliases = run_node(script, tmp_path)
    assert first == second == [2, 4, 1, 2, 4, "escaping", "assigned", "Klass", "Made", 1, 5, "string", "string"]
    assert aliases == [3, 3]
    # without `private`, as for a library module other modules import by name, the top level stays as it is
    public = shake.mangle(PRIVATE_LIBRARY)
    assert "var hiddenCount = 0;" in public and "function bump(a) { hiddenCount += a;" in public


DATE_USER = '''
from datetime import date, timedelta


def later(iso: str, days: int) -> str:
    return (date(int(iso[:4]), int(iso[5:7]), int(iso[8:])) + timedelta(days=days)).isoformat()
'''

DATE_CALL = "import { later } from './worker/src/shared/dates.js';console.log(JSON.stringify(later('2025-01-30', 3)));"


def test_the_published_library_has_short_private_names_and_runs_the_same(app: Path) -> None:
    # the runtime's own helpers (len()'s __m_shared_len_slow__ and the like) are called by their module alone:
    # short names; what shared modules import from it keeps its name
    assert m_shared.build(app).ok
    library = (app / RUNTIME).read_text(encoding="utf-8")
    interop = (app / RUNTIME).with_name("m_shared.interop.js").read_text(encoding="utf-8")
    assert "JavaScript counts them as 2 UTF-16 units" in library and "__m_shared_len_slow__" not in library
    assert _runtime_declares(app, "len") and "export function __m_shared_kwargs__(" in library
    assert "export function exportFunction(" in interop and "function isPlainObject(" not in interop
    # what interop.js names is read with its own names: its short ones (a, b, ..., e) keep no library attribute
    # of that name (datetime imports math as a namespace: math.e was published with it)
    (app / "shared" / "dates.py").write_text(DATE_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    library = (app / RUNTIME).read_text(encoding="utf-8")
    assert "get modf(){" in library and "get e(){" not in library
    assert run_node(DATE_CALL, app) == call_in_cpython(app, "shared.dates", "later", ["2025-01-30", 3]) == "2025-02-02"
    (app / "shared" / "money.py").write_text(DIVMOD_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert run_node(CALL, app) == call_in_cpython(app, "shared.money", "split_minor_units", [-12345]) == [-124, 55]


FLAG_USER = '''
import re


def loud(text: str) -> bool:
    return re.fullmatch("[a-z]+", text, re.IGNORECASE) is not None
'''


def test_re_as_a_namespace_has_getters_only_for_what_code_names(app: Path) -> None:
    # re's own code reads IGNORECASE (Regex._convertFlags): kept, but `re.IGNORECASE` needs no getter until
    # some code names it
    assert m_shared.build(app).ok
    library = (app / RUNTIME).read_text(encoding="utf-8")
    assert "var re$={" in library and "get fullmatch(){" in library
    assert "get IGNORECASE(){" not in library and "get DEBUG(){" not in library
    (app / "shared" / "dates.py").write_text(FLAG_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert "get IGNORECASE(){" in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { loud } from './worker/src/shared/dates.js';console.log(JSON.stringify([loud('ABc'), loud('A1')]));"
    assert run_node(script, app) == [
        call_in_cpython(app, "shared.dates", "loud", ["ABc"]), call_in_cpython(app, "shared.dates", "loud", ["A1"])
    ] == [True, False]


def test_a_property_of_javascripts_own_objects_is_no_python_attribute() -> None:
    # the runtime's slicing reads Math.min and Math.max: that kept datetime's date.min and date.max (and the
    # dates they are made of); Math is no Python value, so its properties name only what is set on it
    assert {"Math.min", "x", "max", "JSON.stringify"} <= shake.words("Math.min(x.max, 1); JSON.stringify(x);")
    assert "min" not in shake.words("Math.min(1, 2);")
    assert "min" in shake.words("var Math = {min: 1}; export var m = Math.min;")  # a local Math is any object
    runtime = (
        "export var date=__class__('date',[object],{get isoformat(){return 1;},min:0,max:9});"
        "Math.clamp=function(x){return x;};"
        "Number.prototype.__repr__=function(){return '';};"
    )
    pruned = shake.prune_runtime(runtime, shake.words("import {date} from './org.transcrypt.__runtime__.js';"
                                                      "date(1).isoformat(Math.min(1, 2));Math.clamp(3);"))
    assert "min:0" not in pruned and "max:9" not in pruned and "Math.clamp" in pruned
    assert "__repr__" not in pruned
    pruned = shake.prune_runtime(runtime, shake.words("import {date} from './org.transcrypt.__runtime__.js';"
                                                      "date.min.isoformat(); (1).__repr__();"))
    assert "min:0" in pruned and "max:9" not in pruned and "__repr__" in pruned and "Math.clamp" not in pruned


DATE_BOUNDS_USER = '''
from datetime import date


def first_day() -> str:
    return date.min.isoformat()
'''


def test_date_min_ships_with_code_that_names_it(app: Path) -> None:
    (app / "shared" / "dates.py").write_text(DATE_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    library = (app / RUNTIME).read_text(encoding="utf-8")
    assert "var date=__class__('date'" in library and "(date,'min'" not in library and "(date,'max'" not in library
    (app / "shared" / "dates.py").write_text(DATE_BOUNDS_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert "(date,'min'" in (app / RUNTIME).read_text(encoding="utf-8")
    script = "import { first_day } from './worker/src/shared/dates.js';console.log(JSON.stringify(first_day()));"
    assert run_node(script, app) == call_in_cpython(app, "shared.dates", "first_day", []) == "0001-01-01"


DIGITS_USER = '''
def all_digits(values: list[str]) -> list[bool]:
    return [value.isdigit() for value in values]
'''
NUMERIC_TABLE = "1h6o-9"  # the start of unicode_str.extend.js's table of CPython's decimal digits (category Nd)


def test_unicode_tables_ship_only_with_code_that_asks_for_them(app: Path) -> None:
    # CPython's Unicode classes of str.isdigit() and its kind are ~0.7 KB gzipped: the fixture app, which prints
    # dicts and values (repr), ships none of them; code that calls isdigit() gets them, and they are CPython's
    assert m_shared.build(app).ok
    assert NUMERIC_TABLE not in (app / RUNTIME).read_text(encoding="utf-8")
    (app / "shared" / "text.py").write_text(DIGITS_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert NUMERIC_TABLE in (app / RUNTIME).read_text(encoding="utf-8")
    values = ["123", "\u0663\u0664", "\u00b2", "12a", ""]
    script = ("import { all_digits } from './worker/src/shared/text.js';"
              f"console.log(JSON.stringify(all_digits({values!r})));")
    assert run_node(script, app) == call_in_cpython(app, "shared.text", "all_digits", [values]) == [
        True, True, True, False, False,
    ]
