"""Helpers for the watch-loop tests: real projects on disk, a real Watcher in a thread, real inotify events.

Projects live on a tmpfs (``/dev/shm``) when there is one: inotify works the same there, and the
tests do not spend their time budget on ``fsync`` (publishing fsyncs every file it stages).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from m_shared.config import load as load_config
from m_shared.pipeline import Builder
from m_shared.watch import Watcher

PYPROJECT = """\
[project]
name = "watch-fixture"
version = "0"

[tool.m_shared]
source = "shared"

[tool.m_shared.targets.web]
path = "web/shared"
runtime = "browser"

[tool.m_shared.targets.worker]
path = "worker/src/shared"
runtime = "workerd"
"""

FILES = {
    "shared/__init__.py": '"""Validators of the watch fixture."""\n',
    "shared/messages.py": 'REQUIRED = "This field is required"\nTOO_LONG = "Too long"\n',
    "shared/orders.py": (
        "from __future__ import annotations\n\n"
        "from .messages import REQUIRED\n"
        "from .tax.gstin import is_gstin\n\n\n"
        "def validate_order(doc: dict) -> list[str]:\n"
        "    issues = []\n"
        "    if not doc.get('customer'):\n"
        "        issues.append(REQUIRED)\n"
        "    if doc.get('gstin') and not is_gstin(doc['gstin']):\n"
        "        issues.append('bad gstin')\n"
        "    return issues\n"
    ),
    "shared/customers.py": (
        "from shared.messages import REQUIRED\n\n\n"
        "def check_name(name: str) -> str | None:\n"
        "    if not name.strip():\n"
        "        return REQUIRED\n"
        "    return None\n"
    ),
    "shared/util.py": 'def label(text: str) -> str:\n    return "util: " + text\n',
    "shared/tax/__init__.py": "",
    "shared/tax/gstin.py": "def is_gstin(value: str) -> bool:\n    return len(value) == 15\n",
}


def make_builder(project: Path) -> Builder:
    """A Builder as `m shared build --watch` makes one: linting with ruff, every semgrep rule and our checks."""
    return Builder(load_config(project))


def fast_root() -> Path:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return shm
    return Path(tempfile.gettempdir())


def write_project(root: Path, files: dict[str, str] | None = None, pyproject: str = PYPROJECT) -> Path:
    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    for relative, text in (files or FILES).items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def template_project() -> Iterator[Path]:
    """The fixture project, built once: copies start with a warm disk cache and published targets."""
    base = Path(tempfile.mkdtemp(prefix="m_shared-watch-template-", dir=fast_root()))
    project = write_project(base / "app")
    result = make_builder(project).build()
    assert result.ok, result.diagnostics
    yield project
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def project(template_project: Path) -> Iterator[Path]:
    """A fresh copy of the built fixture project, on a tmpfs when available."""
    base = Path(tempfile.mkdtemp(prefix="m_shared-watch-", dir=fast_root()))
    copy = base / "app"
    shutil.copytree(template_project, copy, symlinks=True, ignore=shutil.ignore_patterns("build.lock"))
    yield copy
    shutil.rmtree(base, ignore_errors=True)


class Capture(io.TextIOBase):
    """A thread-safe text stream that remembers what was written (the last ``keep`` lines)."""

    def __init__(self, tty: bool = False, keep: int = 10_000):
        self._tty = tty
        self._lock = threading.Lock()
        self._text: list[str] = []
        self.keep = keep
        self.writes = 0

    def isatty(self) -> bool:
        return self._tty

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with self._lock:
            self._text.append(text)
            self.writes += 1
            if len(self._text) > self.keep:
                del self._text[: len(self._text) - self.keep]
        return len(text)

    @property
    def text(self) -> str:
        with self._lock:
            return "".join(self._text)

    def clear(self) -> None:
        with self._lock:
            self._text.clear()


class Running:
    """A Watcher running in a background thread, with its captured output."""

    def __init__(self, watcher: Watcher, out: Capture, err: Capture):
        self.watcher = watcher
        self.out = out
        self.err = err

    @property
    def builder(self) -> Builder:
        return self.watcher.builder

    def next(self, timeout: float = 15.0):
        """Wait for the next rebuild after the ones seen so far; return its report."""
        wanted = self.watcher.rebuilds + 1
        report = self.watcher.wait_for(wanted, timeout)
        assert report is not None, f"no rebuild within {timeout} s\nstdout:\n{self.out.text}\nstderr:\n{self.err.text}"
        return report

    def wait_for(self, count: int, timeout: float = 15.0):
        report = self.watcher.wait_for(count, timeout)
        assert report is not None, f"no rebuild {count} within {timeout} s\nstdout:\n{self.out.text}\nstderr:\n{self.err.text}"
        return report

    def settle(self, seconds: float = 0.6) -> int:
        """Let the loop run for a while; return how many rebuilds happened meanwhile."""
        before = self.watcher.rebuilds
        time.sleep(seconds)
        return self.watcher.rebuilds - before

    def no_more_work(self, seconds: float = 0.5) -> None:
        """Nothing else gets compiled or published for a while.

        A late event of a save already built may still cause one no-op rebuild (nothing compiled, nothing
        published, nothing printed): harmless, and allowed here, so the tests do not depend on scheduling.
        """
        before = self.watcher.rebuilds
        time.sleep(seconds)
        count = self.watcher.rebuilds - before
        extra = list(self.watcher.reports)[-count:] if count else []
        assert len(extra) <= 1 and all(not r.compiled and not r.published and r.ok for r in extra), extra

    def until(self, predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} not reached within {timeout} s\nstdout:\n{self.out.text}\n"
                                     f"stderr:\n{self.err.text}")
            time.sleep(0.02)


@contextlib.contextmanager
def running(project: Path, *, tty: bool = False, **options) -> Iterator[Running]:
    """Run a Watcher on ``project`` in a thread; stop it (bounded) and check it cleaned up on exit."""
    options.setdefault("debounce", 0.08)
    options.setdefault("poll", 0.1)
    out, err = Capture(tty=tty), Capture(tty=tty)
    watcher = Watcher(make_builder(project), out=out, err=err, install_signals=False, **options)
    failure: list[BaseException] = []

    def main() -> None:
        try:
            watcher.run()
        except BaseException as error:  # noqa: BLE001 - reported by the test
            failure.append(error)

    thread = threading.Thread(target=main, name=f"watcher-{uuid.uuid4().hex[:6]}", daemon=True)
    thread.start()
    try:
        if not watcher.ready.wait(60):
            raise AssertionError(f"watcher not ready\nstdout:\n{out.text}\nstderr:\n{err.text}")
        yield Running(watcher, out, err)
    finally:
        watcher.stop()
        thread.join(10)
        assert not thread.is_alive(), "watcher did not stop within 10 s"
    assert not failure, failure


def staging_dirs(project: Path) -> list[Path]:
    return [p for p in project.rglob(".*.m_shared-*") if p.is_dir()]


def snapshot(directory: Path) -> dict[str, bytes]:
    if not directory.exists():
        return {}
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def save(path: Path, text: str, style: str = "inplace") -> None:
    """Save ``text`` to ``path`` the way an editor would."""
    directory, name = path.parent, path.name
    if style == "inplace":  # truncate and write (nano, VS Code by default)
        path.write_text(text, encoding="utf-8")
    elif style == "rename":  # write a temporary file, then rename it over the original (atomic savers)
        temporary = directory / f".{name}.{uuid.uuid4().hex[:6]}.tmp"
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    elif style == "vim":  # swap file, 4913 probe, original renamed to a backup, new file written, backup removed
        swap = directory / f".{name}.swp"
        swap.write_bytes(b"b0VIM 9.0")
        probe = directory / "4913"
        probe.write_bytes(b"")
        probe.unlink()
        backup = directory / f"{name}~"
        if path.exists():
            os.rename(path, backup)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
            handle.flush()
            handle.write(text[len(text) // 2:])
        if backup.exists():
            backup.unlink()
        swap.unlink()
    elif style == "emacs":  # lock symlink, autosave file, backup copy, write in place
        lock = directory / f".#{name}"
        with contextlib.suppress(FileExistsError):
            os.symlink("user@host.1234:1700000000", lock)
        autosave = directory / f"#{name}#"
        autosave.write_text(text, encoding="utf-8")
        if path.exists():
            shutil.copy2(path, directory / f"{name}~")
        path.write_text(text, encoding="utf-8")
        autosave.unlink()
        lock.unlink()
    else:
        raise ValueError(style)
