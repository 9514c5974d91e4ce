"""Keyword arguments are bound by the argument check, with CPython's results and TypeErrors.

A def or lambda without *args and **kwargs has none of Transcrypt's keyword prologue: its argument
check (lowering's marker, written out by compile.py) tests a positional call of the right arity in place, and otherwise calls __m_shared_args__
(js_runtime/overlay/arguments.extend.js), which raises CPython's TypeError or returns the value of
every parameter; the defaults fill in what is unbound. The fixture (fixtures/keyword_arguments)
calls defs of every kind of parameter list with keywords (calls.py); the published functions are
also called from JavaScript, with the boundary's options object.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

FIXTURE = REPO / "tests" / "build" / "fixtures" / "keyword_arguments"
CASES = [node.name for node in ast.parse((FIXTURE / "shared" / "calls.py").read_text()).body
         if isinstance(node, ast.FunctionDef) and node.name.startswith("case_")]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(FIXTURE, tmp_path_factory)


@pytest.fixture(scope="module")
def in_javascript(project: Path) -> dict[str, object]:
    script = f"""
import * as calls from './out/calls.js';
const results = {{}};
for (const name of {json.dumps(CASES)}) {{
  try {{ results[name] = calls[name](); }}
  catch (error) {{ results[name] = ['error', error.name, error.message]; }}
}}
console.log(JSON.stringify(results));
"""
    return run_node(script, cwd=project)


@pytest.mark.parametrize("case", CASES)
def test_a_call_with_keywords_gives_cpythons_result_or_error(case: str, project: Path, in_javascript: dict) -> None:
    assert in_javascript[case] == call_in_cpython(project, "shared.calls", case, [])


def test_the_cases_include_errors_and_results(project: Path) -> None:
    results = [call_in_cpython(project, "shared.calls", case, []) for case in CASES]
    errors = [result for result in results if isinstance(result, list) and result[:1] == ["error"]]
    assert len(CASES) >= 35 and 15 <= len(errors) < len(CASES)


def test_folded_defs_have_no_keyword_prologue(project: Path) -> None:
    # compared without spaces: the link stage drops those between tokens that need none
    called = (project / "out" / "_m_shared" / "shared.called.js").read_text().replace(" ", "")
    # two prologues are left, of the defs with *args and **kwargs, whose binding stays Transcrypt's
    assert called.count("var__allkwargs0__=") == 2
    assert re.search(r"exportvarstar=function\(a\)\{\n(?:.*\n){3}var__ilastarg0__", called)
    # a positional-only parameter is one of the function's (Transcrypt dropped it), that no keyword sets
    star_only = called.split("exportvarpositional_only_star=function(a){")[1].split("\nexport")[0]
    assert "switch(__attrib0__){\ndefault:__m_shared_kwarg__(extra," in star_only
    assert ("var[a,b,c]=__m_shared_args__(arguments,'positional_only|a,b,c|1||0|0|2',__m_shared_posonly__);"
            "if(b===undefined)b=2;if(c===undefined)c=3;") in called
    # the check binds every parameter, and the defaults come after it, tested against undefined only
    assert ("if(arguments.length<1||arguments.length>3||__m_shared_kwargs__(arguments[arguments.length-1]))"
            "var[a,b,c]=__m_shared_args__(arguments,'defaults|a,b,c|1');"
            "if(b===undefined)b=2;if(c===undefined)c=null;") in called
    assert ("if(arguments.length!==2||__m_shared_kwargs__(arguments[arguments.length-1]))"
            "var[self,factor,offset]=__m_shared_args__(arguments,'Shape.scaled|self,factor|2|offset=');"
            "if(offset===undefined)offset=0;") in called
    # no fast path when a keyword-only parameter has no default; JavaScript names of renamed parameters
    assert "\nvar[a,need,extra]=__m_shared_args__(arguments,'required_keyword|a|1|need,extra=');" in called
    assert "var[py_name,py_default,py_case]=__m_shared_args__(" in called
    assert "typeof" not in called.split("exportvarstar")[0]
    # a lambda has the check of a def, which binds its keywords (it had Transcrypt's prologue, and no check)
    calls = (project / "out" / "_m_shared" / "shared.calls.js").read_text().replace(" ", "")
    assert ("(function__lambda__(p,q){\nif(arguments.length<1||arguments.length>2||__m_shared_kwargs__("
            "arguments[arguments.length-1]))var[p,q]=__m_shared_args__(arguments,'case_lambda_keywords.<locals>.<lambda>"
            "|p,q|1');if(q===undefined)q=1;\nreturn[p,q];") in calls
    assert calls.count("var__allkwargs0__=") == 2  # the lambdas with *args and **kwargs


def test_published_functions_take_keywords_from_javascript(project: Path) -> None:
    script = """
import { keyword_only, renamed_keyword_only, required_keyword, defaults } from './out/called.js';
const results = [];
for (const call of [
  () => keyword_only(1), () => keyword_only(1, { strict: true }), () => keyword_only(2, { level: 5, strict: null }),
  () => renamed_keyword_only(1, { default: 5, delete: true }), () => required_keyword(1, { need: 2 }),
  () => required_keyword(1), () => defaults(1, 2, 3, 4),
]) {
  try { results.push(call()); } catch (error) { results.push(['error', error.name, error.message]); }
}
console.log(JSON.stringify(results));
"""
    assert run_node(script, cwd=project) == [
        [1, False, 1], [1, True, 1], [2, None, 5], [1, 5, True], [1, 2, 0],
        ["error", "TypeError", "required_keyword() missing 1 required keyword-only argument: 'need'"],
        ["error", "TypeError", "defaults() takes from 1 to 3 positional arguments but 4 were given"],
    ]
