"""Same sources, same bytes: across checkout paths, repeated builds and Python 3.11-3.13."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, run_m, snapshot

import m_shared

FIXTURE = REPO / "tests" / "build" / "fixtures" / "app"
VERSIONS = ("3.11", "3.12", "3.13")
TARGETS = ("frontend/src/shared", "worker/src/shared")


def _published(app: Path) -> dict[str, dict[str, bytes]]:
    return {target: snapshot(app / target) for target in TARGETS}


def test_two_checkouts_give_byte_identical_targets(tmp_path: Path) -> None:
    first = copy_fixture(FIXTURE, tmp_path / "one" / "app")
    second = copy_fixture(FIXTURE, tmp_path / "a much longer checkout path" / "clone" / "app")
    run_m("build", "--project", str(first), check=True)
    run_m("build", "--project", str(second), check=True)
    assert _published(first) == _published(second)
    for files in _published(first).values():
        for name, data in files.items():
            assert str(tmp_path).encode() not in data, f"{name} contains an absolute path"
            assert os.environ.get("USER", "root").encode() + b"/" not in data


def test_rebuild_without_cache_gives_the_same_bytes(app: Path) -> None:
    m_shared.build(app)
    before = _published(app)
    shutil.rmtree(app / ".m_shared")
    shutil.rmtree(app / "frontend")
    m_shared.build(app)
    assert _published(app) == before


def _interpreter(version: str) -> str:
    # pyenv's shims only answer for the selected version, so look in its versions directory first
    candidates = sorted((Path.home() / ".pyenv" / "versions").glob(f"{version}.*/bin/python{version}"))
    found = str(candidates[-1]) if candidates else shutil.which(f"python{version}")
    if found is None:
        pytest.fail(f"Python {version} is needed for this test; install it (scripts/setup does)")
    return found


@pytest.fixture(scope="session")
def pythons() -> dict[str, Path]:
    """The interpreter of each supported Python's environment, as scripts/setup makes them (made here if missing)."""
    venvs = {}
    for version in VERSIONS:
        venv = REPO / (".venv" if version == "3.12" else f".cache/venv-{version}")
        if not (venv / "bin" / "python").exists():
            _interpreter(version)  # fails with a clear message when the Python itself is missing
            subprocess.run(["bash", str(REPO / "scripts" / "setup"), version], check=True)
        venvs[version] = venv / "bin" / "python"
    return venvs


def test_python_311_312_313_publish_identical_bytes(tmp_path: Path, pythons: dict[str, Path]) -> None:
    results = {}
    for version, python in pythons.items():
        app = copy_fixture(FIXTURE, tmp_path / version / "app")
        completed = subprocess.run(
            [str(python), "-m", "m_shared", "shared", "build", "--project", str(app)],
            capture_output=True, text=True, timeout=300,
        )
        assert completed.returncode == 0, f"Python {version}: {completed.stderr}"
        version_line = subprocess.run([str(python), "--version"], capture_output=True, text=True).stdout
        assert version_line.startswith(f"Python {version}")
        results[version] = _published(app)
    assert results["3.11"] == results["3.12"] == results["3.13"]
    assert sys.version_info >= (3, 11)
