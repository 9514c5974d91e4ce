"""`m shared init` on real projects in temporary directories, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import run_m, run_node, snapshot

PYPROJECT = """\
# An app's own pyproject: comments, odd spacing and key order must survive.
[project]
name    = "myapp"   # the app
version = "0.1.0"
dependencies = [
  "framework-m",  # the framework
]

[tool.ruff]
line-length = 100
"""


def _project(tmp_path: Path, *, vite: bool = True, worker: str | None = "wrangler.toml") -> Path:
    project = tmp_path / "myapp"
    project.mkdir()
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    if vite:
        (project / "frontend").mkdir()
        (project / "frontend" / "package.json").write_text(
            json.dumps({"name": "fe", "devDependencies": {"vite": "^5.0.0"}}), encoding="utf-8"
        )
    if worker == "wrangler.toml":
        (project / "worker").mkdir()
        (project / "worker" / "wrangler.toml").write_text('name = "edge"\n', encoding="utf-8")
    elif worker == "capnp":
        (project / "worker").mkdir()
        (project / "worker" / "config.capnp").write_text("using Workerd = import \"/workerd/workerd.capnp\";\n")
    # Not recognised: a package.json without vite, and dependencies' own configs.
    (project / "tools").mkdir()
    (project / "tools" / "package.json").write_text(json.dumps({"dependencies": {"left-pad": "1"}}))
    (project / "node_modules" / "vite").mkdir(parents=True)
    (project / "node_modules" / "vite" / "package.json").write_text(json.dumps({"dependencies": {"vite": "1"}}))
    return project


def test_init_configures_scaffolds_and_builds(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = run_m("init", "--project", str(project), check=True)
    text = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(PYPROJECT), "the existing file must be kept byte for byte"
    config = tomllib.loads(text)["tool"]["m_shared"]
    assert config == {
        "source": "shared",
        "targets": {
            "frontend": {"path": "frontend/src/shared", "runtime": "browser"},
            "worker": {"path": "worker/src/shared", "runtime": "workerd"},
        },
    }
    assert (project / "shared" / "__init__.py").is_file()
    assert (project / "shared" / "example.py").is_file()
    assert (project / ".gitignore").read_text() == ".m_shared/\n"
    assert "frontend/src/shared (browser" in result.stdout and "worker/src/shared (workerd" in result.stdout

    # The example is lint-clean, its doctest passes, and the fresh project builds and runs in JS.
    lint = run_m("lint", "--project", str(project))
    assert lint.returncode == 0, lint.stdout + lint.stderr
    doctest = subprocess.run(
        [sys.executable, "-m", "doctest", "-v", "shared/example.py"], check=False, cwd=project, capture_output=True,
        text=True,
    )
    assert doctest.returncode == 0 and "3 passed and 0 failed" in doctest.stdout, doctest.stdout
    run_m("build", "--project", str(project), check=True)
    for target in ("frontend", "worker"):
        assert (project / target / "src" / "shared" / "example.js").is_file()
    assert run_m("check", "--project", str(project)).returncode == 0
    values = run_node(
        "import { validate_name } from './frontend/src/shared/example.js';\n"
        "console.log(JSON.stringify([validate_name('Ada'), validate_name('  '), validate_name('x'.repeat(141))]));\n",
        cwd=project,
    )
    assert values == [None, "Name is required.", "Name must be at most 140 characters."]


def test_second_run_has_nothing_to_do(tmp_path: Path) -> None:
    project = _project(tmp_path)
    run_m("init", "--project", str(project), check=True)
    before = snapshot(project)
    again = run_m("init", cwd=project)
    assert again.returncode == 0
    assert "nothing to do" in again.stdout
    assert snapshot(project) == before


def test_refuses_to_overwrite_anything(tmp_path: Path) -> None:
    project = _project(tmp_path, vite=False, worker="capnp")
    (project / "shared").mkdir()
    (project / "shared" / "orders.py").write_text("X = 1\n")
    (project / ".gitignore").write_text("*.pyc\n/.m_shared\n")
    result = run_m("init", "--project", str(project), check=True)
    # The existing package keeps its modules and gets only the missing __init__.py, no example.
    assert (project / "shared" / "orders.py").read_text() == "X = 1\n"
    assert not (project / "shared" / "example.py").exists()
    assert (project / "shared" / "__init__.py").is_file()
    assert (project / ".gitignore").read_text() == "*.pyc\n/.m_shared\n"
    config = tomllib.loads((project / "pyproject.toml").read_text())["tool"]["m_shared"]
    assert config["targets"] == {"worker": {"path": "worker/src/shared", "runtime": "workerd"}}
    assert "config.capnp" in result.stdout


def test_existing_section_is_left_alone(tmp_path: Path) -> None:
    project = tmp_path / "app"
    project.mkdir()
    original = '[tool.m_shared]\nsource = "validators"   # ours\n'
    (project / "pyproject.toml").write_text(original)
    (project / ".gitignore").write_text("node_modules")  # no final newline
    run_m("init", "--project", str(project), check=True)
    assert (project / "pyproject.toml").read_text() == original
    assert (project / "validators" / "example.py").is_file()
    assert (project / ".gitignore").read_text() == "node_modules\n.m_shared/\n"


def test_target_directory_holding_other_files_is_not_proposed(tmp_path: Path) -> None:
    project = _project(tmp_path, worker=None)
    (project / "frontend" / "src" / "shared").mkdir(parents=True)
    (project / "frontend" / "src" / "shared" / "handwritten.js").write_text("export {};\n")
    result = run_m("init", "--project", str(project), check=True)
    assert "targets" not in tomllib.loads((project / "pyproject.toml").read_text())["tool"]["m_shared"]
    assert "note: frontend/src/shared already holds files" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "file not found"), ("[project\nname = 1\n", "invalid TOML")],
)
def test_configuration_errors_exit_2(tmp_path: Path, content: str | None, message: str) -> None:
    if content is not None:
        (tmp_path / "pyproject.toml").write_text(content)
    result = run_m("init", "--project", str(tmp_path))
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "shared").exists()


def test_pyproject_without_tool_table_or_final_newline(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"')
    result = run_m("init", "--project", str(tmp_path), check=True)
    text = (tmp_path / "pyproject.toml").read_text()
    assert text.startswith('[project]\nname = "x"\n')
    assert tomllib.loads(text)["tool"]["m_shared"] == {"source": "shared"}
    assert "note: no Vite app or workerd project found" in result.stdout
