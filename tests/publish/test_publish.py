"""Publishing: atomic per target, never over someone else's directory, never outside the target."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import run_m, snapshot

import m_shared
from m_shared.config import load
from m_shared.pipeline import Builder


def test_reader_never_sees_a_partial_or_mixed_build(app: Path) -> None:
    builder = Builder(load(app), lint="off")  # this test is about publishing: build as often as possible
    builder.build()
    messages = app / "shared" / "messages.py"
    original = messages.read_text()
    reader = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("reader.py")), str(app / "frontend/src/shared"), "8"],
        stdout=subprocess.PIPE, text=True,
    )
    builds = 0
    while reader.poll() is None:
        # every build changes published bytes, so a non-atomic publish would show as a hash mismatch
        messages.write_text(original.replace("required", f"required ({builds})"))
        assert builder.build().published == ["frontend", "worker"]
        builds += 1
    report = json.loads(reader.stdout.read())
    assert builds >= 10
    assert report["consistent"] >= 20, report
    assert report["inconsistent"] == 0, report


def test_refuses_a_non_empty_directory_it_does_not_own(app: Path) -> None:
    own_code = app / "worker" / "src" / "shared" / "index.js"
    own_code.parent.mkdir(parents=True)
    own_code.write_text("export const mine = 1;\n")
    result = run_m("build", "--project", str(app))
    assert result.returncode == 1
    assert "target 'worker' (worker/src/shared) is a non-empty directory without an m_shared manifest.json" in (
        result.stderr
    )
    assert own_code.read_text() == "export const mine = 1;\n"
    assert sorted(p.name for p in own_code.parent.iterdir()) == ["index.js"]
    assert not (app / "frontend").exists()  # all or nothing: the other target was not published either


def test_publishes_into_an_existing_empty_directory(app: Path) -> None:
    (app / "frontend" / "src" / "shared").mkdir(parents=True)
    assert m_shared.build(app).ok
    assert (app / "frontend/src/shared/manifest.json").is_file()


def test_refuses_a_target_that_is_a_symlink(app: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (app / "worker" / "src").mkdir(parents=True)
    (app / "worker" / "src" / "shared").symlink_to(outside)
    result = run_m("build", "--project", str(app))
    assert result.returncode == 2
    assert "tool.m_shared.targets.worker.path" in result.stderr and "leaves the project" in result.stderr
    assert list(outside.iterdir()) == []


def test_no_staging_directories_are_left_behind(app: Path) -> None:
    m_shared.build(app)
    (app / "shared" / "messages.py").write_text('REQUIRED = "x"\nINVALID_GSTIN = "y"\n')
    m_shared.build(app)
    for parent in (app / "frontend" / "src", app / "worker" / "src"):
        assert sorted(p.name for p in parent.iterdir()) == ["shared"]


def test_only_target_directories_and_the_state_directory_are_written(app: Path) -> None:
    before = {p: p.read_bytes() for p in app.rglob("*") if p.is_file()}
    m_shared.build(app)
    after = {p for p in app.rglob("*") if p.is_file()}
    new = {p.relative_to(app).parts[0:3] for p in after - set(before)}
    allowed_roots = {("frontend", "src", "shared"), ("worker", "src", "shared")}
    assert {parts for parts in new if parts[0] != ".m_shared"} <= allowed_roots
    assert all(p.read_bytes() == data for p, data in before.items())


def test_publish_failure_midway_keeps_every_target_as_it_was(app: Path) -> None:
    m_shared.build(app)
    before = {t: snapshot(app / t) for t in ("frontend/src/shared", "worker/src/shared")}
    (app / "shared" / "messages.py").write_text('REQUIRED = "x"\nINVALID_GSTIN = "y"\n')
    # The worker target's parent becomes read-only for everyone but root; as root we use an immutable
    # file in the way instead: a staging directory cannot be created where a file stands.
    blocker = app / "worker" / "src"
    os.rename(blocker, app / "worker" / "src-moved")
    blocker.write_text("")
    result = run_m("build", "--project", str(app))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert snapshot(app / "frontend/src/shared") == before["frontend/src/shared"]
    blocker.unlink()
    os.rename(app / "worker" / "src-moved", blocker)
    assert snapshot(app / "worker/src/shared") == before["worker/src/shared"]
    assert run_m("build", "--project", str(app)).returncode == 0  # the next build succeeds once the fault is gone
