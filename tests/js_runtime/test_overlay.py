"""js_runtime overlay fixes: the same probe gives the same result in CPython and in Node."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, run_node

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


def _cpython(project: Path, function: str, args: list) -> object:
    sys.path.insert(0, str(project))
    try:
        module = importlib.import_module("shared.probes")
        return json.loads(json.dumps(getattr(module, function)(*args)))
    finally:
        sys.path.remove(str(project))
        for name in [n for n in sys.modules if n == "shared" or n.startswith("shared.")]:
            del sys.modules[name]


@pytest.mark.parametrize(("function", "args"), CASES, ids=[f"{f}{json.dumps(a)}" for f, a in CASES])
def test_overlay_probe_matches_cpython(project: Path, function: str, args: list) -> None:
    js = run_node(
        f"import * as probes from './out/probes.js';\n"
        f"console.log(JSON.stringify(probes.{function}(...{json.dumps(args)})));\n",
        cwd=project,
    )
    assert js == _cpython(project, function, args)
