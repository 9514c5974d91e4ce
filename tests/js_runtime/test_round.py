"""round(x, ndigits) in the published JavaScript against CPython's, on generated values.

CPython rounds the exact binary value of x to ndigits decimal places, halves to even, and returns
the double nearest to that decimal (js_runtime/overlay/round.patch.js does the same). The values
include exact halves (small binary fractions such as 0.125), decimal-looking values whose double
lies just below or above the half (2.675), whole numbers, random bit patterns and extremes.
"""

from __future__ import annotations

import json
import math
import random
import struct
from pathlib import Path

import pytest
from conftest import call_in_cpython, node_project, run_node

import m_shared

PROBES = '''
def rounded_all(values, ndigits):
    return [round(value, ndigits) for value in values]
'''


def _values() -> list[float]:
    rng = random.Random(7)
    values = [2.675, 0.125, 0.375, 2.5, -2.5, 1.005, 1e-300, 5e-324, 1e20, 1.5e15, 0.5, -0.5, 1234.5, 1250.0,
              -1250.0, 15.0, 25.0, 2.0**52, -(2.0**53), 0.0]
    for _ in range(600):
        values.append(rng.uniform(-1000, 1000))
        values.append(round(rng.uniform(-100, 100), rng.randint(0, 6)))  # decimal-looking
        values.append(rng.randint(-2**20, 2**20) / 2 ** rng.randint(0, 12))  # exact binary: halves
        values.append(float(rng.randint(-10**6, 10**6)))
        values.append(struct.unpack("d", struct.pack("Q", rng.getrandbits(62)))[0])  # any exponent
    return [v for v in values if math.isfinite(v)]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = node_project(tmp_path_factory.mktemp("round") / "app", {"probes": PROBES})
    assert m_shared.build(app).ok
    return app


def _signed(value: float) -> object:
    return "-0" if value == 0 and str(value).startswith("-") else value


def test_round_with_ndigits_is_cpythons(project: Path) -> None:
    values = _values()
    (project / "values.json").write_text(json.dumps(values))
    script = (
        "import * as probes from './out/probes.js';\nimport { readFileSync } from 'node:fs';\n"
        "const values = JSON.parse(readFileSync('values.json', 'utf8'));\nconst found = {};\n"
        "for (let ndigits = -6; ndigits <= 13; ndigits++) {\n"
        "  found[ndigits] = probes.rounded_all(values, ndigits).map(v => Object.is(v, -0) ? '-0' : v);\n}\n"
        "console.log(JSON.stringify(found));\n"
    )
    found = run_node(script, cwd=project, timeout=120)
    wrong = []
    for ndigits in range(-6, 14):
        for value, js in zip(values, found[str(ndigits)], strict=True):
            expected = _signed(round(value, ndigits))
            # an integral value may be an int in CPython, which has no -0.0: JS gives 0 there
            if js != expected and not (expected == "-0" and js == 0 and value == int(value)):
                wrong.append(f"round({value!r}, {ndigits}): CPython {expected!r}, JS {js!r}")
    assert not wrong, f"{len(wrong)} of {len(values) * 20} differ:\n" + "\n".join(wrong[:20])


def test_ndigits_keyword_and_type(project: Path) -> None:
    (project / "shared" / "probes.py").write_text(PROBES + '''

def keyword(x):
    return round(x, ndigits=2)


def fractional_ndigits(x):
    try:
        return round(x, 1.5)
    except TypeError as error:
        return str(error)
''', encoding="utf-8")
    assert m_shared.build(project).ok
    result = run_node(
        "import * as probes from './out/probes.js';\n"
        "console.log(JSON.stringify([probes.keyword(2.675), probes.fractional_ndigits(2.5)]));\n", cwd=project,
    )
    expected = [call_in_cpython(project, "shared.probes", name, [arg]) for name, arg in (("keyword", 2.675),
                                                                                          ("fractional_ndigits", 2.5))]
    assert result == expected == [2.67, "'float' object cannot be interpreted as an integer"]


def test_ndigits_through_another_name_is_loud_and_a_module_round_is_its_own(tmp_path: Path) -> None:
    app = node_project(tmp_path / "app", {
        "indirect": "def rounded(x):\n    how = round\n    return how(x, 2)\n",
        "own": "def round(value, places):  # noqa: A001\n    return [value, places]\n\n\ndef use():\n    return round(1.5, 2)\n",
    })
    assert m_shared.build(app).ok
    result = run_node(
        "import * as indirect from './out/indirect.js';\nimport * as own from './out/own.js';\n"
        "let message;\ntry { indirect.rounded(2.675); } catch (error) { message = [error.name, error.message]; }\n"
        "console.log(JSON.stringify([message, own.use()]));\n", cwd=app,
    )
    assert result[0][0] == "MSharedError" and "call round(x, ndigits) itself" in result[0][1]
    assert result[1] == [1.5, 2]
