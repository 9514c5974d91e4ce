"""`m shared` through the real Framework M (`framework-m` from PyPI) on Python 3.12.

A virtualenv under `.cache/framework-m-venv/` gets framework-m and then this repository (editable), in that
order, so m_shared's `m` script is the one in bin/ and Framework M's own entry point is run directly: both
must offer `m shared` with m_shared's options, output and exit codes, and Framework M's commands must work.
The venv is reused while pyproject.toml is unchanged (creating it needs PyPI, about a minute).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, initialised_app

VENV = REPO / ".cache" / "framework-m-venv"
PYTHON = VENV / "bin" / "python"
OURS = [str(PYTHON), "-c", "import sys; sys.argv[0] = 'm'; from m_shared.cli import main; main()"]
FRAMEWORK_M = [str(PYTHON), "-c", "import sys; sys.argv[0] = 'm'; from framework_m.cli.main import app; sys.exit(app())"]
SCRIPT = [str(VENV / "bin" / "m")]

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="Framework M is tested on Python 3.12")


def _pip(*args: str) -> None:
    result = subprocess.run([str(PYTHON), "-m", "pip", "install", "-q", *args], capture_output=True, text=True,
                            timeout=900, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="session")
def framework_m() -> Path:
    stamp = VENV / "m_shared-stamp"
    key = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()
    if not (stamp.is_file() and stamp.read_text() == key and PYTHON.is_file()):
        shutil.rmtree(VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
        _pip("framework-m")
        _pip("-e", str(REPO))  # after framework-m: m_shared's `m` script replaces Framework M's
        stamp.write_text(key)
    return VENV


def _run(command: list[str], *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300,
                          check=False)


# Framework M's plugin loader logs the plugins whose optional dependencies are missing; that is its output.
_LOADER = re.compile(r"^(Skipping CLI plugin|Failed to load CLI plugin) .*\n", re.MULTILINE)


def _normal(text: str, *paths: Path) -> str:
    text = _LOADER.sub("", text)
    for path in paths:
        text = text.replace(str(path), "<project>")
    return re.sub(r"\d+ ms", "N ms", text)


def _same(project: Path, *args: str, other: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `m shared ARGS` under m_shared's click group and Framework M's `m`; both must agree exactly."""
    ours = _run(OURS, "shared", *args, cwd=project)
    theirs = _run(FRAMEWORK_M, "shared", *[a.replace(str(project), str(other)) for a in args] if other else args,
                  cwd=other or project)
    assert theirs.returncode == ours.returncode, (ours, theirs)
    where = other or project
    assert _normal(theirs.stdout, where) == _normal(ours.stdout, project)
    assert _normal(theirs.stderr, where) == _normal(ours.stderr, project)
    assert "Traceback" not in theirs.stderr
    return ours


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return initialised_app(tmp_path / "app")


def test_build_check_lint_agree_with_m_shared(framework_m: Path, project: Path, tmp_path: Path) -> None:
    twin = copy_fixture(project, tmp_path / "twin")
    assert _same(project, "check", other=twin).returncode == 1  # never built: stale
    assert _same(project, "build", other=twin).returncode == 0  # cold builds of identical projects
    assert _same(project, "check").returncode == 0
    assert _same(project, "build", "--verbose").returncode == 0
    assert _same(project, "lint").returncode == 0
    assert _same(project, "lint", "--format", "json").returncode == 0
    (project / "shared" / "names.py").write_text("def shout(value: str) -> str:\n    return '{v}!'.format_map({'v': value})\n")
    lint = _same(project, "lint")
    assert lint.returncode == 1 and "MS101" in lint.stdout
    assert _same(project, "check").returncode == 1
    assert _same(project, "build", "--help").returncode == 0
    assert _same(project, "--help").returncode == 0
    assert _same(project, "nope").returncode == 2  # click's usage error
    assert _same(project, "check", "--project", str(project / "missing")).returncode == 2


def test_both_m_scripts_offer_shared_and_framework_m_commands(framework_m: Path, project: Path) -> None:
    for command in (SCRIPT, FRAMEWORK_M):
        listing = _run(command, "--help", cwd=project)
        assert listing.returncode == 0, listing.stderr
        assert re.search(r"^│ shared\s+Share Python validators", listing.stdout, re.MULTILINE), listing.stdout
        assert "info" in listing.stdout and "migrate" in listing.stdout
        info = _run(command, "info", cwd=project)
        assert info.returncode == 0 and "Framework M" in info.stdout, info.stdout + info.stderr
        checked = _run(command, "shared", "check", cwd=project)
        assert checked.returncode == 1 and "run `m shared build`" in checked.stderr


def test_watch_through_framework_m(framework_m: Path, project: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen(
        [*FRAMEWORK_M, "shared", "build", "--watch"], cwd=project, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)  # type: ignore[arg-type]
    reader.start()
    published = project / "web" / "src" / "shared" / "_m_shared" / "shared.example.js"

    def wait_for(condition, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.1)
        return False

    try:
        assert wait_for(lambda: any("watching" in line for line in lines), 120), "".join(lines)
        example = project / "shared" / "example.py"
        example.write_text(example.read_text().replace("Name is required.", "Please enter a name."))
        assert wait_for(lambda: published.is_file() and "Please enter a name." in published.read_text(), 60), (
            "".join(lines)
        )
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert code in (0, 130), "".join(lines)
    assert "Traceback" not in "".join(lines)
