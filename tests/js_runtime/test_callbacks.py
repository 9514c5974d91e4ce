"""JS functions passed into shared code: called with plain values, their results and errors become Python's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, run_node

import m_shared

# `plain(value)`: whether every object in it is a plain JS object or array (no Transcrypt dict, tuple or
# keyword-argument marker), as a callback written for JSON-like values expects.
PLAIN = """
const plain = (value) => value === null || typeof value !== 'object' ? value !== undefined
  : Array.isArray(value) ? value.every(plain)
  : Object.getPrototypeOf(value) === Object.prototype && Object.getOwnPropertyNames(value).every((key) => plain(value[key]));
"""

PARITY = (
    PLAIN
    + """
import * as rules from './out/rules.js';
const received = [];
const rates = { A: 10, B: 0 };
console.log(JSON.stringify({
  positional: rules.apply_rule([1, 5, 2, 7], (value) => value > 3),
  // a trailing options object: the keyword-only `lookup`; undefined for 'C' is None
  keyword: rules.price_lines([{ sku: 'A' }, { sku: 'B' }, { sku: 'C' }], { lookup: (code) => rates[code] }),
  // a callback inside a dict argument, given a dict (and a tuple) and returning a list
  nested: rules.validate({ name: '' }, { check: (doc, options) => {
    received.push(doc, options, plain(doc) && plain(options));
    return doc.name ? [] : ['name is empty', `strict: ${options.strict}`];
  } }),
  received,
}));
"""
)

CPYTHON = """
import json
from shared import rules
received = []
rates = {"A": 10, "B": 0}
def check(doc, options):
    received.extend([doc, options, True])
    return [] if doc["name"] else ["name is empty", f"strict: {str(options['strict']).lower()}"]
print(json.dumps({
    "positional": rules.apply_rule([1, 5, 2, 7], lambda value: value > 3),
    "keyword": rules.price_lines([{"sku": "A"}, {"sku": "B"}, {"sku": "C"}], lookup=rates.get),
    "nested": rules.validate({"name": ""}, {"check": check}),
    "received": received,
}))
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/callbacks", tmp_path_factory.mktemp("callbacks") / "app")
    assert m_shared.build(app).ok
    return app


def test_callbacks_take_plain_values_and_return_python_values_as_in_cpython(project: Path) -> None:
    js = run_node(PARITY, cwd=project)
    python = subprocess.run([sys.executable, "-c", CPYTHON], cwd=project, capture_output=True, text=True, check=True)
    assert js == json.loads(python.stdout)
    # before: the callback got a Transcrypt dict, and its undefined was no None (`missing` was False for 'C')
    assert js["keyword"][2] == {"sku": "C", "price": None, "missing": True}
    assert js["received"][2] is True


def test_python_sees_a_callable_and_none_and_the_callback_gets_keywords_as_an_options_object(project: Path) -> None:
    found = run_node(
        PLAIN
        + """
import * as rules from './out/rules.js';
let args;
const described = rules.describe((...given) => { args = given; });  // returns undefined: None in Python
const keywords = rules.keywords((...given) => given);
const mine = (value) => value;
console.log(JSON.stringify({ described, args, argsPlain: plain(args), keywords, keywordsPlain: plain(keywords),
                             echoed: rules.echo(mine) === mine }));
""",
        cwd=project,
    )
    assert found == {
        "described": {"callable": True, "result_is_none": True},
        "args": [{"a": [1, 2]}, None, {"key": "k"}],
        "argsPlain": True,
        # callback(1, scale=2, extra={"nested": (3, 4)}): positional values, then the keywords' object
        "keywords": [1, {"scale": 2, "extra": {"nested": [3, 4]}}],
        "keywordsPlain": True,
        "echoed": True,
    }


def test_an_error_a_callback_throws_is_an_exception_in_python(project: Path) -> None:
    found = run_node(
        """
import * as rules from './out/rules.js';
const out = {};
out.caught = rules.guarded([1, 2], (value) => { if (value === 2) throw new RangeError('two is out of range'); return true; });
out.caughtString = rules.guarded([1], () => { throw 'not an Error'; });
out.notRaised = rules.guarded([1, 2], () => true);
const mine = new TypeError('mine');
try { rules.unguarded([1], () => { throw mine; }); } catch (error) { out.unguarded = { same: error === mine }; }
try { rules.reraised([1], () => { throw mine; }); } catch (error) {
  out.reraised = { name: error.name, message: error.message, cause: error.cause === mine };
}
console.log(JSON.stringify(out));
""",
        cwd=project,
    )
    assert found == {
        # `except Exception` catches it: an Exception whose str() is the error's message
        "caught": {
            "caught": "Exception('two is out of range')",
            "message": "two is out of range",
            "args": ["two is out of range"],
        },
        "caughtString": {"caught": "Exception('not an Error')", "message": "not an Error", "args": ["not an Error"]},
        "notRaised": {"kept": [1, 2]},
        # uncaught, the caller's own error comes back (before: an MSharedError "JavaScript error in ...")
        "unguarded": {"same": True},
        # raised `from` it, the caller's error is the cause
        "reraised": {"name": "ValueError", "message": "the rule failed", "cause": True},
    }


def test_a_python_exception_through_a_callback_is_the_same_exception(project: Path) -> None:
    # the callback calls another export, which raises: shared code catches that Python exception itself
    found = run_node(
        """
import * as rules from './out/rules.js';
const result = rules.guarded([1], (value) => rules.reraised([value], () => { throw new Error('inner'); }));
let loud;
try { rules.guarded([1], () => { throw Object.assign(new Error('m_shared: divergence'), { name: 'MSharedError' }); }); }
catch (error) { loud = { name: error.name, message: error.message }; }
console.log(JSON.stringify({ result, loud }));
""",
        cwd=project,
    )
    # reraised's ValueError left as a JS Error and came back into guarded as that ValueError (not an Exception)
    assert found["result"] == {
        "caught": "ValueError('the rule failed')",
        "message": "the rule failed",
        "args": ["the rule failed"],
    }
    # an m_shared loud failure is never caught by `except Exception`
    assert found["loud"] == {"name": "MSharedError", "message": "m_shared: divergence"}
