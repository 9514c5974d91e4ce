"""`m shared verify`: doctest examples run in CPython and in Node; divergences are reported and fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NODE_MODULES, REPO, copy_fixture, run_m


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_fixture(REPO / "tests/verify/fixtures/app", tmp_path / "app")


PRINTF_ERROR = (
    "MSharedError: m_shared: printf-style % formatting of a str is not supported in JavaScript; use str.format or an f-string"
)


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), start=1) if text in line)


def test_planted_divergence_is_reported_with_both_results(project: Path) -> None:
    result = run_m("verify", "--project", str(project))
    assert result.returncode == 1
    line = _line_of(project / "shared/labels.py", ">>> padded(7)")
    assert result.stderr.splitlines() == [
        f"shared/labels.py:{line}: example gives different results in CPython and JavaScript",
        "    >>> padded(7)",
        '    CPython:    "07 units"',
        f"    JavaScript: raises {PRINTF_ERROR}",
    ]
    assert result.stdout.strip() == "m_shared verify: 12 examples ran in CPython, 12 in Node; 1 divergence"


def test_agreeing_examples_pass(project: Path) -> None:
    labels = project / "shared/labels.py"
    labels.write_text(labels.read_text().replace('return "%02d units" % count', 'return "{:02d} units".format(count)'))
    result = run_m("verify", "--project", str(project))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "m_shared verify: 12 examples ran in CPython, 12 in Node; 0 divergences"
    assert not (project / "web").exists()  # verify builds a private copy; the project's targets are not touched


def test_an_exception_in_one_runtime_only_is_a_divergence(project: Path) -> None:
    # A float index: 4 / 2 is 2.0 in CPython (TypeError as a list index) and 2 in JavaScript, which has
    # one number type (the lint rule MS111 reports the type tests that see it; an index is not one).
    labels = project / "shared/labels.py"
    labels.write_text(labels.read_text().replace(
        '    >>> parse_quantity("")\n', '    >>> ["a", "b", "c"][parse_quantity("4") / 2]\n    \'c\'\n    >>> parse_quantity("")\n'))
    result = run_m("verify", "--project", str(project))
    assert result.returncode == 1
    line = _line_of(labels, '>>> ["a", "b", "c"][parse_quantity("4") / 2]')
    lines = result.stderr.splitlines()
    index = lines.index(f"shared/labels.py:{line}: example gives different results in CPython and JavaScript")
    assert lines[index + 2] == "    CPython:    raises TypeError: list indices must be integers or slices, not float"
    assert lines[index + 3] == '    JavaScript: "c"'
    assert "13 examples ran in CPython, 13 in Node; 2 divergences" in result.stdout


def test_examples_also_run_in_workerd_when_the_project_has_its_npm_package(project: Path) -> None:
    # as after `npm install workerd` in the project (here: this repository's own node_modules)
    (project / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    result = run_m("verify", "--project", str(project))
    assert result.returncode == 1
    line = _line_of(project / "shared/labels.py", ">>> padded(7)")
    assert result.stderr.splitlines() == [  # Node and workerd agree with each other, so one JavaScript line
        f"shared/labels.py:{line}: example gives different results in CPython and JavaScript",
        "    >>> padded(7)",
        '    CPython:    "07 units"',
        f"    JavaScript: raises {PRINTF_ERROR}",
    ]
    assert result.stdout.strip() == "m_shared verify: 12 examples ran in CPython, 12 in Node, 12 in workerd; 1 divergence"
