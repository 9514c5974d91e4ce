"""The boundary: exports keep their Python names, values are plain, exceptions are Errors with causes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, run_node

from m_shared.config import load
from m_shared.pipeline import Builder

SCRIPT = """
import * as words from './out/words.js';
const caught = (() => { try { words.require({}, 'k'); } catch (error) { return error; } })();
console.log(JSON.stringify({
  exports: Object.keys(words).sort(),
  results: [words.case('ab'), words.default(), words.default('x'), words.delete({ a: 1, b: 2 }, 'a'),
            words.items({ b: 1, a: 2 }), words.PAIR, words.TAGS],
  error: { isError: caught instanceof Error, isClass: caught instanceof words.LookupFailed, name: caught.name,
           message: caught.message, key: caught.key, detail: caught.detail,
           cause: { isError: caught.cause instanceof Error, name: caught.cause.name, message: caught.cause.message } },
}));
"""

CPYTHON = """
import json
from shared import words
try:
    words.require({}, "k")
except words.LookupFailed as error:
    caught = error
print(json.dumps({
    "results": [words.case("ab"), words.default(), words.default("x"), words.delete({"a": 1, "b": 2}, "a"),
                words.items({"b": 1, "a": 2}), list(words.PAIR), sorted(words.TAGS)],
    "error": {"name": type(caught).__name__, "message": str(caught), "key": caught.key, "detail": caught.detail,
              "cause": {"name": type(caught.__cause__).__name__, "message": str(caught.__cause__)}},
}))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/boundary", tmp_path_factory.mktemp("boundary") / "app")
    # lint off: this module is about the boundary (its `except KeyError` is what the test exercises)
    assert Builder(load(app), lint="off").build().ok
    return app


def test_names_values_and_errors_cross_as_in_cpython(project: Path) -> None:
    js = run_node(SCRIPT, cwd=project)
    python = subprocess.run([sys.executable, "-c", CPYTHON], cwd=project, capture_output=True, text=True, check=True)
    expected = json.loads(python.stdout)
    # names that clash with JS or Transcrypt's runtime keep their Python spelling
    assert js["exports"] == [
        "CHECKS", "LookupFailed", "PAIR", "TAGS", "case", "checker", "default", "delete", "first_tag", "items", "nones", "require", "shout",
    ]
    assert js["results"] == expected["results"]
    error = js["error"]
    assert error["isError"] and error["isClass"] and error["cause"]["isError"]
    assert {key: error[key] for key in ("name", "message", "key", "detail")} == {
        key: expected["error"][key] for key in ("name", "message", "key", "detail")
    }
    assert {k: error["cause"][k] for k in ("name", "message")} == expected["error"]["cause"]


FUNCTION_VALUES = """
import * as words from './out/words.js';
const doc = { tags: ['red', 'blue'], word: 'tea' };
const returned = words.checker();
console.log(JSON.stringify({
  alias: words.first_tag(doc), lambda: words.shout(doc), inDict: words.CHECKS.first_tag(doc), returned: returned(doc),
  sameFunction: returned === words.first_tag && words.CHECKS.first_tag === returned,
  classStaysClass: words.LookupFailed.prototype instanceof Error,
}));
"""


def test_a_function_that_reaches_javascript_as_a_value_takes_plain_values(project: Path) -> None:
    # an alias, a lambda, a function in a dict and one a function returns: each called with a plain object
    assert run_node(FUNCTION_VALUES, cwd=project) == {
        "alias": "red", "lambda": "TEA", "inDict": "red", "returned": "red", "sameFunction": True, "classStaysClass": True,
    }


NOT_JSON = """
import * as words from './out/words.js';
import vm from 'node:vm';
const refused = {};
const values = { Date: new Date(0), Map: new Map([['a', 1]]), Set: new Set(['red']), bigint: 10n, symbol: Symbol('s'),
                 Point: new (class Point { constructor() { this.tags = ['red']; } })(), Uint8Array: new Uint8Array(2),
                 nestedDate: { tags: [new Date(0)] } };
for (const [name, value] of Object.entries(values)) {
  try { words.first_tag(value); refused[name] = 'accepted'; }
  catch (error) { refused[name] = [error.name, error.message.split(' was passed')[0]]; }
}
console.log(JSON.stringify({
  refused,
  // a plain object of another realm (an iframe's, a vm context's) is data as any other
  otherRealm: words.first_tag(vm.runInNewContext('({ tags: ["blue"] })')),
  nullPrototype: words.first_tag(Object.assign(Object.create(null), { tags: ['green'] })),
}));
"""


def test_values_json_cannot_carry_fail_loudly_and_plain_objects_of_any_realm_are_dicts(project: Path) -> None:
    # Observed before: a Date, Map, Set or class instance reached the Python code as an object it could not read
    # (doc.get raised a JavaScript TypeError, str() of a Date gave JavaScript's text, a Map came back as {})
    found = run_node(NOT_JSON, cwd=project)
    assert found["refused"] == {
        "Date": ["MSharedError", "m_shared: a Date"], "Map": ["MSharedError", "m_shared: a Map"],
        "Set": ["MSharedError", "m_shared: a Set"], "bigint": ["MSharedError", "m_shared: a bigint"],
        "symbol": ["MSharedError", "m_shared: a symbol"], "Point": ["MSharedError", "m_shared: a Point"],
        "Uint8Array": ["MSharedError", "m_shared: a Uint8Array"], "nestedDate": ["MSharedError", "m_shared: a Date"],
    }
    assert (found["otherRealm"], found["nullPrototype"]) == ("blue", "green")


HOLES = """
import * as words from './out/words.js';
const sparse = [1, , 3];
const grown = []; grown[2] = 'c';
console.log(JSON.stringify({
  sparse: words.nones(sparse), empty: words.nones(new Array(3)), grown: words.nones(grown),
  nested: words.nones([[, 2], 5, , { a: 1 }]), fromJson: JSON.stringify(sparse),
}));
"""


def test_holes_of_a_sparse_array_are_none_as_json_makes_them_null(project: Path) -> None:
    # Observed before: Array.prototype.map skips holes, so [1, , 3] and new Array(3) reached Python with holes
    # (read as undefined): `item is None` was False for them, where CPython, given the JSON of the same array
    # ([1,null,3]), has None
    found = run_node(HOLES, cwd=project)
    assert found["fromJson"] == "[1,null,3]"
    assert found == {
        "sparse": [False, True, False], "empty": [True, True, True], "grown": [True, True, False],
        "nested": [[True, False], False, True, False], "fromJson": "[1,null,3]",
    }
