"""Benchmark the shared validators at run time: published module, raw Transcrypt, CPython, Pyodide, hand-written JS.

In one run, on fresh builds (in a temporary directory) of ``benchmarks/validators/`` (the demo
app's first validators, kept fixed so that runs stay comparable) and of ``demo_app/``:

* **calls per second** of ``validate_email``, ``validate_gstin``, ``validate_order`` (a valid order,
  one with five issues, and a draft whose email and GSTIN are still empty, so that no regular
  expression runs and the boundary's conversions dominate) and ``tax_on`` (two lines of integer
  arithmetic, the kind of validator issue 4 quoted) through

  - the published module (``<target>/orders.js``: plain JS values in and out, through the boundary),
  - the raw Transcrypt output (``<target>/_m_shared/shared.orders.js``), called with Transcrypt
    values built once by the runtime's ``dict``/``list`` (so the boundary's conversions are exactly
    what the two columns differ by); and again with those values built on every call, as a caller
    of the raw output would have to (the part of the boundary's cost that is Transcrypt's ``dict``),
  - CPython (this interpreter, importing the same ``shared`` package),
  - Pyodide (npm ``pyodide`` in Node, offline), twice: called from JavaScript with plain values as a
    page would call it (``to_py()`` on the argument, ``to_js()`` on the result: the same job as the
    published module's boundary), and with the loop running inside Python (Pyodide's best case,
    which no JavaScript caller gets),
  - hand-written JavaScript equivalents (``benchmarks/handwritten_orders.js``);

  each in its own process, the median of several timed rounds after a warm-up, per second of the
  process's CPU time (so that other work on a shared machine distorts the ratios less than wall time
  would); every variant's first result is checked against CPython's;
* **cold start**: from the first import to the first ``validate_order`` result, in a fresh process
  (process start itself excluded), median of several processes;
* **bytes shipped**: the published targets of both, raw and gzipped (per file, as a server would send it):
  every file, the JavaScript only, and the part a page loads (the import closure of ``orders.js``);
  and Pyodide's files needed to run (package on disk, and what a page would download);
* the **goals** of issue 4: boundary overhead at most 30 % of raw call speed on dict-shaped inputs;
  the demo's published JavaScript at most 40 KB gzipped; at least 10x Pyodide's throughput and at
  least 100x smaller than Pyodide.

Usage::

    python benchmarks/runtime.py                # full run (about a minute)
    python benchmarks/runtime.py --quick        # smoke run: short rounds, fewer cold starts
    python benchmarks/runtime.py --json out.json
    python benchmarks/runtime.py --boundary     # the boundary goal alone: Node, published vs raw

Pyodide lives in ``benchmarks/package.json`` (not in ``js_runtime``, so tests never download it);
it is installed there with ``npm ci`` on the first run.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import m_shared

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEMO = REPO / "demo_app"
VALIDATORS = HERE / "validators"
NODE_RUNNER = HERE / "runtime_node.mjs"
HANDWRITTEN = HERE / "handwritten_orders.js"
PYODIDE = HERE / "node_modules" / "pyodide"
# What a page (or Node) fetches to run Pyodide's interpreter and standard library.
PYODIDE_RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

GOAL_BOUNDARY_OVERHEAD = 0.30
GOAL_DEMO_GZIP_BYTES = 40 * 1024
GOAL_PYODIDE_SPEEDUP = 10.0
GOAL_PYODIDE_SIZE_RATIO = 100.0

VALID_ORDER = {
    "email": "asha.rao@example.com",
    "gstin": "27AAPFU0939F1ZV",
    "lines": [
        {"quantity": 2, "unit_price": 49900},
        {"quantity": 1, "unit_price": 129900},
        {"quantity": 3, "unit_price": 9900},
    ],
    "discount": 1000,
}
INVALID_ORDER = {
    "email": "asha.rao@example",
    "gstin": "27AAPFU0939F1ZX",
    "lines": [{"quantity": 0, "unit_price": 49900}, {"quantity": 1, "unit_price": -5}],
    "discount": 100000,
}
# A form being filled in: email and GSTIN still empty, so no regular expression runs and the
# boundary's conversions (a dict with nested lines in, two Issue dataclasses out) dominate.
DRAFT_ORDER = {
    "email": "",
    "gstin": None,
    "lines": [{"quantity": 2, "unit_price": 49900}, {"quantity": 1, "unit_price": 129900}],
}
# (label, function in shared.orders, the one argument, dict-shaped?)
CASES: list[tuple[str, str, object, bool]] = [
    ("validate_email", "validate_email", "asha.rao@example.com", False),
    ("validate_gstin", "validate_gstin", "27AAPFU0939F1ZV", False),
    ("validate_order (valid)", "validate_order", VALID_ORDER, True),
    ("validate_order (5 issues)", "validate_order", INVALID_ORDER, True),
    ("validate_order (draft, no regex)", "validate_order", DRAFT_ORDER, True),
    ("tax_on (arithmetic only)", "tax_on", 1005, False),
]
COLD_CASE = ("validate_order (valid)", "validate_order", VALID_ORDER)

VARIANTS = ("published", "raw", "raw_per_call", "cpython", "pyodide_js", "pyodide", "handwritten")
TITLES = {
    "published": "published (Node)",
    "raw": "raw Transcrypt",
    "raw_per_call": "raw, dict() per call",
    "cpython": "CPython",
    "pyodide_js": "Pyodide, called from JS",
    "pyodide": "Pyodide, loop in Python",
    "handwritten": "hand-written JS",
}

# Runs in CPython and inside Pyodide alike: `run(cases_json, seconds, rounds, batch)` -> JSON.
PY_BENCH = r"""
import dataclasses, json, statistics, sys, time

def _plain(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value

def _cpu_seconds():
    # CPU time of this process, as the Node variants measure it (runtime_node.mjs): in Pyodide,
    # time.process_time() is the wall clock, so Node's own count is asked
    if sys.platform == "emscripten":
        import js
        usage = js.process.cpuUsage()
        return (usage.user + usage.system) / 1e6
    return time.process_time()

def _measure(fn, arg, seconds, rounds, batch):
    warm_until = time.perf_counter() + 0.2  # warm-up: 2000 calls or 0.2 s, whichever comes first
    for i in range(2000):
        fn(arg)
        if i % 50 == 0 and time.perf_counter() > warm_until:
            break
    rates = []
    per_round = seconds / rounds
    for _ in range(rounds):
        calls = 0
        start = _cpu_seconds()
        while True:
            for _ in range(batch):
                fn(arg)
            calls += batch
            now = _cpu_seconds()
            if now - start >= per_round:
                break
        rates.append(calls / (now - start))
    return statistics.median(rates)

def run(cases_json, seconds, rounds, batch):
    from shared import orders
    out = {"rates": {}, "results": {}}
    for label, name, arg in json.loads(cases_json):
        fn = getattr(orders, name)
        out["results"][label] = _plain(fn(arg))
        out["rates"][label] = _measure(fn, arg, seconds, rounds, batch)
    return json.dumps(out)
"""

PY_COLD = r"""
import json, sys, time
start = time.perf_counter()
from shared import orders
getattr(orders, sys.argv[1])(json.loads(sys.argv[2]))
print(json.dumps({"coldMs": (time.perf_counter() - start) * 1000}))
"""

PY_RATE = PY_BENCH + "\nimport sys\nprint(run(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))\n"


@dataclasses.dataclass
class Settings:
    seconds: float  # timed seconds per validator (split into rounds)
    rounds: int
    cold_runs: int
    pyodide_cold_runs: int
    batch: int = 100


# ---- setup ---------------------------------------------------------------------------------------


def ensure_pyodide() -> None:
    if (PYODIDE / "pyodide.mjs").exists():
        return
    command = ["npm", "ci"] if (HERE / "package-lock.json").exists() else ["npm", "install"]
    print(f"installing Pyodide: {' '.join(command)} in {HERE}", file=sys.stderr)
    subprocess.run([*command, "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True, timeout=600)


def build_copy(source: Path, workdir: Path) -> Path:
    """A fresh copy of an app (its sources and configuration only), built; returns the copy."""
    app = workdir / source.name
    app.mkdir()
    shutil.copy(source / "pyproject.toml", app / "pyproject.toml")
    shutil.copytree(source / "shared", app / "shared", ignore=shutil.ignore_patterns("__pycache__"))
    result = m_shared.build(app)
    if not result.ok:
        raise SystemExit(f"building {source} failed: {result}")
    return app


def frontend_target(app: Path) -> Path:
    """The browser target (the one a page loads); the first target if there is none."""
    from m_shared.config import load

    targets = load(app).targets
    return next((t for t in targets if t.runtime == "browser"), targets[0]).path


# ---- running -------------------------------------------------------------------------------------


def _run_json(command: list[str], cwd: Path, timeout: float = 300) -> dict:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def node_config(app: Path, target: Path, variant: str, mode: str, settings: Settings, cases: list | None = None) -> str:
    files = []
    if variant.startswith("pyodide"):
        for path in sorted((app / "shared").rglob("*.py")):
            files.append([path.relative_to(app).as_posix(), path.read_text(encoding="utf-8")])
    return json.dumps(
        {
            "mode": mode,
            "variant": variant,
            "target": str(target),
            "handwritten": str(HANDWRITTEN),
            "pyodide": str(PYODIDE),
            "files": files,
            "cases": [[label, name, arg] for label, name, arg, _ in (CASES if cases is None else cases)],
            "coldCase": list(COLD_CASE),
            "seconds": settings.seconds,
            "rounds": settings.rounds,
            "batch": settings.batch,
            "pyBench": PY_BENCH,
        }
    )


def measure_rates(app: Path, target: Path, variant: str, settings: Settings) -> dict:
    if variant == "cpython":
        cases = json.dumps([[label, name, arg] for label, name, arg, _ in CASES])
        command = [
            sys.executable,
            "-c",
            PY_RATE,
            cases,
            str(settings.seconds),
            str(settings.rounds),
            str(settings.batch),
        ]
        return _run_json(command, cwd=app)
    return _run_json(["node", str(NODE_RUNNER), node_config(app, target, variant, "rate", settings)], cwd=app)


def measure_cold(app: Path, target: Path, variant: str, settings: Settings) -> list[float]:
    runs = settings.pyodide_cold_runs if variant.startswith("pyodide") else settings.cold_runs
    times = []
    for _ in range(runs):
        if variant == "cpython":
            _label, name, arg = COLD_CASE
            found = _run_json([sys.executable, "-c", PY_COLD, name, json.dumps(arg)], cwd=app)
        else:
            found = _run_json(["node", str(NODE_RUNNER), node_config(app, target, variant, "cold", settings)], cwd=app)
        times.append(found["coldMs"])
    return times


def measure_boundary(settings: Settings, processes: int) -> int:
    """Only the boundary goal: published vs raw Transcrypt in Node on the dict-shaped cases (no Pyodide).

    The variants' processes are interleaved, ``processes`` of each, and each cell is the median of
    their rates: load from other work on the machine then falls on every variant alike.
    """
    cases = [case for case in CASES if case[3]]
    variants = ("raw", "published", "raw_per_call")
    found: dict[str, dict[str, list[float]]] = {v: {label: [] for label, *_ in cases} for v in variants}
    with tempfile.TemporaryDirectory(prefix="m_shared_boundary_bench_") as tmp:
        app = build_copy(VALIDATORS, Path(tmp))
        target = frontend_target(app)
        for _ in range(processes):
            for variant in variants:
                config = node_config(app, target, variant, "rate", settings, cases)
                for label, rate in _run_json(["node", str(NODE_RUNNER), config], cwd=app)["rates"].items():
                    found[variant][label].append(rate)
    rate = {v: {label: statistics.median(rates) for label, rates in found[v].items()} for v in variants}
    print(f"Boundary: calls per CPU second, median of {processes} interleaved processes per variant (Node)")
    rows = []
    for label, *_ in cases:
        overhead = rate["raw"][label] / rate["published"][label] - 1
        rows.append(
            [
                label,
                *(_rate(rate[v][label]) for v in variants),
                f"{overhead:+.0%}",
                "yes" if overhead <= GOAL_BOUNDARY_OVERHEAD else "NO",
            ]
        )
    headers = ["validator", *(TITLES[v] for v in variants), "boundary overhead", f"<= {GOAL_BOUNDARY_OVERHEAD:.0%}"]
    print(_table(headers, rows))
    return 0


# ---- bytes ---------------------------------------------------------------------------------------

IMPORT = re.compile(r"""(?:\bimport|\bexport)\s*(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}/[^'"]+)['"]""")


def import_closure(entry: Path) -> list[Path]:
    """The modules a page loads when it imports `entry`: static relative imports, transitively."""
    seen: dict[Path, None] = {}
    stack = [entry.resolve()]
    while stack:
        module = stack.pop()
        if module in seen:
            continue
        seen[module] = None
        for specifier in IMPORT.findall(module.read_text(encoding="utf-8")):
            stack.append((module.parent / specifier).resolve())
    return list(seen)


def sizes(paths: list[Path]) -> tuple[int, int]:
    """Total bytes, and total bytes gzipped file by file (level 9), as a server would send them."""
    raw = sum(path.stat().st_size for path in paths)
    zipped = sum(len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)) for path in paths)
    return raw, zipped


def measure_bytes(targets: dict[str, Path]) -> dict[str, tuple[int, int, int]]:
    rows = {}
    for name, target in targets.items():
        every = sorted(p for p in target.rglob("*") if p.is_file())
        javascript = [p for p in every if p.suffix == ".js"]
        page = import_closure(target / "orders.js")
        rows[f"{name}: every file (maps, .d.ts, manifest)"] = (len(every), *sizes(every))
        rows[f"{name}: JavaScript only"] = (len(javascript), *sizes(javascript))
        rows[f"{name}: page import of orders.js (import closure)"] = (len(page), *sizes(page))
    pyodide_package = sorted(p for p in PYODIDE.rglob("*") if p.is_file())
    pyodide_runtime = [PYODIDE / name for name in PYODIDE_RUNTIME_FILES if (PYODIDE / name).exists()]
    return {
        **rows,
        "Pyodide npm package on disk": (len(pyodide_package), *sizes(pyodide_package)),
        "Pyodide files a page downloads to run": (len(pyodide_runtime), *sizes(pyodide_runtime)),
    }


# ---- report --------------------------------------------------------------------------------------


def _rate(value: float) -> str:
    return f"{value / 1e6:.2f} M" if value >= 1e6 else f"{value / 1e3:.1f} k"


def _ratio(value: float) -> str:
    return f"{value:.1f}x" if value >= 1 else f"{value:.3f}x"


def _kb(value: int) -> str:
    return f"{value / 1024:,.1f} KB" if value < 1024 * 1024 else f"{value / 1024 / 1024:,.2f} MB"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(cells))

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)])


def _pyodide_version() -> str:
    try:
        return json.loads((PYODIDE / "package.json").read_text())["version"]
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: short rounds, fewer cold starts")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument(
        "--boundary",
        action="store_true",
        help="only the boundary goal: published vs raw Transcrypt in Node, dict-shaped cases (about 30 s)",
    )
    args = parser.parse_args(argv)
    settings = (
        Settings(seconds=0.3, rounds=3, cold_runs=2, pyodide_cold_runs=1)
        if args.quick
        else Settings(seconds=1.5, rounds=5, cold_runs=5, pyodide_cold_runs=3)
    )
    if args.boundary:
        return measure_boundary(
            Settings(seconds=0.6, rounds=3, cold_runs=0, pyodide_cold_runs=0), 3 if args.quick else 7
        )

    ensure_pyodide()
    node_version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="m_shared_runtime_bench_") as tmp:
        app = build_copy(VALIDATORS, Path(tmp))
        target = frontend_target(app)
        demo_target = frontend_target(build_copy(DEMO, Path(tmp)))
        rates: dict[str, dict] = {}
        cold: dict[str, list[float]] = {}
        for variant in VARIANTS:
            print(f"measuring {TITLES[variant]} ...", file=sys.stderr)
            rates[variant] = measure_rates(app, target, variant, settings)
            cold[variant] = measure_cold(app, target, variant, settings)
        byte_rows = measure_bytes({"validators": target, "demo_app": demo_target})

    # Every variant must compute what CPython computes, or its speed means nothing.
    mismatches = [
        f"{TITLES[variant]}: {label}: {rates[variant]['results'][label]!r} != CPython {rates['cpython']['results'][label]!r}"
        for variant in VARIANTS
        for label, *_ in CASES
        if rates[variant]["results"][label] != rates["cpython"]["results"][label]
    ]

    print(
        f"m_shared runtime benchmark: Node {node_version}, CPython {platform.python_version()}, "
        f"Pyodide {_pyodide_version()}, {os.cpu_count()} CPUs, {platform.machine()}"
    )
    print(
        f"benchmarks/validators and demo_app built fresh; {settings.rounds} rounds of "
        f"{settings.seconds / settings.rounds:.2f} s per cell "
        "(median) after a warm-up, each variant in its own process\n"
    )
    print("Calls per CPU second (higher is better)")
    rows = []
    for label, *_ in CASES:
        rows.append([label, *(_rate(rates[v]["rates"][label]) for v in VARIANTS)])
    print(_table(["validator", *(TITLES[v] for v in VARIANTS)], rows))
    print()
    print("Boundary and Pyodide ratios (published module vs raw Transcrypt, vs Pyodide)")
    overheads: dict[str, float] = {}
    speedups: dict[str, float] = {}  # vs Pyodide called from JS with plain values, as a page calls it
    best_case: dict[str, float] = {}  # vs Pyodide with the loop inside Python
    rows = []
    for label, _name, _arg, dict_shaped in CASES:
        published = rates["published"]["rates"][label]
        raw = rates["raw"]["rates"][label]
        overhead = raw / published - 1  # extra time per call through the boundary, relative to raw
        if dict_shaped:
            overheads[label] = overhead
        speedups[label] = published / rates["pyodide_js"]["rates"][label]
        best_case[label] = published / rates["pyodide"]["rates"][label]
        rows.append(
            [
                label,
                f"{published / raw:.0%}",
                f"{published / rates['raw_per_call']['rates'][label]:.0%}",
                f"{overhead:+.0%}",
                "yes" if dict_shaped else "no",
                _ratio(speedups[label]),
                _ratio(best_case[label]),
                f"{rates['handwritten']['rates'][label] / published:.1f}x",
            ]
        )
    print(
        _table(
            [
                "validator",
                "published/raw speed",
                "published/raw-dict()-per-call",
                "boundary overhead",
                "dict-shaped",
                "published/Pyodide from JS",
                "published/Pyodide loop in Python",
                "hand-written/published",
            ],
            rows,
        )
    )
    print()
    print(
        f"Cold start: first import to first {COLD_CASE[1]} result, process start excluded (median of fresh processes)"
    )
    rows = [
        [
            TITLES[v],
            f"{statistics.median(cold[v]):,.1f} ms",
            str(len(cold[v])),
            f"{min(cold[v]):,.1f}-{max(cold[v]):,.1f} ms",
        ]
        for v in VARIANTS
    ]
    print(_table(["variant", "cold start", "runs", "range"], rows))
    print()
    print("Bytes shipped (gzip -9 per file)")
    rows = [[name, str(count), _kb(raw), _kb(zipped)] for name, (count, raw, zipped) in byte_rows.items()]
    print(_table(["what", "files", "raw", "gzipped"], rows))
    print()

    page_raw, page_gz = byte_rows["demo_app: page import of orders.js (import closure)"][1:]
    js_gz = byte_rows["demo_app: JavaScript only"][2]
    py_raw, py_gz = byte_rows["Pyodide files a page downloads to run"][1:]
    worst_overhead = max(overheads.values())
    slowest_speedup = min(speedups.values())
    size_ratio = py_gz / page_gz
    goals = [
        (
            f"boundary overhead on dict-shaped inputs <= {GOAL_BOUNDARY_OVERHEAD:.0%} of raw",
            f"{worst_overhead:+.0%} (worst: {max(overheads, key=overheads.get)})",
            worst_overhead <= GOAL_BOUNDARY_OVERHEAD,
        ),
        (
            f"demo's published JavaScript <= {GOAL_DEMO_GZIP_BYTES // 1024} KB gzipped",
            f"{_kb(js_gz)} (page loads {_kb(page_gz)})",
            js_gz <= GOAL_DEMO_GZIP_BYTES,
        ),
        (
            f">= {GOAL_PYODIDE_SPEEDUP:.0f}x Pyodide's throughput, both called from JS with plain values",
            (
                f"{_ratio(slowest_speedup)} (slowest: {min(speedups, key=speedups.get)}; "
                f"best: {_ratio(max(speedups.values()))})"
            ),
            slowest_speedup >= GOAL_PYODIDE_SPEEDUP,
        ),
        (
            f">= {GOAL_PYODIDE_SPEEDUP:.0f}x Pyodide's throughput, Pyodide's loop inside Python",
            (
                f"{_ratio(min(best_case.values()))} (slowest: {min(best_case, key=best_case.get)}; "
                f"best: {_ratio(max(best_case.values()))})"
            ),
            min(best_case.values()) >= GOAL_PYODIDE_SPEEDUP,
        ),
        (
            f">= {GOAL_PYODIDE_SIZE_RATIO:.0f}x smaller than Pyodide (gzipped, page load)",
            f"{size_ratio:,.0f}x ({_kb(page_gz)} vs {_kb(py_gz)}; raw {py_raw / page_raw:,.0f}x)",
            size_ratio >= GOAL_PYODIDE_SIZE_RATIO,
        ),
    ]
    print("Goals (issue 4)")
    print(_table(["goal", "measured", "met"], [[g, m, "yes" if ok else "NO"] for g, m, ok in goals]))
    if mismatches:
        print("\nRESULTS DIFFER FROM CPYTHON (speed figures of these variants are not comparable):")
        for line in mismatches:
            print(f"  {line}")

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "node": node_version,
                    "python": platform.python_version(),
                    "pyodide": _pyodide_version(),
                    "rates": {v: rates[v]["rates"] for v in VARIANTS},
                    "cold_ms": cold,
                    "bytes": {name: {"files": c, "raw": r, "gzip": z} for name, (c, r, z) in byte_rows.items()},
                    "goals": [{"goal": g, "measured": m, "met": ok} for g, m, ok in goals],
                    "mismatches": mismatches,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if mismatches else 0


if __name__ == "__main__":
    raise SystemExit(main())
