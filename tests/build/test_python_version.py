"""tool.m_shared.python: the published JavaScript follows the CPython version the project targets.

CPython 3.11, 3.12 and 3.13 differ in a few results a validator can see: 3.12 made sum() of floats
compensated and reworded max() of an empty sequence, 3.13 names the method in str.index's TypeError,
reworded an unknown keyword argument and takes str.replace's count by keyword. One real project is built by the real command line for each
target version in turn (the same project, only the setting changes: a rebuild must republish), and
its functions run in Node.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import call_in_cpython, run_m, run_node

SOURCE = '''\
import math


def largest(values: list[float]) -> float:
    return max(values)


def total(values: list[float]) -> float:
    return sum(values)


def position(text: str, sub: int) -> int:
    return text.index(sub)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, tol=0.5)


def first_two(text: str) -> str:
    return text.replace("a", "b", count=2)
'''

# what each CPython version gives for the calls of _CALLS (checked against this interpreter for its own version)
_CALLS = [("largest", [[]]), ("total", [[0.1, 0.2, 0.3]]), ("position", ["012345", 5]), ("close", [1.0, 1.2]), ("first_two", ["aaa("])]
EXPECTED = {
    "3.11": [["error", "ValueError", "max() arg is an empty sequence"], 0.6000000000000001,
             ["error", "TypeError", "must be str, not int"],
             ["error", "TypeError", "'tol' is an invalid keyword argument for isclose()"],
             ["error", "TypeError", "str.replace() takes no keyword arguments"]],
    "3.12": [["error", "ValueError", "max() iterable argument is empty"], 0.6,
             ["error", "TypeError", "must be str, not int"],
             ["error", "TypeError", "'tol' is an invalid keyword argument for isclose()"],
             ["error", "TypeError", "str.replace() takes no keyword arguments"]],
    "3.13": [["error", "ValueError", "max() iterable argument is empty"], 0.6,
             ["error", "TypeError", "index() argument 1 must be str, not int"],
             ["error", "TypeError", "isclose() got an unexpected keyword argument 'tol'"], "bba("],
}

_RUN = """
import * as m from './out/checks.js';
const calls = %s;
const results = [];
for (const [name, args] of calls) {
    try {
        results.push(m[name](...args));
    } catch (error) {  // a Python exception: its class name and message
        results.push(['error', error.name, error.message]);
    }
}
console.log(JSON.stringify(results));
"""


def _project(directory: Path, python: str) -> None:
    (directory / "shared").mkdir(parents=True, exist_ok=True)
    (directory / "shared" / "__init__.py").write_text("")
    (directory / "shared" / "checks.py").write_text(SOURCE)
    (directory / "pyproject.toml").write_text(
        f'[project]\nname = "versions"\nversion = "0"\nrequires-python = ">=3.11"\n\n'
        f'[tool.m_shared]\nsource = "shared"\npython = "{python}"\n\n'
        '[tool.m_shared.targets.out]\npath = "out"\nruntime = "node"\n'
    )


def test_published_javascript_follows_the_target_version(tmp_path: Path) -> None:
    project = tmp_path / "app"
    runtimes = {}
    for python in ("3.12", "3.13", "3.11"):
        _project(project, python)
        run_m("build", "--project", str(project), check=True)
        runtime = (project / "out/_m_shared/org.transcrypt.__runtime__.js").read_text(encoding="utf-8")
        assert "__m_shared_python__" not in runtime  # decided at build time: no other version's branch ships
        runtimes[python] = runtime
        results = run_node(_RUN % json.dumps(_CALLS), cwd=project)
        assert results == EXPECTED[python], python
        if python == "{}.{}".format(*sys.version_info[:2]):
            assert [call_in_cpython(project, "shared.checks", name, args) for name, args in _CALLS] == results
    assert "isclose() got an unexpected keyword argument" in runtimes["3.13"]
    assert "isclose() got an unexpected keyword argument" not in runtimes["3.12"]
    assert "arg is an empty sequence" in runtimes["3.11"] and "arg is an empty sequence" not in runtimes["3.12"]
