import sys, tempfile, json
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness
cases = [c for c in harness.load_cases(lenient=True) if c.topic == sys.argv[1]]
with tempfile.TemporaryDirectory() as work:
    outcomes = harness.run_all(Path(work) / "project", cases)
for o in outcomes:
    if o.cpython == o.js:
        continue
    print(f"== {o.case.name} {o.actual} {o.rules}")
    c, j = o.cpython, o.js
    if c[0] == "list" and j[0] == "list":
        for i, (a, b) in enumerate(zip(c[1], j[1])):
            if a != b:
                print(f"   [{i}] cpython {json.dumps(a)[:150]}\n       js      {json.dumps(b)[:150]}")
    else:
        print(f"   cpython {json.dumps(c)[:300]}\n   js      {json.dumps(j)[:300]}")
