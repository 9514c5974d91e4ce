"""Sourcemaps: devtools must show the Python file and stop on the right Python line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import SOURCE_MAP_IMPORT, run_m, run_node

import m_shared

MARKER = re.compile(r"#\s*map:\s*(.+)$")


def _marked_lines(source: str) -> list[tuple[int, str]]:
    """Python lines annotated `# map: <js text>`: the generated JS containing that text must map back here."""
    return [(number, match.group(1).strip())
            for number, line in enumerate(source.splitlines(), start=1) if (match := MARKER.search(line))]


def test_marked_statements_map_back_to_their_python_lines(app: Path) -> None:
    m_shared.build(app)
    source = (app / "shared" / "orders.py").read_text()
    marked = _marked_lines(source)
    assert len(marked) >= 5
    private = app / "frontend/src/shared/_m_shared"
    # Decode with Mozilla's source-map library, the one devtools-like tools use, not with our own encoder.
    found = run_node(
        f"""
{SOURCE_MAP_IMPORT}import {{ readFileSync }} from 'node:fs';
const map = JSON.parse(readFileSync({json.dumps(str(private / "shared.orders.js.map"))}, 'utf8'));
const code = readFileSync({json.dumps(str(private / "shared.orders.js"))}, 'utf8').split('\\n');
const wanted = {json.dumps(marked)};
const consumer = await new SourceMapConsumer(map);
const result = {{}};
for (const [line, text] of wanted) {{
  const generated = code.findIndex((js) => js.includes(text));
  const position = consumer.originalPositionFor({{ line: generated + 1, column: code[generated].search(/\\S/) }});
  result[text] = {{ generatedLine: generated + 1, source: position.source, line: position.line }};
}}
console.log(JSON.stringify(result));
""",
        cwd=app,
    )
    for line, text in marked:
        assert found[text]["generatedLine"] > 0, f"no generated JS contains {text!r}"
        assert found[text]["line"] == line, f"{text!r} maps to line {found[text]['line']}, expected {line}"
        assert found[text]["source"].endswith("shared/orders.py")


def test_map_names_the_python_file_relatively_and_carries_its_exact_source(app: Path) -> None:
    # CRLF and a BOM must survive: sourcesContent is the exact text of the file.
    gstin = app / "shared" / "tax" / "gstin.py"
    original = gstin.read_bytes().replace(b"\n", b"\r\n")
    gstin.write_bytes(original)
    m_shared.build(app)
    root = app / "worker/src/shared"
    raw = json.loads((root / "_m_shared/shared.tax.gstin.js.map").read_text(encoding="utf-8"))
    public = json.loads((root / "tax/gstin.js.map").read_text(encoding="utf-8"))
    assert raw["version"] == 3 and public["version"] == 3
    assert raw["sources"] == ["shared/tax/gstin.py"]
    # Both maps name the same URL (relative to each map), so devtools shows the file once.
    assert public["sources"] == ["../_m_shared/shared/tax/gstin.py"]
    assert raw["sourcesContent"] == [original.decode("utf-8")]
    assert public["sourcesContent"] == raw["sourcesContent"]
    assert str(app) not in json.dumps(raw)
    assert (root / "tax/gstin.js").read_text().rstrip().endswith("//# sourceMappingURL=gstin.js.map")


def test_crlf_sources_still_map_to_the_right_lines(app: Path) -> None:
    orders = app / "shared" / "orders.py"
    orders.write_bytes(orders.read_bytes().replace(b"\n", b"\r\n"))
    test_marked_statements_map_back_to_their_python_lines(app)


def test_exported_function_in_public_module_maps_to_its_def_line(app: Path) -> None:
    run_m("build", "--project", str(app), check=True)
    source = (app / "shared" / "orders.py").read_text().splitlines()
    def_line = next(i for i, line in enumerate(source, start=1) if line.startswith("def order_total"))
    found = run_node(
        SOURCE_MAP_IMPORT
        + """import { readFileSync } from 'node:fs';
const root = './frontend/src/shared/';
const code = readFileSync(root + 'orders.js', 'utf8').split('\\n');
const consumer = await new SourceMapConsumer(JSON.parse(readFileSync(root + 'orders.js.map', 'utf8')));
const line = code.findIndex((js) => js.startsWith('export const order_total=')) + 1;
console.log(JSON.stringify(consumer.originalPositionFor({ line, column: 0 })));
""",
        cwd=app,
    )
    assert found["line"] == def_line
    assert found["source"].endswith("_m_shared/shared/orders.py")


def test_a_form_feed_does_not_shift_the_mapped_columns(app: Path) -> None:
    # Python numbers lines at \n, \r\n and \r only; a form feed (a page break in old sources) is inside a line
    source = '"""Pages."""\n# page one\x0c\ndef first(x: int) -> int:\n    total = x + 1  # map: var total\n    return total\n'
    (app / "shared" / "paged.py").write_text(source, encoding="utf-8")
    assert m_shared.build(app).ok
    private = app / "frontend/src/shared/_m_shared"
    found = run_node(
        f"""
{SOURCE_MAP_IMPORT}import {{ readFileSync }} from 'node:fs';
const map = JSON.parse(readFileSync({json.dumps(str(private / "shared.paged.js.map"))}, 'utf8'));
const code = readFileSync({json.dumps(str(private / "shared.paged.js"))}, 'utf8').split('\\n');
const generated = code.findIndex((js) => js.includes('var total'));
const consumer = await new SourceMapConsumer(map);
const position = consumer.originalPositionFor({{ line: generated + 1, column: code[generated].search(/\\S/) }});
console.log(JSON.stringify({{ line: position.line, column: position.column }}));
""",
        cwd=app,
    )
    assert found == {"line": 4, "column": 4}  # `total = ...` is indented by four spaces on line 4


def test_a_lowered_with_statement_maps_to_the_with_line_and_its_block_to_its_own(app: Path) -> None:
    # lowering writes `with` out as try/except/finally (lower.visit_With): the statements it adds map to the
    # `with` line, where CPython puts __enter__ and __exit__; the block, its target and a return in it keep theirs.
    # (The `catch (...)` line itself maps to the block's last line, as in any try statement Transcrypt writes;
    # no debugger stops on it, an error's stack points at its `throw`.)
    source = (
        '"""Managers."""\n'
        "class Guard:\n"
        "    def __enter__(self):\n"
        "        return 1\n"
        "\n"
        "    def __exit__(self, exc_type, exc, tb):\n"
        "        return False\n"
        "\n"
        "\n"
        "def guarded(x: int) -> int:\n"
        "    with Guard() as (\n"
        "        one\n"
        "    ):\n"
        "        total = x + one\n"
        "        return total\n"
    )
    (app / "shared" / "managed.py").write_text(source, encoding="utf-8")
    assert m_shared.build(app).ok
    wanted = {"__m_shared_with__(": 11, "_raised__=false": 11, "var one": 12, "var total": 14, "return total": 15,
              "_raised__=true": 11, "finally": 11, "__getitem__(__m_shared_with1__,0)(null)": 11}
    assert _mapped_lines(app, "managed", list(wanted)) == wanted


def test_a_try_statement_maps_its_else_handlers_and_raises_to_their_lines(app: Path) -> None:
    # compile.py writes try/except/else/finally itself (visit_Try, visit_Raise): the else block after the catch,
    # in a labelled block the handlers break out of; each statement, and each raise, keeps its own line.
    source = (
        '"""Guarded parsing."""\n'
        "def parsed(text: str) -> list:\n"
        "    log = []\n"
        "    try:\n"
        "        value = int(text)\n"
        "    except ValueError as error:\n"
        "        raise KeyError(text) from error\n"
        "    except:  # noqa: E722\n"
        "        raise\n"
        "    else:\n"
        "        log.append(value)\n"
        "    finally:\n"
        "        log.append('done')\n"
        "    return log\n"
    )
    (app / "shared" / "parsing.py").write_text(source, encoding="utf-8")
    assert m_shared.build(app).ok
    wanted = {"__else0__:{": 4, "var value": 5, "if(isinstance(__except0__,ValueError))": 6, "var error": 6,
              "__suppress_context__=true": 7, "throw __except1__": 7,
              "else if(isinstance(__except0__,BaseException))": 8, "throw __except0__;": 9,
              "log.append(value)": 11, "log.append('done')": 13}
    assert _mapped_lines(app, "parsing", list(wanted)) == wanted


def _mapped_lines(app: Path, module: str, texts: list[str]) -> dict[str, int | None]:
    """The Python line the sourcemap gives the first JS line of shared.<module>.js containing each text."""
    private = app / "frontend/src/shared/_m_shared"
    return run_node(
        f"""
{SOURCE_MAP_IMPORT}import {{ readFileSync }} from 'node:fs';
const map = JSON.parse(readFileSync({json.dumps(str(private / f"shared.{module}.js.map"))}, 'utf8'));
const code = readFileSync({json.dumps(str(private / f"shared.{module}.js"))}, 'utf8').split('\\n');
const consumer = await new SourceMapConsumer(map);
const result = {{}};
for (const text of {json.dumps(texts)}) {{
  const generated = code.findIndex((js) => js.includes(text));
  const position = generated < 0 ? {{}} : consumer.originalPositionFor({{ line: generated + 1, column: code[generated].search(/\\S/) }});
  result[text] = position.line ?? null;
}}
console.log(JSON.stringify(result));
""",
        cwd=app,
    )
