"""js_runtime overlay fixes for numbers and strings, checked against CPython exhaustively or by probe.

``unicode_str.extend.js`` defines str.isalpha/isdecimal/isdigit/isnumeric/isalnum/isspace/
isupper/islower by CPython's Unicode tables: every code point is classified in CPython and in
the published JavaScript and the two tables must be identical. The other probes cover
split()/rsplit() without a separator, zfill, reversed() of a string, ord()/chr() of astral
characters, round() without ndigits, sum() of floats and str() of small floats.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import call_in_cpython, node_project, run_node

import m_shared

PROBES = '''
def classify(start, stop):
    rows = []
    for code in range(start, stop):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        bits = ""
        for flag in [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(), ch.isspace(),
                     ch.isupper(), ch.islower()]:
            bits += "1" if flag else "0"
        rows.append(bits)
    return ",".join(rows)


def predicates(text):
    return [text.isalpha(), text.isdecimal(), text.isdigit(), text.isnumeric(), text.isalnum(), text.isspace(),
            text.isupper(), text.islower()]


def split(text, maxsplit):
    return [text.split(), text.split(None, maxsplit), text.rsplit(None, maxsplit), text.split(maxsplit=maxsplit)]


def zfill(text, width):
    return text.zfill(width)


def reverse_join(text):
    return "-".join(reversed(text))


def ord_chr(text):
    return [ord(text), chr(ord(text)) == text]


def rounded(x):
    return round(x)


def total(values):
    return sum(values)


def as_str(x):
    return [str(x), repr(x), "{}".format(x)]
'''

CASES = [
    ("predicates", ["A1"]), ("predicates", ["ǅ"]), ("predicates", ["aǅ"]), ("predicates", ["ʰ"]),
    ("predicates", [""]), ("predicates", [" \t\x1c\u00a0"]), ("predicates", ["\ufeff"]), ("predicates", ["٣٤"]),
    ("predicates", ["²½"]), ("predicates", ["日本"]), ("predicates", ["ÉCOLE 1"]), ("predicates", ["straße"]),
    ("predicates", ["𝐀𝐁"]), ("predicates", ["𝟙𝟚"]), ("predicates", ["a😀"]),
    ("split", ["a b  c ", 1]), ("split", ["  a\u2003b\x1cc  ", 0]), ("split", ["", 1]), ("split", ["   ", 2]),
    ("split", ["a b c d", 2]), ("split", ["a b", -1]),
    ("zfill", ["42", 5]), ("zfill", ["-42", 5]), ("zfill", ["+7", 3]), ("zfill", ["abc", 2]), ("zfill", ["", 2]),
    ("reverse_join", ["abc"]), ("reverse_join", ["a😀b"]), ("reverse_join", [""]),
    ("ord_chr", ["😀"]), ("ord_chr", ["a"]), ("ord_chr", ["ab"]), ("ord_chr", [""]),
    ("rounded", [0.5]), ("rounded", [1.5]), ("rounded", [2.5]), ("rounded", [-0.5]), ("rounded", [-0.4]),
    ("rounded", [-1.5]), ("rounded", [-2.5]), ("rounded", [2.675]), ("rounded", [1e15 + 0.5]),
    ("total", [[0.1, 0.2, 0.3]]), ("total", [[1, 2, 3]]), ("total", [[0.1] * 10]), ("total", [[1e100, 1.5, -1e100]]), ("total", [[1e100, 3, -1e100]]),
    ("total", [[3, 0.1, 0.2]]), ("total", [[]]), ("total", [[0.1, -0.1]]),
    ("as_str", [1e-07]), ("as_str", [0.00001]), ("as_str", [0.0001]), ("as_str", [1.5e-10]), ("as_str", [-2.5e-05]),
    ("as_str", [0.1]), ("as_str", [123.456]),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = node_project(tmp_path_factory.mktemp("unicode") / "app", {"probes": PROBES})
    assert m_shared.build(app).ok
    return app


def _node(project: Path, function: str, args: list) -> object:
    return run_node(
        "import * as probes from './out/probes.js';\n"
        f"let result;\ntry {{ result = probes.{function}(...{json.dumps(args)}); }}\n"
        "catch (error) { result = ['error', error.name, error.message]; }\n"
        "console.log(JSON.stringify(result));\n",
        cwd=project, timeout=120,
    )


def test_every_code_point_is_classified_as_in_cpython(project: Path) -> None:
    for start in range(0, 0x110000, 0x44000):
        stop = min(start + 0x44000, 0x110000)
        cpython = call_in_cpython(project, "shared.probes", "classify", [start, stop])
        js = _node(project, "classify", [start, stop])
        if js != cpython:
            codes = [c for c in range(start, stop) if not 0xD800 <= c <= 0xDFFF]
            rows = list(zip(codes, cpython.split(","), js.split(","), strict=True))
            wrong = [f"U+{code:04X} CPython {a} JS {b}" for code, a, b in rows if a != b]
            raise AssertionError(f"{len(wrong)} code points differ (alpha decimal digit numeric alnum space upper "
                                 f"lower):\n" + "\n".join(wrong[:20]))


@pytest.mark.parametrize(("function", "args"), CASES, ids=[f"{f}{json.dumps(a)}" for f, a in CASES])
def test_probe_matches_cpython(project: Path, function: str, args: list) -> None:
    expected = call_in_cpython(project, "shared.probes", function, args)
    actual = _node(project, function, args)
    if isinstance(expected, list) and expected[:1] == ["error"]:
        assert actual[0] == "error" and actual[1] == expected[1] and actual[2] == expected[2]
    else:
        assert actual == expected


def test_len_of_astral_string_fails_loudly(project: Path) -> None:
    result = run_node(
        "import * as probes from './out/probes.js';\n"
        "import { len } from './out/_m_shared/org.transcrypt.__runtime__.js';\n"
        "let message;\ntry { len('a😀'); } catch (error) { message = [error.name, error.message]; }\n"
        "console.log(JSON.stringify([message, len('abc'), len('héllo')]));\n",
        cwd=project,
    )
    assert result[0][0] == "MSharedError"
    assert result[0][1].startswith("m_shared: len() of a string with characters outside the Basic Multilingual Plane")
    assert result[1:] == [3, 5]
