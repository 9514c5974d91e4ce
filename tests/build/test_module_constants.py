"""Methods called on a module-level literal skip the run-time attribute check, as on the literal itself.

`ALPHABET = "0123…"` bound once at module level and nowhere else is a str for good, so
`ALPHABET.index(c)` cannot raise AttributeError for a method str has: it compiles to a plain call, as
`", ".join(x)` already did (a check per character was ~15 % of a checksum loop). A name bound anywhere
else (`global`, a parameter of the same name) keeps the check, which raises CPython's AttributeError.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

FIXTURE = REPO / "tests" / "build" / "fixtures" / "module_constants"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(FIXTURE, tmp_path_factory)


def test_only_literals_bound_once_skip_the_check(project: Path) -> None:
    code = (project / "out" / "_m_shared" / "shared.constants.js").read_text()
    assert "ALPHABET.index(char)" in code and "__m_shared_has__((ALPHABET" not in code
    assert "TEMPLATE.format(count)" in code and "__m_shared_has__((TEMPLATE" not in code
    assert "__m_shared_has__((REBOUND??__m_shared_none__('upper')).upper,REBOUND,'upper')" in code
    assert "__m_shared_has__((SHADOWED??__m_shared_none__('upper')).upper,SHADOWED,'upper')" in code


def test_results_and_errors_are_cpythons(project: Path) -> None:
    script = """
import { position, label, rebind, rebound_upper, shadowed_upper } from './out/constants.js';
const attempt = (f) => { try { return f(); } catch (error) { return ['error', error.name, error.message]; } };
const before = rebound_upper();
rebind();
console.log(JSON.stringify([position('Z'), label(3), before, attempt(rebound_upper), attempt(() => shadowed_upper(5))]));
"""
    expected = [
        call_in_cpython(project, "shared.constants", "position", ["Z"]),
        call_in_cpython(project, "shared.constants", "label", [3]),
        "ABC",
        ["error", "AttributeError", "'NoneType' object has no attribute 'upper'"],
        call_in_cpython(project, "shared.constants", "shadowed_upper", [5]),
    ]
    assert expected[4] == ["error", "AttributeError", "'int' object has no attribute 'upper'"]
    assert run_node(script, cwd=project) == expected
