"""Odd sources: each module either builds into JavaScript that behaves as in CPython, or is rejected
with ``path:line:col``; never a traceback, never partial output.

Two projects, each built once through the real CLI: ``odd`` holds every odd-but-valid module (a BOM,
CRLF, tabs, form feeds, an empty module, 10,000 lines, nesting at m_shared's limit, module names that
are JavaScript or Transcrypt words, a non-ASCII name) and must build; ``bad`` starts from a good
build, then gets every module that must be rejected (not UTF-8, a NUL byte, nesting beyond the
limit, names differing only by case, a name Python normalises differently, a Transcrypt alias) and
must be refused as a whole, each one reported where it is, with the targets left byte for byte.
"""

from __future__ import annotations

import ast
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from conftest import SOURCE_MAP_IMPORT, call_in_cpython, run_m, run_node, snapshot

from m_shared.graph import MAX_NESTING

PYPROJECT = """\
[tool.m_shared]
source = "shared"

[tool.m_shared.targets.web]
path = "web/shared"
runtime = "browser"

[tool.m_shared.targets.edge]
path = "edge/shared"
runtime = "workerd"
"""
TARGETS = ("web/shared", "edge/shared")

# 10,000 lines: constants, then one function whose body is at the very end (its lines must map back).
BIG = "".join(f"C{i} = {i}\n" for i in range(9_995)) + (
    "\n\ndef last(n: int) -> int:\n"
    "    doubled = n * 2  # map: var doubled\n"
    "    return doubled + C9994\n"
)


def _at_limit() -> str:
    """Expressions nested exactly MAX_NESTING levels deep (a statement counts one, the expression the rest)."""
    depth = MAX_NESTING - 2  # Module > Assign > ...expression...; the innermost constant is the last level
    return (
        "class Chain:\n"
        "    def again(self):\n"
        "        return self\n"
        "\n"
        "\n"
        "FLAG = 0\n"
        f"NOTS = {'not ' * depth}1\n"
        f"SUM = {'1 + ' * depth}1\n"
        f"PICK = {'0 if FLAG else ' * depth}7\n"
        f"CHAINED = Chain(){'.again()' * ((depth - 1) // 2)}\n"  # each call is two levels: call and attribute
        "\n"
        "\n"
        "def values() -> list:\n"
        "    return [NOTS, SUM, PICK, isinstance(CHAINED, Chain)]\n"
    )


GOOD: dict[str, bytes] = {
    "shared/__init__.py": b"",
    "shared/bom.py": b"\xef\xbb\xbf" + (
        "def bom(x: int) -> str:\n    word = 'é' + str(x)  # map: var word\n    return word\n"
    ).encode(),
    "shared/crlf.py": (
        b"def crlf(items: list) -> int:\r\n"
        b"    total = 0  # map: var total=0\r\n"
        b"    for item in items:\r\n"
        b"        total += item * 2  # map: __iadd__(total\r\n"
        b"    return total\r\n"
    ),
    "shared/tabs.py": b"def tabs(x: int) -> int:\n\tif x > 1:\n\t\ty = x * 3  # map: var y\n\t\treturn y\n"
                      b"\treturn -x\n",
    # Python's tokenizer ends lines at \n, \r\n and \r only: a form feed, U+2028 or U+0085 inside a
    # line (str.splitlines() would split there) must not shift the lines after it.
    "shared/feeds.py": (
        "\x0c\n# a comment with a line separator \u2028 and a next-line \x85 inside\n"
        "SEP = 'a\u2028b'\n"
        "\x0c\n"
        "def feeds() -> int:\n"
        "    width = len(SEP) + 40  # map: var width\n"
        "    return width\n"
    ).encode(),
    "shared/empty.py": b"",
    "shared/big.py": BIG.encode(),
    "shared/deep.py": _at_limit().encode(),
    # Module names that are JavaScript keywords or Transcrypt's own words
    "shared/class.py": b"def get() -> str:\n    return 'class'\n",
    "shared/default.py": b"VALUE = 2\n\n\ndef get() -> int:\n    return VALUE\n",
    "shared/function.py": b"def get() -> str:\n    return 'function'\n",
    "shared/new.py": b"def get() -> str:\n    return 'new'\n",
    "shared/py_x.py": b"Z = 3\n\n\ndef get() -> int:\n    return Z\n",
    "shared/café.py": "def greet(name: str) -> str:\n    return 'café ' + name\n".encode(),
    "shared/user.py": (
        "from . import default, py_x\n"
        "from .café import greet\n"
        "from .default import VALUE as var\n"
        "\n"
        "\n"
        "def total() -> list:\n"
        "    return [default.get() + py_x.get() + var, greet('ß')]\n"
    ).encode(),
}

CALLS = [  # (module, function, args): each must return in JavaScript what it returns in CPython
    ("shared.bom", "bom", [3]),
    ("shared.crlf", "crlf", [[1, 2, 3]]),
    ("shared.tabs", "tabs", [5]),
    ("shared.tabs", "tabs", [1]),
    ("shared.feeds", "feeds", []),
    ("shared.big", "last", [21]),
    ("shared.deep", "values", []),
    ("shared.class", "get", []),
    ("shared.default", "get", []),
    ("shared.function", "get", []),
    ("shared.new", "get", []),
    ("shared.py_x", "get", []),
    ("shared.café", "greet", ["x"]),
    ("shared.user", "total", []),
]


def _write(project: Path, files: dict[str, bytes]) -> None:
    for relpath, data in files.items():
        path = project / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    project = tmp_path_factory.mktemp("odd") / "app"
    project.mkdir()
    (project / "pyproject.toml").write_text(PYPROJECT)
    _write(project, GOOD)
    return project, run_m("build", "--project", str(project))


def test_odd_but_valid_modules_build(odd) -> None:
    project, result = odd
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for target in TARGETS:
        published = snapshot(project / target)
        manifest = json.loads(published["manifest.json"])
        assert set(manifest["files"]) == set(published) - {"manifest.json"}
        for relpath, source in GOOD.items():
            stem = relpath.removeprefix("shared/").removesuffix(".py")
            # an empty module, or one of only a docstring (the package's __init__.py), that no module imports
            # publishes nothing
            tree = ast.parse(source)
            code = tree.body[1:] if ast.get_docstring(tree) is not None else tree.body
            raw = relpath.removesuffix(".py").replace("/__init__", "").replace("/", ".")
            if code:
                assert f"{stem}.js" in published and f"_m_shared/{raw}.js" in published, stem
            else:
                assert f"{stem}.js" not in published and f"_m_shared/{raw}.js" not in published, stem
    assert run_m("check", "--project", str(project)).returncode == 0


def test_odd_modules_behave_as_in_cpython(odd) -> None:
    project, _ = odd
    root = project / "web/shared"
    modules = sorted({module for module, _, _ in CALLS})
    imports = "\n".join(
        f"import * as m{index} from {json.dumps('./' + module.split('.', 1)[1].replace('.', '/') + '.js')};"
        for index, module in enumerate(modules)
    )
    calls = ", ".join(
        f"call(() => m{modules.index(module)}.{function}(...{json.dumps(args)}))" for module, function, args in CALLS
    )
    javascript = run_node(
        f"""{imports}
const call = (thunk) => {{
  try {{ return thunk(); }} catch (error) {{ return ["error", error.name, error.message]; }}
}};
console.log(JSON.stringify([{calls}]));
""",
        cwd=root,
    )
    cpython = [call_in_cpython(project, module, function, args) for module, function, args in CALLS]
    assert javascript == cpython
    assert cpython[6] == [True, MAX_NESTING - 1, 7, True]  # the nested expressions did evaluate


def test_odd_modules_map_back_to_their_python_lines(odd) -> None:
    """Every ``# map: <js text>`` line: the JS line containing the text maps back to it (CRLF, BOM,
    form feeds and a 10,000-line module alike), and the map carries the module's exact text."""
    project, _ = odd
    private = project / "web/shared/_m_shared"
    wanted = []
    for relpath in ("shared/bom.py", "shared/crlf.py", "shared/tabs.py", "shared/feeds.py", "shared/big.py"):
        text = GOOD[relpath].decode("utf-8-sig")
        # Line numbers as Python counts them (\r\n, \r and \n only), worked out here independently.
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        name = relpath.removesuffix(".py").replace("/", ".")
        for number, line in enumerate(lines, start=1):
            if "# map: " in line:
                wanted.append([name, line.split("# map: ")[1].strip(), number])
        raw = json.loads((private / f"{name}.js.map").read_text(encoding="utf-8"))
        assert raw["sourcesContent"] == [text]
    assert len(wanted) == 6
    found = run_node(
        f"""{SOURCE_MAP_IMPORT}import {{ readFileSync }} from 'node:fs';
const result = [];
for (const [name, text] of {json.dumps([[n, t] for n, t, _ in wanted])}) {{
  const code = readFileSync(`{private}/${{name}}.js`, 'utf8').split('\\n');
  const consumer = await new SourceMapConsumer(JSON.parse(readFileSync(`{private}/${{name}}.js.map`, 'utf8')));
  const generated = code.findIndex((js) => js.includes(text));
  if (generated < 0) {{ result.push([name, text, 'not in the JavaScript']); continue; }}
  const position = consumer.originalPositionFor({{ line: generated + 1, column: code[generated].search(/\\S/) }});
  result.push([name, text, position.line]);
}}
console.log(JSON.stringify(result));
""",
        cwd=project,
    )
    assert found == wanted


# ---- rejected ------------------------------------------------------------------------------------
def _deep(depth: int) -> str:
    return f"X = {'not ' * (depth - 2)}1\n"


NFD_NAME = unicodedata.normalize("NFD", "shared/café2.py")
BAD: dict[str, bytes] = {
    "shared/latin1.py": b"# caf\xe9\nX = 1\n",
    "shared/nul.py": b"X = 1\nY = \x002\n",
    "shared/nul_dedent.py": b"X = 1\nif X:\n    y = 1\n  \x00  z = 2\n",  # CPython 3.12's tokenizer: SystemError
    "shared/too_deep.py": _deep(MAX_NESTING + 1).encode(),
    "shared/parser_gives_up.py": ("\n\nX = 1\nY = " + "-" * 10_000 + "1\nZ = 2\n").encode(),
    "shared/parens.py": ("X = " + "(" * 250 + "1" + ")" * 250 + "\n").encode(),
    # a form feed and a line separator before the error: the line shown under the message is still its own
    "shared/paged.py": "# page one \x0c page two \u2028 still one line\nX = 1\nY = (\n".encode(),
    "shared/Orders.py": b"A = 1\n",
    "shared/orders.py": b"B = 2\n",
    "shared/Tax/__init__.py": b"",
    "shared/tax/rates.py": b"RATE = 3\n",
    NFD_NAME: b"C = 1\n",
    "shared/alias.py": b"from . import default\nfrom . import py_default\n",
    "shared/py_default.py": b"Q = 7\n",
    # CPython's dataclass refuses a field without a default after one with a default (here the default
    # is missing because of a typo): the build must say so, not fail on the __init__ it writes
    "shared/fields.py": b"from dataclasses import dataclass, field\n\n\n@dataclass\nclass D:\n    data: str = 'x'\n"
                        b"    codes: list = field(default_fatcory=list)\n",
}
BUILD_ONLY = [  # found by lowering the module, which lint does not do
    "shared/fields.py:7:5: build/dataclass dataclass field 'codes' has no default but follows a field with one",
]


def _expected() -> list[str]:
    """``path:line:col: rule`` for every bad module, with positions worked out from the text itself."""
    too_deep = BAD["shared/too_deep.py"].decode()
    nul_line = BAD["shared/nul.py"].split(b"\n")[1]
    alias_line = BAD["shared/alias.py"].decode().splitlines()[1]
    return [
        "shared/latin1.py:1:6: build/encoding file is not valid UTF-8",
        f"shared/nul.py:2:{nul_line.index(0) + 1}: build/syntax syntax error:",
        "shared/nul_dedent.py:4:3: build/syntax syntax error:",
        # the deepest point: the innermost operand
        f"shared/too_deep.py:1:{too_deep.rindex('1') + 1}: build/nesting code nested {MAX_NESTING + 1} levels deep",
        "shared/parser_gives_up.py:4:1: build/nesting code nested too deeply for Python's parser",
        "shared/parens.py:1:205: build/syntax syntax error: too many nested parentheses",
        "shared/paged.py:3:5: build/syntax syntax error: '(' was never closed",
        "shared/orders.py:1:1: build/module-name file 'shared/orders.py' differs from 'shared/Orders.py' only by case",
        "shared/tax/rates.py:1:1: build/module-name directory 'shared/tax' differs from 'shared/Tax' only by case",
        f"{NFD_NAME}:1:1: build/module-name {NFD_NAME!r} is not importable",
        f"shared/alias.py:2:{alias_line.index('py_default') + 1}: MS214 `py_default` is the name "
        "Transcrypt gives `default`",
    ]


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, bytes]]]:
    project = tmp_path_factory.mktemp("bad") / "app"
    project.mkdir()
    (project / "pyproject.toml").write_text(PYPROJECT)
    _write(project, {k: GOOD[k] for k in ("shared/__init__.py", "shared/default.py", "shared/user.py",
                                           "shared/py_x.py", "shared/café.py")})
    run_m("build", "--project", str(project), check=True)
    before = {target: snapshot(project / target) for target in TARGETS}
    _write(project, BAD)
    return project, before


def _assert_rejected(result, expected: list[str]) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = (result.stderr + result.stdout).split("\n")
    for headline in expected:
        assert any(line.startswith(headline) for line in lines), f"{headline!r} not in:\n{result.stderr}"


def test_bad_modules_are_each_reported_and_nothing_is_published(bad) -> None:
    project, before = bad
    result = run_m("build", "--project", str(project))
    _assert_rejected(result, _expected() + BUILD_ONLY)
    assert "nothing was published" in result.stderr
    shown = result.stderr.split("\n")
    headline = next(index for index, line in enumerate(shown) if line.startswith("shared/paged.py:3:5:"))
    assert shown[headline + 1] == "    Y = ("  # its own line, though an earlier one holds a form feed
    for target in TARGETS:
        assert snapshot(project / target) == before[target]
        siblings = sorted(p.name for p in (project / target).parent.iterdir())
        assert siblings == ["shared"], siblings  # no staging directory left behind


def test_lint_and_check_report_them_too(bad) -> None:
    project, before = bad
    _assert_rejected(run_m("lint", "--project", str(project)), _expected())
    check = run_m("check", "--project", str(project))
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "shared/too_deep.py:" in check.stderr and "shared/nul.py:2:" in check.stderr
    for target in TARGETS:
        assert snapshot(project / target) == before[target]


def test_the_next_build_succeeds_once_the_modules_are_fixed(bad) -> None:
    project, before = bad
    for relpath in BAD:
        path = project / relpath
        if path.exists():
            path.unlink()
    shutil.rmtree(project / "shared" / "Tax")
    shutil.rmtree(project / "shared" / "tax")
    result = run_m("build", "--project", str(project))
    assert result.returncode == 0, result.stderr
    assert "targets already up to date" in result.stdout
    for target in TARGETS:
        assert snapshot(project / target) == before[target]
