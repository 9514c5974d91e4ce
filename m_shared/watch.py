"""``m shared build --watch``: rebuild and republish on every save, and never die.

The loop is one main thread plus watchdog's observer:

* the observer (inotify on Linux) watches the source package recursively and the
  project directory (for ``pyproject.toml``) non-recursively. Its handler only
  records *that* something relevant happened; it never builds. Editor noise
  (swap and backup files, ``.#locks``, ``4913`` probes, ``__pycache__``, hidden
  directories, directory "modified" events) is dropped there;
* the main thread waits for the first relevant event, then for a quiet period
  (``debounce``, 30 ms by default; at most ``max_delay`` in a long burst such as a
  ``git checkout``), and runs one incremental build through the same
  :class:`~m_shared.pipeline.Builder` as ``m shared build``: only changed modules
  and importers of changed exports recompile, only targets whose bytes changed
  are republished, atomically;
* what changed is described from a cheap ``stat`` snapshot of the package
  (added, deleted, renamed, modified files), not from the events, so bursts and
  editors' write-then-rename dances are reported as the one save they are;
* every ``poll`` seconds while idle it checks that each target still holds its
  manifest (a target deleted by the user is republished, from the last good
  build if the sources are currently broken), that the source directory exists
  (if it is removed nothing is published until it comes back: an empty package
  would unpublish everything), and that the observer is alive (restarted if not).

Errors never end the loop: a user's mistake prints its diagnostics and targets
keep the last good build; an unexpected exception in one rebuild is reported
(with a traceback under ``--verbose``) and the loop goes on. SIGINT and SIGTERM
stop it: between builds at once; during a build, the build gets a short grace
period to finish its atomic publish and is interrupted after that (publish
removes its own staging directories; a sweep afterwards makes sure).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime
import fcntl
import functools
import os
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .config import Config
from .config import load as load_config
from .diagnostics import ConfigError, Diagnostic, MSharedError, render
from .pipeline import Builder, BuildResult

__all__ = ["ProgressBar", "RebuildReport", "Watcher", "is_relevant_source_path", "watch"]

_INTERRUPT_GRACE = 0.3  # seconds a running build may take to finish after SIGINT/SIGTERM before it is interrupted
_REPORTS_KEPT = 64


def is_relevant_source_path(relative: str) -> bool:
    """Whether a path (relative to the source package) can change the build: a ``.py`` file discover would read.

    The same rule as :func:`m_shared.graph.discover`: no component starting with ``.`` and no ``__pycache__``.
    That already excludes vim's ``.x.py.swp``, emacs' ``.#x.py`` locks, and backups like ``x.py~`` or
    ``x.py.bak`` (they do not end in ``.py``).
    """
    parts = [part for part in relative.replace(os.sep, "/").split("/") if part]
    if not parts or any(part.startswith(".") or part == "__pycache__" for part in parts):
        return False
    return parts[-1].endswith(".py")


def _is_relevant_source_dir(relative: str) -> bool:
    parts = [part for part in relative.replace(os.sep, "/").split("/") if part]
    return bool(parts) and not any(part.startswith(".") or part == "__pycache__" for part in parts)


# ---- terminal ----------------------------------------------------------------------------------
def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def _use_colour(stream: TextIO) -> bool:
    """Colour on a terminal only; ``NO_COLOR`` turns it off, ``FORCE_COLOR`` on (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream)


class _Style:
    def __init__(self, colour: bool):
        self.colour = colour

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def green(self, text: str) -> str:
        return self._wrap("32", text)

    def red(self, text: str) -> str:
        return self._wrap("31", text)

    def yellow(self, text: str) -> str:
        return self._wrap("33", text)

    def cyan(self, text: str) -> str:
        return self._wrap("36", text)

    def bold(self, text: str) -> str:
        return self._wrap("1", text)


class ProgressBar:
    """A one-line progress bar for long (cold) builds: drawn on a TTY only, after ``delay`` seconds, then erased."""

    def __init__(self, stream: TextIO, *, enabled: bool | None = None, delay: float = 0.3, width: int = 30):
        self.stream = stream
        self.enabled = _isatty(stream) if enabled is None else enabled
        self.delay = delay
        self.width = width
        self._started = time.monotonic()
        self._drawn = False
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if now - self._started < self.delay or now - self._last < 0.05:
            return
        self._last = now
        filled = int(self.width * done / total)
        bar = "█" * filled + "░" * (self.width - filled)
        with contextlib.suppress(OSError, ValueError):
            self.stream.write(f"\r\x1b[K  compiling {bar} {done}/{total} modules")
            self.stream.flush()
            self._drawn = True

    def close(self) -> None:
        if self._drawn:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            self._drawn = False

    @contextlib.contextmanager
    def attached(self, builder: Builder) -> Iterator[ProgressBar]:
        previous = builder.progress
        builder.progress = self
        try:
            yield self
        finally:
            builder.progress = previous
            self.close()


# ---- what changed --------------------------------------------------------------------------------
Snapshot = dict[str, tuple[int, int, int]]  # project-relative path -> (mtime_ns, size, inode)


def _snapshot(config: Config) -> Snapshot:
    """``stat`` of every module file the build would read (a few ms for hundreds of files)."""
    found: Snapshot = {}
    root = config.source_dir
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith(".") and d != "__pycache__")
        for name in files:
            if not name.endswith(".py") or name.startswith("."):
                continue
            path = os.path.join(directory, name)
            try:
                stat = os.stat(path)
            except OSError:
                continue
            found[Path(path).relative_to(config.project_dir).as_posix()] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    return found


@dataclasses.dataclass
class _Changes:
    modified: list[str] = dataclasses.field(default_factory=list)
    added: list[str] = dataclasses.field(default_factory=list)
    deleted: list[str] = dataclasses.field(default_factory=list)
    renamed: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.modified or self.added or self.deleted or self.renamed)

    def describe(self, limit: int = 3) -> list[str]:
        parts: list[str] = []
        for label, paths in (("changed", self.modified), ("added", self.added), ("deleted", self.deleted)):
            if paths:
                shown = ", ".join(paths[:limit]) + (f" and {len(paths) - limit} more" if len(paths) > limit else "")
                parts.append(f"{shown} {label}")
        if self.renamed:
            pairs = _collapse_directory_renames(self.renamed)
            shown = ", ".join(f"{a} → {b}" for a, b in pairs[:limit])
            more = f" and {len(pairs) - limit} more" if len(pairs) > limit else ""
            parts.append(f"{shown}{more} renamed")
        return parts


def _collapse_directory_renames(renamed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``a/x.py → b/x.py, a/y.py → b/y.py`` is one rename of the directory: ``a/ → b/``."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for old, new in renamed:
        old_dir, _, old_name = old.rpartition("/")
        new_dir, _, new_name = new.rpartition("/")
        key = (old_dir, new_dir) if old_name == new_name and old_dir != new_dir else (old, new)
        groups.setdefault(key, []).append((old, new))
    result = []
    for key, members in groups.items():
        result.extend([(f"{key[0]}/", f"{key[1]}/")] if len(members) > 1 else members)
    return result


def _diff(old: Snapshot, new: Snapshot) -> _Changes:
    changes = _Changes()
    gone = sorted(set(old) - set(new))
    came = sorted(set(new) - set(old))
    by_inode = {new[path][2]: path for path in came}
    for path in gone:
        target = by_inode.pop(old[path][2], None)
        if target is not None:
            changes.renamed.append((path, target))
        else:
            changes.deleted.append(path)
    renamed_to = {b for _, b in changes.renamed}
    changes.added = [path for path in came if path not in renamed_to]
    changes.modified = sorted(path for path in set(old) & set(new) if old[path][:2] != new[path][:2])
    return changes


# ---- reports -------------------------------------------------------------------------------------
@dataclasses.dataclass
class RebuildReport:
    """What one trip round the loop did (tests and the benchmark read these)."""

    number: int
    reasons: list[str]  # what triggered it, human readable ("shared/orders.py changed", "target web deleted")
    built: bool  # a build ran (False: e.g. an invalid pyproject edit and nothing else)
    ok: bool  # no errors (True when nothing was built and nothing failed)
    compiled: list[str] = dataclasses.field(default_factory=list)
    published: list[str] = dataclasses.field(default_factory=list)  # targets whose contents changed
    restored: list[str] = dataclasses.field(default_factory=list)  # missing targets refilled from the last good build
    deleted_modules: list[str] = dataclasses.field(default_factory=list)
    still_imported_by: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # deleted module -> importers
    diagnostics: list[Diagnostic] = dataclasses.field(default_factory=list)
    config_error: str | None = None
    config_reloaded: bool = False
    internal_error: str | None = None
    seconds: float = 0.0
    finished: float = 0.0  # time.monotonic() when done


class _Stopped(BaseException):
    """Raised in the main thread by SIGINT/SIGTERM: unwinds whatever it is doing."""


# ---- the loop ------------------------------------------------------------------------------------
class Watcher:
    """Watch one project and rebuild on every relevant change. ``run()`` blocks until ``stop()`` or a signal."""

    def __init__(
        self,
        builder: Builder,
        *,
        quiet: bool = False,
        verbose: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
        colour: bool | None = None,
        debounce: float = 0.03,
        max_delay: float = 1.0,
        poll: float = 0.25,
        install_signals: bool = True,
        initial_build: bool = True,
    ):
        self.builder = builder
        self.quiet = quiet
        self.verbose = verbose and not quiet
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr
        self._style_out = _Style(_use_colour(self.out) if colour is None else colour)
        self._style_err = _Style(_use_colour(self.err) if colour is None else colour)
        self._colour_err = self._style_err.colour
        self.debounce = debounce
        self.max_delay = max_delay
        self.poll = poll
        self.install_signals = install_signals
        self.initial_build = initial_build

        self.reports: collections.deque[RebuildReport] = collections.deque(maxlen=_REPORTS_KEPT)
        self.rebuilds = 0  # completed trips round the loop (the initial build is number 0)
        self.ready = threading.Event()  # set once watching (after the initial build)
        self.stopped = threading.Event()  # set when run() has cleaned up

        self._cond = threading.Condition()
        self._pending_sources = False
        self._pending_paths: set[str] = set()
        self._pending_config = False
        self._pending_reasons: list[str] = []
        self._first_event = 0.0
        self._last_event = 0.0
        self._event_errors: list[str] = []
        self._stop_requested = False
        self._building = False
        self._cleaning_up = False
        self._interrupted_build = False
        self._grace_timer: threading.Timer | None = None

        self._observer = None  # a watchdog Observer while running
        self._source_key: tuple[str, int] | None = None  # (path, inode) the observer watches
        self._source_missing = False
        self._snapshot: Snapshot = {}
        self._last_good: dict[str, dict[str, bytes]] = {}
        self._present: dict[str, bool] = {}  # target name -> had a manifest at the last check
        self._config_error: str | None = None
        self._last_printed_errors: list[Diagnostic] | None = None

    # ---- public --------------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        return self.builder.config

    def stop(self) -> None:
        """Ask the loop to stop (from any thread); ``run()`` returns after cleaning up."""
        with self._cond:
            self._stop_requested = True
            self._cond.notify_all()

    def wait_for(self, rebuilds: int, timeout: float) -> RebuildReport | None:
        """Block until at least ``rebuilds`` trips completed; the latest report, or None on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.rebuilds < rebuilds:
                left = deadline - time.monotonic()
                if left <= 0 or self.stopped.is_set():
                    return None
                self._cond.wait(min(left, 0.1))
            return self.reports[-1] if self.reports else None

    def run(self) -> int:
        """Build, then watch until stopped. Returns the exit code (0: stopped on request)."""
        previous_handlers = self._install_signals()
        try:
            try:
                self._start_observer()
                if self.initial_build:
                    self._initial()
                else:
                    self._snapshot = _snapshot(self.config)
                    self._refresh_targets_state()
                self._banner()
                self.ready.set()
                self._loop()
            except _Stopped:
                pass
        finally:
            self._cleanup(previous_handlers)
        return 0

    # ---- signals -------------------------------------------------------------------------------
    def _install_signals(self) -> dict[int, object]:
        if not self.install_signals or threading.current_thread() is not threading.main_thread():
            return {}
        previous: dict[int, object] = {}
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, self._on_signal)
        return previous

    def _on_signal(self, signum: int, frame: object) -> None:
        if self._cleaning_up:
            return
        if not self._building:
            raise _Stopped
        if self._stop_requested:  # second signal, or the grace period ran out
            self._interrupted_build = True
            raise _Stopped
        # Let the running build finish its atomic publish if it can within the grace period.
        self._stop_requested = True
        # A real signal to the main thread (not _thread.interrupt_main): it also cuts short a blocking
        # system call there, such as waiting for a lint subprocess.
        main = threading.main_thread().ident
        self._grace_timer = threading.Timer(_INTERRUPT_GRACE, signal.pthread_kill, args=(main, signal.SIGINT))
        self._grace_timer.daemon = True
        self._grace_timer.start()

    # ---- observer ------------------------------------------------------------------------------
    def _start_observer(self) -> None:
        # watchdog is imported here, not at module level: plain `m shared build` need not pay for it.
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
            FileSystemEventHandler,
        )
        from watchdog.observers import Observer

        watcher = self

        class Handler(FileSystemEventHandler):
            """Runs in watchdog's thread: classify the event and wake the loop. Must never raise."""

            def on_any_event(self, event) -> None:
                try:
                    watcher._on_event(event)
                except Exception:  # noqa: BLE001 - an exception here would kill the observer thread
                    watcher._note_event_error(traceback.format_exc())

        # Opened and closed-without-writing events are left out on purpose: the build itself opens
        # every source file, which must not trigger another build.
        events = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent,
                  DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
        observer = Observer(timeout=0.1)
        handler = Handler()
        observer.schedule(handler, str(self.config.project_dir), recursive=False, event_filter=events)
        self._source_key = None
        self._source_missing = not self.config.source_dir.is_dir()
        if not self._source_missing:
            observer.schedule(handler, str(self.config.source_dir), recursive=True, event_filter=events)
            self._source_key = (str(self.config.source_dir), self.config.source_dir.stat().st_ino)
        observer.daemon = True
        observer.start()
        self._observer = observer

    def _stop_observer(self) -> None:
        observer, self._observer = self._observer, None
        if observer is None:
            return
        with contextlib.suppress(Exception):
            observer.stop()
        with contextlib.suppress(Exception):
            observer.join(timeout=2.0)

    def _restart_observer(self) -> None:
        self._stop_observer()
        self._start_observer()

    def _on_event(self, event) -> None:
        config = self.config
        paths = [os.fsdecode(event.src_path)]
        if getattr(event, "dest_path", ""):
            paths.append(os.fsdecode(event.dest_path))
        pyproject = str(config.pyproject)
        source = str(config.source_dir)
        config_hit = False
        source_hits: list[str] = []
        for path in paths:
            if path == pyproject:
                config_hit = True
                continue
            if path == source and event.is_directory and event.event_type in ("deleted", "moved", "created"):
                source_hits.append(path)  # the package itself went away or came back
                continue
            if not path.startswith(source + os.sep):
                continue
            relative = path[len(source) + 1:]
            if event.is_directory:
                if event.event_type != "modified" and _is_relevant_source_dir(relative):
                    source_hits.append(path)
            elif is_relevant_source_path(relative):
                source_hits.append(path)
        if not config_hit and not source_hits:
            return
        now = time.monotonic()
        with self._cond:
            if not (self._pending_sources or self._pending_config):
                self._first_event = now
            self._last_event = now
            self._pending_config |= config_hit
            if source_hits:
                self._pending_sources = True
                if len(self._pending_paths) < 10_000:
                    self._pending_paths.update(source_hits)
            self._cond.notify_all()

    def _note_event_error(self, text: str) -> None:
        with self._cond:
            if len(self._event_errors) < 10:
                self._event_errors.append(text)

    # ---- main loop -----------------------------------------------------------------------------
    def _loop(self) -> None:
        next_poll = time.monotonic() + self.poll
        while True:
            with self._cond:
                while not (self._stop_requested or self._pending_sources or self._pending_config):
                    left = next_poll - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
                if self._stop_requested:
                    return
                pending = self._pending_sources or self._pending_config
            if not pending:
                next_poll = time.monotonic() + self.poll
                self._guarded(self._health_check)
                continue
            self._debounce()
            if self._stop_requested:
                return
            with self._cond:
                sources, config_changed = self._pending_sources, self._pending_config
                self._pending_sources = self._pending_config = False
                self._pending_paths = set()
                reasons, self._pending_reasons = self._pending_reasons, []
            self._guarded(functools.partial(self._rebuild, sources=sources, config_changed=config_changed, reasons=reasons))
            next_poll = time.monotonic() + self.poll

    def _debounce(self) -> None:
        """Wait until no relevant event arrived for ``debounce`` seconds (at most ``max_delay`` in all)."""
        with self._cond:
            while not self._stop_requested:
                now = time.monotonic()
                quiet_until = self._last_event + self.debounce
                give_up = self._first_event + self.max_delay
                if now >= quiet_until or now >= give_up:
                    return
                self._cond.wait(min(quiet_until, give_up) - now)

    def _guarded(self, action) -> None:
        """Run one step of the loop; an unexpected exception is reported and the loop goes on."""
        try:
            action()
        except _Stopped:
            raise
        except MSharedError as error:  # e.g. a target that cannot be written: the user's to fix, not a crash
            self._say_err(f"{self._stamp()} {self._style_err.red('error')}: {error}; still watching")
            self._finish(RebuildReport(number=self.rebuilds + 1, reasons=[], built=True, ok=False,
                                       internal_error=None, finished=time.monotonic()))
        except Exception as error:  # noqa: BLE001 - the loop must survive its own bugs
            report = RebuildReport(number=self.rebuilds + 1, reasons=[], built=False, ok=False,
                                   internal_error=f"{type(error).__name__}: {error}", finished=time.monotonic())
            self._say_err(
                f"{self._stamp()} {self._style_err.red('internal error')} in m_shared while rebuilding: "
                f"{type(error).__name__}: {error}"
                + ("" if self.verbose else " (run with --verbose for the traceback)")
                + "; still watching"
            )
            if self.verbose:
                self._say_err(traceback.format_exc().rstrip())
            self._finish(report)
        finally:
            with self._cond:
                event_errors, self._event_errors = self._event_errors, []
            for text in event_errors:
                self._say_err(f"{self._stamp()} internal error in the file watcher's event handler; still watching")
                if self.verbose:
                    self._say_err(text.rstrip())

    def _health_check(self) -> None:
        """Between events: notice deleted targets, a vanished or recreated source dir, a dead observer."""
        observer = self._observer
        if observer is None or not observer.is_alive() or not all(e.is_alive() for e in list(observer.emitters)):
            self._say_err(f"{self._stamp()} the file watcher stopped; restarting it")
            self._restart_observer()
            self._queue(sources=True, reason="file watcher restarted")
            return
        source = self.config.source_dir
        try:
            key: tuple[str, int] | None = (str(source), source.stat().st_ino) if source.is_dir() else None
        except OSError:
            key = None
        if key != self._source_key:
            self._restart_observer()
            self._queue(sources=True, reason="")  # the snapshot diff says what changed
            return
        missing = []
        for target in self.config.targets:
            present = (target.path / "manifest.json").is_file()
            if self._present.get(target.name, True) and not present:
                missing.append(target.name)
            self._present[target.name] = present
        if missing:
            self._queue(sources=True, reason=f"target{'s' if len(missing) > 1 else ''} {', '.join(missing)} deleted")

    def _queue(self, *, sources: bool, reason: str) -> None:
        with self._cond:
            now = time.monotonic()
            if not (self._pending_sources or self._pending_config):
                self._first_event = now
            self._last_event = now - self.debounce  # no need to wait for quiet: this is not an editor
            self._pending_sources |= sources
            if reason:
                self._pending_reasons.append(reason)
            self._cond.notify_all()

    # ---- one rebuild ---------------------------------------------------------------------------
    def _initial(self) -> None:
        self._snapshot = _snapshot(self.config)
        if self.verbose:
            self._say(f"{self._stamp()} initial build of {self._rel(self.config.source_dir)}/ ...")
        progress = ProgressBar(self.err, enabled=None if not self.quiet else False)
        with progress.attached(self.builder):
            result = self._build()
        report = RebuildReport(number=0, reasons=["initial build"], built=True, ok=result.ok, seconds=result.seconds,
                               compiled=list(result.compiled), published=list(result.published),
                               diagnostics=list(result.diagnostics))
        if result.ok:
            self._last_good = result.contents
            if not self.quiet:
                updated = (f"published to {', '.join(result.published)}" if result.published
                           else "targets already up to date")
                self._say(
                    f"{self._stamp()} built {result.modules} modules ({len(result.compiled)} compiled, "
                    f"{len(result.reused)} cached) in {result.seconds * 1000:.0f} ms · {updated}"
                )
        else:
            self._print_errors(result.diagnostics, f"{self._stamp()} initial build")
        self._refresh_targets_state()
        self._finish(report, initial=True)

    def _banner(self) -> None:
        if self.quiet:
            return
        config = self.config
        where = ", ".join(f"{t.name} → {self._rel(t.path)}/" for t in config.targets) or "no targets configured"
        self._say(
            f"{self._stamp()} watching {self._rel(config.source_dir)}/ and {self._rel(config.pyproject)} · "
            f"publishing to {where} · Ctrl-C to stop"
        )

    def _rebuild(self, *, sources: bool, config_changed: bool, reasons: list[str]) -> None:
        started = time.perf_counter()
        number = self.rebuilds + 1
        reasons = list(reasons)
        report = RebuildReport(number=number, reasons=reasons, built=False, ok=True)
        force = bool(reasons)
        if config_changed:
            outcome = self._reload_config(report)
            if outcome == "changed":
                reasons.append(f"{self._rel(self.config.pyproject)} changed")
                force = True
            elif outcome == "error" and not sources:
                report.ok = False
                self._finish(report)
                return
        if not self.config.source_dir.is_dir():
            if not self._source_missing:
                self._say_err(
                    f"{self._stamp()} {self._style_err.yellow('source directory missing')}: "
                    f"{self._rel(self.config.source_dir)}/ · targets keep the last good build; waiting for it to return"
                )
            self._source_missing = True
            report.ok = False
            self._finish(report)
            return
        self._source_missing = False

        snapshot = _snapshot(self.config)
        changes = _diff(self._snapshot, snapshot)
        if not (changes or force or sources):
            if self.verbose:
                self._say(f"{self._stamp()} {self._style_out.dim('no source change')}")
            self._finish(report)
            return
        reasons[:0] = changes.describe()
        previous_graph = self.builder.graph
        self._snapshot = snapshot
        result = self._build()
        report.built = True
        report.ok = result.ok
        report.compiled = list(result.compiled)
        report.published = list(result.published)
        report.diagnostics = list(result.diagnostics)
        self._deleted_modules(report, previous_graph)
        if result.ok:
            self._last_good = result.contents
        else:
            report.restored = self._restore_missing_targets()
        self._refresh_targets_state()
        report.seconds = time.perf_counter() - started
        self._print_report(report, changes=bool(changes) or force)
        self._finish(report)

    def _build(self) -> BuildResult:
        self._building = True
        try:
            return self.builder.build()
        finally:
            self._building = False
            if self._stop_requested:
                self._cancel_grace_timer()
                raise _Stopped

    def _reload_config(self, report: RebuildReport) -> str:
        """``"changed"``, ``"same"`` or ``"error"``; on error the old configuration stays in force."""
        old = self.config
        try:
            new = load_config(old.project_dir)
        except ConfigError as error:
            message = str(error)
            report.config_error = message
            if message != self._config_error or not self.quiet:
                self._say_err(
                    f"{self._stamp()} {self._style_err.red('invalid configuration')}: {message}\n"
                    f"    keeping the previous configuration; fix {self._rel(old.pyproject)} to apply your change"
                )
            self._config_error = message
            return "error"
        fixed = self._config_error is not None
        self._config_error = None
        if new == old:
            if fixed and not self.quiet:
                self._say(f"{self._stamp()} {self._rel(old.pyproject)} is valid again; configuration unchanged")
            elif self.verbose:
                self._say(f"{self._stamp()} {self._rel(old.pyproject)} changed; [tool.m_shared] unchanged")
            return "same"
        self.builder.config = new
        report.config_reloaded = True
        if new.source_dir != old.source_dir:
            self._restart_observer()
            self._snapshot = {}
        old_targets = {t.name: t for t in old.targets}
        self._present = {t.name: self._present.get(t.name, True) for t in new.targets
                         if old_targets.get(t.name) == t}
        if not self.quiet:
            where = ", ".join(f"{t.name} → {self._rel(t.path)}/" for t in new.targets) or "no targets"
            self._say(f"{self._stamp()} configuration reloaded · source {self._rel(new.source_dir)}/ · {where}")
        return "changed"

    def _deleted_modules(self, report: RebuildReport, previous) -> None:
        """Name deleted modules, and the remaining modules that still import each one."""
        graph = self.builder.graph
        if previous is None or graph is None:
            return
        deleted = sorted(set(previous.modules) - set(graph.modules))
        report.deleted_modules = deleted
        for name in deleted:
            importers = []
            for importer, deps in previous.imports.items():
                if name not in deps or importer not in graph.modules:
                    continue
                before, now = previous.modules[importer], graph.modules[importer]
                relpath = now.relpath
                mentions = any(
                    d.path == relpath and repr(name) in d.message for d in report.diagnostics
                )
                if before.digest == now.digest or mentions:
                    importers.append(relpath)
            if importers:
                report.still_imported_by[previous.modules[name].relpath] = sorted(importers)

    def _restore_missing_targets(self) -> list[str]:
        """The sources are broken, but a target was deleted: put the last good build back into it."""
        missing = [t for t in self.config.targets
                   if t.name in self._last_good and not (t.path / "manifest.json").is_file()]
        if not missing:
            return []
        from . import publish as publish_stage

        partial = dataclasses.replace(self.config, targets=tuple(missing))
        self._building = True
        try:
            with self.builder.lock():
                return publish_stage.publish(partial, {t.name: self._last_good[t.name] for t in missing})
        finally:
            self._building = False
            if self._stop_requested:
                self._cancel_grace_timer()
                raise _Stopped

    def _refresh_targets_state(self) -> None:
        self._present = {t.name: (t.path / "manifest.json").is_file() for t in self.config.targets}

    def _finish(self, report: RebuildReport, initial: bool = False) -> None:
        report.finished = time.monotonic()
        with self._cond:
            self.reports.append(report)
            if not initial:
                self.rebuilds += 1
            self._cond.notify_all()

    # ---- output --------------------------------------------------------------------------------
    def _print_report(self, report: RebuildReport, *, changes: bool) -> None:
        what = "; ".join(report.reasons) or "sources touched"
        ms = f"{report.seconds * 1000:.0f} ms"
        s = self._style_out
        if report.ok:
            if not changes and not report.compiled and not report.published:
                if self.verbose:
                    self._say(f"{self._stamp()} {s.dim(what + ' · nothing to rebuild · ' + ms)}")
                self._last_printed_errors = None
                return
            if self.quiet:
                self._warn_still_imported(report)
                self._last_printed_errors = None
                return
            count = len(report.compiled)
            updated = (f"{', '.join(report.published)} updated" if report.published else "targets already up to date")
            recovered = " · " + s.green("errors fixed") if self._last_printed_errors else ""
            self._say(
                f"{self._stamp()} {s.cyan(what)} · {count} module{'s' if count != 1 else ''} rebuilt · "
                f"{ms} · {s.green(updated) if report.published else s.dim(updated)}{recovered}"
            )
            if self.verbose and report.compiled:
                self._say(s.dim("    compiled: " + ", ".join(report.compiled)))
            self._warn_still_imported(report)
            self._last_printed_errors = None
            return
        errors = report.diagnostics
        if not changes and errors == self._last_printed_errors:
            return  # the same errors again, for no new save: already on screen
        count = sum(1 for d in errors if d.severity == "error")
        restored = f" · {', '.join(report.restored)} restored from the last good build" if report.restored else ""
        header = (
            f"{self._stamp()} {self._style_err.cyan(what)} · "
            f"{self._style_err.red(f'{count} error' + ('s' if count != 1 else ''))} · {ms} · "
            f"targets keep the last good build{restored}"
        )
        self._print_errors(errors, header)
        for deleted, importers in sorted(report.still_imported_by.items()):
            self._say_err(
                f"    {deleted} was deleted but is still imported by {', '.join(importers)}; "
                "it stays published until those imports are removed"
            )

    def _warn_still_imported(self, report: RebuildReport) -> None:
        """The build passed although a deleted module is still imported (e.g. ``from . import gone``)."""
        for deleted, importers in sorted(report.still_imported_by.items()):
            self._say_err(
                f"{self._stamp()} {self._style_err.yellow('warning')}: {deleted} was deleted and unpublished, "
                f"but {', '.join(importers)} still import{'s' if len(importers) == 1 else ''} it; "
                "the published code will fail to load until that import is removed"
            )

    def _print_errors(self, diagnostics: list[Diagnostic], header: str) -> None:
        self._say_err(header)
        for diagnostic in diagnostics:
            self._say_err(render(diagnostic, self.config.project_dir, colour=self._colour_err))
        self._last_printed_errors = list(diagnostics)

    def _say(self, text: str) -> None:
        self._write(self.out, text)

    def _say_err(self, text: str) -> None:
        self._write(self.err, text)

    @staticmethod
    def _write(stream: TextIO, text: str) -> None:
        try:
            stream.write(text + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed terminal or pipe must not end the loop

    def _stamp(self) -> str:
        return self._style_out.dim(datetime.datetime.now().strftime("%H:%M:%S")) + " " + \
            self._style_out.bold("[m_shared]")

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.config.project_dir).as_posix()
        except ValueError:
            return str(path)

    # ---- shutdown ------------------------------------------------------------------------------
    def _cancel_grace_timer(self) -> None:
        timer, self._grace_timer = self._grace_timer, None
        if timer is not None:
            timer.cancel()
            if timer is not threading.current_thread():
                timer.join(timeout=1.0)

    def _cleanup(self, previous_handlers: dict[int, object]) -> None:
        self._cleaning_up = True
        try:
            self._cancel_grace_timer()
            self._stop_observer()
            if self._interrupted_build:
                self._sweep_staging()
        finally:
            for signum, handler in previous_handlers.items():
                with contextlib.suppress(Exception):
                    signal.signal(signum, handler)
            self.stopped.set()
            with self._cond:
                self._cond.notify_all()
        if not self.quiet:
            self._say(f"{self._stamp()} stopped watching")

    def _sweep_staging(self) -> None:
        """After an interrupted build: remove staging directories it may have left beside the targets."""
        state = self.config.state_dir
        try:
            handle = open(state / "build.lock", "a+")  # noqa: SIM115
        except OSError:
            return
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return  # another build of this project is running: its staging directories are its own
            try:
                for target in self.config.targets:
                    for staging in target.path.parent.glob(f".{target.path.name}.m_shared-*"):
                        shutil.rmtree(staging, ignore_errors=True)
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def watch(
    builder: Builder,
    *,
    quiet: bool = False,
    verbose: bool = False,
    out: TextIO | None = None,
    err: TextIO | None = None,
    debounce: float = 0.03,
    initial_build: bool = True,
) -> int:
    """Build, then rebuild on every change until SIGINT/SIGTERM. Returns the exit code."""
    watcher = Watcher(builder, quiet=quiet, verbose=verbose, out=out, err=err, debounce=debounce,
                      initial_build=initial_build)
    return watcher.run()

