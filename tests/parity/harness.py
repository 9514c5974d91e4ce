"""The parity corpus harness: build once, run every case in CPython and in Node, classify.

A case is a function ``case_<name>`` in a module of ``project/corpus/`` (a real m_shared
project). ``expectations.toml`` gives each case its declared class and, optionally, its
inputs (``args``, JSON values: CPython receives them as from ``json.loads``, JS as plain
values through the published module's boundary):

    [<topic>]                                  # the module corpus/<topic>.py
    name = "same"                              # identical in CPython and JS, nothing needed
    name = { class = "fixed", by = "overlay str_methods.extend.js" }   # equal thanks to a named fix
    name = { class = "flagged", by = "MS104" } # differs; `m shared lint` reports this rule in the case
    name = { class = "loud", by = "beyond 2**53" }  # JS throws an m_shared error containing `by`
    name = { class = "same", args = [[1, 2]] }
    name = { class = "same", args_json = "[null]" }   # inputs TOML cannot spell (null)

A case's result is what its caller sees: the value returned (or the exception raised) and, when
the call changed them, the caller's arguments afterwards (``["changed arguments", result,
arguments]``). The published module copies a JavaScript caller's objects and arrays (values in,
values out), so in JS they never change, while CPython passes the caller's own objects.

Results are compared strictly, by type-tagged value (see :func:`tag`): 1, 1.0 and True all
differ, dict key order matters, exceptions compare by class name and ``str``. Tuples arrive in
JS as arrays (the boundary's contract), so a tuple is tagged as a list; a case must not return
a set (CPython's set order depends on the hash seed) - it returns ``sorted(...)`` instead.

The actual class of a case is computed from the results and the lint findings:

* results equal -> ``same`` or ``fixed`` (the declaration says which; ``fixed`` names its fix);
* different, JS threw an m_shared error (an ``MSharedError`` whose own message starts with
  ``m_shared:``, i.e. raised on purpose by m_shared, not a wrapped engine error) -> ``loud``;
* different, a lint rule reports a finding inside the case function -> ``flagged``;
* different otherwise -> ``silent``: a divergence nobody tells the user about.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import math
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE / "project"
CORPUS = PROJECT / "corpus"
EXPECTATIONS = HERE / "expectations.toml"
RUNNER = HERE / "runner.mjs"
PACKAGE = "corpus"
CLASSES = ("same", "fixed", "flagged", "loud")
# an engine error wrapped by js_runtime/src/interop.js: "m_shared: JavaScript error in <file>, line <n>
# (<module.function>): TypeError: ..." (or "inside <module.function>: ..." before it named the line)
_WRAPPED = re.compile(r"^m_shared: JavaScript error (?:inside [\w.]+|in .*? \([\w.]+\)): \w+: ")


@dataclasses.dataclass
class Case:
    topic: str
    name: str
    declared: str
    by: str
    args: list
    first_line: int = 0
    last_line: int = 0

    @property
    def key(self) -> str:
        return f"{self.topic}:{self.name}"

    @property
    def module(self) -> str:
        return f"{PACKAGE}.{self.topic}"

    @property
    def function(self) -> str:
        return f"case_{self.name}"


@dataclasses.dataclass
class Outcome:
    case: Case
    cpython: list
    js: list
    rules: list[str]  # lint rules reported inside the case function
    actual: str  # same-or-fixed | flagged | loud | silent
    problem: str  # "" when the declared class is right

    @property
    def counted(self) -> str:
        """The class the summary counts: the declared one when it is right, else what went wrong."""
        return self.case.declared if not self.problem else ("silent" if self.actual == "silent" else "wrong")


def load_cases(lenient: bool = False) -> list[Case]:
    """Every case of the corpus with its declaration; a case without one, or the reverse, is an error.

    ``lenient`` (for drafting declarations with ``report.py --draft``) declares a missing case "same".
    """
    table = tomllib.loads(EXPECTATIONS.read_text(encoding="utf-8"))
    cases: list[Case] = []
    errors: list[str] = []
    for path in sorted(CORPUS.glob("*.py")):
        if path.name == "__init__.py":
            continue
        topic = path.stem
        declared = dict(table.pop(topic, {}))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("case_"):
                name = node.name.removeprefix("case_")
                entry = declared.pop(name, None)
                if entry is None and lenient:
                    entry = "same"
                if entry is None:
                    errors.append(f"{topic}:{name}: no entry in expectations.toml")
                    continue
                if isinstance(entry, str):
                    entry = {"class": entry}
                kind = entry.get("class")
                if kind not in CLASSES:
                    errors.append(f"{topic}:{name}: class must be one of {CLASSES}, not {kind!r}")
                if kind != "same" and not entry.get("by"):
                    errors.append(f"{topic}:{name}: class {kind!r} must name its fix, rule or message in `by`")
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                args = json.loads(entry["args_json"]) if "args_json" in entry else entry.get("args", [])
                cases.append(Case(topic, name, kind, entry.get("by", ""), args, first,
                                  node.end_lineno or node.lineno))
        errors.extend(f"{topic}:{name}: declared but no function case_{name}" for name in declared)
    errors.extend(f"[{topic}]: no module corpus/{topic}.py" for topic in table)
    if errors:
        raise ValueError("expectations.toml does not match the corpus:\n  " + "\n  ".join(errors))
    return cases


# ---- the two runtimes ---------------------------------------------------------------------------
def tag(value: object) -> list:
    """A CPython value as a type-tagged JSON-able list, mirroring runner.mjs's `tag`."""
    if value is None:
        return ["None"]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, int):
        return ["int", value]
    if isinstance(value, float):
        if math.isnan(value):
            return ["float", "nan"]
        if math.isinf(value):
            return ["float", "inf" if value > 0 else "-inf"]
        if value == 0 and math.copysign(1, value) < 0:
            return ["float", "-0.0"]
        return ["float", value]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, (list, tuple)):
        return ["list", [tag(item) for item in value]]
    if isinstance(value, dict):
        return ["dict", [[tag(k), tag(v)] for k, v in value.items()]]
    if isinstance(value, BaseException):
        return ["error", type(value).__name__, str(value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tag({field.name: getattr(value, field.name) for field in dataclasses.fields(value)})
    if isinstance(value, (set, frozenset)):
        raise TypeError("a parity case must not return a set (its order depends on the hash seed); sort it")
    return ["object", type(value).__name__]


def run_cpython(project: Path, cases: list[Case]) -> dict[str, list]:
    sys.path.insert(0, str(project))
    try:
        results = {}
        for case in cases:
            module = importlib.import_module(case.module)
            args = json.loads(json.dumps(case.args))
            before = tag(args)
            try:
                results[case.key] = tag(getattr(module, case.function)(*args))
            except Exception as error:  # noqa: BLE001 - an exception is a result like any other
                results[case.key] = ["error", type(error).__name__, str(error)]
            after = tag(args)
            if after != before:  # the caller's objects changed: part of the result (see the module docstring)
                results[case.key] = ["changed arguments", results[case.key], after]
        return results
    finally:
        sys.path.remove(str(project))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def run_node(project: Path, cases: list[Case]) -> dict[str, list]:
    """Every case in one Node process, through the published modules in ``project/out``."""
    listing = project / "_cases.json"
    listing.write_text(json.dumps([{"key": c.key, "module": c.module, "case": c.function, "args": c.args}
                                   for c in cases]))
    result = subprocess.run(["node", str(RUNNER), str(project / "out"), str(listing)],
                            capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"parity runner failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout)


def lint_findings(project: Path) -> list:
    from m_shared.lint import run

    return run(project, project / PACKAGE, cache=False).diagnostics


def target_this_python(pyproject: Path) -> None:
    """Make the project's JS follow the CPython running the corpus (``tool.m_shared.python``): the cases compare
    the JS with this interpreter, so each CPython version checks the behaviour m_shared publishes for it."""
    text = pyproject.read_text(encoding="utf-8")
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    pyproject.write_text(text.replace("[tool.m_shared]\n", f'[tool.m_shared]\npython = "{version}"\n', 1),
                         encoding="utf-8")


def build(destination: Path) -> Path:
    """Copy the corpus project to ``destination`` and build it with m_shared, as `m shared build` does,
    for the CPython version running it (:func:`target_this_python`).

    The build's lint gate is off: `m shared build` refuses to publish a module with lint errors, and
    the flagged cases are such modules on purpose. Linting does not change the compiled output; the
    corpus is linted on its own (:func:`lint_findings`).
    """
    import m_shared

    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(PROJECT, destination, ignore=shutil.ignore_patterns(".m_shared", "__pycache__", "out"))
    target_this_python(destination / "pyproject.toml")
    config = m_shared.load_config(destination)
    try:
        builder = m_shared.Builder(config, lint="off")
    except TypeError:  # a Builder without a lint gate
        builder = m_shared.Builder(config)
    result = builder.build()
    if not result.ok:
        raise RuntimeError("the parity corpus does not build:\n" + "\n".join(
            f"{d.location()}: {d.rule} {d.message}" for d in result.diagnostics))
    return destination


# ---- classification -----------------------------------------------------------------------------
def is_loud(js: list) -> bool:
    return js[0] == "error" and js[1] == "MSharedError" and _WRAPPED.sub("", js[2]).startswith("m_shared:")


def classify(case: Case, cpython: list, js: list, rules: list[str]) -> Outcome:
    if cpython == js:
        actual = "same-or-fixed"
    elif is_loud(js):
        actual = "loud"
    elif rules:
        actual = "flagged"
    else:
        actual = "silent"
    problem = ""
    if actual == "silent":
        problem = "SILENT divergence: different result, no lint finding, no m_shared error"
    elif case.declared in ("same", "fixed"):
        if actual != "same-or-fixed":
            problem = f"declared {case.declared} but the results differ ({actual})"
    elif case.declared == "flagged":
        if case.by not in rules:
            problem = f"declared flagged by {case.by} but lint reports {rules or 'nothing'} here"
        elif actual == "same-or-fixed":
            problem = f"declared flagged by {case.by} but the results are equal: declare it same or fixed"
    elif case.declared == "loud":
        if actual != "loud":
            problem = f"declared loud but JS did not throw an m_shared error ({actual})"
        elif case.by not in js[2]:
            problem = f"declared loud with {case.by!r}, but the m_shared error says {js[2]!r}"
    return Outcome(case, cpython, js, rules, actual, problem)


def run_all(work: Path, cases: list[Case] | None = None) -> list[Outcome]:
    """Build the corpus into ``work``, run every case in both runtimes and lint, and classify."""
    cases = load_cases() if cases is None else cases
    project = build(work)
    js = run_node(project, cases)
    cpython = run_cpython(project, cases)
    findings = lint_findings(project)
    outcomes = []
    for case in cases:
        relpath = f"{PACKAGE}/{case.topic}.py"
        rules = sorted({d.rule for d in findings
                        if d.path == relpath and case.first_line <= d.line <= case.last_line})
        outcomes.append(classify(case, cpython[case.key], js[case.key], rules))
    return outcomes


def counts(outcomes: list[Outcome]) -> dict[str, dict[str, int]]:
    """Per topic (and ``total``): how many cases are in each class, plus ``silent`` and ``wrong``."""
    table: dict[str, dict[str, int]] = {}
    for outcome in outcomes:
        for topic in (outcome.case.topic, "total"):
            row = table.setdefault(topic, dict.fromkeys((*CLASSES, "silent", "wrong"), 0))
            row[outcome.counted] += 1
    return table


def format_counts(outcomes: list[Outcome]) -> str:
    table = counts(outcomes)
    columns = (*CLASSES, "silent", "wrong")
    width = max(len(topic) for topic in table)
    lines = [f"{'topic':<{width}}  " + "  ".join(f"{c:>7}" for c in columns) + "    all"]
    for topic in sorted(t for t in table if t != "total") + ["total"]:
        row = table[topic]
        lines.append(f"{topic:<{width}}  " + "  ".join(f"{row[c]:>7}" for c in columns) + f"  {sum(row.values()):>5}")
    return "\n".join(lines)
