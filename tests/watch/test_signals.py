"""`m shared build --watch` as a user runs it: a real process, stopped with SIGINT or SIGTERM."""
# ruff: noqa: F811 - the fixtures `project` and `template_project` come from watch_helpers

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from watch_helpers import FILES, project, save, staging_dirs, template_project, write_project  # noqa: F401

pytestmark = pytest.mark.timeout(90)


class WatchProcess:
    """The real command in its own session, its output collected by reader threads."""

    def __init__(self, project: Path, *args: str):
        env = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "m_shared", "shared", "build", "--watch", "--project", str(project), *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, self.out), daemon=True),
            threading.Thread(target=self._read, args=(self.process.stderr, self.err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream, lines: list[str]) -> None:
        lines.extend(stream)

    @property
    def output(self) -> str:
        return "".join(self.out) + "".join(self.err)

    def wait_for_output(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in "".join(self.out):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.kill()
                raise AssertionError(f"{text!r} not printed within {timeout} s:\n{self.output}")
            time.sleep(0.02)

    def stop(self, signum: int, limit: float = 1.0) -> float:
        """Send ``signum``; return how long the process took to exit (it must, within ``limit`` + slack)."""
        sent = time.monotonic()
        self.process.send_signal(signum)
        try:
            self.process.wait(timeout=limit + 4)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"still running {limit + 4} s after {signal.Signals(signum).name}:\n{self.output}")
        elapsed = time.monotonic() - sent
        for reader in self._readers:
            reader.join(5)
        return elapsed

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)

    def session_processes(self) -> list[int]:
        """Processes still alive in the watcher's session (its children would be; none may outlive it)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == self.process.pid and fields[0] != "Z":  # field 6 of stat: the session id
                found.append(int(entry.name))
        return found


def assert_complete(target: Path) -> None:
    """A target is absent or exactly what its manifest lists: never a partial publish."""
    if not target.exists():
        return
    manifest = json.loads((target / "manifest.json").read_text())
    files = manifest["files"] if isinstance(manifest.get("files"), dict) else None
    assert files, manifest
    on_disk = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()} - {"manifest.json"}
    assert on_disk == set(files)
    for name, digest in files.items():
        assert hashlib.sha256((target / name).read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stops_within_a_second_and_leaves_nothing_behind(project: Path, signum: int) -> None:
    watch = WatchProcess(project)
    try:
        watch.wait_for_output("watching shared/")
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nX = 1\n")
        watch.wait_for_output("shared/util.py changed")
        elapsed = watch.stop(signum)
    finally:
        watch.kill()
    assert watch.process.returncode == 0, watch.output
    assert elapsed < 1.0, f"took {elapsed:.2f} s to stop"
    assert "Traceback" not in watch.output
    assert "stopped watching" in watch.output
    assert not watch.session_processes()
    assert not staging_dirs(project)
    assert_complete(project / "web" / "shared")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_during_a_long_build_still_stops_within_a_second(tmp_path_factory, signum: int) -> None:
    """A cold build of many modules is interrupted after a short grace period; no staging directory survives."""
    files = dict(FILES)
    for index in range(200):
        files[f"shared/gen/m{index:03}.py"] = (
            "from ..messages import REQUIRED\n\n\n"
            f"def check_{index}(doc: dict) -> list[str]:\n"
            f"    return [REQUIRED] if not doc.get('f{index}') else []\n"
        )
    files["shared/gen/__init__.py"] = ""
    root = write_project(tmp_path_factory.mktemp("cold") / "app", files)
    watch = WatchProcess(root, "--verbose")
    try:
        watch.wait_for_output("initial build of shared/")
        time.sleep(0.5)
        assert watch.process.poll() is None
        assert "watching shared/" not in "".join(watch.out), "the cold build finished too fast for this test"
        elapsed = watch.stop(signum)
    finally:
        watch.kill()
    assert elapsed < 1.0, f"took {elapsed:.2f} s to stop\n{watch.output}"
    assert watch.process.returncode == 0, watch.output
    assert "Traceback" not in watch.output
    assert not watch.session_processes()
    assert not staging_dirs(root)
    for target in (root / "web" / "shared", root / "worker" / "src" / "shared"):
        assert_complete(target)
