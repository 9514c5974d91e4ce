"""The hooks of `.pre-commit-hooks.yaml`, run by the real pre-commit against temporary git repositories.

pre-commit clones this repository at HEAD (so the hooks tested are the committed ones) and pip-installs it
into its own virtualenv; that needs PyPI (or the configured index) once per commit, about a minute. The
environments live in `.cache/pre-commit/` (gitignored) and are reused while HEAD does not change.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, initialised_app

PRE_COMMIT = [sys.executable, "-m", "pre_commit"]
HOME = REPO / ".cache" / "pre-commit"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _env() -> dict[str, str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(HOME), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        env.pop(name, None)
    return {**env, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}


def _run(args: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="session")
def hooks() -> tuple[str, Path]:
    """(HEAD, the hook environment's bin directory): hooks installed once per session (and per commit)."""
    if not (REPO / ".git").exists():
        pytest.skip("the repository is not a git checkout")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    HOME.mkdir(parents=True, exist_ok=True)
    config = HOME / f"config-{head}.yaml"
    config.write_text(
        f"repos:\n- repo: {REPO}\n  rev: {head}\n  hooks:\n  - id: m-shared-lint\n  - id: m-shared-check\n"
    )
    scratch = HOME / "scratch"
    if not (scratch / ".git").exists():
        scratch.mkdir(exist_ok=True)
        _run(["git", "init", "-q"], scratch)
    installed = _run([*PRE_COMMIT, "install-hooks", "--config", str(config)], scratch, timeout=900)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    with sqlite3.connect(HOME / "db.db") as db:
        (path,) = db.execute("SELECT path FROM repos WHERE repo = ? AND ref = ?", (str(REPO), head)).fetchone()
    (bin_dir,) = glob.glob(os.path.join(path, "py_env-*", "bin"))
    return head, Path(bin_dir)


def _app_repo(tmp_path: Path, head: str) -> Path:
    """A git repository holding an initialised app and a .pre-commit-config.yaml naming this repository."""
    app = initialised_app(tmp_path / "app")
    (app / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {REPO}\n  rev: {head}\n  hooks:\n  - id: m-shared-lint\n  - id: m-shared-check\n"
    )
    assert _run(["git", "init", "-q"], app).returncode == 0
    return app


def _commit(app: Path) -> subprocess.CompletedProcess[str]:
    _run(["git", "add", "-A"], app)
    return _run(["git", "commit", "-q", "-m", "change"], app)


def test_hooks_pass_on_a_clean_project_and_guard_commits(tmp_path: Path, hooks: tuple[str, Path]) -> None:
    head, bin_dir = hooks
    app = _app_repo(tmp_path, head)
    # Build with the hooks' own m_shared (HEAD), so `check` compares like with like.
    built = _run([str(bin_dir / "m"), "shared", "build"], app)
    assert built.returncode == 0, built.stderr
    _run(["git", "add", "-A"], app)
    clean = _run([*PRE_COMMIT, "run", "--all-files"], app)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "m shared lint" in clean.stdout and "m shared check" in clean.stdout
    assert clean.stdout.count("Passed") == 2

    # Installed as a git hook, a commit of divergent code is refused, naming the rule and the line.
    assert _run([*PRE_COMMIT, "install"], app).returncode == 0
    assert _commit(app).returncode == 0
    (app / "shared" / "names.py").write_text('def shout(value: str) -> str:\n    return "{v}!".format_map({"v": value})\n')
    refused = _commit(app)
    assert refused.returncode != 0
    output = refused.stdout + refused.stderr
    assert "m shared lint" in output and "Failed" in output
    assert "shared/names.py:2" in output and "MS101" in output
    # check fails too: the new module is not published yet.
    assert "web/src/shared: stale" in output and "run `m shared build`" in output


def test_check_hook_fails_on_stale_target(tmp_path: Path, hooks: tuple[str, Path]) -> None:
    head, _ = hooks
    app = _app_repo(tmp_path, head)  # never built
    _run(["git", "add", "-A"], app)
    result = _run([*PRE_COMMIT, "run", "m-shared-check", "--all-files"], app)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "m shared check" in result.stdout and "Failed" in result.stdout
    assert "web/src/shared: stale" in result.stdout
