"""Benchmark ``m shared build --watch``: save-to-published latency, against a naive transcrypt watch loop.

For generated projects of 1, 50 and 200 modules (the generator of ``benchmarks/build.py``), it edits
one module that nothing imports (its MESSAGE string) ``--edits`` times and measures, for each edit,
the wall time from the start of the write until the new text can be read from the published output:

* **m_shared**: the real ``m shared build --watch`` command in a subprocess (debounce, linting with
  every rule, semgrep's included, incremental compile, link, atomic publish);
* **naive**: what one would write without m_shared: a watchdog observer that, on every change,
  runs the ``transcrypt`` command line (make mode, so Transcrypt itself skips unchanged modules) on
  the same modules, lowered so that raw Transcrypt accepts them (see ``generate_transcrypt_copy``).

The benchmark polls the output file every millisecond and lets each edit settle before the next.
It prints p50 and p95 per size, as a Markdown table.

Usage::

    python benchmarks/watch.py                      # 1, 50, 200 modules, 100 edits each, both loops
    python benchmarks/watch.py --quick              # smoke run
    python benchmarks/watch.py --sizes 50 --edits 30 --naive-edits 10 --dir /dev/shm --json out.json

Run it with the interpreter of the environment m_shared is installed in.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Self

GOAL_SIZE = 50
GOAL_P50_MS = 150.0
GOAL_P95_MS = 300.0
EDIT_TIMEOUT = 60.0
SETTLE = 0.15  # seconds between an edit being published and the next edit


def _load_build_benchmark():
    """``benchmarks/build.py`` (its project generator), imported by path: benchmarks/ is not a package."""
    path = Path(__file__).resolve().parent / "build.py"
    spec = importlib.util.spec_from_file_location("m_shared_bench_build", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench_build = _load_build_benchmark()


def generate(root: Path, size: int):
    """A generated project that m_shared's lint accepts (so the watch loop publishes it).

    The generator of ``benchmarks/build.py`` predates some lint rules; rather than chase each rule,
    every finding gets the suppression comment a user would write. Linting still runs on every edit.
    """
    project = bench_build.generate_project(root, size)
    from m_shared.lint import run as lint

    findings = lint(project.root, project.source, cache=False).diagnostics
    by_file: dict[Path, dict[int, set[str]]] = {}
    for finding in findings:
        if finding.line > 0:
            by_file.setdefault(project.root / finding.path, {}).setdefault(finding.line, set()).add(finding.rule)
    for path, lines in by_file.items():
        text = path.read_text(encoding="utf-8").split("\n")
        for number, rules in lines.items():
            text[number - 1] += f"  # m-shared: ignore[{', '.join(sorted(rules))}]"
        path.write_text("\n".join(text), encoding="utf-8")
        project.originals[path] = "\n".join(text)
    return project


def dotted(project, path: Path) -> str:
    parts = path.relative_to(project.root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class BenchmarkError(Exception):
    pass


def wait_for_text(path: Path, marker: str, started: float, timeout: float = EDIT_TIMEOUT) -> float:
    """Poll ``path`` until it contains ``marker``; return ms since ``started``."""
    while True:
        try:
            if marker in path.read_text(encoding="utf-8"):
                return (time.perf_counter() - started) * 1000
        except (OSError, UnicodeDecodeError):
            pass
        if time.perf_counter() - started > timeout:
            raise BenchmarkError(f"{marker!r} did not reach {path} within {timeout} s")
        time.sleep(0.001)


def measure_edits(leaf: Path, original: str, output: Path, edits: int, log: Callable[[str], None]) -> list[float]:
    samples = []
    for variant in range(1, edits + 1):
        text = bench_build.edit_message(original, variant)
        started = time.perf_counter()
        leaf.write_text(text, encoding="utf-8")
        samples.append(wait_for_text(output, f"(edit {variant})", started))
        time.sleep(SETTLE)
        if variant % 25 == 0:
            log(f"    {variant}/{edits} edits, p50 so far {statistics.median(samples):.0f} ms")
    leaf.write_text(original, encoding="utf-8")
    return samples


# ---- m_shared ----------------------------------------------------------------------------------
def bench_m_shared(project, edits: int, log: Callable[[str], None]) -> list[float]:
    command = [*bench_build.m_command(), "shared", "build", "--watch", "--project", str(project.root)]
    env = {**os.environ, "NO_COLOR": "1"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                               start_new_session=True)
    lines: list[str] = []
    ready = threading.Event()

    def drain() -> None:
        for line in process.stdout:
            lines.append(line)
            if "watching" in line:
                ready.set()

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        if not ready.wait(600):
            raise BenchmarkError("m shared build --watch did not start:\n" + "".join(lines))
        output = project.root / "web" / "shared" / "_m_shared" / f"{dotted(project, project.leaf)}.js"
        if not output.is_file():
            raise BenchmarkError(f"{output} was not published:\n" + "".join(lines))
        return measure_edits(project.leaf, project.originals[project.leaf], output, edits, log)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        reader.join(5)
        errors = [line for line in lines if "error" in line.lower()]
        if errors:
            log("    m_shared reported: " + "".join(errors[:5]).strip())


# ---- the naive loop ----------------------------------------------------------------------------
class NaiveLoop:
    """watchdog + the transcrypt CLI on every change: rerun while changes keep coming, no cache of our own."""

    def __init__(self, entry: Path):
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.entry = entry
        self.dirty = threading.Event()
        self.stopping = threading.Event()
        self.failures: list[str] = []
        loop = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event) -> None:
                path = os.fsdecode(event.dest_path or event.src_path)
                if path.endswith(".py") and "__target__" not in path and event.event_type != "opened" \
                        and event.event_type != "closed_no_write":
                    loop.dirty.set()

        self.observer = Observer()
        self.observer.schedule(Handler(), str(entry.parent / "shared"), recursive=True)
        self.worker = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self.observer.start()
        self.worker.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.dirty.set()
        self.observer.stop()
        self.observer.join(5)
        self.worker.join(120)

    def _run(self) -> None:
        while True:
            self.dirty.wait()
            if self.stopping.is_set():
                return
            self.dirty.clear()
            completed = subprocess.run(bench_build.transcrypt_command(self.entry, full=False), cwd=self.entry.parent,
                                       capture_output=True, text=True, check=False)
            if completed.returncode != 0 or "Ready" not in completed.stdout:
                self.failures.append(completed.stdout[-2000:] + completed.stderr[-2000:])


def bench_naive(project, edits: int, log: Callable[[str], None]) -> list[float]:
    entry = bench_build.generate_transcrypt_copy(project)
    bench_build.transcrypt_build(entry, full=True)  # the first full build, as m_shared's watch does before watching
    copy = project.transcrypt_dir / project.leaf.relative_to(project.root)
    output = entry.parent / "__target__" / f"{dotted(project, project.leaf)}.js"
    if not output.is_file():
        raise BenchmarkError(f"transcrypt wrote no {output}")
    with NaiveLoop(entry) as loop:
        time.sleep(0.2)
        samples = measure_edits(copy, copy.read_text(encoding="utf-8"), output, edits, log)
    if loop.failures:
        raise BenchmarkError("transcrypt failed in the naive loop:\n" + loop.failures[0])
    return samples


# ---- report ------------------------------------------------------------------------------------
def row(size: int, ours: list[float], naive: list[float] | None) -> list[str]:
    cells = [str(size), str(len(ours)), f"{statistics.median(ours):.0f}", f"{percentile(ours, 0.95):.0f}"]
    if naive:
        cells += [str(len(naive)), f"{statistics.median(naive):.0f}", f"{percentile(naive, 0.95):.0f}",
                  f"{statistics.median(naive) / statistics.median(ours):.1f}×"]
    else:
        cells += ["-", "-", "-", "-"]
    return cells


def report(results: dict[int, dict[str, list[float]]], directory: Path) -> str:
    header = ["modules", "edits", "m_shared p50 ms", "m_shared p95 ms", "naive edits", "naive p50 ms",
              "naive p95 ms", "p50 speed-up"]
    rows = [row(size, data["m_shared"], data.get("naive")) for size, data in sorted(results.items())]
    widths = [max(len(header[i]), *(len(r[i]) for r in rows)) for i in range(len(header))]
    lines = [
        "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    lines += ["| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.append("")
    lines.append(
        f"Save-to-published latency of a one-module edit (a module nothing imports), on {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, projects in {directory} "
        f"({_filesystem(directory)}). naive = watchdog + `transcrypt` CLI (make mode) per change."
    )
    goal = results.get(GOAL_SIZE)
    if goal:
        p50, p95 = statistics.median(goal["m_shared"]), percentile(goal["m_shared"], 0.95)
        verdict = "met" if p50 <= GOAL_P50_MS and p95 <= GOAL_P95_MS else "NOT met"
        lines.append(f"Goal for {GOAL_SIZE} modules (p50 ≤ {GOAL_P50_MS:.0f} ms, p95 ≤ {GOAL_P95_MS:.0f} ms, "
                     f"linting included): {verdict} (p50 {p50:.0f} ms, p95 {p95:.0f} ms).")
    return "\n".join(lines)


def _filesystem(directory: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "unknown filesystem"
    best = ("", "unknown")
    resolved = str(directory.resolve())
    for line in mounts:
        fields = line.split()
        inside = len(fields) >= 3 and (resolved == fields[1] or resolved.startswith(fields[1].rstrip("/") + "/"))
        if inside and len(fields[1]) >= len(best[0]):
            best = (fields[1], fields[2])
    return best[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 50, 200])
    parser.add_argument("--edits", type=int, default=100, help="edits measured per size for m_shared")
    parser.add_argument("--naive-edits", type=int, default=None,
                        help="edits measured per size for the naive loop (default: as --edits; 0 skips it)")
    parser.add_argument("--dir", type=Path, default=None, help="where to generate projects (default: the temp dir)")
    parser.add_argument("--quick", action="store_true", help="smoke run: sizes 1 and 50, 10 edits, 5 naive")
    parser.add_argument("--json", type=Path, default=None, help="also write the raw samples here")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.edits, args.naive_edits = [1, 50], 10, 5
    naive_edits = args.edits if args.naive_edits is None else args.naive_edits

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    base = Path(tempfile.mkdtemp(prefix="m_shared-bench-watch-", dir=args.dir))
    results: dict[int, dict[str, list[float]]] = {}
    try:
        for size in args.sizes:
            project = generate(base / f"p{size}", size)
            log(f"{size} modules: m_shared watch, {args.edits} edits")
            results[size] = {"m_shared": bench_m_shared(project, args.edits, log)}
            if naive_edits:
                log(f"{size} modules: naive transcrypt loop, {naive_edits} edits")
                results[size]["naive"] = bench_naive(project, naive_edits, log)
            log("    " + " | ".join(row(size, results[size]["m_shared"], results[size].get("naive"))))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(report(results, args.dir or Path(tempfile.gettempdir())))
    if args.json:
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
