"""Hostile payloads: generated JSON crosses the boundary of published functions exactly and safely.

Hypothesis generates JSON values (deep nesting, Unicode and lone surrogates, numeric-looking keys,
keys such as ``__proto__``, ``constructor``, ``hasOwnProperty``, ``__class__``, ``py_get``) and
calls the functions of ``fixtures/payloads/shared/payloads.py`` with them, in Node, Chromium and
workerd. Every result must equal CPython's on the same JSON, and after every batch of calls no
built-in prototype or constructor (nor the prototype all dicts share) may have changed.

A JS object lists integer-like keys first, ascending, whatever the insertion order: CPython is given
the JSON as JavaScript holds it (``{"b": 1, "2": 2}`` arrives as ``{"2": 2, "b": 1}``), and its
results are compared as JavaScript objects would hold them. Where such keys are mixed with others
the order CPython gives is lost, and listing the keys fails loudly with an m_shared error; a key
under which compiled dicts keep their methods (``__class__``, ``py_get``, ...) cannot be held and
fails loudly too (js_runtime/overlay/dicts.extend.js). Those two errors are the only divergences
accepted.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import js_hosts
import pytest
from browser.chromium import launch, serve
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import m_shared

pytestmark = pytest.mark.timeout(300)

# Keys a JS object or Transcrypt's runtime gives a meaning to, beside ordinary and numeric-looking ones.
HOSTILE_KEYS = [
    "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
    "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__", "toJSON", "then",
    "__class__", "__init__", "__dict__", "__kwargtrans__", "__iter__", "__getitem__", "__setitem__",
    "__contains__", "__len__", "__eq__", "__repr__", "__str__", "__bool__", "__m_shared_typed__",
    "py_get", "py_keys", "py_items", "py_name", "py_x", "get", "keys", "items", "values", "pop", "update",
    "copy", "setdefault", "name", "length", "default", "", " ", "0", "1", "01", "-1", "1.5", "1e3",
    "4294967294", "4294967295", "9007199254740993", "NaN", "Infinity", "undefined", "null", "true",
    "__", "__x", "x__", "</script>", "${x}", "\u2028", "\ud800", "\U0001f600",
]
INTEGER_LIKE = re.compile(r"0|[1-9][0-9]*")
# The names under which compiled dicts keep their methods: a dict cannot hold them as keys in
# JavaScript, and storing one fails loudly (js_runtime/overlay/dicts.extend.js).
RESERVED_KEYS = {
    "__class__", "__contains__", "__iter__", "__getitem__", "__setitem__", "__m_shared_typed__", "py_keys",
    "py_items", "py_values", "py_get", "py_del", "py_clear", "py_setdefault", "py_pop", "py_popitem", "py_update",
    "py_copy", "py_fromkeys",
}
MAX_DEPTH = 200


def _integer_like(key: str) -> bool:
    """Whether JavaScript lists this key first in an object (an array index: 0 .. 2**32 - 2)."""
    return INTEGER_LIKE.fullmatch(key) is not None and int(key) <= 2**32 - 2


def js_order(value: object) -> object:
    """The JSON value as JSON.parse gives it to JavaScript: integer-like keys first, ascending."""
    if isinstance(value, list):
        return [js_order(item) for item in value]
    if isinstance(value, dict):
        indexes = sorted((key for key in value if _integer_like(key)), key=int)
        others = [key for key in value if not _integer_like(key)]
        return {key: js_order(value[key]) for key in [*indexes, *others]}
    return value


def _dicts_in(value: object) -> Iterator[dict]:
    pending = [value]
    while pending:  # not recursive: payloads nest deeper than the test's own stack would like
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            yield item
            pending.extend(item.values())


def mixes_integer_like_keys(value: object) -> bool:
    """Whether a dict in ``value`` has integer-like keys beside others (its CPython order is lost in JS)."""
    return any(len({_integer_like(key) for key in d}) == 2 for d in _dicts_in(value))


def integer_like_keys_descend(value: object) -> bool:
    """Whether a dict in ``value`` has integer-like keys out of ascending order: a JS object lists them
    ascending, so a dict built in shared code with such an order fails loudly when it is returned."""
    return any(list(d) != sorted(d, key=int) for d in _dicts_in(value) if all(_integer_like(key) for key in d))


def reserved_key_in(value: object) -> bool:
    """Whether a dict in ``value`` has a key that compiled dicts keep their methods under."""
    return any(key in RESERVED_KEYS for d in _dicts_in(value) for key in d)


# ---- strategies --------------------------------------------------------------------------------

keys = st.one_of(st.sampled_from(HOSTILE_KEYS), st.text(max_size=6), st.integers(0, 2**33).map(str))
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 5e-324, 1.7976931348623157e308, 0.1, 1e16, 2.0**53]), st.text(max_size=8),
)


def _nested(depth: int, path: list[str], leaf: object) -> object:
    value = leaf
    for level in range(depth):
        value = [value] if level % 3 == 2 else {path[level % len(path)]: value}
    return value


deep = st.builds(_nested, st.integers(1, MAX_DEPTH), st.lists(keys, min_size=1, max_size=3), scalars)
json_values = st.recursive(
    scalars, lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=16,
)
values = st.one_of(json_values, deep)
dicts = st.dictionaries(keys, values, max_size=6)


@st.composite
def dict_and_key(draw: st.DrawFn) -> tuple[dict, str]:
    """A dict and a key that is often one of its own."""
    d = draw(dicts)
    key = draw(st.sampled_from(sorted(d)) if d and draw(st.booleans()) else keys)
    return d, key


@st.composite
def records_and_field(draw: st.DrawFn) -> tuple[list, str]:
    field = draw(keys)
    record = st.builds(lambda d, v: {**d, field: v}, dicts, st.one_of(keys, values))
    return draw(st.lists(st.one_of(record, values), max_size=5)), field


ARGUMENTS: dict[str, st.SearchStrategy[tuple]] = {
    "echo": st.tuples(values),
    "walk": st.tuples(values),
    "count": st.tuples(values),
    "kinds": st.tuples(values),
    "merge": st.tuples(values, values),
    "keys": st.tuples(dicts),
    "values": st.tuples(dicts),
    "items": st.tuples(dicts),
    "iterate": st.tuples(dicts),
    "length": st.tuples(dicts),
    "comprehension": st.tuples(dicts),
    "copied": st.tuples(dicts),
    "rebuilt": st.tuples(dicts),
    "sorted_keys": st.tuples(dicts),
    "get": dict_and_key(),
    "get_default": dict_and_key(),
    "has": dict_and_key(),
    "lookup": dict_and_key(),
    "delete": dict_and_key(),
    "pop": dict_and_key(),
    "store": st.builds(lambda dk, v: (*dk, v), dict_and_key(), values),
    "setdefault": st.builds(lambda dk, v: (*dk, v), dict_and_key(), values),
    "nest": st.tuples(keys, keys, values),
    "update": st.tuples(dicts, dicts),
    "counts": st.tuples(st.lists(keys, max_size=8)),
    "group": records_and_field(),
}
calls = st.one_of([st.tuples(st.just(name), arguments) for name, arguments in ARGUMENTS.items()])
batches = st.lists(calls, min_size=1, max_size=6)

# The minimal failing batches found so far, kept as explicit examples (each was a bug).
KNOWN = [
    [("nest", ("__proto__", "polluted", 1))],  # polluted the prototype every dict shares
    [("nest", ("constructor", "polluted", 1))],  # set Object.polluted
    [("group", ([{"f": "__proto__"}], "f"))],
    [("echo", ({"__proto__": {"a": 1}, "x": 2},))],  # the __proto__ key was lost
    [("keys", ({"constructor": 1, "__init__": 2, "py_x": 3},))],  # dropped from keys()
    [("echo", ({"hasOwnProperty": 1},))],  # every call crashed in Transcrypt's argument parsing
    [("echo", ({"__kwargtrans__": None, "value": 5},))],  # taken for keyword arguments: returned 5
    [("pop", ({}, "toString"))],  # found Object.prototype.toString
    [("setdefault", ({}, "valueOf", 1))],
    [("has", ({}, "constructor"))],
    [("get", ({"py_name": 1}, "name"))],
    [("echo", ({"__class__": 1},))],
    [("store", ({}, "__proto__", {"polluted": 1}))],
    [("update", ({}, {"__proto__": {"polluted": 1}}))],
    [("length", ({"length": 5},))],  # was 5
    [("length", ({"__proto__": None, "constructor": None},))],  # was 0
    [("sorted_keys", ({"hasOwnProperty": 1},))],
]


# ---- the property ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = tmp_path_factory.mktemp("payloads") / "app"
    shutil.copytree(js_hosts.FIXTURES / "payloads", app)
    result = m_shared.build(app)
    assert result.ok, result.diagnostics
    return app


@pytest.fixture(scope="module")
def cpython(project: Path) -> Iterator[object]:
    sys.path.insert(0, str(project))
    try:
        yield importlib.import_module("shared.payloads")
    finally:
        sys.path.remove(str(project))
        for name in [n for n in sys.modules if n == "shared" or n.startswith("shared.")]:
            del sys.modules[name]


def in_cpython(module: object, name: str, arguments: list) -> tuple[object, dict]:
    """The CPython result of a call, and its encoding (an exception is a result: its name and str)."""
    try:
        # a fresh copy (a call may change its arguments); deepcopy needs 3 frames a level, json none
        result = getattr(module, name)(*json.loads(json.dumps(arguments)))
    except Exception as error:  # noqa: BLE001 - compared with what JS raises
        return None, {"error": [type(error).__name__, str(error)]}
    # A JS object lists integer-like keys first whatever the insertion order, as JSON.parse does:
    # the JS value of CPython's {"1": 1, "0": 1} is {"0": 1, "1": 1}.
    return result, {"value": js_hosts.encode(js_order(result))}


def accepted_loud_failure(error: list, arguments: list, result: object) -> bool:
    """The two documented m_shared errors, where JavaScript cannot hold what CPython holds."""
    if error[0] != "MSharedError":
        return False
    if "dict key order with integer-like keys" in error[1]:
        return (mixes_integer_like_keys(arguments) or mixes_integer_like_keys(result)
                or integer_like_keys_descend(result))
    if "is a name compiled dicts use for their own methods" in error[1]:
        return reserved_key_in(arguments) or reserved_key_in(result)
    return False


def check(run: Callable[[list], dict], module: object, batch: list[tuple[str, tuple]]) -> None:
    """Run one batch in a JS engine and compare each result with CPython's; no prototype may change."""
    ordered = [(name, js_order(list(arguments))) for name, arguments in batch]
    answer = run([[name, json.dumps(arguments)] for name, arguments in ordered])
    for (name, arguments), got in zip(ordered, answer["results"], strict=True):
        result, want = in_cpython(module, name, arguments)
        if got != want and not accepted_loud_failure(got.get("error") or ["", ""], arguments, result):
            raise AssertionError(f"{name}(*{arguments!r}):\n  JS      {got}\n  CPython {want}")
    assert answer["polluted"] == [], f"calls changed built-in objects: {answer['polluted']}\nbatch: {batch!r}"


def _property(max_examples: int) -> Callable:
    def decorate(test: Callable) -> Callable:
        for batch in KNOWN:
            test = example(batch=batch)(test)
        return settings(
            max_examples=max_examples, derandomize=True, database=None, deadline=None,
            # no "explain" phase: its line tracer overflows the stack of the deeply nested payloads
            phases=[Phase.explicit, Phase.generate, Phase.shrink],
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )(given(batch=batches)(test))
    return decorate


def assert_import_adds_nothing_enumerable(imported: list[dict]) -> None:
    """Importing shared code may add hidden helpers to built-ins, never an enumerable property or
    anything on Object.prototype (both show up in every `for ... in` of the host application)."""
    visible = [change for change in imported if change.get("enumerable") or change["object"] == "Object.prototype"]
    assert visible == [], f"importing shared code changed built-ins visibly: {visible}"


# ---- Node --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def node(project: Path) -> Iterator[js_hosts.NodeHost]:
    host = js_hosts.NodeHost(project / "node")
    try:
        yield host
    finally:
        host.close()


def test_import_in_node_adds_nothing_enumerable_to_builtins(node: js_hosts.NodeHost) -> None:
    assert_import_adds_nothing_enumerable(node.imported)


@_property(max_examples=500)
def test_payloads_round_trip_in_node(node: js_hosts.NodeHost, cpython: object, batch: list) -> None:
    check(node.run, cpython, batch)


# ---- Chromium ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page(project: Path) -> Iterator[object]:
    js_hosts.place_host(project / "browser", "index.html")
    with serve(project / "browser") as url, launch() as browser:
        opened = browser.new_page()
        errors: list[str] = []
        opened.on("pageerror", lambda error: errors.append(str(error)))
        opened.goto(f"{url}/index.html")
        opened.wait_for_function("window.host !== undefined", timeout=20_000)
        assert errors == []
        yield opened
        opened.close()


def _in_page(page: object) -> Callable[[list], dict]:
    return lambda batch: json.loads(page.evaluate("b => JSON.stringify(window.host.run(JSON.parse(b)))", json.dumps(batch)))


def test_import_in_chromium_adds_nothing_enumerable_to_builtins(page: object) -> None:
    assert_import_adds_nothing_enumerable(page.evaluate("window.host.imported"))


@_property(max_examples=250)
def test_payloads_round_trip_in_chromium(page: object, cpython: object, batch: list) -> None:
    check(_in_page(page), cpython, batch)


# ---- workerd -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def worker(project: Path) -> Iterator[js_hosts.Worker]:
    with js_hosts.workerd(project / "worker", project / "worker" / "src" / "shared") as served:
        yield served


def test_import_in_workerd_adds_nothing_enumerable_to_builtins(worker: js_hosts.Worker) -> None:
    assert_import_adds_nothing_enumerable(worker.get("/imported"))


@_property(max_examples=250)
def test_payloads_round_trip_in_workerd(worker: js_hosts.Worker, cpython: object, batch: list) -> None:
    check(lambda b: worker.post("/run", b), cpython, batch)
