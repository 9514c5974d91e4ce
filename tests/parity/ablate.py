"""Which fix makes which corpus case agree: rebuild the corpus without one fix at a time.

    .venv/bin/python tests/parity/ablate.py [--json FILE]

For every js_runtime overlay file and every Transcrypt flag of the build profile, the corpus is
built and run without it; a case that agrees with CPython in the full build and differs without
the fix is attributed to that fix. Also prints, per flag, the bytes of the compiled corpus and
runtime. Slow (one build per variant); not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
from m_shared import compile as compile_stage  # noqa: E402
from m_shared import overlay  # noqa: E402


def _equal(work: Path, cases: list[harness.Case]) -> tuple[set[str], int, float]:
    started = time.perf_counter()
    project = harness.build(work)
    js = harness.run_node(project, cases)
    cpython = harness.run_cpython(project, cases)
    size = sum(p.stat().st_size for p in (project / "out" / "_m_shared").glob("*.js"))
    return {c.key for c in cases if js[c.key] == cpython[c.key]}, size, time.perf_counter() - started


def _reset() -> None:
    compile_stage._Transcrypt._instance = None
    compile_stage._FINGERPRINT.clear()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json")
    options = parser.parse_args()
    cases = harness.load_cases()
    root = Path(tempfile.mkdtemp(prefix="m_shared-ablate-"))
    base, base_size, _ = _equal(root / "full", cases)
    attribution: dict[str, str] = {}
    rows = [("full build", len(base), base_size)]
    original_dir, profile = overlay.overlay_dir, compile_stage.PROFILE
    # the number patches share their helpers in numbers.extend.js: they are removed together
    number_files = [p.name for p in original_dir().glob("*.js") if p.name == "numbers.extend.js" or p.name in {
        f"__{op}__.patch.js" for op in ("add", "sub", "mul", "pow", "iadd", "isub", "imul", "truediv", "floordiv", "mod")}]
    groups = {"numbers.extend.js + its __add__..__mod__ patches": number_files}
    for path in sorted(original_dir().glob("*.js")):
        if path.name not in number_files:
            groups[path.name] = [path.name]
    gained: dict[str, list[str]] = {}
    try:
        for name, members in groups.items():
            reduced = root / f"overlay-{len(gained)}"
            gained[name] = []
            shutil.copytree(original_dir(), reduced)
            for member in members:
                (reduced / member).unlink()
            overlay.overlay_dir = lambda reduced=reduced: reduced
            equal, size, _ = _equal(root / f"p-{len(gained)}", cases)
            gained[name] = sorted(equal - base)
            for key in sorted(base - equal):
                attribution.setdefault(key, f"overlay {name}")
            rows.append((f"without overlay {name}", len(equal), size))
        overlay.overlay_dir = original_dir
        for flag in profile:
            compile_stage.PROFILE = tuple(f for f in profile if f != flag)
            _reset()
            equal, size, _ = _equal(root / f"p{flag}", cases)
            for key in sorted(base - equal):
                attribution.setdefault(key, f"profile {flag}")
            rows.append((f"without flag {flag}", len(equal), size))
            gained[flag] = sorted(equal - base)
    finally:
        overlay.overlay_dir, compile_stage.PROFILE = original_dir, profile
        _reset()
        shutil.rmtree(root, ignore_errors=True)
    print(f"{'variant':<40} {'cases equal':>11} {'output bytes':>13}")
    for label, count, size in rows:
        print(f"{label:<40} {count:>11} {size:>13}")
    for key, fix in sorted(attribution.items()):
        print(f"{key}: {fix}")
    for fix, keys in gained.items():
        if keys:
            print(f"agree only WITHOUT {fix}: {', '.join(keys)}")
    if options.json:
        Path(options.json).write_text(json.dumps(attribution, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
