"""Attributes of imported modules are checked at build time, against CPython's module and the JavaScript one.

`from . import messages` then `messages.MISSING`: CPython raises AttributeError, and the published
JavaScript read undefined from the ES module (None at the boundary), silently. Every such read of a
shared or stdlib module is now either one both modules have, or a build error at the read; the
fixture (fixtures/module_attributes) binds names in the ways that differ between the two.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, call_in_cpython, copy_fixture, run_m, run_node, snapshot

from m_shared.config import load
from m_shared.pipeline import Builder

FIXTURE = REPO / "tests" / "build" / "fixtures" / "module_attributes"
READER = "shared/reader.py"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_fixture(FIXTURE, tmp_path / "project")


def _add_reader(project: Path, body: str, imports: str = "") -> int:
    """Append ``def broken(): return <body>`` to the reader (imports at its top); the line of ``body``."""
    path = project / READER
    text = path.read_text()
    if imports:
        text = imports + "\n" + text
    text += f"\n\ndef broken():\n    return {body}\n"
    path.write_text(text)
    return text.count("\n")  # the return line is the last one


def test_reads_both_modules_have_build_run_alike_and_compile_to_plain_reads(project: Path) -> None:
    run_m("build", "--project", str(project), check=True)
    script = """
import { read_all, shadowed, in_a_comprehension } from './out/reader.js';
let error;
try { shadowed ({}); } catch (e) { error = [e.name, e.message]; }
console.log (JSON.stringify ([read_all (), error, in_a_comprehension ([1])]));
"""
    js = run_node(script, project)
    assert js[0] == call_in_cpython(project, "shared.reader", "read_all", [])
    # a parameter that shadows the import is an object like any other: its missing attribute raises
    assert ["error", *js[1]] == call_in_cpython(project, "shared.reader", "shadowed", [{}])
    assert js[2] == [1, "is required"]
    code = (project / "out" / "_m_shared" / "shared.reader.js").read_text()
    read_all = code[code.index("export var read_all"):code.index("export var shadowed")]
    assert "__m_shared_" not in read_all.split("__m_shared_args__", 1)[1]  # checked at build time: plain reads


# (body of `return ...`, extra imports, expected message start) - column: where the name after the dot is
CASES = {
    "missing name": ("messages.MISSING", "", "shared.messages has no attribute 'MISSING'"),
    "missing name through an alias": ("msg.MISING", "", "shared.messages has no attribute 'MISING'"),
    "missing name of a submodule": ("tax.gstin.nope(1)", "", "shared.tax.gstin has no attribute 'nope'"),
    "missing name through a dotted import": (
        "shared.tax.rates.NOPE", "", "shared.tax.rates has no attribute 'NOPE'"),
    "name bound only inside an if": (
        "messages.LONG", "", "shared.messages binds LONG only inside an `if` statement (line 10)"),
    "name bound only inside a try": ("messages.FALLBACK", "", "shared.messages binds FALLBACK only inside a `try`"),
    "name bound only by a global statement": (
        "messages.LAST", "", "shared.messages binds LAST only inside its function remember()"),
    "name the module only imports": (
        "messages.PATTERN", "", "shared.messages only imports PATTERN (line 5, from shared.tax.gstin.PATTERN)"),
    "stdlib module the module only imports": ("messages.re", "", "shared.messages only imports re"),
    "submodule the package does not import": (
        "tax.rates", "", "shared.tax.rates is a submodule that the package shared.tax does not import itself"),
    "module dunder": ("messages.__name__", "", "shared.messages.__name__: module attributes such as __name__"),
    "package holding only the imported path": (
        "shared.tax.VAT", "", "shared.tax holds only the modules imported through it in JavaScript"),
    "stdlib name Transcrypt lacks": ("re.NOFLAG", "", "re.NOFLAG does not exist in the JavaScript version of re"),
    "stdlib function Transcrypt lacks": ("math.isinf(1.0)", "", "math.isinf does not exist in the JavaScript"),
    "stdlib name CPython lacks": ("re.translate", "", "module 're' has no attribute 'translate' in CPython"),
    "stdlib name neither has": ("datetime.UTCC", "import datetime", "module 'datetime' has no attribute 'UTCC'"),
    "hasattr of a stdlib name Transcrypt lacks": (
        'hasattr(re, "NOFLAG")', "", "re.NOFLAG does not exist in the JavaScript version of re"),
    "getattr of a name the module only imports": (
        'getattr(messages, "PATTERN", None)', "", "shared.messages only imports PATTERN"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_read_of_a_name_the_modules_do_not_both_have_is_a_located_build_error(project: Path, case: str) -> None:
    body, imports, message = CASES[case]
    run_m("build", "--project", str(project), check=True)
    before = snapshot(project / "out")
    line = _add_reader(project, body, imports)
    result = run_m("build", "--project", str(project))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    headline = f"{READER}:{line}:"
    lines = result.stderr.splitlines()
    found = [index for index, text in enumerate(lines) if text.startswith(headline)]
    assert found, result.stderr
    text = lines[found[0]]
    assert text.split(": ", 1)[1].startswith(f"build/attribute {message}"), text
    column = int(text.split(":")[2])  # at the name after the dot (or its string), with the caret under it
    source_line = lines[found[0] + 1][4:]
    if body.startswith(("hasattr(", "getattr(")):
        assert source_line[column - 1:].startswith('"' + body.split('"')[1] + '"')
    else:
        assert source_line[column - 2] == "." and source_line[column - 1:].startswith(body.split("(")[0].rsplit(".", 1)[1])
    assert lines[found[0] + 2] == " " * (4 + column - 1) + "^"
    assert lines[found[0] + 3].strip().startswith("hint: ")
    assert "nothing was published" in result.stderr
    assert snapshot(project / "out") == before


@pytest.mark.parametrize("call", ["math.gcd(12, 18)", "math.isfinite(1.0)", "math.fabs(-2)"])
def test_stdlib_functions_the_lint_bans_are_refused_by_the_build_itself(project: Path, call: str) -> None:
    # parity corpus cases until now: `m shared lint` flags them (TID251), and the published JS crashed on
    # calling undefined; the build no longer publishes them even with its lint gate off
    line = _add_reader(project, call, "import math")
    result = Builder(load(project), lint="off").build()
    name = call.split("(")[0]
    assert [(d.path, d.line, d.rule) for d in result.diagnostics] == [(READER, line, "build/attribute")]
    assert result.diagnostics[0].message.startswith(f"{name} does not exist in the JavaScript version of math")
    assert not (project / "out").exists()


@pytest.mark.parametrize("statement", ["messages.REQUIRED = 'x'", "del messages.REQUIRED", "re.X = 1",
                                       "setattr(messages, 'REQUIRED', 1)"])
def test_changing_an_attribute_of_an_imported_module_is_a_build_error(project: Path, statement: str) -> None:
    path = project / READER
    path.write_text(path.read_text() + f"\n\ndef broken():\n    {statement}\n")
    result = run_m("build", "--project", str(project))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "an attribute of the imported module" in result.stderr, result.stderr
    assert "build/attribute" in result.stderr and "nothing was published" in result.stderr


def test_from_import_of_a_name_the_javascript_module_does_not_export_is_a_build_error(project: Path) -> None:
    path = project / READER
    path.write_text("from shared.messages import LONG\n" + path.read_text())
    result = run_m("build", "--project", str(project))
    assert result.returncode == 1
    assert f"{READER}:1:1: build/attribute shared.messages binds LONG only inside an `if`" in result.stderr


def test_an_importer_is_checked_again_when_the_module_it_reads_gains_or_loses_the_name(project: Path) -> None:
    # the watch loop keeps one Builder: its in-memory cache must not reuse an "ok" for a read that is now wrong
    builder = Builder(load(project), lint="off")
    assert builder.build().ok
    messages = project / "shared" / "messages.py"
    original = messages.read_text()
    _add_reader(project, "messages.LATER")
    failed = builder.build()
    assert [d.rule for d in failed.diagnostics] == ["build/attribute"]
    messages.write_text(original + '\nLATER = "later"\n')  # gains it: the reader builds
    gained = builder.build()
    assert gained.ok and "shared.reader" in gained.compiled
    messages.write_text(original)  # loses it again: the cached reader must not be reused
    lost = builder.build()
    assert not lost.ok and [d.message for d in lost.diagnostics] == [
        "shared.messages has no attribute 'LATER' (CPython raises AttributeError here)"]
    # the same name bound only conditionally is refused too, then accepted once bound at the top level
    messages.write_text(original + '\nif REQUIRED:\n    LATER = "later"\n')
    assert "only inside an `if`" in builder.build().diagnostics[0].message
    messages.write_text(original + '\nLATER = "later"\n')
    assert builder.build().ok
    # and across processes, through the disk cache
    messages.write_text(original)
    result = run_m("build", "--project", str(project))
    assert result.returncode == 1 and "has no attribute 'LATER'" in result.stderr


def test_a_submodule_imported_by_its_package_later_is_accepted(project: Path) -> None:
    builder = Builder(load(project), lint="off")
    _add_reader(project, "tax.rates.STANDARD")
    assert "is a submodule" in builder.build().diagnostics[0].message
    init = project / "shared" / "tax" / "__init__.py"
    init.write_text(init.read_text().replace("from . import gstin", "from . import gstin, rates"))
    result = builder.build()
    assert result.ok, result.diagnostics
    assert "shared.reader" in result.compiled


def test_republished_from_the_state_alone_the_reader_compiles_as_before(project: Path) -> None:
    # without the compile cache, a module is compiled again from what its state entry recorded: that must be
    # enough for the checks of module attributes (tax.gstin.valid is checked through the package tax)
    run_m("build", "--project", str(project), check=True)
    before = snapshot(project / "out")
    shutil.rmtree(project / "out")
    shutil.rmtree(project / ".m_shared" / "cache" / "modules")
    run_m("build", "--project", str(project), check=True)
    assert snapshot(project / "out") == before
