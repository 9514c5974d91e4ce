"""What loading a published module does to the page's built-in prototypes.

The runtime adds its methods to Array.prototype, String.prototype, Number.prototype and others. They
must not show up in the host application's `for ... in` loops, and the prototypes must stay fast in V8:
making the methods non-enumerable turned them into dictionaries, and every method call on a string,
number or array (native ones too) then looked its method up by hash, a 1.5x slower validate_gstin.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture

import m_shared

PROTOTYPES = ["Array", "String", "Number", "Boolean", "Function", "Uint8Array"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/overlay", tmp_path_factory.mktemp("prototypes") / "app")
    assert m_shared.build(app).ok
    return app


def _node(project: Path, script: str, *flags: str) -> str:
    path = project / "_prototypes.mjs"
    path.write_text(script, encoding="utf-8")
    result = subprocess.run(
        ["node", *flags, str(path)], cwd=project, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_no_enumerable_property_is_added_to_a_builtin_prototype(project: Path) -> None:
    script = f"""
await import('./out/probes.js');
const listed = {{}};
for (const name of {json.dumps(PROTOTYPES)}) listed[name] = Object.keys(globalThis[name].prototype);
const inLoop = [];
for (const key in ['x']) inLoop.push(key);
for (const key in 'x') inLoop.push(key);
console.log(JSON.stringify({{listed, inLoop, methods: [typeof ''.strip, typeof [].append]}}));
"""
    assert json.loads(_node(project, script)) == {
        "listed": {name: [] for name in PROTOTYPES},
        "inLoop": ["0", "0"],  # the indexes only
        "methods": ["function", "function"],  # the runtime's methods are there, only unlisted
    }


def test_builtin_prototypes_keep_fast_properties_in_v8(project: Path) -> None:
    script = f"""
await import('./out/probes.js');
console.log(JSON.stringify({json.dumps(PROTOTYPES)}.map((name) => %HasFastProperties(globalThis[name].prototype))));
"""
    assert _node(project, script, "--allow-natives-syntax") == "[" + ",".join(["true"] * len(PROTOTYPES)) + "]"
