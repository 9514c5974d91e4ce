"""`m shared doctor` on real projects, through the real command line (and in-process for impossible states)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import types
from importlib import metadata
from pathlib import Path

import pytest
from conftest import initialised_app, run_m

from m_shared import doctor

NAMES = ["python", "transcrypt", "semgrep", "ruff", "node", "config", "targets", "stale"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return initialised_app(tmp_path / "app")


def _lines(stdout: str) -> dict[str, str]:
    return {line.split()[1]: line for line in stdout.splitlines() if line.split()[:1] in (["ok"], ["warn"], ["fail"], ["skip"])}


def test_healthy_project_passes_every_check(project: Path) -> None:
    run_m("build", "--project", str(project), check=True)
    result = run_m("doctor", "--project", str(project))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _lines(result.stdout)
    assert list(lines) == NAMES
    assert all(line.startswith("ok") for line in lines.values()), result.stdout
    assert "Transcrypt 3.9.5" in lines["transcrypt"] and "Node.js v" in lines["node"]
    assert "all 8 checks passed" in result.stdout

    as_json = json.loads(run_m("doctor", "--project", str(project), "--format", "json").stdout)
    assert as_json["ok"] is True
    assert [c["name"] for c in as_json["checks"]] == NAMES
    assert {c["status"] for c in as_json["checks"]} == {"ok"}


def test_target_python_other_than_this_interpreter_is_a_warning(project: Path) -> None:
    running = "{}.{}".format(*sys.version_info[:2])
    other = "3.13" if running != "3.13" else "3.12"
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("[tool.m_shared]\n", f'[tool.m_shared]\npython = "{other}"\n'))
    run_m("build", "--project", str(project), check=True)
    result = run_m("doctor", "--project", str(project))
    assert result.returncode == 0, result.stdout + result.stderr  # a warning, not a failure
    lines = _lines(result.stdout)
    assert lines["config"].startswith("warn") and f"JS follows CPython {other}, but this is Python {running}" in lines["config"]
    assert f'fix: set tool.m_shared.python = "{running}" if the server runs {running}' in result.stdout
    assert "all 8 checks passed, 1 with a warning" in result.stdout
    checks = {c["name"]: c for c in json.loads(run_m("doctor", "--project", str(project), "--format", "json").stdout)["checks"]}
    assert checks["config"]["status"] == "warn"


def test_stale_target_fails_with_a_fix(project: Path) -> None:
    # Never built: the target is stale.
    result = run_m("doctor", "--project", str(project), "--format", "json")
    assert result.returncode == 1
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["stale"]["status"] == "fail" and checks["stale"]["fix"] == "run `m shared build`"
    assert json.loads(result.stdout)["ok"] is False
    text = run_m("doctor", "--project", str(project))
    assert text.returncode == 1
    assert "fix: run `m shared build`" in text.stdout


def test_foreign_target_and_missing_node(project: Path) -> None:
    (project / "web" / "src" / "shared").mkdir(parents=True)
    (project / "web" / "src" / "shared" / "mine.js").write_text("export {};\n")
    # A PATH holding only this Python's directory: no node.
    env = {**os.environ, "NO_COLOR": "1", "PATH": str(Path(sys.executable).parent)}
    result = subprocess.run(
        [sys.executable, "-m", "m_shared", "shared", "doctor", "--project", str(project)],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert result.returncode == 1
    lines = _lines(result.stdout)
    assert lines["node"].startswith("fail") and "Node.js not found" in lines["node"]
    assert lines["targets"].startswith("fail") and "web/src/shared" in lines["targets"]
    assert "fix: install Node.js 18 or newer" in result.stdout


def test_no_configuration(tmp_path: Path) -> None:
    result = run_m("doctor", cwd=tmp_path)
    assert result.returncode == 1
    lines = _lines(result.stdout)
    assert lines["config"].startswith("fail") and "m shared init" in result.stdout
    assert lines["targets"].startswith("skip") and lines["stale"].startswith("skip")


def test_python_without_ast_str_is_named_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python 3.14 removed ast.Str and ast.Num, which Transcrypt 3.9.5 still uses."""
    monkeypatch.setattr(doctor, "ast", types.SimpleNamespace(Constant=ast.Constant))  # the 3.14 ast module
    check = doctor._python()
    assert check.status == "fail"
    assert "ast.Str and ast.Num, which Python 3.14 removed" in check.detail
    assert "3.11 to 3.13" in check.fix


def test_wrong_or_missing_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    real = metadata.version

    def fake(name: str) -> str:
        if name == "transcrypt":
            return "3.7.16"
        if name == "semgrep":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(doctor.metadata, "version", fake)
    transcrypt = doctor._package("transcrypt", "Transcrypt", exact="3.9.5")
    assert transcrypt.status == "fail" and transcrypt.fix == "pip install 'transcrypt==3.9.5'"
    semgrep = doctor._package("semgrep", "semgrep")
    assert semgrep.status == "fail" and "not installed" in semgrep.detail
    assert doctor._package("ruff", "ruff").status == "ok"
