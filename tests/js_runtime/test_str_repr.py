"""repr() of a str escapes what CPython escapes, for every code point.

js_runtime/overlay/org.transcrypt.__runtime__.str-repr.edit.json writes CPython's escapes (Transcrypt's escaped only \\t and \\n and
left the quote of a str holding both quotes as it was): the backslash and the quote, \\t \\n \\r, and
\\xNN, \\uNNNN or \\UNNNNNNNN for a character that is not printable (str.isprintable). Printable is a
matter of Unicode categories; the JavaScript engine may know a newer Unicode than this CPython, so a
code point this CPython has unassigned (Cn) is compared only where every Unicode version agrees:
it stays unassigned up to Unicode 17 (what Node 20 knows). Everything else is compared one by one.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

# unassigned in every Unicode version up to 17.0: noncharacters and the ends of the planes
_STILL_UNASSIGNED = [0x0378, 0x0379, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xE0000]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(REPO / "tests/js_runtime/fixtures/str_repr", tmp_path_factory)


def _in_node(project: Path, call: str) -> object:
    return run_node(f"import {{ reprs, repr_of_all }} from './out/chars.js'; console.log(JSON.stringify({call}));",
                    cwd=project)


@pytest.mark.parametrize(("start", "stop"), [(0, 0x10000), (0x10000, 0x30000), (0x30000, 0x110000)])
def test_every_code_point(project: Path, start: int, stop: int) -> None:
    js = _in_node(project, f"reprs({start}, {stop})")
    cpython = call_in_cpython(project, "shared.chars", "reprs", [start, stop])
    assert len(js) == len(cpython) == stop - start
    compared = [point for point in range(start, stop)
                if unicodedata.category(chr(point)) != "Cn" or point in _STILL_UNASSIGNED]
    different = [(hex(point), cpython[point - start], js[point - start]) for point in compared
                 if cpython[point - start] != js[point - start]]
    assert not different, f"{len(different)} of {len(compared)} differ, e.g. {different[:5]}"
    assert len(compared) > (stop - start) // 20


@pytest.mark.parametrize(("start", "stop"), [(0, 0x80), (0x20, 0x30), (0x80, 0x100), (0x2000, 0x2030)])
def test_escapes_within_a_str(project: Path, start: int, stop: int) -> None:
    expected = call_in_cpython(project, "shared.chars", "repr_of_all", [start, stop])
    assert _in_node(project, f"repr_of_all({start}, {stop})") == expected
