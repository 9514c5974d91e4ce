"""date, time and datetime strftime agree with CPython for every directive Python documents.

js_runtime/overlay/datetime.strftime.edit.json replaces Transcrypt's strftime (time.js's, which
named January 'December' in a browser on UTC, left %j, %U, %c... unformatted and %% doubled). The
fixture formats one datetime a day over whole years (leap years, the ISO weeks around New Year,
the first and last years datetime allows), a date, times of day and UTC offsets; the directives it
cannot give as CPython does throw an m_shared error (the parity corpus, corpus/dates.py, has them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, built_fixture, call_in_cpython, run_node

# 1000: the first year %Y writes alike in every CPython; 9999: the last datetime allows
YEARS = [1000, 1600, 1900, 2000, 2020, 2021, 2024, 2026, 2027, 9999]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_fixture(REPO / "tests/js_runtime/fixtures/strftime", tmp_path_factory)


def _in_node(project: Path, function: str, args: list) -> object:
    script = (f"import {{ {function} }} from './out/sweep.js';"
              f"console.log(JSON.stringify({function}(...{args!r})));")
    return run_node(script, cwd=project)


def _first_difference(js: list, cpython: list) -> str:
    assert len(js) == len(cpython), (len(js), len(cpython))
    index = next((i for i, (a, b) in enumerate(zip(js, cpython)) if a != b), None)
    return "" if index is None else f"item {index}:\n  JS:      {js[index]!r}\n  CPython: {cpython[index]!r}"


@pytest.mark.parametrize("year", YEARS)
def test_every_day_of_a_year(project: Path, year: int) -> None:
    cpython = call_in_cpython(project, "shared.sweep", "every_day", [year])
    assert len(cpython) in (365, 366)
    assert not _first_difference(_in_node(project, "every_day", [year]), cpython)


@pytest.mark.parametrize("function", ["dates_and_times", "utc_offsets"])
def test_dates_times_and_offsets(project: Path, function: str) -> None:
    cpython = call_in_cpython(project, "shared.sweep", function, [])
    assert not _first_difference(_in_node(project, function, []), cpython)
