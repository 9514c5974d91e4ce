"""The cost of each Transcrypt flag of m_shared's build profile: output bytes and call speed.

    .venv/bin/python benchmarks/profile.py [--calls N]

Builds the fixed validators of benchmarks/validators/ (the demo app's first ones) with the full
profile and once without each flag, then calls two validators in Node (a dict-shaped validation
and integer arithmetic) and prints calls per second and the bytes of the compiled output. Which corpus cases each flag fixes is measured
by tests/parity/ablate.py; the docs' profile table (docs/profile.md) joins the two.
A build without a flag may compute wrong results: this measures cost, not correctness.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from m_shared import compile as compile_stage  # noqa: E402
from m_shared import overlay  # noqa: E402
from m_shared.diagnostics import MSharedError  # noqa: E402
from m_shared.config import load  # noqa: E402
from m_shared.pipeline import Builder  # noqa: E402

BENCH = """
import { validate_order, tax_on } from './out/orders.js';
// a draft order: empty email and GSTIN, so no regex runs (the regex cache is an edit of the -o output)
const order = { email: '', gstin: '', lines: [{ quantity: 2, unit_price: 500 }, { quantity: 0, unit_price: 5 }] };
function rate(call) {
  for (let i = 0; i < 2000; i++) call();
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) call();
  return CALLS / ((performance.now() - started) / 1000);
}
console.log(JSON.stringify({ validate_order: rate(() => validate_order(order)), tax_on: rate(() => tax_on(1005)) }));
"""


_edit_library = overlay.edit_library


def _edit_if_it_applies(module: str, text: str) -> str:
    # The stdlib edits match the code Transcrypt generates with the full profile; without a flag
    # they may not apply. That only affects regex speed, which the benchmark payload avoids.
    try:
        return _edit_library(module, text)
    except MSharedError:
        return text


overlay.edit_library = _edit_if_it_applies


def measure(profile: tuple[str, ...], calls: int, work: Path) -> dict[str, float]:
    compile_stage.PROFILE = profile
    compile_stage.LIBRARY_PROFILE = tuple(flag for flag in profile if flag != "-t")
    compile_stage._Transcrypt._instance = None  # re-read the command-line flags
    compile_stage._FINGERPRINT.clear()
    project = work / ("app" + "".join(profile).replace("-", "_"))
    shutil.copytree(REPO / "benchmarks" / "validators", project, ignore=shutil.ignore_patterns("frontend", ".m_shared"))
    config = load(project)
    target = dataclasses.replace(config.targets[0], path=project / "out")
    result = Builder(dataclasses.replace(config, targets=(target,)), lint="off").build()
    if not result.ok:
        raise SystemExit(f"build without {profile} failed: {result.diagnostics}")
    script = project / "bench.mjs"
    script.write_text(BENCH.replace("CALLS", str(calls)), encoding="utf-8")
    rates = json.loads(subprocess.run(["node", str(script)], cwd=project, capture_output=True, text=True,
                                      check=True).stdout)
    files = list((project / "out").rglob("*.js"))
    raw = sum(path.stat().st_size for path in files)
    zipped = sum(len(gzip.compress(path.read_bytes(), 9)) for path in files)
    return {**rates, "bytes": raw, "gzip": zipped}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()
    full = compile_stage.PROFILE
    rows = []
    with tempfile.TemporaryDirectory(prefix="m_shared-profile-") as work:
        baseline = measure(full, args.calls, Path(work))
        rows.append(("full profile " + " ".join(full), baseline))
        for flag in full:
            rows.append((f"without {flag}", measure(tuple(f for f in full if f != flag), args.calls, Path(work))))
    print(f"{'build':<32} {'validate_order/s':>17} {'tax_on/s':>12} {'JS bytes':>10} {'gzip':>8}")
    for label, row in rows:
        print(f"{label:<32} {row['validate_order']:>17,.0f} {row['tax_on']:>12,.0f} {row['bytes']:>10,} {row['gzip']:>8,}")
    print()
    print("each flag: speed with it relative to without it (below 1 = it costs speed), bytes it adds")
    for label, row in rows[1:]:
        print(f"  {label.removeprefix('without '):<4} validate_order {baseline['validate_order'] / row['validate_order']:.2f}x, "
              f"tax_on {baseline['tax_on'] / row['tax_on']:.2f}x, "
              f"+{baseline['bytes'] - row['bytes']:,} bytes (+{baseline['gzip'] - row['gzip']:,} gzipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
