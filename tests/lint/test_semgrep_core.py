"""semgrep's engine called directly (semgrep-core) against `semgrep scan`: the same findings, and loud failures.

m_shared runs semgrep-core itself, the way `semgrep scan` runs it, because the wrapper costs about 2 s a
call and the watch loop lints on every save. These tests hold the two to the same findings on every
rule's fixture, and check that an engine that crashes, prints something else or skips a rule is an
m_shared error, never a traceback and never a clean bill of health.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO, copy_fixture

from m_shared import lint
from m_shared.diagnostics import MSharedError
from m_shared.lint import _tools
from m_shared.lint.cli import lint_command

RULES = REPO / "rules"
FIXTURES = sorted((RULES / "semgrep").glob("MS1*.py"))
APP = REPO / "tests" / "lint" / "fixtures" / "app"


def _key(finding: _tools.RawFinding) -> tuple[str, int, int, str, str]:
    return (finding.path, finding.line, finding.col, finding.rule, finding.message)


@pytest.fixture(scope="module")
def both() -> tuple[list[_tools.RawFinding], list[_tools.RawFinding]]:
    """Every rule's fixture linted once by `semgrep scan` and once by semgrep-core, paths relative to the repo."""
    files = [path.relative_to(REPO).as_posix() for path in FIXTURES]
    assert _tools.semgrep_core() is not None, "the semgrep package ships semgrep-core; these tests compare with it"
    scan = _tools.run_semgrep(REPO, RULES, files, scan=True)
    core = _tools.run_semgrep(REPO, RULES, files)
    return scan, core


def test_every_rule_has_a_fixture() -> None:
    assert [path.stem for path in FIXTURES] == sorted(path.stem for path in (RULES / "semgrep").glob("*.yaml"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_semgrep_core_reports_what_semgrep_scan_reports(
    both: tuple[list[_tools.RawFinding], list[_tools.RawFinding]], fixture: Path
) -> None:
    relpath = fixture.relative_to(REPO).as_posix()
    scan, core = ([_key(f) for f in findings if f.path == relpath] for findings in both)
    assert sorted(core) == sorted(scan)
    assert len(core) == len(set(core)), "no finding twice"
    assert fixture.stem in {rule for _, _, _, rule, _ in core}, "the fixture exercises its rule"
    # The hint and the severity come from the rule's metadata in both.
    by_scan = {_key(f): (f.hint, f.severity, f.end_line) for f in both[0] if f.path == relpath}
    assert {_key(f): (f.hint, f.severity, f.end_line) for f in both[1] if f.path == relpath} == by_scan


def test_semgrep_core_agrees_on_a_project_with_every_kind_of_finding(tmp_path: Path) -> None:
    project = copy_fixture(APP, tmp_path / "app")
    files = sorted(p.relative_to(project).as_posix() for p in (project / "shared").rglob("*.py"))
    scan = sorted(_key(f) for f in _tools.run_semgrep(project, RULES, files, scan=True))
    core = sorted(_key(f) for f in _tools.run_semgrep(project, RULES, files))
    assert core == scan and core


def test_rules_are_handed_over_as_json_with_aliases_resolved() -> None:
    """semgrep-core alone rejects MS104.yaml's `*binop` alias ("Expected a list for pattern-either")."""
    converted = _tools.semgrep_core_rules(RULES)
    rules = json.loads(converted.read_text(encoding="utf-8"))["rules"]
    assert sorted(rule["id"] for rule in rules) == [path.stem for path in FIXTURES]
    ms104 = next(rule for rule in rules if rule["id"] == "MS104")
    branches = ms104["pattern-either"]
    assert branches[0]["patterns"][0] == branches[1]["patterns"][0]  # the alias, expanded
    assert _tools.semgrep_core_rules(RULES) == converted  # named by content: reused, not rewritten
    assert not stat.S_IMODE(converted.stat().st_mode) & 0o022


def test_a_converted_rules_file_someone_else_could_write_is_not_trusted() -> None:
    converted = _tools.semgrep_core_rules(RULES)
    converted.chmod(0o666)
    try:
        again = _tools.semgrep_core_rules(RULES)
        assert again == converted and not stat.S_IMODE(again.stat().st_mode) & 0o022  # written anew
    finally:
        if converted.exists():
            converted.chmod(0o600)


def test_the_engine_is_the_semgrep_package_s_own() -> None:
    core = _tools.semgrep_core()
    import semgrep

    assert core == Path(semgrep.__file__).parent / "bin" / "semgrep-core"
    command = _tools.semgrep_core_command(core, Path("rules.json"), Path("targets.json"))
    assert command[1:] == ["-json", "-rules", "rules.json", "-targets", "targets.json",
                           "-timeout", "5", "-timeout_threshold", "3", "-max_memory", "0", "-fast", "-j", "1"]


def test_semgrep_core_is_fast() -> None:
    """The point of calling it directly: a one-file lint well under the 2 s of `semgrep scan`."""
    files = [FIXTURES[0].relative_to(REPO).as_posix()]
    _tools.run_semgrep(REPO, RULES, files)  # converts the rules once
    started = time.perf_counter()
    _tools.run_semgrep(REPO, RULES, files)
    assert time.perf_counter() - started < 1.0


# ---- failures ------------------------------------------------------------------------------------
def _fake_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """Put a shell script where semgrep-core would be."""
    fake = tmp_path / "semgrep-core"
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(_tools, "semgrep_core", lambda: fake)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_fixture(APP, tmp_path / "app")


REPORT = {"version": "1.182.0", "results": [], "errors": [], "paths": {"scanned": ["shared/clean.py"]},
          "skipped_rules": []}


@pytest.mark.parametrize(("script", "message"), [
    ("kill -SEGV $$\n", r"semgrep-core failed \(signal SIGSEGV\), so the MS1xx rules did not run"),
    ("echo 'Fatal error: out of memory' >&2; exit 2\n", r"semgrep-core failed \(exit 2\).*out of memory"),
    ("echo 'this is not JSON'\n", r"semgrep-core answered something other than its JSON report.*this is not JSON"),
    ("exit 0\n", r"semgrep-core answered something other than its JSON report.*\(nothing\)"),
    ("printf '.\\n{\"results\": [\\n'\n", r"semgrep-core answered something other than its JSON report"),
    (f"printf '.\\n%s\\n' '{json.dumps({**REPORT, 'paths': {'scanned': []}})}'\n",
     r"shared/clean\.py: not scanned"),
    (f"printf '%s\\n' '{json.dumps({**REPORT, 'errors': [{'error_type': 'Rule parse error', 'severity': 'error', 'message': 'Expected a list for pattern-either', 'location': {'path': '/tmp/r.json', 'start': {'line': 1, 'col': 5}}, 'rule_id': 'MS104'}]})}'\n",  # noqa: E501
     r"Rule parse error in rule MS104: Expected a list for pattern-either"),
    (f"printf '%s\\n' '{json.dumps({**REPORT, 'errors': [{'error_type': 'Timeout', 'severity': 'warning', 'message': 'timed out', 'location': {'path': 'shared/clean.py', 'start': {'line': 3, 'col': 1}}, 'rule_id': 'MS101'}]})}'\n",  # noqa: E501
     r"shared/clean\.py:3:1: Timeout in rule MS101: timed out"),
    (f"printf '%s\\n' '{json.dumps({**REPORT, 'skipped_rules': [{'rule_id': 'MS105', 'details': 'bad'}]})}'\n",
     r"rule MS105 was skipped: bad"),
])
def test_engine_failure_is_an_m_shared_error(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, message: str
) -> None:
    _fake_core(tmp_path, monkeypatch, script)
    with pytest.raises(MSharedError, match=message):
        lint.run(project, project / "shared", [project / "shared" / "clean.py"], cache=False)


def test_engine_failure_through_the_cli_is_one_error_line_and_exit_1(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_core(tmp_path, monkeypatch, "kill -SEGV $$\n")
    result = CliRunner().invoke(lint_command, ["--project", str(project), "--no-cache"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "error: semgrep-core failed (signal SIGSEGV)" in result.output
    assert "Traceback" not in result.output


def test_a_syntax_error_semgrep_parses_around_is_not_an_engine_failure(project: Path) -> None:
    (project / "shared" / "broken.py").write_text('def f(:\n    return "{x}".format_map({})\n', encoding="utf-8")
    result = lint.run(project, project / "shared", [project / "shared" / "broken.py"], cache=False)
    # semgrep parses around the error and reports what it can, as `semgrep scan` does
    assert [(d.line, d.rule) for d in result.diagnostics] == [(1, "build/syntax"), (2, "MS101")]


def test_an_invalid_rule_is_reported_by_the_real_engine(tmp_path: Path, project: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "semgrep" / "MS199.yaml").write_text(
        "rules:\n  - id: MS199\n    languages: [python]\n    severity: ERROR\n    message: m\n    pattern: foo((\n",
        encoding="utf-8",
    )
    with pytest.raises(MSharedError, match=r"Rule parse error in rule MS199: Invalid pattern for Python"):
        _tools.run_semgrep(project, rules, ["shared/clean.py"])


def test_a_rule_file_that_is_not_yaml_names_the_file(tmp_path: Path, project: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    (rules / "semgrep" / "MS199.yaml").write_text("rules:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(MSharedError, match=r"MS199\.yaml: not a valid semgrep rule file"):
        _tools.run_semgrep(project, rules, ["shared/clean.py"])


def test_without_semgrep_core_semgrep_scan_runs_and_says_so(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(_tools, "semgrep_core", lambda: None)
    monkeypatch.setattr(_tools, "_SAID", set())
    result = lint.run(project, project / "shared", cache=False)
    assert ("shared/divergent.py", 12, "MS101") in {(d.path, d.line, d.rule) for d in result.diagnostics}
    assert ("shared/divergent.py", 16, "MS104") in {(d.path, d.line, d.rule) for d in result.diagnostics}
    err = capsys.readouterr().err
    assert "semgrep-core is not in the semgrep package" in err and "`semgrep scan` instead" in err


def test_the_targets_file_is_removed(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr("tempfile.tempdir", None)
    lint.run(project, project / "shared", cache=False)
    assert not [p for p in os.listdir(tmp_path / "tmp") if "targets" in p]
