"""Code that only tests whether a regular expression matches is compiled to a test that builds no Match.

`re.fullmatch(P, s) is None` (and `is not None`, `if re.match(...)`, `not re.search(...)`) never reads
the Match, whose construction was a third of such a call in JavaScript; lowering calls
__m_shared_regex_found__ there (js_runtime/overlay/regex_tests.extend.js). The fixture
(fixtures/regex_tests) holds the forms that are lowered and the ones that must not be.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

FIXTURE = REPO / "tests" / "build" / "fixtures" / "regex_tests"
CALLS = [
    ("is_number", ["123"]), ("is_number", ["12a"]), ("is_number", [""]), ("is_number", [None]),
    ("lacks_digits", ["abc"]), ("lacks_digits", ["a1"]),
    ("kind", ["Abc"]), ("kind", ["--"]), ("kind", ["abc"]),
    ("without_digits", [["a1", "bb", "c3", "dd"]]),
    ("then_read", ["12"]), ("then_read", ["7x"]), ("then_read", ["x"]),
    ("flags_passed", ["ABC"]), ("flags_passed", ["abd"]),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(FIXTURE, tmp_path_factory)


def test_only_tests_of_the_re_module_are_lowered(project: Path) -> None:
    tested = (project / "out" / "_m_shared" / "shared.tested.js").read_text()
    # the six tests of tested.py, not the match that is read nor the call with flags
    assert tested.count("__m_shared_regex_found__(re,") == 6
    assert "re.match('([0-9])([0-9])?',text)" in tested
    assert "re.match('abc',text,re.IGNORECASE)" in tested
    # `re` is a parameter somewhere in shadowed.py: no call of that module is lowered
    assert "__m_shared_regex_found__" not in (project / "out" / "_m_shared" / "shared.shadowed.js").read_text()


def test_tested_matches_give_cpythons_results_in_javascript(project: Path) -> None:
    expected = [call_in_cpython(project, "shared.tested", name, args) for name, args in CALLS]
    script = f"""
import * as tested from './out/tested.js';
const results = [];
for (const [name, args] of {json.dumps(CALLS)}) {{
  try {{ results.push(tested[name](...args)); }}
  catch (error) {{ results.push(['error', error.name, error.message]); }}
}}
console.log(JSON.stringify(results));
"""
    assert run_node(script, cwd=project) == expected


def test_a_shadowed_re_still_calls_what_it_names(project: Path) -> None:
    script = """
import { with_parameter, module_level } from './out/shadowed.js';
console.log(JSON.stringify([module_level('12'), module_level('x')]));
"""
    assert run_node(script, cwd=project) == [True, False]
    assert call_in_cpython(project, "shared.shadowed", "module_level", ["12"]) is True
