"""Lowering rewrites calls of builtins by what they call, not by how the callee is spelled.

`dict(name=1)`, `round(x, n)`, `object.__setattr__(...)` and `typing.cast(T, v)` are lowered (m_shared/lower/_calls.py,
CALL_REWRITES): a display, __m_shared_round__, __m_shared_object_setattr__, the value itself. A name of the program's
own that looks like one of them (a local `dict`, `round` or `cast`, a variable named `object`, a method named `cast`)
is called as written, as CPython calls it. Before, only `round` was checked: the program's own `dict(name=1, get=2)`
became {'name': 1, 'get': 2}, its `cast(int, "5")` gave "5" and `recorder.cast(int, "5")` never ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

FIXTURE = REPO / "tests" / "build" / "fixtures" / "call_rewrites"
FUNCTIONS = ["builtin_calls", "builtin_dict_merge", "own_dict", "own_round", "own_cast", "method_named_cast", "own_object", "builtin_object"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(FIXTURE, tmp_path_factory)


def test_builtins_are_lowered_and_the_programs_own_names_are_not(project: Path) -> None:
    code = (project / "out" / "_m_shared" / "shared.calls.js").read_text()
    assert "__m_shared_round__(2.675,2)" in code and code.count("__m_shared_round__(") == 1
    assert code.count("__m_shared_object_setattr__(") == 1  # the dataclass's, not own_object's
    assert code.count("__m_shared_dict_call__(") == 1  # builtin_dict_merge's, though own_dict binds `dict`


def test_results_are_cpythons(project: Path) -> None:
    script = (
        f"import {{ {', '.join(FUNCTIONS)} }} from './out/calls.js';\n"
        "const attempt = (f) => { try { return f(); } catch (error) { return ['error', error.name, error.message]; } };\n"
        f"console.log(JSON.stringify([{', '.join(f'attempt({name})' for name in FUNCTIONS)}]));\n"
    )
    expected = [call_in_cpython(project, "shared.calls", name, []) for name in FUNCTIONS]
    assert expected[1:6] == [{"currency": "USD", "rounding": "half_even"}, [2, 1], "1.5:1", 5, ["recorded", ["cast"]]]
    assert run_node(script, cwd=project) == expected
