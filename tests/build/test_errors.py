"""Build errors: `path:line:col: message`, the source line and a caret, exit 1, targets untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_m, snapshot

TARGETS = ("frontend/src/shared", "worker/src/shared")


def _published(app: Path) -> dict[str, dict[str, bytes]]:
    return {target: snapshot(app / target) for target in TARGETS}


@pytest.fixture
def built(app: Path) -> Path:
    run_m("build", "--project", str(app), check=True)
    return app


def _break(app: Path, relative: str, old: str, new: str) -> None:
    path = app / relative
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


CASES = {
    "code that behaves differently in JS (lint runs first)": (
        "shared/customers.py", "        return REQUIRED", '        return "%s!" % REQUIRED',
        "shared/customers.py:6:16: UP031 printf-style `%` formatting is not compiled by Transcrypt",
        '        return "%s!" % REQUIRED',
    ),
    "syntax error": (
        "shared/customers.py", "if not name.strip():", "if not name.strip()",
        "shared/customers.py:5:24: build/syntax syntax error: expected ':'",
        "    if not name.strip()",
    ),
    "construct Transcrypt rejects": (
        "shared/orders.py", "super().__init__(message)", "super(ValueError, self).__init__(message)",
        "shared/orders.py:22:9: build/transcrypt Built in function 'super' with arguments not supported",
        "        super(ValueError, self).__init__(message)",
    ),
    "missing shared module": (
        "shared/customers.py", "from shared.messages import REQUIRED", "from shared.mesages import REQUIRED",
        "shared/customers.py:1:1: build/import no module named 'shared.mesages' in the shared package",
        "from shared.mesages import REQUIRED",
    ),
    "stdlib import missing from its JavaScript version": (
        "shared/orders.py", "from dataclasses import dataclass, field", "from dataclasses import dataclass, field, make_dataclass",
        "shared/orders.py:3:1: build/import dataclasses.make_dataclass does not exist in the JavaScript version of dataclasses",
        "from dataclasses import dataclass, field, make_dataclass",
    ),
    "del of a name (compiled to nothing: the name would stay bound)": (
        "shared/customers.py", "        return REQUIRED", "        message = REQUIRED\n        del message\n        return REQUIRED",
        "shared/customers.py:7:13: build/del `del message` does nothing in JavaScript: message stays bound there",
        "        del message",
    ),
    "read of an except block's name after the block (CPython unbinds it there, JavaScript kept it)": (
        "shared/customers.py", "        return REQUIRED",
        "        try:\n            int(name)\n        except ValueError as problem:\n            pass\n"
        "        return str(problem)",
        "shared/customers.py:10:20: build/except-name `problem` is read after `except ... as problem:`",
        "        return str(problem)",
    ),
    "statement in a class body (Transcrypt leaves it out of the class)": (
        "shared/customers.py", "def ", "class Limits:\n    with REQUIRED:\n        pass\n\n\ndef ",
        "shared/customers.py:5:5: build/class-body a `with` statement in the body of class Limits never runs in JavaScript",
        "    with REQUIRED:",
    ),
    "module outside the allow-list": (
        "shared/tax/gstin.py", "import re", "import re\nimport requests",
        "shared/tax/gstin.py:4:1: build/import import of 'requests' is not allowed in shared code",
        "import requests",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_error_is_located_and_nothing_is_published(built: Path, case: str) -> None:
    relative, old, new, headline, source_line = CASES[case]
    before = _published(built)
    _break(built, relative, old, new)
    result = run_m("build", "--project", str(built))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(line.startswith(headline) for line in lines), result.stderr
    index = next(i for i, line in enumerate(lines) if line.startswith(headline))
    assert lines[index + 1] == "    " + source_line  # the file's line, indented under the headline
    column = int(headline.split(":")[2])
    assert lines[index + 2] == " " * (4 + column - 1) + "^"
    assert "nothing was published" in result.stderr
    assert _published(built) == before


def test_importers_of_a_broken_module_are_not_reported_twice(built: Path) -> None:
    _break(built, "shared/messages.py", 'REQUIRED = "', 'REQUIRED = ("')
    result = run_m("build", "--project", str(built))
    assert result.returncode == 1
    assert result.stderr.count("build/") == 1  # only messages.py; orders and customers just wait for it


def test_unwritable_target_is_reported_and_other_targets_untouched(built: Path) -> None:
    before = _published(built)
    # A regular file where the worker target's parent directory should be: nothing can be written there.
    worker = built / "worker"
    for path in sorted(worker.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    worker.rmdir()
    worker.write_text("not a directory\n")
    _break(built, "shared/messages.py", "This field is required", "Required")
    result = run_m("build", "--project", str(built))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "error: cannot write the new build" in result.stderr and "worker" in result.stderr
    assert _published(built)["frontend/src/shared"] == before["frontend/src/shared"]
    assert worker.read_text() == "not a directory\n"


def test_importing_a_deleted_module_from_its_package_is_an_error(built: Path) -> None:
    # `from . import messages` still parses after messages.py is gone; CPython raises ImportError
    # and the published JS would not load, so the build must refuse it.
    orders = built / "shared" / "orders.py"
    assert "from . import messages" in orders.read_text()
    before = _published(built)
    (built / "shared" / "messages.py").unlink()
    result = run_m("build", "--project", str(built))
    assert result.returncode == 1
    line = next(i for i, text in enumerate(orders.read_text().splitlines(), start=1) if text == "from . import messages")
    assert (f"shared/orders.py:{line}:1: build/import cannot import name 'messages' from 'shared': "
            "no module shared.messages and no such name in shared/__init__.py") in result.stderr
    assert _published(built) == before


def test_generated_javascript_that_does_not_parse_is_refused_at_its_python_line() -> None:
    # Observed: Transcrypt wrote f(**a, **b) as `f (dict (a)dict (b))`, the build published it, and the module
    # failed to load wherever it was imported. Lowering merges those now; this is the net for any other such
    # construct: the compiled text is parsed, and the first error is reported at the Python line it came from.
    from m_shared import shake
    from m_shared.compile import CompileError, CompiledModule, _check_syntax
    from m_shared.graph import SourceModule

    assert shake.syntax_error("var a = f (dict ({'a': 1}));\n") is None
    assert shake.syntax_error("var a = 1;\nvar b = f (dict ({'a': 1})dict ({'b': 2}));\n") == (2, 27)
    code = "// Transcrypt\nvar a = 1;\nvar b = f (dict ({'a': 1})dict ({'b': 2}));\n"
    compiled = CompiledModule(name="shared.calls", code=code, source_lines=(0, 3, 7, 0), exports=("a", "b"), js_names={})
    source = SourceModule("shared.calls", Path("/nowhere/shared/calls.py"), "shared/calls.py", False, "", "")
    with pytest.raises(CompileError) as raised:
        _check_syntax(source, compiled)
    diagnostic = raised.value.diagnostic
    assert (diagnostic.path, diagnostic.line, diagnostic.rule) == ("shared/calls.py", 7, "build/transcrypt")
    assert "does not parse (line 3 of the generated module)" in diagnostic.message
