"""m_shared.lint.run on a real project: merged, sorted findings; suppression; the per-file cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, copy_fixture

from m_shared import lint
from m_shared.diagnostics import ConfigError
from m_shared.lint import _suppress, _tools

APP = REPO / "tests" / "lint" / "fixtures" / "app"

EXPECTED = [
    ("shared/divergent.py", 4, "build/import"),
    ("shared/divergent.py", 8, "UP031"),
    ("shared/divergent.py", 12, "MS101"),
    ("shared/divergent.py", 16, "MS104"),
    ("shared/divergent.py", 20, "MS212"),
    ("shared/divergent.py", 26, "MS203"),
    ("shared/divergent.py", 31, "TID251"),
    ("shared/suppressed.py", 13, "UP031"),  # a bare noqa comment names no rule, so it silences nothing
    ("shared/suppressed.py", 17, "MS105"),  # the comment names another rule
]


@pytest.fixture(scope="module")
def linted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, lint.LintResult]:
    project = copy_fixture(APP, tmp_path_factory.mktemp("lint") / "app")
    return project, lint.run(project, project / "shared", cache=False)


def test_findings_of_every_linter_are_merged_and_sorted(linted: tuple[Path, lint.LintResult]) -> None:
    _, result = linted
    assert [(d.path, d.line, d.rule) for d in result.diagnostics] == EXPECTED
    assert result.diagnostics == sorted(result.diagnostics)
    assert all(d.severity == "error" and d.message and d.col >= 1 for d in result.diagnostics)
    assert result.files == 5 and result.errors == len(EXPECTED)


def test_suppressed_findings_are_counted(linted: tuple[Path, lint.LintResult]) -> None:
    _, result = linted
    assert result.suppressed == 2  # the m-shared ignore of MS105 and the noqa of UP031


def test_semgrep_finding_carries_message_and_hint(linted: tuple[Path, lint.LintResult]) -> None:
    _, result = linted
    format_map = next(d for d in result.diagnostics if d.rule == "MS101")
    assert format_map.message.startswith("`.format_map()` is not implemented by Transcrypt's runtime")
    assert "format(**d)" in format_map.hint
    assert (format_map.line, format_map.col) == (12, 12)


def test_clean_module_has_no_findings(linted: tuple[Path, lint.LintResult]) -> None:
    project, _ = linted
    result = lint.run(project, project / "shared", [project / "shared" / "clean.py"], cache=False)
    assert result.diagnostics == [] and result.suppressed == 0 and result.files == 1


def test_paths_select_files_and_directories(linted: tuple[Path, lint.LintResult]) -> None:
    project, _ = linted
    result = lint.run(project, project / "shared", [project / "shared" / "suppressed.py"], cache=False)
    assert {d.path for d in result.diagnostics} == {"shared/suppressed.py"}
    assert result.suppressed == 2


def test_bad_paths_are_configuration_errors(linted: tuple[Path, lint.LintResult], tmp_path: Path) -> None:
    project, _ = linted
    with pytest.raises(ConfigError, match="no such file"):
        lint.run(project, project / "shared", [project / "shared" / "missing.py"])
    outside = tmp_path / "outside.py"
    outside.write_text("x = 1\n")
    with pytest.raises(ConfigError, match="not inside the project"):
        lint.run(project, project / "shared", [outside])
    (project / "notes.txt").write_text("hello\n")
    with pytest.raises(ConfigError, match="not a Python file"):
        lint.run(project, project / "shared", [project / "notes.txt"])


def test_syntax_error_is_reported_not_raised(tmp_path: Path) -> None:
    project = copy_fixture(APP, tmp_path / "app")
    (project / "shared" / "broken.py").write_text("def f(:\n    return 1\n")
    result = lint.run(project, project / "shared", [project / "shared" / "broken.py"], cache=False)
    assert [(d.path, d.rule) for d in result.diagnostics] == [("shared/broken.py", "build/syntax")]


def test_changed_argument_is_reported_and_silenced_by_its_rule(tmp_path: Path) -> None:
    project = copy_fixture(APP, tmp_path / "app")
    module = project / "shared" / "arguments.py"
    module.write_text(
        "def normalise(doc):\n"
        "    doc['email'] = doc['email'].strip()\n"
        "\n\n"
        "def server_only(doc):\n"
        "    doc['seen'] = True  # noqa: MS221 - only the server calls it\n"
        "\n\n"
        "def fill(doc):\n"
        "    doc.setdefault(  # m-shared: ignore[MS221] only the server calls it\n"
        "        'country', 'NZ',\n"
        "    )\n"
        "\n\n"
        "def other_rule(doc):\n"
        "    doc.clear()  # m-shared: ignore[MS220]\n"
        "\n\n"
        "def _private(doc):\n"
        "    doc['seen'] = True\n"
    )
    result = lint.run(project, project / "shared", [module], cache=False)
    assert [(d.line, d.rule) for d in result.diagnostics] == [(2, "MS221"), (16, "MS221")]
    assert result.suppressed == 2
    first = result.diagnostics[0]
    assert first.message.startswith("Assigning to `doc['email']` changes `doc`, an argument of normalise()")
    assert "JavaScript caller's object" in first.message and "CPython caller's object changes" in first.message
    assert first.hint.startswith("values in, values out: return what changed")


def test_cache_reuses_unchanged_files_and_relints_changed_ones(tmp_path: Path) -> None:
    project = copy_fixture(APP, tmp_path / "app")
    first = lint.run(project, project / "shared")
    assert first.cached == 0
    second = lint.run(project, project / "shared")
    assert second.cached == second.files == 5
    assert second.diagnostics == first.diagnostics and second.suppressed == first.suppressed

    clean = project / "shared" / "clean.py"
    clean.write_text(clean.read_text() + "\n\ndef bad(s: str) -> str:\n    return s.translate({})\n")
    third = lint.run(project, project / "shared")
    assert third.cached == 4
    assert ("shared/clean.py", "MS101") in {(d.path, d.rule) for d in third.diagnostics}
    # One cache entry per file: the old version's entry was replaced.
    assert len(list((project / ".m_shared" / "lint").glob("*.json"))) == 5


def test_suppression_comments() -> None:
    source = (
        "a = 1  # m-shared: ignore[MS101, ms104] reason\n"
        "b = '# noqa: UP031'\n"
        "c = 2  # noqa: UP031,F632\n"
        "d = 3  # noqa\n"
        "e = 4  # m-shared: ignore\n"
    )
    table = _suppress.suppressions(source)
    assert table == {1: {"MS101", "MS104"}, 3: {"UP031", "F632"}}
    assert _suppress.is_suppressed("ms104", [1], table)
    assert not _suppress.is_suppressed("MS105", [1, 2, 3], table)


def test_semgrep_never_phones_home(tmp_path: Path) -> None:
    command = _tools.semgrep_command(REPO / "rules", ["shared/x.py"])
    assert "--metrics=off" in command and "--disable-version-check" in command
    config = command[command.index("--config") + 1]
    assert Path(config) == REPO / "rules" / "semgrep"  # a local directory, never registry rules
    assert _tools.quiet_env()["SEMGREP_SEND_METRICS"] == "off"
    assert _tools.quiet_env()["SEMGREP_ENABLE_VERSION_CHECK"] == "0"


def test_semgrep_rules_are_merged_into_one_config_file() -> None:
    merged = _tools.semgrep_config(REPO / "rules")
    assert merged.is_file() and merged.suffix == ".yaml"
    text = merged.read_text(encoding="utf-8")
    assert text.startswith("rules:\n")
    for rule_file in (REPO / "rules" / "semgrep").glob("*.yaml"):
        assert f"  - id: {rule_file.stem}\n" in text
    assert _tools.semgrep_config(REPO / "rules") == merged  # named by content: reused, not rewritten


def test_semgrep_rules_run_through_semgrep_core_not_semgrep_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every lint (and so every build and every watch-loop save) runs every semgrep rule, in about 0.1 s."""
    project = copy_fixture(APP, tmp_path / "app")

    def no_scan(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("`semgrep scan` started although semgrep-core is installed")

    monkeypatch.setattr(_tools, "semgrep_command", no_scan)
    result = lint.run(project, project / "shared", cache=False)
    assert [(d.path, d.line, d.rule) for d in result.diagnostics] == EXPECTED
