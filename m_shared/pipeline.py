"""The build pipeline: config -> discover -> lint -> lower -> compile -> link -> publish.

Each stage is a function of the previous stage's data. Everything a stage
learns about one module is cached by content hash: in memory (the ``--watch``
loop keeps one :class:`Builder`) and in ``.m_shared/cache`` (across
processes). A no-op build therefore parses, lints and compiles nothing; a
one-module change recompiles that module, plus its importers only when the
names it exports changed, and publishes by writing only the changed files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Self

from . import compile as compile_stage
from . import graph as graph_stage
from . import lint as lint_stage
from . import link as link_stage
from . import lower as lower_stage
from . import publish as publish_stage
from . import regex as regex_stage
from . import shake
from .config import Config
from .diagnostics import Diagnostic, MSharedError

_CACHE_FORMAT = 4
LOCK_TIMEOUT = 600.0  # seconds a build waits for another build of the same project before it gives up
LintMode = Literal["full", "off"]


@dataclasses.dataclass
class BuildResult:
    modules: int  # modules in the shared package
    compiled: list[str]  # modules compiled by Transcrypt in this build
    reused: list[str]  # modules whose cached output was reused
    published: list[str]  # targets whose contents changed
    diagnostics: list[Diagnostic]
    contents: dict[str, publish_stage.Tree]  # per target: its complete file tree (empty when there were errors)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


@dataclasses.dataclass
class _Linked:
    """One compiled module's published files: digests always, bytes while this process has them."""

    key: str  # compile key
    name: str  # module name
    exports: tuple[str, ...]
    known: tuple[tuple[str, tuple[str, ...] | None], ...]  # exports of its imports when it was compiled
    digests: dict[str, str]
    words: frozenset[str]  # what its compiled code names: decides which parts of the runtime are published
    regex: regex_stage.Summary  # the patterns it can compile: decides whether re's translator is published
    files: dict[str, bytes] | None = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "files": None}  # bytes are cheap to re-link and would bloat the state file


@dataclasses.dataclass
class _State:
    """What earlier builds learnt, keyed by content; persisted in ``.m_shared/cache/state.pickle``."""

    fingerprint: str
    discovered: dict = dataclasses.field(default_factory=dict)  # graph.discover's cache
    # (relpath, file digest, lint fingerprint) -> findings
    linted: dict[tuple[str, str, str], tuple[Diagnostic, ...]] = dataclasses.field(default_factory=dict)
    modules: dict[str, _Linked] = dataclasses.field(default_factory=dict)  # compile key -> published files


class _Linting:
    """The lint stage of one plan, running beside the compile stage: :meth:`result` waits for it."""

    def __init__(self, project_dir: Path, state: _State, keys: dict[str, tuple[str, str, str]], missing: list[Path],
                 running: lint_stage.Linting | None):
        self.project_dir = project_dir
        self.state = state
        self.keys = keys  # relpath -> (relpath, digest, lint fingerprint)
        self.missing = missing
        self.running = running

    def result(self) -> list[Diagnostic]:
        """The lint findings of every module, from the linters for the missing ones and remembered for the rest."""
        state = self.state
        changed: list[Diagnostic] = []
        if self.running is not None:
            by_path: dict[str, list[Diagnostic]] = {}
            for diagnostic in self.running.result().diagnostics:
                by_path.setdefault(diagnostic.path, []).append(diagnostic)
            for path in self.missing:
                relpath = path.relative_to(self.project_dir).as_posix()
                if _digest(path) != self.keys[relpath][1]:
                    # Saved again since the build read it: the linters read their own copy, so their findings may
                    # be about the newer text and the compiled one went unchecked. Neither is published (nor the
                    # findings remembered); the next build (the watch loop's, on the new save) starts over.
                    changed.append(Diagnostic(
                        relpath, 0, 0, "build/changed", "the file changed while it was being linted",
                        "build again (the watch loop does so by itself)",
                    ))
                    continue
                state.linted[self.keys[relpath]] = tuple(by_path.get(relpath, ()))
        current = {key for key in self.keys.values() if key in state.linted}
        state.linted = {key: found for key, found in state.linted.items() if key in current}
        return [d for key in sorted(current) for d in state.linted[key]] + changed

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.running is not None:
            self.running.close()  # the plan gave up (an error, Ctrl-C): stop the linters still running


class Builder:
    """Builds one project; keeps what it learnt in memory between builds (the watch loop reuses one)."""

    def __init__(self, config: Config, *, lint: LintMode = "full"):
        if lint not in ("full", "off"):
            raise ValueError(f"lint must be 'full' or 'off', not {lint!r}")
        self.config = config
        # "full": ruff, every semgrep rule and our checks, also in the watch loop (semgrep-core answers in
        # about 0.1 s); "off": for builds that only need the output (check, verify, tests of other stages).
        self.lint = lint
        self.graph: graph_stage.ModuleGraph | None = None  # the module graph of the last plan (the watch loop diffs it)
        self.progress: Callable[[int, int], None] | None = None  # called as (modules done, modules) while planning
        self._state: _State | None = None

    @property
    def cache_dir(self) -> Path:
        return self.config.state_dir / "cache"

    def plan(self, *, lint: LintMode | None = None) -> BuildResult:
        """Everything a build would publish, without touching any target."""
        lint = lint or self.lint
        started = time.perf_counter()
        state = self._load_state()
        graph = graph_stage.discover(self.config, state.discovered)
        self.graph = graph
        # The linters (ruff and semgrep-core, about 0.1 s) run in their own processes while the modules compile.
        with self._start_lint(graph, state) if lint != "off" else contextlib.nullcontext() as linting:
            result = self._compile(graph, state, linting)
        self._save_state(state)
        result.seconds = time.perf_counter() - started
        return result

    def _compile(self, graph: graph_stage.ModuleGraph, state: _State, linting: _Linting | None) -> BuildResult:
        diagnostics = list(graph.diagnostics)
        library = compile_stage.library(self.cache_dir)
        known: dict[str, tuple[str, ...]] = dict(library.exports)
        fresh: list[str] = []
        reused: list[str] = []
        failed: set[str] = {self._module_of(d, graph) for d in diagnostics if d.severity == "error"} - {None}
        linked: dict[str, _Linked] = {}  # by compile key, this build's modules only
        compile_errors: list[tuple[str, Diagnostic]] = []  # (module, diagnostic) of the compile stage
        crashes: dict[str, Exception] = {}  # modules that crashed the compiler while their lint was running
        order = graph.order()
        for done, name in enumerate(order):
            if self.progress is not None:
                self.progress(done, len(order))
            module = graph.modules[name]
            if name in failed or failed & graph.imports[name]:
                failed.add(name)  # an importer of a broken module would not load either; the broken one is reported
                continue
            key = self._key(module, graph, known)
            entry = state.modules.get(key)
            if entry is not None:
                reused.append(name)
            else:
                try:
                    with graph_stage.recursion_headroom():
                        tree = lower_stage.lower(module)
                        compiled = compile_stage.compile_module(module, tree, known, self._imported_names(module, graph))
                        files = link_stage.link_module(module, compiled)
                except (lower_stage.LowerError, compile_stage.CompileError) as error:
                    compile_errors.append((name, error.diagnostic))
                    failed.add(name)
                    continue
                except RecursionError:  # the discover stage rejects deeper modules; this is a safety net
                    compile_errors.append((name, graph_stage.too_deep(module)))
                    failed.add(name)
                    continue
                except Exception as error:
                    if linting is None:
                        raise
                    # The lint runs beside the compile stage, so code it flags gets compiled too (it used not to be):
                    # if it flags this module or one it imports, the crash goes with the module's other results.
                    crashes[name] = error
                    failed.add(name)
                    continue
                fresh.append(name)
                self._store_compiled(key, compiled)
                entry = _Linked(
                    key=key, name=name, exports=compiled.exports, known=self._imported_exports(module, graph, known),
                    digests={path: hashlib.sha256(data).hexdigest() for path, data in files.items()},
                    words=shake.words(files[f"{link_stage.PRIVATE_DIR}/{compiled.name}.js"].decode("utf-8")),
                    regex=regex_stage.summarize(module),
                    files=files,
                )
            linked[key] = entry
            known[name] = entry.exports
        tree = None
        if not failed and not compile_errors and not any(d.severity == "error" for d in diagnostics):
            tree = publish_stage.complete(self._tree(graph, linked, library))

        if linting is not None:
            # Lint first, in effect: a module whose code would behave differently in JS is not compiled (its
            # compile result is dropped), nor anything that imports it, let alone published.
            reported = {(d.path, d.line, d.rule) for d in diagnostics}
            found = [d for d in linting.result() if (d.path, d.line, d.rule) not in reported]
            diagnostics.extend(found)
            flagged = {self._module_of(d, graph) for d in found if d.severity == "error"} - {None}
            if flagged:
                for name in order:
                    if name in flagged or flagged & graph.imports[name]:
                        flagged.add(name)
                compile_errors = [(name, d) for name, d in compile_errors if name not in flagged]
                crashes = {name: error for name, error in crashes.items() if name not in flagged}
                fresh = [name for name in fresh if name not in flagged]
                reused = [name for name in reused if name not in flagged]
                linked = {key: entry for key, entry in linked.items() if entry.name not in flagged}
                failed |= flagged
                tree = None
        for error in crashes.values():
            raise error
        diagnostics.extend(d for _, d in compile_errors)
        state.modules = linked  # only the current modules: a long watch session does not grow
        contents = {target.name: tree for target in self.config.targets} if tree is not None else {}
        return BuildResult(
            modules=len(graph.modules), compiled=fresh, reused=reused, published=[],
            diagnostics=sorted(diagnostics), contents=contents,
        )

    def build(self) -> BuildResult:
        """Plan, then publish into every target if there were no errors."""
        started = time.perf_counter()
        with self.lock():
            result = self.plan()
            if result.ok:
                result.published = publish_stage.publish(self.config, result.contents)
                self._prune_compiled()
        result.seconds = time.perf_counter() - started
        return result

    def stale(self) -> dict[str, list[str]] | BuildResult:
        """Per target, the files that differ from what a build would publish (or the failed plan).

        Linting does not change what is published, so `check` skips it: `m shared lint` is its own CI step.
        """
        with self.lock():  # a build publishing meanwhile would make its targets look half stale
            result = self.plan(lint="off")
            if not result.ok:
                return result
            return {
                target.name: publish_stage.stale_files(target, result.contents[target.name])
                for target in self.config.targets
            }

    @contextlib.contextmanager
    def lock(self, timeout: float | None = None):
        """One build per project at a time: a second build (or a watch loop's rebuild) waits for the first.

        The lock is an ``flock`` on ``.m_shared/build.lock``, released by the kernel if its holder dies;
        the file names the holder's pid for the message a waiting build prints. After ``timeout``
        seconds (default :data:`LOCK_TIMEOUT`) of waiting the build gives up with an error.
        """
        timeout = LOCK_TIMEOUT if timeout is None else timeout
        self.config.state_dir.mkdir(exist_ok=True)
        path = self.config.state_dir / "build.lock"
        with open(path, "a+", encoding="utf-8") as handle:
            if not _try_lock(handle):
                holder = _lock_holder(path)
                print(f"m_shared: waiting for another m shared build of {self.config.project_dir} ({holder})...",
                      file=sys.stderr, flush=True)
                deadline = time.monotonic() + timeout
                while not _try_lock(handle):
                    if time.monotonic() >= deadline:
                        raise MSharedError(
                            f"another m shared build of {self.config.project_dir} ({_lock_holder(path)}) "
                            f"is still running after {timeout:g} s of waiting; let it finish or stop it, "
                            "then build again"
                        )
                    time.sleep(0.05)
            try:
                os.ftruncate(handle.fileno(), 0)
                handle.write(f"{os.getpid()}\n")
                handle.flush()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ---- stages with caches ------------------------------------------------------------------
    def _start_lint(self, graph: graph_stage.ModuleGraph, state: _State) -> _Linting:
        """Start linting the modules not linted before with these rules; the others' findings are remembered."""
        rules = lint_stage.rules_fingerprint()
        keys = {m.relpath: (m.relpath, m.digest, rules) for m in graph.modules.values()}
        missing = [m.path for m in graph.modules.values() if keys[m.relpath] not in state.linted]
        running = None
        if missing:
            running = lint_stage.start(self.config.project_dir, self.config.source_dir, missing, boundary=False)
        return _Linting(self.config.project_dir, state, keys, missing, running)

    def _tree(self, graph, linked: dict[str, _Linked], library: compile_stage.Library) -> publish_stage.Tree:
        """All files of a target; module bytes are produced (re-linked) only if publishing needs them."""
        imported = set().union(*graph.stdlib.values()) if graph.stdlib else set()
        needed = frozenset().union(*(entry.words for entry in linked.values()))
        # from every module's summary, every build: one module's edit (a pattern made at run time) decides for all
        translations = None
        if "re" in imported:
            translations = regex_stage.translations(regex_stage.known_patterns(entry.regex for entry in linked.values()))
        library_files = link_stage.link_library(library, imported, needed, translations, self.config.python)
        digests = {path: hashlib.sha256(data).hexdigest() for path, data in library_files.items()}
        owner: dict[str, _Linked] = {}
        for entry in linked.values():
            if link_stage.unreached(entry.name, entry.digests, needed):
                continue
            digests.update(entry.digests)
            owner.update(dict.fromkeys(entry.digests, entry))

        def produce(path: str) -> bytes:
            if path in library_files:
                return library_files[path]
            return self._files_of(owner[path], graph, library)[path]

        return publish_stage.Tree(digests, produce)

    def _files_of(
        self, entry: _Linked, graph: graph_stage.ModuleGraph, library: compile_stage.Library
    ) -> dict[str, bytes]:
        if entry.files is None:
            compiled = self._load_compiled(entry.key)
            with graph_stage.recursion_headroom():
                if compiled is None:  # the compile cache was removed under us: compile again, as it was compiled
                    module = graph.modules[entry.name]
                    known = {**library.exports, **{name: e for name, e in entry.known if e is not None}}
                    compiled = compile_stage.compile_module(
                        module, lower_stage.lower(module), known, self._imported_names(module, graph)
                    )
                entry.files = link_stage.link_module(graph.modules[entry.name], compiled)
        return entry.files

    # ---- cache ------------------------------------------------------------------------------
    @staticmethod
    def _module_of(diagnostic: Diagnostic, graph: graph_stage.ModuleGraph) -> str | None:
        return next((m.name for m in graph.modules.values() if m.relpath == diagnostic.path), None)

    @staticmethod
    def _imported_exports(module, graph, known) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
        """What compiling ``module`` depends on besides its source: the names its imports export."""
        # with the modules a package it imports passes on (`from . import sub`): their names are checked too
        dependencies = sorted(graph.imports[module.name] | graph.stdlib[module.name]
                              | set(Builder._imported_names(module, graph)))
        return tuple((name, known.get(name)) for name in dependencies)

    @staticmethod
    def _imported_names(module, graph) -> compile_stage.ModuleNames:
        """What compiling ``module`` checks its reads of imported modules against: the names each shared module
        it imports binds (the exports say what the JavaScript module has, these what CPython's has and why),
        and a package's submodules. Part of the compile key: an importer is checked again when they change."""
        names: compile_stage.ModuleNames = {}
        pending = sorted(graph.imports[module.name], reverse=True)
        while pending:
            name = pending.pop()
            if name in names:
                continue
            bound = graph_stage.top_level_names(graph.modules[name])
            # a package's `from . import sub` makes `package.sub` a module too: its reads are checked alike
            pending.extend(detail for _, kind, _, detail in bound if kind == "imported" and detail in graph.modules)
            if graph.modules[name].is_package:
                taken = {entry[0] for entry in bound}
                children = (other.removeprefix(f"{name}.") for other in graph.modules if other.startswith(f"{name}."))
                bound += tuple((child, "submodule", 0, f"{name}.{child}")
                               for child in sorted(children) if "." not in child and child not in taken)
            names[name] = bound
        return names

    @classmethod
    def _key(cls, module, graph, known) -> str:
        material = [
            _CACHE_FORMAT, compile_stage.code_fingerprint(),
            module.name, module.is_package, module.relpath, module.source,
            cls._imported_exports(module, graph, known),
            sorted(cls._imported_names(module, graph).items()),
        ]
        return hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()

    def _load_compiled(self, key: str) -> compile_stage.CompiledModule | None:
        try:
            data = json.loads((self.cache_dir / "modules" / f"{key}.json").read_text(encoding="utf-8"))
            return compile_stage.CompiledModule(
                name=data["name"], code=data["code"], source_lines=tuple(data["source_lines"]),
                exports=tuple(data["exports"]), js_names=dict(data["js_names"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store_compiled(self, key: str, result: compile_stage.CompiledModule) -> None:
        directory = self.cache_dir / "modules"
        directory.mkdir(parents=True, exist_ok=True)
        _write_atomically(directory / f"{key}.json", json.dumps(dataclasses.asdict(result)).encode("utf-8"))

    def _load_state(self) -> _State:
        """The in-memory state, else the one on disk if it was written by this m_shared, else a fresh one."""
        fingerprint = f"{_CACHE_FORMAT}:{compile_stage.code_fingerprint()}:{_link_fingerprint()}:{sys.version_info[:2]}"
        if self._state is None or self._state.fingerprint != fingerprint:
            self._state = _State(fingerprint)
            with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
                loaded = pickle.loads((self.cache_dir / "state.pickle").read_bytes())
                if isinstance(loaded, _State) and loaded.fingerprint == fingerprint:
                    self._state = loaded
        return self._state

    def _prune_compiled(self) -> None:
        """Keep compiled modules of the current build only: a long watch session must not fill the disk."""
        if self._state is None:
            return
        current = {f"{key}.json" for key in self._state.modules}
        with contextlib.suppress(OSError):
            for path in (self.cache_dir / "modules").iterdir():
                if path.name not in current and path.suffix == ".json":
                    path.unlink(missing_ok=True)

    def _save_state(self, state: _State) -> None:
        with contextlib.suppress(OSError):
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.cache_dir / "state.pickle", pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def _digest(path: Path) -> str | None:
    """The sha256 of the file's bytes, as the discover stage computes it; None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _try_lock(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _lock_holder(path: Path) -> str:
    """Who holds the build lock, as the lock file says: "pid N" (the holder writes it once it has the lock)."""
    try:
        pid = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        pid = ""
    return f"pid {pid}" if pid.isdigit() else "pid unknown"


def _link_fingerprint() -> str:
    """The state records published-file digests: a change to the link stage's code invalidates them."""
    if not _LINK_FINGERPRINT:
        digest = hashlib.sha256()
        for name in ("link.py", "overlay.py", "shake.py", "sourcemap.py"):
            digest.update((Path(__file__).parent / name).read_bytes())
        _LINK_FINGERPRINT.append(digest.hexdigest())
    return _LINK_FINGERPRINT[0]


_LINK_FINGERPRINT: list[str] = []


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
