"""The demo as its user runs it: `bash scripts/demo` in a subprocess, on a copy of demo_app/, on any free ports."""

from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from conftest import REPO

STARTUP_SECONDS = 120  # a cold build of the demo (no compile cache in a fresh copy) is most of it
REQUEST_SECONDS = 20
_prctl = ctypes.CDLL(None, use_errno=True).prctl
_PR_SET_PDEATHSIG = 1


def _interrupt_with_parent() -> None:
    # In the demo's process before exec: if the test run dies without its teardown, the demo still
    # gets its Ctrl-C and stops everything it started.
    _prctl(_PR_SET_PDEATHSIG, signal.SIGINT)


URL = re.compile(r"^\s*demo \|\s+(page|backend|worker)\s+(http://\S+)")


def copy_demo(destination: Path) -> Path:
    """demo_app/ as checked in: no published targets, no compile cache, no generated worker config."""
    ignored = shutil.ignore_patterns(".m_shared", "__pycache__", "modules.capnp", ".modules.capnp.tmp")
    shutil.copytree(REPO / "demo_app", destination, ignore=ignored)
    for published in ("frontend/src/shared", "worker/src/shared"):
        shutil.rmtree(destination / published, ignore_errors=True)
    return destination


@dataclass
class Response:
    status: int
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


def post(url: str, body: bytes, headers: dict[str, str] | None = None) -> Response:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_SECONDS) as response:
            return Response(response.status, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.read())


def post_json(url: str, value: object) -> Response:
    return post(url, json.dumps(value).encode(), {"content-type": "application/json"})


@dataclass
class Demo:
    project: Path
    process: subprocess.Popen[bytes]
    urls: dict[str, str] = field(default_factory=dict)  # page, backend, worker
    lines: list[str] = field(default_factory=list)  # everything it printed so far
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def start(cls, project: Path) -> Demo:
        """Start the demo command and wait until it prints its URLs."""
        process = subprocess.Popen(
            [
                "bash",
                str(REPO / "scripts" / "demo"),
                "--no-setup",
                "--project",
                str(project),
                "--port",
                "0",
                "--worker-port",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, as a shell gives a foreground command
            preexec_fn=_interrupt_with_parent,  # noqa: PLW1509 - one prctl call, no lock a thread could hold
            env={**os.environ, "NO_COLOR": "1"},
        )
        demo = cls(project, process)
        threading.Thread(target=demo._read, daemon=True).start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while len(demo.urls) < 3:
            if process.poll() is not None:
                raise AssertionError(f"the demo exited with {process.returncode}:\n{demo.output()}")
            if time.monotonic() > deadline:
                demo.interrupt()
                raise AssertionError(f"the demo printed no URLs within {STARTUP_SECONDS} s:\n{demo.output()}")
            time.sleep(0.1)
        return demo

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            with self._lock:
                self.lines.append(line)
            match = URL.match(line)
            if match:
                self.urls[match.group(1)] = match.group(2)

    def output(self, since: int = 0) -> str:
        with self._lock:
            return "\n".join(self.lines[since:])

    def mark(self) -> int:
        with self._lock:
            return len(self.lines)

    def wait_for_output(self, pattern: str, since: int = 0, timeout: float = 30) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while True:
            match = re.search(pattern, self.output(since), re.MULTILINE)
            if match:
                return match
            if time.monotonic() > deadline:
                raise AssertionError(f"no output matching {pattern!r} within {timeout} s:\n{self.output(since)}")
            time.sleep(0.1)

    def descendants(self) -> set[int]:
        """Every live process started, directly or not, by the demo command (from /proc's parent links)."""
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry.name))
        found: set[int] = set()
        pending = [self.process.pid]
        while pending:
            for child in children.get(pending.pop(), []):
                if child not in found:
                    found.add(child)
                    pending.append(child)
        return found

    def interrupt(self, timeout: float = 30) -> int:
        """Ctrl-C as a terminal sends it (SIGINT to the foreground process group); the exit code."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"the demo did not stop within {timeout} s of Ctrl-C:\n{self.output()}") from None

    def kill(self) -> None:
        """Last resort after a failed test: nothing the demo started may outlive it."""
        for pid in [self.process.pid, *self.descendants()]:
            for kill in (os.killpg, os.kill):  # the demo's children lead their own process groups
                try:
                    kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        self.process.wait(timeout=10)


def alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
