"""Fuzzing the lint and build front end with generated Python programs.

Two generators, both driven by Hypothesis with deterministic settings:

* ``hypothesmith.from_grammar()``: syntactically valid programs from CPython's grammar, odd ones
  included (decorators on anything, star expressions, nested comprehensions, ``match``, ``async``);
* a small grammar of shared-code-like modules (functions, classes, dataclasses, dicts, f-strings,
  comprehensions, imports of sibling modules and of the standard library), each also mutated into a
  broken variant (cut short, a character dropped or doubled, indentation shifted, a stray token, a
  NUL or a non-UTF-8 byte).

Each Hypothesis example is a batch of modules written into one project, then linted (ruff, semgrep
and m_shared's own checks, one call for the batch) and built (every module lowered, compiled by
Transcrypt and linked). Whatever the program, the outcome must be findings or diagnostics about the
user's files; an exception escaping m_shared is a failure. A few batches go through the real CLI to
show that no traceback reaches the user.
"""

from __future__ import annotations

import random
import shutil
import string
from pathlib import Path

import hypothesmith
import pytest
from conftest import run_m
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from m_shared import lint
from m_shared.config import load
from m_shared.diagnostics import MSharedError
from m_shared.pipeline import Builder

PYPROJECT = '[tool.m_shared]\nsource = "shared"\n\n[tool.m_shared.targets.web]\npath = "web/shared"\n'
FUZZ = settings(
    max_examples=6, derandomize=True, deadline=None, database=None,
    phases=[Phase.explicit, Phase.generate],  # each example costs a lint and a build: no shrinking
    suppress_health_check=list(HealthCheck),
)
BATCH = 20  # modules per example

# ---- a grammar of shared-code-like modules --------------------------------------------------------
# Generated from one seed per module (Hypothesis draws the seeds): drawing every token through
# Hypothesis would make a batch of twenty modules too large for it to generate.
NAMES = ["x", "y", "doc", "items", "total", "name", "value", "key", "default", "keys", "py_x", "class_", "é",
         "_private", "Issue", "data"]
LITERALS = ["None", "True", "False", "...", "b'x'", "1j", "0x1f", "1_000", "2 ** 60", "-0.0", "1e308", "'é😀'",
            "'a\\nb'", "''", "0", "7", "3.5", "'%s'"]
EXPRESSIONS = ["({a} + {b})", "({a} % {b})", "({a} // {b})", "({a} ** {b})", "(not {a})", "({a} if {b} else {a})",
               "[{a}, {b}]", "{{{a}: {b}}}", "{a}[{b}]", "{a}.{n}", "{a}({b}, key={a})", "[{a} for x in {b} if x]",
               "f'{{{a}!r:>{{3}}}} and {{{b}}}'", "(lambda x, *a, **k: {a})", "{{{a}, {b}}}", "({a}, *{b})",
               "{a} < {b} <= {a}", "({a} and {b} or {a})", "str({a} / {b})", "isinstance({a}, (int, str))"]
IMPORTS = ["from . import helper", "from .helper import VALUE", "import re", "from datetime import date",
           "import json", "from .missing import x", "from __future__ import annotations",
           "from typing import TYPE_CHECKING", "import math as m", "from . import *"]


def _expression(rng: random.Random, depth: int = 0) -> str:
    if depth > 3 or rng.random() < 0.4:
        return rng.choice(LITERALS + NAMES)
    return rng.choice(EXPRESSIONS).format(
        a=_expression(rng, depth + 1), b=_expression(rng, depth + 1), n=rng.choice(NAMES))


def _block(rng: random.Random, depth: int) -> list[str]:
    return [line for _ in range(rng.randint(1, 3)) for line in _statement(rng, depth)]


def _statement(rng: random.Random, depth: int) -> list[str]:
    name, value, test = rng.choice(NAMES), _expression(rng), _expression(rng)

    def body() -> list[str]:
        return [f"    {line}" for line in _block(rng, depth + 1)] if depth < 2 else ["    pass"]

    form = rng.randint(0, 13)
    if form == 0:
        return [f"def {name}({rng.choice(NAMES)}: int = {value}, *, {rng.choice(NAMES)}=None) -> list[str]:",
                *body()]
    if form == 1:
        return [f"class {name.capitalize()}(Exception):", *body()]
    if form == 2:
        return ["@dataclass", f"class {name.upper()}:", f"    {rng.choice(NAMES)}: str = {value}",
                "    codes: list[str] = field(default_factory=list)"]
    if form == 3:
        return [f"if {test}:", *body(), "else:", *body()]
    if form == 4:
        return [f"for {name} in {value}:", *body()]
    if form == 5:
        return [f"while {test}:", *body()]
    if form == 6:
        error = rng.choice(["KeyError", "ValueError", "AttributeError", "ZeroDivisionError"])
        return ["try:", *body(), f"except {error} as error:", *body(), "finally:", *body()]
    if form == 7:
        return [f"return {value}"] if depth else [f"{name} = {value}"]
    if form == 8:
        return [rng.choice(IMPORTS)]
    if form == 9:
        return [f"{name}: {rng.choice(['int', 'str | None', 'list[int]', 'dict[str, Issue]'])} = {value}"]
    if form == 10:
        return [f"with {value} as {name}:", *body()]
    if form == 11:
        return [f"{name} += {value}"]
    if form == 12:
        return [f"raise ValueError({value})"]
    return [f"assert {test}, {value}"]


def shared_module(seed: int) -> bytes:
    """A module of the grammar above; two times in three also broken by one mutation."""
    rng = random.Random(seed)
    header = "from dataclasses import dataclass, field\n\n"
    source = (header + "\n".join(_block(rng, 0) + _block(rng, 0)) + "\n").encode("utf-8")
    mutation = rng.randint(0, 8)
    if mutation <= 2:
        return source
    at = rng.randrange(len(source))
    return [
        source[:at],  # cut short
        source[:at] + source[at + 1:],  # a character dropped
        source[:at] + source[at:at + 1] * 2 + source[at + 1:],  # a character doubled
        source.replace(b"\n    ", b"\n   ", 1),  # indentation shifted
        source[:at] + rng.choice([b"\0", b"\xff", b"\t", b"\r", b"\x0c", b"(", b":", b"'"]) + source[at:],
        source[:at] + rng.choice(string.punctuation).encode() + source[at:],
    ][mutation - 3]


SHARED_MODULES = st.integers(0, 2**32).map(shared_module)


# ---- running a batch -------------------------------------------------------------------------------
def _project(root: Path, modules: list[bytes]) -> Path:
    project = root / "app"
    if project.exists():
        shutil.rmtree(project)
    (project / "shared").mkdir(parents=True)
    (project / "pyproject.toml").write_text(PYPROJECT)
    (project / "shared" / "__init__.py").write_text("")
    (project / "shared" / "helper.py").write_text("VALUE = 1\n")
    for index, data in enumerate(modules):
        (project / "shared" / f"m{index}.py").write_bytes(data)
    return project


def _check_batch(project: Path, modules: list[bytes]) -> dict[str, int]:
    """Lint and build the batch in-process; any exception but m_shared's own errors fails the test."""
    files = {f"shared/m{index}.py" for index in range(len(modules))} | {"shared/__init__.py", "shared/helper.py"}
    try:
        linted = lint.run(project, project / "shared", cache=False)
        built = Builder(load(project), lint="off").plan()
    except MSharedError as error:  # a user-facing error is an answer too, but only if it says something
        assert str(error).strip()
        return {"linted": 0, "built": 0}
    except Exception as error:  # noqa: BLE001 - the point of the test
        culprit = _isolate(project, modules)
        raise AssertionError(f"internal error: {type(error).__name__}: {error}\nculprit:\n{culprit}") from error
    for diagnostic in [*linted.diagnostics, *built.diagnostics]:
        assert diagnostic.path in files, diagnostic
        assert diagnostic.line >= 0 and diagnostic.col >= 0 and diagnostic.rule and diagnostic.message, diagnostic
    return {"linted": len(linted.diagnostics), "built": len(built.compiled)}


def _isolate(project: Path, modules: list[bytes]) -> str:
    """The first module that fails on its own, for the failure message."""
    for data in modules:
        single = _project(project.parent / "single", [data])
        try:
            lint.run(single, single / "shared", cache=False)
            Builder(load(single), lint="off").plan()
        except MSharedError:
            continue
        except Exception:  # noqa: BLE001
            return data.decode("utf-8", "replace")
    return "(no single module fails alone)"


STATS: dict[str, dict[str, int]] = {}


def _count(kind: str, modules: list[bytes], found: dict[str, int]) -> None:
    stats = STATS.setdefault(kind, {"batches": 0, "modules": 0, "compiled": 0, "findings": 0})
    stats["batches"] += 1
    stats["modules"] += len(modules)
    stats["compiled"] += found["built"]
    stats["findings"] += found["linted"]


@settings(FUZZ, max_examples=8)
@given(st.lists(hypothesmith.from_grammar(), min_size=BATCH // 2, max_size=BATCH // 2))
def test_grammar_programs(tmp_path_factory: pytest.TempPathFactory, programs: list[str]) -> None:
    modules = [program.encode("utf-8", "surrogatepass") for program in programs]
    project = _project(tmp_path_factory.mktemp("grammar"), modules)
    _count("grammar", modules, _check_batch(project, modules))


@FUZZ
@given(st.lists(SHARED_MODULES, min_size=BATCH, max_size=BATCH))
def test_shared_like_programs(tmp_path_factory: pytest.TempPathFactory, modules: list[bytes]) -> None:
    project = _project(tmp_path_factory.mktemp("shared"), modules)
    _count("shared-like", modules, _check_batch(project, modules))


@settings(max_examples=2, derandomize=True, deadline=None, database=None, phases=[Phase.generate],
          suppress_health_check=list(HealthCheck))
@given(st.lists(SHARED_MODULES, min_size=BATCH, max_size=BATCH))
def test_the_cli_never_shows_a_traceback(tmp_path_factory: pytest.TempPathFactory, modules: list[bytes]) -> None:
    project = _project(tmp_path_factory.mktemp("cli"), modules)
    for command in ("lint", "build"):
        result = run_m(command, "--project", str(project))
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stdout + result.stderr, result.stderr
        if result.returncode == 1:
            assert "shared/m" in result.stdout + result.stderr  # the findings name the user's files


def test_batches_ran() -> None:
    """The fuzzing above did run; Hypothesis may run fewer examples than its maximum when it cannot
    generate more distinct ones, but not only a token few (the counts are printed with -s)."""
    print(f"\nfuzzed {STATS}")
    assert STATS["grammar"]["modules"] >= 30 and STATS["shared-like"]["modules"] >= 3 * BATCH, STATS
