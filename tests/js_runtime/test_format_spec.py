"""str.format and format() agree with CPython for generated values and format specs.

js_runtime/overlay/format_spec.extend.js parses the format-spec mini-language as CPython does and
prints a float from its exact binary value (Transcrypt's printed "{:*<6}".format(1.5) as '2e+00*',
ignored `_` and a str's precision, crashed on "{:e}" and "{:,.2f}", and rounded with toFixed, which
switches to exponent notation at 1e21 and stops at 100 digits). The fixture formats thousands of
value/spec pairs, drawn with a fixed seed from every bit pattern of a double, from decimal-looking
values and from every magnitude, and a list of templates, in Node and in CPython.
"""

from __future__ import annotations

import json
import math
import random
import re
import struct
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

# every option of the mini-language, alone and combined, valid and invalid
SPECS = [
    "", "s", "d", "n", "c", "b", "#b", "_b", "o", "#o", "x", "#x", "X", "#X", "_x", ",x", "e", "E", "f", "F", "g", "G",
    "%", ".0f", ".1f", ".2f", ".3f", ".10f", ".17f", ".25f", ".120f", ".0e", ".2e", ".16e", ".20e", ".110e", ".0g",
    ".1g", ".3g", ".15g", ".17g", ".30g", "#g", "#.3g", "#.0f", "#.0e", "#", ".0", ".3", ".17", ".0%", ".1%", "_.3%",
    ",.0%", ",", "_", ",d", ",.2f", "010,.2f", "015,.3f", "_.4e", ",g", "0=12,", "012", "012,", "=+08,.1f", "+", "-",
    " ", "+,", " 010.3e", "+.3G", "z", "z.1f", "+z.2f", ">10", "<10", "^10", "=10", "*^11", "*<6", "0<5", "é>5", "^",
    "08.3f", "010", "5", ".3s", ",_", "_,", ".", "abc", "q", "+c", "#c", ".2d", "z.2%",
]
SIMPLE = [0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, 10**15, 2**53, 10**21, 0x10FFFF, 0x110000, 1.5, -1.5,
          2.675, 0.5, 2.5, 0.125, -0.0, 3.14159, 1e-5, 1e-10, 0.0001, 123456.789, 9.995, 9.9999999, 99999.5, 0.1,
          1e300, 1.7976931348623157e308, 5e-324, math.inf, -math.inf, math.nan, "abc", "", "héllo", True, False, None]
# a spec without a type that CPython refuses for an int (a precision, `z`) but not for a float
_FLOAT_ONLY = re.compile(r"(.?[<>=^])?[-+ ]?z?#?0?\d*[,_]?(\.\d+)?")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(REPO / "tests/js_runtime/fixtures/format_spec", tmp_path_factory)


def _random_values(seed: int) -> list:
    draw = random.Random(seed)
    values: list = []
    for _ in range(300):
        kind = draw.random()
        if kind < 0.3:  # any bit pattern: subnormals, huge, tiny
            values.append(struct.unpack("<d", struct.pack("<Q", draw.getrandbits(64)))[0])
        elif kind < 0.6:  # decimal-looking, where ties and near-ties are
            values.append(round(draw.uniform(-1000, 1000), draw.randint(0, 6)))
        elif kind < 0.7:
            values.append(draw.randint(-10**6, 10**6) / 1000 + 0.0005)
        elif kind < 0.8:  # a few binary places: exact ties at some precisions (0.125 to 2 places)
            values.append(draw.randint(-10**6, 10**6) / 2 ** draw.randint(1, 12))
        else:
            values.append(draw.uniform(-1, 1) * 10 ** draw.randint(-30, 30))
    return [v for v in values if not math.isnan(v)] + [draw.randint(-10**12, 10**12) for _ in range(40)]


def _comparable(value: object, spec: str) -> bool:
    """Pairs JavaScript can tell: an integral float is an int there (float_str.extend.js), and an int
    with a float-only spec fails loudly (test_integral_number_with_a_float_only_spec_is_loud)."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer() and not (value == 0 and math.copysign(1, value) < 0):
        return spec[-1:] in tuple("eEfFgG%")
    return not (type(value) is int and _FLOAT_ONLY.fullmatch(spec) and ("z" in spec or "." in spec))


def _compare(project: Path, pairs: list) -> None:
    cpython = call_in_cpython(project, "shared.sweep", "formatted", [pairs])
    script = (f"import {{ formatted }} from './out/sweep.js';"
              f"console.log(JSON.stringify(formatted({json.dumps(pairs)})));")
    js = run_node(script, cwd=project)
    assert len(js) == len(cpython) == len(pairs)
    different = [(pair, c, j) for pair, c, j in zip(pairs, cpython, js) if c != j]
    assert not different, f"{len(different)} of {len(pairs)} differ, e.g. {different[:5]}"


def test_every_spec_of_chosen_values(project: Path) -> None:
    pairs = [[value, spec] for value in SIMPLE for spec in SPECS if _comparable(value, spec)]
    assert len(pairs) > 3500
    _compare(project, pairs)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_floats_and_ints(project: Path, seed: int) -> None:
    values = _random_values(seed)
    pairs = [[value, spec] for value in values for spec in SPECS if _comparable(value, spec)]
    assert len(pairs) > 25000
    _compare(project, pairs)


def test_templates(project: Path) -> None:
    """Fields by index, name, attribute and item, conversions, nested specs, and CPython's errors."""
    cpython = call_in_cpython(project, "shared.sweep", "templated", [])
    js = run_node("import { templated } from './out/sweep.js'; console.log(JSON.stringify(templated()));", cwd=project)
    different = [(index, c, j) for index, (c, j) in enumerate(zip(cpython, js)) if c != j]
    assert not different and len(js) == len(cpython) > 80, different


@pytest.mark.parametrize(("value", "spec"), [(3, ".2"), (0, "z"), (7, ">8.1")])
def test_integral_number_with_a_float_only_spec_is_loud(project: Path, value: int, spec: str) -> None:
    """CPython: ValueError for the int 3, '3.0' for the float 3.0; JavaScript cannot tell them apart."""
    script = ("import { formatted } from './out/sweep.js';"
              f"try {{ formatted({json.dumps([[value, spec]])}); console.log(JSON.stringify('no error')); }}"
              "catch (error) { console.log(JSON.stringify(error.message)); }")
    message = run_node(script, cwd=project)
    assert message.startswith("m_shared: format spec ") and "give a type" in message, message


@pytest.mark.parametrize(("template", "value", "says"), [
    ("{0.upper}", "a", "reads an attribute of str value"),
    ("{0.real}", None, "reads an attribute of NoneType value"),
    ("{0.keys}", {"a": 1}, "is a method: CPython writes its address"),
])
def test_field_cpython_writes_otherwise_is_loud(project: Path, template: str, value: object, says: str) -> None:
    """An attribute of a builtin value, a method: CPython writes text JavaScript does not have."""
    script = ("import { one } from './out/sweep.js';"
              f"try {{ one({json.dumps(template)}, {json.dumps(value)}); console.log(JSON.stringify('no error')); }}"
              "catch (error) { console.log(JSON.stringify(error.message)); }")
    message = run_node(script, cwd=project)
    assert message.startswith("m_shared: str.format field ") and says in message, message
