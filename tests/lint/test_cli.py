"""`m shared lint`: every output format and every exit code, through the real command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import REPO, copy_fixture, run_m

from m_shared.lint.cli import lint_command

APP = REPO / "tests" / "lint" / "fixtures" / "app"
SARIF_SCHEMA = REPO / "tests" / "lint" / "fixtures" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_fixture(APP, tmp_path_factory.mktemp("cli") / "app")


def lint(project: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(lint_command, ["--project", str(project), *args], catch_exceptions=False)
    return result.exit_code, result.output


def test_text_format_and_exit_1_on_errors(project: Path) -> None:
    result = run_m("lint", "--project", str(project))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert "shared/divergent.py:12:12: MS101 `.format_map()` is not implemented by Transcrypt's runtime" in result.stdout
    index = lines.index(next(line for line in lines if line.startswith("shared/divergent.py:12:12: MS101")))
    assert lines[index + 1].strip() == 'return code.format_map({"width": 6})'
    assert lines[index + 2].strip() == "^"
    assert lines[index + 3].strip().startswith("hint: write it with supported operations")
    headers = [line for line in lines if re.match(r"^shared/\S+:\d+:\d+: \S+ ", line)]
    assert len(headers) == 9
    assert lines[-1] == "m_shared lint: 9 errors, 0 warnings, 2 suppressed in 5 files"


def test_exit_0_when_clean(project: Path) -> None:
    code, output = lint(project, str(project / "shared" / "clean.py"), str(project / "shared" / "rules.py"))
    assert code == 0, output
    assert output.strip() == "m_shared lint: 0 errors, 0 warnings, 0 suppressed in 2 files"


def test_json_format(project: Path) -> None:
    code, output = lint(project, "--format", "json")
    assert code == 1
    document = json.loads(output)
    assert document["version"] == 1
    assert document["tool"]["name"] == "m_shared"
    assert document["suppressed"] == 2 and document["files"] == 5
    assert document["counts"] == {
        "error": 9, "warning": 0, "total": 9,
        "by_rule": {"MS101": 1, "MS104": 1, "MS105": 1, "MS203": 1, "MS212": 1, "TID251": 1, "UP031": 2,
                    "build/import": 1},
    }
    first = document["diagnostics"][0]
    assert set(first) == {"path", "line", "col", "rule", "severity", "message", "hint"}
    keys = [(d["path"], d["line"], d["col"], d["rule"]) for d in document["diagnostics"]]
    assert keys == sorted(keys)


def test_sarif_format_is_valid_sarif_2_1_0(project: Path) -> None:
    code, output = lint(project, "--format", "sarif")
    assert code == 1
    log = json.loads(output)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert len(run["results"]) == 9 and len(rules) == 8
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert (project / location["artifactLocation"]["uri"]).is_file()
        assert location["region"]["startLine"] >= 1
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    assert run["properties"]["suppressed"] == 2
    up031 = next(rule for rule in rules if rule["id"] == "UP031")
    assert up031["helpUri"] == "https://docs.astral.sh/ruff/rules/UP031/"


def test_sarif_of_a_clean_run_is_valid(project: Path) -> None:
    code, output = lint(project, "--format", "sarif", str(project / "shared" / "clean.py"))
    assert code == 0
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(output))


def test_github_format(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_WORKSPACE", str(project.parent))
    code, output = lint(project, "--format", "github")
    assert code == 1
    annotations = [line for line in output.splitlines() if line.startswith("::")]
    assert len(annotations) == 9
    pattern = re.compile(r"^::error file=app/shared/[a-z]+\.py,line=\d+,col=\d+,title=[A-Za-z0-9%/]+::\S.*$")
    assert all(pattern.match(line) for line in annotations), annotations
    up031 = next(line for line in annotations if "title=UP031" in line)
    assert "'%2502d' %25 7" in up031  # `%` escaped as workflow commands require
    assert "%0Ahint: " in up031 and "\n" not in up031
    assert output.splitlines()[-1].startswith("m_shared lint: 9 errors")


def test_usage_errors_exit_2(project: Path, tmp_path: Path) -> None:
    assert lint(project, "--format", "xml")[0] == 2
    assert lint(project, str(project / "shared" / "nope.py"))[0] == 2
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    code, output = lint(tmp_path)
    assert code == 2 and "no [tool.m_shared] section" in output
    outside = tmp_path / "x.py"
    outside.write_text("x = 1\n")
    code, output = lint(project, str(outside))
    assert code == 2 and "not inside the project" in output


def test_lint_is_registered_in_the_m_shared_group(project: Path) -> None:
    result = run_m("lint", "--help")
    assert result.returncode == 0
    assert "--format [text|json|sarif|github]" in result.stdout
