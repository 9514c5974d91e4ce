"""The build pipeline: config -> discover -> lower -> compile -> link -> publish.

Each stage is a function of the previous stage's data. Compiled modules are
cached by content hash, in memory (for ``--watch``) and under
``.m_shared/cache`` (across processes), so a no-op build compiles nothing and
a one-module change recompiles that module, plus its importers only when the
names it exports changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from . import compile as compile_stage
from . import graph as graph_stage
from . import lint as lint_stage
from . import link as link_stage
from . import lower as lower_stage
from . import publish as publish_stage
from .config import Config
from .diagnostics import Diagnostic

_CACHE_FORMAT = 1
LintMode = Literal["full", "fast", "off"]


@dataclasses.dataclass
class BuildResult:
    modules: int  # modules in the shared package
    compiled: list[str]  # modules compiled by Transcrypt in this build
    reused: list[str]  # modules whose cached output was reused
    published: list[str]  # targets whose contents changed
    diagnostics: list[Diagnostic]
    contents: dict[str, dict[str, bytes]]  # per target: its complete file tree (empty when there were errors)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


class Builder:
    """Builds one project; keeps compiled modules in memory between builds (the watch loop reuses one)."""

    def __init__(self, config: Config, *, lint: LintMode = "full"):
        self.config = config
        self.lint = lint  # "full": ruff, semgrep and our checks; "fast": without semgrep (~2 s a call); "off"
        self._memory: dict[str, compile_stage.CompiledModule] = {}
        self.graph: graph_stage.ModuleGraph | None = None  # the module graph of the last plan (the watch loop diffs it)
        self.progress: Callable[[int, int], None] | None = None  # called as (modules done, modules) while planning

    @property
    def cache_dir(self) -> Path:
        return self.config.state_dir / "cache"

    def plan(self, *, lint: LintMode | None = None) -> BuildResult:
        """Everything a build would publish, without touching any target."""
        lint = lint or self.lint
        started = time.perf_counter()
        graph = graph_stage.discover(self.config)
        self.graph = graph
        diagnostics = list(graph.diagnostics)
        if lint != "off":
            # Lint first: a module whose code would behave differently in JS is not compiled, let alone published.
            linted = lint_stage.run(
                self.config.project_dir, self.config.source_dir, boundary=False, semgrep=lint == "full"
            )
            reported = {(d.path, d.line, d.rule) for d in diagnostics}
            diagnostics.extend(d for d in linted.diagnostics if (d.path, d.line, d.rule) not in reported)
        library = compile_stage.library(self.cache_dir)
        known: dict[str, tuple[str, ...]] = dict(library.exports)
        compiled: dict[str, compile_stage.CompiledModule] = {}
        fresh: list[str] = []
        reused: list[str] = []
        failed: set[str] = {self._module_of(d, graph) for d in diagnostics if d.severity == "error"} - {None}
        used: set[str] = set()
        order = graph.order()
        for done, name in enumerate(order):
            if self.progress is not None:
                self.progress(done, len(order))
            module = graph.modules[name]
            if name in failed or failed & graph.imports[name]:
                failed.add(name)  # an importer of a broken module would not load either; the broken one is reported
                continue
            key = self._key(module, graph, known)
            result = self._memory.get(key) or self._load(key)
            if result is not None:
                reused.append(name)
            else:
                try:
                    tree = lower_stage.lower(module)
                    result = compile_stage.compile_module(module, tree, known)
                except (lower_stage.LowerError, compile_stage.CompileError) as error:
                    diagnostics.append(error.diagnostic)
                    failed.add(name)
                    continue
                fresh.append(name)
                self._store(key, result)
            self._memory[key] = result
            used.add(key)
            known[name] = result.exports
            compiled[name] = result
        # Keep only this build's modules in memory, so a long watch session does not grow (the disk cache keeps the rest).
        self._memory = {key: self._memory[key] for key in used}
        contents: dict[str, dict[str, bytes]] = {}
        if not failed and not any(d.severity == "error" for d in diagnostics):
            files = publish_stage.complete(link_stage.link(graph, compiled, library))
            contents = {target.name: files for target in self.config.targets}
        return BuildResult(
            modules=len(graph.modules), compiled=fresh, reused=reused, published=[],
            diagnostics=sorted(diagnostics), contents=contents, seconds=time.perf_counter() - started,
        )

    def build(self) -> BuildResult:
        """Plan, then publish into every target if there were no errors."""
        started = time.perf_counter()
        with self.lock():
            result = self.plan()
            if result.ok:
                result.published = publish_stage.publish(self.config, result.contents)
        result.seconds = time.perf_counter() - started
        return result

    def stale(self) -> dict[str, list[str]] | BuildResult:
        """Per target, the files that differ from what a build would publish (or the failed plan).

        Linting does not change what is published, so `check` skips it: `m shared lint` is its own CI step.
        """
        result = self.plan(lint="off")
        if not result.ok:
            return result
        return {
            target.name: publish_stage.stale_files(target, result.contents[target.name])
            for target in self.config.targets
        }

    @contextlib.contextmanager
    def lock(self):
        """One build per project at a time: a second build (or a watch loop) waits for the first."""
        self.config.state_dir.mkdir(exist_ok=True)
        with open(self.config.state_dir / "build.lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print("m_shared: waiting for another build of this project to finish...", file=sys.stderr)
                fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ---- cache ------------------------------------------------------------------------------
    @staticmethod
    def _module_of(diagnostic: Diagnostic, graph: graph_stage.ModuleGraph) -> str | None:
        return next((m.name for m in graph.modules.values() if m.relpath == diagnostic.path), None)

    @staticmethod
    def _key(module, graph, known) -> str:
        dependencies = sorted(graph.imports[module.name] | graph.stdlib[module.name])
        material = [
            _CACHE_FORMAT, compile_stage.code_fingerprint(),
            module.name, module.is_package, module.relpath, module.source,
            [(name, known.get(name)) for name in dependencies],
        ]
        return hashlib.sha256(json.dumps(material).encode("utf-8")).hexdigest()

    def _load(self, key: str) -> compile_stage.CompiledModule | None:
        try:
            data = json.loads((self.cache_dir / "modules" / f"{key}.json").read_text(encoding="utf-8"))
            return compile_stage.CompiledModule(
                name=data["name"], code=data["code"], source_lines=tuple(data["source_lines"]),
                exports=tuple(data["exports"]), js_names=dict(data["js_names"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store(self, key: str, result: compile_stage.CompiledModule) -> None:
        directory = self.cache_dir / "modules"
        directory.mkdir(parents=True, exist_ok=True)
        temporary = directory / f"{key}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(dataclasses.asdict(result)), encoding="utf-8")
        os.replace(temporary, directory / f"{key}.json")
