"""Configuration errors: one line naming the file and the key, exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_m

VALID = """\
[tool.m_shared]
source = "shared"

[tool.m_shared.targets.frontend]
path = "frontend/src/shared"
runtime = "browser"
"""


def _project(tmp_path: Path, pyproject: str | None, make_source: bool = True) -> Path:
    project = tmp_path / "app"
    project.mkdir()
    if pyproject is not None:
        (project / "pyproject.toml").write_text(pyproject)
    if make_source:
        (project / "shared").mkdir()
        (project / "shared" / "__init__.py").write_text("")
    return project


BAD = {
    "missing section": ("[project]\nname = 'x'\n", "no [tool.m_shared] section"),
    "unknown top-level key": (VALID + "[tool.m_shared.extra]\n", "tool.m_shared.extra: unknown key"),
    "unknown target key": (VALID + 'colour = "red"\n', "tool.m_shared.targets.frontend.colour: unknown key"),
    "source of the wrong type": (VALID.replace('source = "shared"', "source = 3"),
                                 "tool.m_shared.source must be a non-empty string path, not 3"),
    "missing source directory": (VALID.replace('source = "shared"', 'source = "lib"'),
                                 "tool.m_shared.source: directory 'lib' does not exist"),
    "unknown runtime": (VALID.replace('runtime = "browser"', 'runtime = "deno"'),
                        "tool.m_shared.targets.frontend.runtime must be one of browser, workerd, node, not 'deno'"),
    "target leaving the project": (VALID.replace('"frontend/src/shared"', '"../elsewhere"'),
                                   "tool.m_shared.targets.frontend.path: '../elsewhere' must be a relative path"),
    "absolute target": (VALID.replace('"frontend/src/shared"', '"/tmp/out"'),
                        "tool.m_shared.targets.frontend.path: '/tmp/out' must be a relative path"),
    "target of the wrong type": (VALID.replace('path = "frontend/src/shared"', "path = ['a']"),
                                 "tool.m_shared.targets.frontend.path must be a non-empty string path"),
    "target missing its path": (VALID.replace('path = "frontend/src/shared"\n', ""),
                                "tool.m_shared.targets.frontend.path is missing"),
    "target inside the source": (VALID.replace('"frontend/src/shared"', '"shared/out"'),
                                 "tool.m_shared.targets.frontend.path must be a directory of its own"),
    "targets as a string": ('[tool.m_shared]\ntargets = "web"\n', "tool.m_shared.targets must be a table of tables"),
    "invalid TOML": ("[tool.m_shared\n", "invalid TOML"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_configuration_is_one_line_naming_file_and_key(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    project = _project(tmp_path, text)
    result = run_m("build", "--project", str(project))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {project / 'pyproject.toml'}: ")
    assert expected in lines[0]
    assert not (project / "frontend").exists()


def test_missing_pyproject(tmp_path: Path) -> None:
    project = _project(tmp_path, None)
    result = run_m("check", "--project", str(project))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {project / 'pyproject.toml'}: file not found " \
        "(a project needs a pyproject.toml with [tool.m_shared])"


def test_no_project_above_the_current_directory(tmp_path: Path) -> None:
    result = run_m("build", cwd=tmp_path)
    assert result.returncode == 2
    assert "no pyproject.toml with a [tool.m_shared] section in" in result.stderr
    assert "--project DIR" in result.stderr


def test_target_through_a_symlink_that_leaves_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    project = _project(tmp_path, VALID)
    (project / "frontend").symlink_to(outside)
    result = run_m("build", "--project", str(project))
    assert result.returncode == 2
    assert "tool.m_shared.targets.frontend.path: 'frontend/src/shared' leaves the project directory" in result.stderr
    assert list(outside.iterdir()) == []


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run_m("build", "--no-such-option")
    assert result.returncode == 2
    assert "No such option" in result.stderr


def test_invalid_toml_is_reported_when_found_from_a_subdirectory(tmp_path: Path) -> None:
    project = _project(tmp_path, VALID + "[tool.m_shared.targets.worker\n")
    result = run_m("build", cwd=project / "shared")
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {project / 'pyproject.toml'}: invalid TOML: ")


# ---- tool.m_shared.python: the CPython version whose behaviour the published JavaScript reproduces -----------
@pytest.mark.parametrize(("requires", "setting", "expected"), [
    (None, None, (3, 12)),  # neither: 3.12
    (">=3.11", None, (3, 12)),  # 3.12 is allowed: kept
    (">=3.13", None, (3, 13)),  # 3.12 excluded: the lowest supported version allowed
    (">=3.11,<3.12", None, (3, 11)),
    ("~=3.13.1", None, (3, 13)),
    ("!=3.12.*,>=3.11", None, (3, 11)),
    (">=3.11", "3.13", (3, 13)),  # the setting wins
    (">=3.13", "3.11", (3, 11)),
    (None, "3.11", (3, 11)),
])
def test_python_target_default_and_explicit(tmp_path: Path, requires: str | None, setting: str | None,
                                            expected: tuple[int, int]) -> None:
    from m_shared.config import load

    project_table = f'[project]\nname = "x"\nrequires-python = "{requires}"\n\n' if requires else ""
    python_line = f'python = "{setting}"\n' if setting else ""
    project = _project(tmp_path, project_table + VALID.replace("[tool.m_shared]\n", f"[tool.m_shared]\n{python_line}"))
    assert load(project).python == expected


@pytest.mark.parametrize(("value", "shown"), [('"3.10"', "'3.10'"), ('"3.14"', "'3.14'"), ("3.12", "3.12"),
                                              ('"latest"', "'latest'"), ('"3.12.1"', "'3.12.1'")])
def test_unsupported_python_target_names_file_line_and_the_supported_versions(tmp_path: Path, value: str,
                                                                               shown: str) -> None:
    project = _project(tmp_path, VALID.replace("[tool.m_shared]\n", f"[tool.m_shared]\npython = {value}\n"))
    result = run_m("build", "--project", str(project))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"error: {project / 'pyproject.toml'}:2: tool.m_shared.python: {shown} is not a CPython version the "
        'published JavaScript can follow (supported: 3.11, 3.12, 3.13; write e.g. python = "3.12")'
    )
    assert not (project / "frontend").exists()


@pytest.mark.parametrize(("requires", "expected"), [
    (">=3.14", "allows none of the CPython versions the published JavaScript can follow (3.11, 3.12, 3.13)"),
    ("3.12", "is not a version specifier m_shared reads"),
])
def test_requires_python_without_a_supported_version_asks_for_the_setting(tmp_path: Path, requires: str,
                                                                          expected: str) -> None:
    project = _project(tmp_path, f'[project]\nname = "x"\nrequires-python = "{requires}"\n\n' + VALID)
    result = run_m("build", "--project", str(project))
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.startswith(f"error: {project / 'pyproject.toml'}:3: project.requires-python '{requires}' ")
    assert expected in line and "set tool.m_shared.python" in line
