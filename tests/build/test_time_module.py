"""Transcrypt's time module is published (in the library's one file) only with a package that reads the clock.

datetime.js imports time.js for date.today(), datetime.now() and the like. strftime used to need it
too, and the shaker kept strftime for nearly every package that uses dates (str.format reached
date.__format__ by name, which calls strftime), so time.js (1.7 KB gzipped) went out with them all.
js_runtime/overlay/datetime.strftime.edit.json formats without it, and a template of `{}` fields
no longer reaches __format__ at all (m_shared/compile.py filled_templates). Each fixture is a real
project in fixtures/time_module/, built by the real command line; its functions run in Node and in
CPython.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

from m_shared import bundle

FIXTURES = REPO / "tests/build/fixtures/time_module"


def _bundle(project: Path) -> str:
    return (project / "out/_m_shared/org.transcrypt.__runtime__.js").read_text(encoding="utf-8")


def _library(project: Path) -> set[str]:
    """The library modules published: the bundle's (m_shared/bundle.py)."""
    return set(bundle.bundled_modules(_bundle(project)))


def _in_node(project: Path, function: str, *args: object) -> object:
    script = (f"import {{ {function} }} from './out/days.js';"
              f"console.log(JSON.stringify({function}(...{list(args)!r})));")
    return run_node(script, cwd=project)


def test_dates_without_a_clock_publish_no_time_module(tmp_path_factory: pytest.TempPathFactory) -> None:
    project = built_fixture(FIXTURES / "dates", tmp_path_factory)
    library = _library(project)
    assert "datetime" in library and "time" not in library, sorted(library)
    # "{}".format(d) and f"{d}" are str(d): nothing reaches __format__, nor strftime through it
    assert "__format__" not in _bundle(project) and "strftime" not in _bundle(project)
    args = ([2025, 12, 1], [2026, 3, 1])
    expected = call_in_cpython(project, "shared.days", "delivery_window", list(args))
    assert _in_node(project, "delivery_window", *args) == expected == [90, False, "2026-03-01", "2025-12-01",
                                                                        "from 2025-12-01", "datetime.date(2025, 12, 1)"]


def test_strftime_publishes_no_time_module_and_agrees_with_cpython(tmp_path_factory: pytest.TempPathFactory) -> None:
    project = built_fixture(FIXTURES / "strftime", tmp_path_factory)
    assert "time" not in _library(project)
    assert "get __format__" in _bundle(project)  # "{:%B %d, %Y}".format(moment) reaches it, and its strftime
    for day in ([2023, 1, 1], [2024, 2, 29], [2024, 12, 31]):
        expected = call_in_cpython(project, "shared.days", "written", day)
        assert _in_node(project, "written", *day) == expected
    assert expected == ["31 Dec 2024", "Tuesday 366 14:07:09 %", "December 31, 2024"]


def test_today_publishes_the_time_module_and_reads_the_clock(tmp_path_factory: pytest.TempPathFactory) -> None:
    project = built_fixture(FIXTURES / "today", tmp_path_factory)
    assert {"datetime", "time"} <= _library(project)
    before = datetime.date.today().isoformat()
    result = _in_node(project, "today")
    after = datetime.date.today().isoformat()
    # Node and this process read the same clock in the same time zone; a midnight in between is allowed
    assert result in ([before, before], [after, after]), (result, before, after)
