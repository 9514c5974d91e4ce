"""Print the parity corpus's class counts per topic (and, with --details, every case).

    .venv/bin/python tests/parity/report.py [--details] [--draft]

--details prints each case's CPython and JS results and lint rules; --draft also accepts cases
that have no entry in expectations.toml yet and prints a suggested entry for each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


def _short(value: list) -> str:
    text = json.dumps(value)
    return text if len(text) <= 160 else text[:157] + "..."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--draft", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="m_shared-parity-") as work:
        outcomes = harness.run_all(Path(work) / "project", harness.load_cases(lenient=options.draft))
    if options.details or options.draft:
        for outcome in outcomes:
            case = outcome.case
            status = outcome.problem or "ok"
            print(f"{case.key}: declared {case.declared} {case.by} | actual {outcome.actual} {outcome.rules} | {status}")
            if outcome.cpython != outcome.js or outcome.problem:
                print(f"    cpython {_short(outcome.cpython)}\n    js      {_short(outcome.js)}")
        print()
    print(harness.format_counts(outcomes))
    bad = [o for o in outcomes if o.problem]
    for outcome in bad:
        print(f"{outcome.case.key}: {outcome.problem}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
