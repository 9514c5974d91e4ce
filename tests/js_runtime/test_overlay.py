"""js_runtime overlay fixes: the same probe gives the same result in CPython and in Node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, call_in_cpython, copy_fixture, run_node

import m_shared

CASES = [
    ("enumerate_loop", [["a", "b", "c"]]),
    ("enumerate_loop", [[]]),
    ("generator_loop", [4]),
    ("string_index", ["banana", "an"]),
    ("string_index_missing", ["banana", "x"]),
    ("string_count", ["banana", "a"]),
    ("string_count", ["aaaa", "aa"]),
    ("string_count", ["", "a"]),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/overlay", tmp_path_factory.mktemp("overlay") / "app")
    assert m_shared.build(app).ok
    return app


@pytest.mark.parametrize(("function", "args"), CASES, ids=[f"{f}{json.dumps(a)}" for f, a in CASES])
def test_overlay_probe_matches_cpython(project: Path, function: str, args: list) -> None:
    js = run_node(
        f"import * as probes from './out/probes.js';\n"
        f"console.log(JSON.stringify(probes.{function}(...{json.dumps(args)})));\n",
        cwd=project,
    )
    assert js == call_in_cpython(project, "shared.probes", function, args)
