"""The lint stage runs beside the compile stage, yet a build answers as if it linted first.

ruff and semgrep-core run in their own processes while the modules compile (a save republishes about
0.1 s sooner). Code the lint flags gets compiled too now; these tests check that its compile results,
errors and crashes are dropped with it, that its importers are not reported compiled, and that the
linters are stopped when a plan gives up.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from m_shared import compile as compile_stage
from m_shared.config import load
from m_shared.pipeline import Builder


def _break(app: Path, relative: str, old: str, new: str) -> None:
    path = app / relative
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def _children() -> list[int]:
    """This process's live child processes."""
    found = []
    for task in os.listdir("/proc/self/task"):
        try:
            found += [int(pid) for pid in Path(f"/proc/self/task/{task}/children").read_text().split()]
        except OSError:
            continue
    return found


def test_a_module_lint_flags_reports_the_lint_finding_not_the_compile_error(app: Path) -> None:
    # A line Transcrypt rejects, and a line the lint flags: linting first, only the lint finding was reported.
    _break(app, "shared/orders.py", "super().__init__(message)", "super(ValueError, self).__init__(message)")
    assert [d.rule for d in Builder(load(app), lint="off").plan().diagnostics] == ["build/transcrypt"]
    _break(app, "shared/orders.py", "MAX_LINES: int = 50", 'MAX_LINES: int = 50\nPAD = "{x}".format_map({})')  # MS101
    result = Builder(load(app)).plan()
    assert [(d.path, d.rule) for d in result.diagnostics] == [("shared/orders.py", "MS101")]
    assert "shared.orders" not in result.compiled and not result.contents


def test_importers_of_a_module_lint_flags_are_not_reported_compiled(app: Path) -> None:
    _break(app, "shared/messages.py", 'REQUIRED = "', 'REQUIRED = "{x}".format_map({}) + "')  # MS101
    builder = Builder(load(app))
    result = builder.plan()
    assert [(d.path, d.rule) for d in result.diagnostics] == [("shared/messages.py", "MS101")]
    assert not {"shared.messages", "shared.customers", "shared.orders"} & set(result.compiled + result.reused)
    _break(app, "shared/messages.py", 'REQUIRED = "{x}".format_map({}) + "', 'REQUIRED = "')
    fixed = builder.plan()
    assert fixed.ok and {"shared.messages", "shared.customers", "shared.orders"} <= set(fixed.compiled)


def test_a_compiler_crash_in_code_lint_flags_is_dropped_with_it(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = compile_stage.compile_module

    def crash(module, tree, known, *more):
        if module.name == "shared.customers":
            raise RuntimeError("Transcrypt fell over")
        return real(module, tree, known, *more)

    monkeypatch.setattr(compile_stage, "compile_module", crash)
    builder = Builder(load(app))
    with pytest.raises(RuntimeError, match="Transcrypt fell over"):  # not flagged: a crash is a crash
        builder.plan()
    _break(app, "shared/customers.py", "if not name.strip():", "if not name.strip() or pow(2, 3, 5):")  # MS105
    result = builder.plan()
    assert [(d.path, d.rule) for d in result.diagnostics] == [("shared/customers.py", "MS105")]


def test_linters_are_stopped_when_a_plan_gives_up(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(cache_dir):
        raise KeyboardInterrupt  # Ctrl-C as the compile stage starts, the linters just started

    monkeypatch.setattr(compile_stage, "library", interrupted)
    before = set(_children())
    with pytest.raises(KeyboardInterrupt):
        Builder(load(app)).plan()
    assert not set(_children()) - before  # at once: killed and reaped, not left to finish (~0.1 s)


def test_a_file_saved_while_it_is_linted_is_not_published(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The linters read the file themselves: if it changed since the build read it, their findings may be about
    text that is not the one compiled. Nothing is published then, and nothing remembered; the next build is."""
    builder = Builder(load(app))
    assert builder.build().ok
    customers = app / "shared" / "customers.py"
    real = compile_stage.library

    def save_meanwhile(cache_dir):
        customers.write_text(customers.read_text().replace("return REQUIRED", 'return "{x}".format_map({})'))
        return real(cache_dir)

    _break(app, "shared/customers.py", "return REQUIRED", "return REQUIRED + ''")
    monkeypatch.setattr(compile_stage, "library", save_meanwhile)
    result = builder.build()
    assert [(d.path, d.rule) for d in result.diagnostics] == [("shared/customers.py", "build/changed")]
    assert not result.published
    monkeypatch.setattr(compile_stage, "library", real)
    again = builder.build()  # the text on disk now, linted as it is: MS101
    assert [(d.path, d.rule) for d in again.diagnostics] == [("shared/customers.py", "MS101")]
