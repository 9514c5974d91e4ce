"""Generator expressions compile to JavaScript generators, and loops take iterators one item at a time.

Transcrypt compiled `(e for x in xs)` as a list comprehension, filled before anything used it, and the
runtime's __i__ copied any other iterator with Array.from before a loop's first turn: `any(int(x) > 5 for x
in ["9", "a"])` raised ValueError in JS where CPython returns True. compile.py (visit_GeneratorExp) writes a
`function*` called with the first iterable, and js_runtime/overlay/__i__.patch.js gives loops an object whose
len () takes the next item as the loop asks for it. The parity corpus (tests/parity, topic `generators`)
has the cases; these tests look at the compiled code, its line tables and sourcemap.
"""

from __future__ import annotations

from pathlib import Path

from conftest import SOURCE_MAP_IMPORT, run_node

import m_shared

SOURCE = (
    '"""Lazy checks."""\n'
    "def all_positive(lines):\n"
    "    return all(\n"
    '        line["quantity"] > 0\n'
    "        for line in lines\n"
    "        if line\n"
    "    )\n"
    "\n"
    "\n"
    "def doubled(xs):\n"
    "    return [x * 2 for x in xs]\n"
    "\n"
    "\n"
    "def _naturals():\n"
    "    n = 0\n"
    "    while True:\n"
    "        yield n\n"
    "        n += 1\n"
    "\n"
    "\n"
    "def first_squares(count):\n"
    "    out = []\n"
    "    for square in (n * n for n in _naturals()):\n"
    "        if len(out) == count:\n"
    "            break\n"
    "        out.append(square)\n"
    "    return out\n"
)


def _built(app: Path) -> str:
    (app / "shared" / "lazy.py").write_text(SOURCE, encoding="utf-8")
    assert m_shared.build(app).ok
    return (app / "frontend/src/shared/_m_shared/shared.lazy.js").read_text(encoding="utf-8")


def test_a_generator_expression_is_a_generator_given_its_first_iterable(app: Path) -> None:
    code = _built(app).replace(" ", "")
    # the first iterable is evaluated (and made iterable: TypeError for an int) where the expression is, as
    # CPython does; the generator's first loop takes it as it is, without a second __i__
    assert "(function*(__m_shared_genexpr__){\nvar__iterable0__=__m_shared_genexpr__;\nfor(" in code
    assert "})(__i__(lines))" in code
    assert "yield" in code and code.count("function*") == 3  # two generator expressions and _naturals
    # a list comprehension stays Transcrypt's array filled in place (CPython's is not lazy either)
    assert "__accu0__.append(__mul__(x,2))" in code


def test_generator_expressions_and_loops_over_generators_stop_as_cpythons_do(app: Path) -> None:
    _built(app)
    found = run_node(
        """
import { all_positive, first_squares } from './frontend/src/shared/lazy.js';
const results = {};
// the second line has no quantity: CPython's all() returns False at the first line, never reading it
try { results.all = all_positive([{ quantity: 0 }, { name: 'x' }]); } catch (error) { results.all = error.name; }
results.squares = first_squares(4);  // a generator that never ends, left by a `break`
console.log(JSON.stringify(results));
""",
        cwd=app,
    )
    assert found == {"all": False, "squares": [0, 1, 4, 9]}


def test_an_error_in_a_generator_expression_names_its_line(app: Path) -> None:
    _built(app)
    traceback = run_node(
        """
import { all_positive } from './worker/src/shared/lazy.js';
import { formatPythonTraceback } from './worker/src/shared/_m_shared/m_shared.interop.js';
try { all_positive([{ quantity: 1 }, { name: 'x' }]); }
catch (error) { console.log(JSON.stringify(formatPythonTraceback(error))); }
""",
        cwd=app,
    )
    # CPython: line 3 in all_positive, then line 4 in <genexpr>; the generator's frame is named after its def
    assert traceback.splitlines()[-2:] == [
        '  File "shared/lazy.py", line 4, in all_positive',
        "KeyError: 'quantity'",
    ]


def test_a_generator_expression_maps_its_loop_test_and_element_to_their_lines(app: Path) -> None:
    _built(app)
    private = app / "frontend/src/shared/_m_shared"
    wanted = {"yield": 4, "if(__t__(line))": 6}
    found = run_node(
        f"""
{SOURCE_MAP_IMPORT}import {{ readFileSync }} from 'node:fs';
const map = JSON.parse(readFileSync({str(private / "shared.lazy.js.map")!r}, 'utf8'));
const code = readFileSync({str(private / "shared.lazy.js")!r}, 'utf8').split('\\n');
const consumer = await new SourceMapConsumer(map);
const result = {{}};
for (const text of {list(wanted)!r}) {{
  const generated = code.findIndex((js) => js.replace(/ /g, '').includes(text));
  const position = generated < 0 ? {{}} : consumer.originalPositionFor({{ line: generated + 1, column: code[generated].search(/\\S/) }});
  result[text] = position.line ?? null;
}}
console.log(JSON.stringify(result));
""",
        cwd=app,
    )
    assert found == wanted


MAPPED = (
    '"""map and filter of shared code."""\n'
    "import re\n"
    "\n"
    "\n"
    "def first_big(values):\n"
    "    return next(filter(lambda x: int(x) > 5, values), None)\n"
    "\n"
    "\n"
    "def digits(text):\n"
    "    found = re.findall(r'[0-9]', text)\n"
    "    return [len(found), found[0], list(map(int, found))]\n"
)
SHADOWED = (
    '"""A module with its own map."""\n'
    "def map(func, xs):\n"
    "    return [func(x) for x in xs]\n"
    "\n"
    "\n"
    "def doubled(xs):\n"
    "    return map(lambda x: x * 2, xs)\n"
)


def test_map_and_filter_of_shared_code_are_lazy_and_the_stdlibs_stay_lists(app: Path) -> None:
    # lowering names the runtime's lazy __m_shared_map__/__m_shared_filter__ (overlay map_filter.extend.js) in
    # shared code only: re.js's findall builds its result with Transcrypt's map and returns it as a list, which
    # len() and [0] must still read; a module defining its own map keeps calling it
    (app / "shared" / "mapped.py").write_text(MAPPED, encoding="utf-8")
    (app / "shared" / "shadowed.py").write_text(SHADOWED, encoding="utf-8")
    assert m_shared.build(app).ok
    private = app / "frontend/src/shared/_m_shared"
    mapped = (private / "shared.mapped.js").read_text(encoding="utf-8")
    assert "__m_shared_filter__(" in mapped.replace(" ", "") and "__m_shared_map__(" in mapped.replace(" ", "")
    assert "__m_shared_map__" not in (private / "shared.shadowed.js").read_text(encoding="utf-8")
    found = run_node(
        """
import { first_big, digits } from './frontend/src/shared/mapped.js';
import { doubled } from './frontend/src/shared/shadowed.js';
const results = {};
// CPython's filter stops at "9": int("a") is never called
try { results.first = first_big(['1', '9', 'a']); } catch (error) { results.first = error.name; }
results.digits = digits('a1b22');
results.doubled = doubled([1, 2]);
console.log(JSON.stringify(results));
""",
        cwd=app,
    )
    assert found == {"first": "9", "digits": [3, "1", [1, 2, 2]], "doubled": [2, 4]}


CLOSING = (
    '"""Loops that close what they alone hold."""\n'
    "def _rows(log):\n"
    "    try:\n"
    "        yield from [1, 2, 3]\n"
    "    finally:\n"
    "        log.append('closed')\n"
    "\n"
    "\n"
    "def plain(xs, d):\n"
    "    out = []\n"
    "    for x in xs:\n"
    "        out.append(x)\n"
    "    for k, v in d.items():\n"
    "        out.append(k)\n"
    "    for x in d['k']:\n"
    "        out.append(x)\n"
    "    for x in sorted(xs):\n"
    "        out.append(x)\n"
    "    for i, x in enumerate(xs):\n"
    "        out.append(i)\n"
    "    return [out, any(x > 1 for x in xs), [x for x in xs]]\n"
    "\n"
    "\n"
    "def owned():\n"
    "    log = []\n"
    "    for x in _rows(log):\n"
    "        break\n"
    "    return [any(x > 1 for x in _rows(log)), log]\n"
)


def test_only_what_may_be_a_generator_held_by_its_consumer_alone_is_closed(app: Path) -> None:
    # CPython closes a generator whose last reference goes (lower/_lowering.py _closing_loop): a loop over a call does, in
    # a try/finally, and so does a generator expression over it; a loop over a name, a subscript, a dict's items() or sorted() has nothing to close and
    # stays a plain loop, as fast and small as before
    (app / "shared" / "closing.py").write_text(CLOSING, encoding="utf-8")
    assert m_shared.build(app).ok
    code = (app / "frontend/src/shared/_m_shared/shared.closing.js").read_text(encoding="utf-8")
    plain, owned = code.split("export var plain")[1].split("export var owned")
    assert "__m_shared_clos" not in plain and "finally" not in plain
    assert owned.count("__m_shared_close__(") == 2 and owned.count("__m_shared_closing__(any,") == 1
    found = run_node("import {owned} from './frontend/src/shared/closing.js';\nconsole.log(JSON.stringify(owned()));",
                     cwd=app)
    assert found == [True, ["closed", "closed"]]
