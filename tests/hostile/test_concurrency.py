"""Concurrency and faults: builds of one project never corrupt a target, and a failed publish leaves
every target exactly as it was.

* two ``m shared build`` processes at once, and ``--watch`` with manual builds in between, while a
  reader (tests/publish/reader.py) checks every published file against the manifest it reads with it;
* the build lock: a second build says whose build it waits for, and gives up after its bound;
* a publish that runs out of space or hits a read-only filesystem halfway (a real 1 MB tmpfs when
  this machine lets us mount one, else the OSError injected at the write): targets unchanged, no
  staging left, and once the fault is gone the next build publishes exactly what a clean build does.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, copy_fixture, run_m, snapshot

from m_shared import publish as publish_stage
from m_shared.config import load
from m_shared.diagnostics import MSharedError, PublishError
from m_shared.pipeline import Builder

TARGETS = ("frontend/src/shared", "worker/src/shared")
READER = REPO / "tests" / "publish" / "reader.py"
M = [sys.executable, "-m", "m_shared", "shared"]
ENV = {**os.environ, "NO_COLOR": "1"}

# Holds the build lock through m_shared's own Builder.lock() until its stdin closes.
HOLDER = """
import sys
from m_shared.config import load
from m_shared.pipeline import Builder
with Builder(load(sys.argv[1])).lock():
    print("locked", flush=True)
    sys.stdin.read()
"""


def _edit(app: Path, round_: int) -> None:
    (app / "shared" / "messages.py").write_text(
        f'REQUIRED = "This field is required ({round_})"\nINVALID_GSTIN = "Enter a valid GSTIN"\n'
    )


def _reader(app: Path, seconds: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(READER), str(app / TARGETS[0]), str(seconds)],
                            stdout=subprocess.PIPE, text=True)


def _consistent(reader: subprocess.Popen) -> dict:
    report = json.loads(reader.communicate(timeout=120)[0])
    assert report["inconsistent"] == 0, report
    assert report["consistent"] > 0, report
    return report


@contextlib.contextmanager
def _held(app: Path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(app)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_two_builds_at_once_wait_for_each_other(app: Path) -> None:
    run_m("build", "--project", str(app), check=True)
    reader = _reader(app, 12)
    try:
        # Round 1, deterministic: a third process holds the lock; both builds must say whose build they wait for.
        _edit(app, 1)
        with _held(app) as holder:
            builds = [subprocess.Popen([*M, "build", "--project", str(app)], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, env=ENV) for _ in range(2)]
            waiting = f"m_shared: waiting for another m shared build of {app} (pid {holder.pid})..."
            # (a build that did not wait would finish, and its stderr would end without the line)
            assert [build.stderr.readline().strip() for build in builds] == [waiting, waiting]
        outputs = [build.communicate(timeout=120) for build in builds]
        assert [build.returncode for build in builds] == [0, 0], outputs
        assert sorted("published to" in out for out, _ in outputs) == [False, True], outputs  # one did the work
        # Rounds 2-3: free for all.
        for round_ in (2, 3):
            _edit(app, round_)
            builds = [subprocess.Popen([*M, "build", "--project", str(app)], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, env=ENV) for _ in range(2)]
            outputs = [build.communicate(timeout=120) for build in builds]
            assert [build.returncode for build in builds] == [0, 0], outputs
            assert all("Traceback" not in err for _, err in outputs)
    finally:
        report = _consistent(reader)
    assert report["consistent"] >= 10
    assert run_m("check", "--project", str(app)).returncode == 0
    assert "(3)" in (app / TARGETS[0] / "_m_shared" / "shared.messages.js").read_text()


def test_a_build_gives_up_waiting_after_its_bound(app: Path) -> None:
    builder = Builder(load(app), lint="off")
    with _held(app) as holder, pytest.raises(MSharedError) as raised:
        started = time.monotonic()
        with builder.lock(timeout=0.5):
            pass
    assert 0.5 <= time.monotonic() - started < 5
    assert str(raised.value) == (
        f"another m shared build of {app} (pid {holder.pid}) is still running after 0.5 s of waiting; "
        "let it finish or stop it, then build again"
    )
    with builder.lock(timeout=0.5):  # released by its holder: free again
        pass


def test_watch_and_manual_builds_interleave(app: Path) -> None:
    watch = subprocess.Popen([*M, "build", "--watch", "--project", str(app)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        deadline = time.monotonic() + 90
        while "watching" not in (line := watch.stdout.readline()):
            assert line and time.monotonic() < deadline, "the watch loop did not start"
        reader = _reader(app, 10)
        for round_ in range(1, 5):
            _edit(app, round_)  # the watch loop rebuilds on the save, and a manual build runs at the same time
            manual = run_m("build", "--project", str(app))
            assert manual.returncode == 0 and "Traceback" not in manual.stderr, manual.stderr
        _consistent(reader)
        time.sleep(1)  # let the watch loop finish a rebuild it may have started last
    finally:
        watch.send_signal(signal.SIGINT)
        out, err = watch.communicate(timeout=30)
    assert watch.returncode == 0, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert run_m("check", "--project", str(app)).returncode == 0
    assert "(4)" in (app / TARGETS[0] / "_m_shared" / "shared.messages.js").read_text()


# ---- faults ------------------------------------------------------------------------------------
def _mount_tmpfs(directory: Path, size: str) -> bool:
    directory.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(directory)],
                          capture_output=True, check=False).returncode == 0


def _fill(directory: Path) -> Path:
    """Write until the filesystem is full; the ballast file is returned so the test can remove it."""
    ballast = directory / "ballast"
    with open(ballast, "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
    return ballast


def _clean_build(app: Path, tmp_path: Path) -> dict[str, dict[str, bytes]]:
    """What a build from scratch publishes for the app's current sources (to compare the recovered build with)."""
    clean = copy_fixture(app, tmp_path / "clean")
    for target in TARGETS:
        shutil.rmtree(clean / target, ignore_errors=True)
    run_m("build", "--project", str(clean), check=True)
    return {target: snapshot(clean / target) for target in TARGETS}


def _staging_left(app: Path) -> list[str]:
    return [p.name for target in TARGETS for p in (app / target).parent.iterdir() if ".m_shared-" in p.name]


def test_publish_fault_halfway_leaves_targets_and_cache_consistent(app: Path, tmp_path: Path) -> None:
    worker = app / "worker"
    mounted = _mount_tmpfs(worker, "1m")  # room for one worker target (about 300 KB) and its staging copy
    try:
        run_m("build", "--project", str(app), check=True)
        before = {target: snapshot(app / target) for target in TARGETS}
        faults = []
        if mounted:
            # A real full disk: the frontend target stages fine, the worker's runs out of space.
            faults.append(("No space left on device", lambda: _fill(worker).unlink))
            # And a filesystem that turned read-only (what a permission error does to a write, as root too).
            faults.append(("Read-only file system", lambda: (
                subprocess.run(["mount", "-o", "remount,ro", str(worker)], check=True),
                lambda: subprocess.run(["mount", "-o", "remount,rw", str(worker)], check=True))[1]))
        for round_, (message, inject) in enumerate(faults, start=1):
            _edit(app, round_)
            undo = inject()
            result = run_m("build", "--project", str(app))
            assert result.returncode == 1, result.stdout + result.stderr
            assert "Traceback" not in result.stderr
            assert f"error: cannot write the new build: {message}" in result.stderr, result.stderr
            assert {target: snapshot(app / target) for target in TARGETS} == before
            assert _staging_left(app) == []
            undo()
            recovered = run_m("build", "--project", str(app))
            assert recovered.returncode == 0, recovered.stderr
            assert "0 compiled" in recovered.stdout  # the failed build's compiled modules were kept, consistently
            before = {target: snapshot(app / target) for target in TARGETS}
            assert before == _clean_build(app, tmp_path / f"round{round_}")
        if not mounted:
            pytest.skip("cannot mount a tmpfs here; test_publish_fault_injected covers the OSError path")
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(worker)], check=False)


def test_publish_fault_injected_at_the_write_and_at_the_swap(app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same guarantees through the OSError itself, at each write and at the second target's swap
    (after the first target was already swapped in: it must be put back)."""
    builder = Builder(load(app), lint="off")
    builder.build()
    before = {target: snapshot(app / target) for target in TARGETS}
    real_open, real_swap = open, publish_stage._swap_in
    (app / "shared" / "messages.py").write_text('REQUIRED = "x"\nINVALID_GSTIN = "y"\n')

    def full_disk(path, mode="r", *args, **kwargs):
        if "w" in mode and "worker" in str(path):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, mode, *args, **kwargs)

    swaps = []

    def second_swap_fails(target: Path, staging: Path) -> None:
        swaps.append(target)
        if len(swaps) == 2:
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(target))
        real_swap(target, staging)

    for name, fault in (("open", full_disk), ("_swap_in", second_swap_fails)):
        with monkeypatch.context() as patch:
            patch.setattr(publish_stage, name, fault, raising=False)
            with pytest.raises(PublishError):
                builder.build()
        assert {target: snapshot(app / target) for target in TARGETS} == before, name
        assert _staging_left(app) == []
    assert builder.build().published == ["frontend", "worker"]
    assert run_m("check", "--project", str(app)).returncode == 0
