"""Lowering checks a read of a function's variable only where some path reaches it with no assignment
(m_shared/unbound.py); the parity corpus (corpus/unbound_names.py) runs the checked reads in Node.

Checked here, on the syntax tree lowering gives Transcrypt: which reads get ``__m_shared_bound__`` (and
whether as a local or a nested scope's read), which functions start with ``x = __m_shared_unbound__``,
and that code whose reads all follow an assignment, the demo app and the benchmark validators among it,
compiles without a single check.
"""

from __future__ import annotations

import ast
import hashlib
import textwrap
from pathlib import Path

import pytest
from conftest import REPO

from m_shared.graph import SourceModule
from m_shared.lower import lower
from m_shared.unbound import BOUND, UNBOUND, UNDEFINED


def _lowered(source: str, relpath: str = "shared/sample.py") -> ast.Module:
    source = textwrap.dedent(source)
    module = SourceModule("shared.sample", Path("/nowhere") / relpath, relpath, False, source,
                          hashlib.sha256(source.encode()).hexdigest())
    return lower(module)


def _checks(tree: ast.Module) -> list[tuple[str, int, str]]:
    """(name, line, kind) of every checked read, in source order: "local", "free", or "comprehension" (a read in
    a list, set or dict comprehension: local from CPython 3.12, which inlines them, free before)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == BOUND:
            flag = node.args[2].value if len(node.args) == 3 else 0
            name, kind = node.args[1].value, ["local", "free", "comprehension"][flag]
            found.append((name, node.lineno, kind))
    return sorted(found, key=lambda item: (item[1], item[0]))


def _initialised(tree: ast.Module) -> dict[str, list[str]]:
    """function name -> the variables it starts with marked as having no value."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = [s.targets[0].id for s in node.body if isinstance(s, ast.Assign)
                     and isinstance(s.value, ast.Name) and s.value.id == UNBOUND]
            if names:
                found[node.name] = names
    return found


CERTAIN = {
    "parameters and plain assignment": """
        def f(a, *rest, b=1, **more):
            c = a
            return a, rest, b, more, c
    """,
    "both branches of an if": """
        def f(flag):
            if flag:
                x = 1
            elif flag is None:
                x = 2
            else:
                x = 3
            return x
    """,
    "a branch that returns or raises": """
        def f(flag, s):
            if not flag:
                return None
            else:
                x = 1
            try:
                n = int(s)
            except ValueError:
                raise ValueError("bad") from None
            except TypeError:
                return 0
            return x + n
    """,
    "while True left by break, for ... else": """
        def f(items):
            while True:
                found = items.pop()
                if found:
                    break
            for item in items:
                if item:
                    first = item
                    break
            else:
                first = None
            return found, first
    """,
    "with ... as, except ... as, import, def, class, :=": """
        def f(manager, values):
            with manager as handle:
                handle.use()
            try:
                handle.close()
            except ValueError as error:
                print(error)
            import math
            def helper():
                return math.pi
            class Local:
                pass
            if (n := len(values)) > 1:
                print(n)
            return handle, helper(), Local, n
    """,
    "a loop variable read in its loop, a comprehension's own variables": """
        def f(rows):
            total = 0
            for row in rows:
                total += row
            return [x * y for x in rows for y in range(x) if y], {k: v for k, v in rows}, list(z for z in rows)
    """,
    "globals, builtins, names of an enclosing function assigned before the nested one": """
        COUNT = 0

        def f(limit):
            global COUNT
            COUNT += 1
            seen = []
            def add(value):
                seen.append(value)
                return len(seen) < limit
            return add, lambda: seen, [seen for _ in range(limit)]
    """,
    "an import in a function (Transcrypt binds its names at the module's top)": """
        def f(flag):
            if flag:
                import math
                from math import floor
            return math.pi, floor(1.5)
    """,
    "a nested function that calls itself": """
        def f(tree):
            def depth(node):
                return 1 + max((depth(child) for child in node), default=0)
            return depth(tree)
    """,
    "a read in finally of what is assigned before the try": """
        def f(s):
            result = None
            try:
                result = int(s)
            finally:
                print(result)
            return result
    """,
    "an assignment in try and in every handler": """
        def f(s):
            try:
                n = int(s)
            except ValueError:
                n = 0
            else:
                n += 1
            return n
    """,
}


@pytest.mark.parametrize("source", CERTAIN.values(), ids=CERTAIN.keys())
def test_reads_that_follow_an_assignment_are_not_checked(source: str) -> None:
    tree = _lowered(source)
    assert _checks(tree) == []
    assert _initialised(tree) == {}


UNCERTAIN = {
    "an if without else": ("""
        def f(flag):
            if flag:
                x = 1
            return x
    """, [("x", 5, "local")], {"f": ["x"]}),
    "a loop that may not run, its else, a while": ("""
        def f(items, n):
            for item in items:
                last = item
            while n:
                n -= 1
                seen = n
            return last, seen
    """, [("last", 8, "local"), ("seen", 8, "local")], {"f": ["last", "seen"]}),
    "the next turn of a loop": ("""
        def f(items):
            for item in items:
                if item:
                    print(previous)
                previous = item
    """, [("previous", 5, "local")], {"f": ["previous"]}),
    "a try whose handler goes on, finally": ("""
        def f(s):
            try:
                n = int(s)
            except ValueError:
                pass
            try:
                m = int(s)
            finally:
                print(m)
            return n
    """, [("m", 10, "local"), ("n", 11, "local")], {"f": ["m", "n"]}),
    "a with block (its manager may suppress an error)": ("""
        def f(manager):
            with manager:
                value = 1
            return value
    """, [("value", 5, "local")], {"f": ["value"]}),
    "+= reads first": ("""
        def f(flag):
            if flag:
                total = 0
            total += 1
            return total
    """, [("total", 5, "local")], {"f": ["total"]}),
    "an inlined comprehension reads the function's variable": ("""
        def f(flag):
            if flag:
                k = 2
            return [k * x for x in range(3)]
    """, [("k", 5, "comprehension")], {"f": ["k"]}),
    "nested scopes read a variable assigned later or maybe": ("""
        def f(flag):
            def inner():
                return later
            get = lambda: later
            gen = (later for _ in range(1))
            class Inner:
                value = later
            later = 1
            return inner, get, gen, Inner
    """, [("later", 4, "free"), ("later", 5, "free"), ("later", 6, "free"), ("later", 8, "free")], {"f": ["later"]}),
    "a decorated nested function reads its own name (the decorator may call it first)": ("""
        def f(decorate):
            @decorate
            def again(n):
                return again(n - 1) if n else 0
            return again
    """, [("again", 5, "free")], {"f": ["again"]}),
    "a def in finally, reached after an exception too": ("""
        def f(s):
            try:
                n = int(s)
            finally:
                def show():
                    return n
            return show
    """, [("n", 7, "free")], {"f": ["n"]}),
    "an enclosing variable that nonlocal assigns": ("""
        def f():
            if len("") > 0:
                count = 0
            def bump():
                nonlocal count
                count += 1
            bump()
            return count
    """, [("count", 7, "free"), ("count", 9, "local")], {"f": ["count"]}),
}


@pytest.mark.parametrize("case", UNCERTAIN.values(), ids=UNCERTAIN.keys())
def test_reads_some_path_reaches_unassigned_are_checked(case: tuple[str, list, dict]) -> None:
    source, checks, initialised = case
    tree = _lowered(source)
    assert _checks(tree) == checks
    assert _initialised(tree) == initialised


def test_the_marker_goes_after_the_docstring_and_not_over_a_parameter() -> None:
    tree = _lowered('''
        def f(flag, e):
            """Doc."""
            try:
                pass
            except ValueError as e:
                return 1
            if flag:
                x = 1
            return x, e
    ''')
    function = tree.body[0]
    assert isinstance(function.body[0].value, ast.Constant)  # lowering's argument check comes before the docstring
    assert _initialised(tree) == {"f": ["x"]}


def test_module_level_code_and_class_bodies_are_left_alone() -> None:
    tree = _lowered("""
        if len("") > 0:
            name = 1
        print(name)

        class K:
            first = second
            second = 1
    """)
    assert _checks(tree) == []


@pytest.mark.parametrize("package", [REPO / "demo_app" / "shared", REPO / "benchmarks" / "validators" / "shared"],
                         ids=["demo_app", "benchmarks"])
def test_ordinary_validators_pay_for_no_check(package: Path) -> None:
    for path in sorted(package.rglob("*.py")):
        relpath = path.relative_to(package.parent).as_posix()
        tree = _lowered(path.read_text(encoding="utf-8"), relpath)
        assert _checks(tree) == [], relpath


def _undefined(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) of every read lowering makes raise NameError, in source order."""
    return sorted((node.args[0].value, node.lineno) for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == UNDEFINED)


def test_a_read_of_a_name_nothing_binds_raises_name_error() -> None:
    tree = _lowered("""
        from dataclasses import dataclass

        LIMIT = 3

        def count():
            global counter
            counter = 1

        class Rates:
            default = 5
            doubled = default * 2

            def rate(self) -> Unknown:
                note: AlsoUnknown = 1
                return default + LIMIT + counter + len([]) + __name__.count("a")

        def total(values):
            return sum(valeus) + [item for item in values][0] + (lambda x: x + missing)(1)
    """)
    # the class body's own names are its own; a method does not see them (CPython: NameError)
    assert _undefined(tree) == [("default", 16), ("missing", 19), ("valeus", 19)]


def test_a_module_with_a_star_import_is_left_alone() -> None:
    tree = _lowered("""
        from .rates import *

        def rate():
            return DEFAULT_RATE
    """)
    assert _undefined(tree) == []


@pytest.mark.parametrize("package", [REPO / "demo_app" / "shared", REPO / "benchmarks" / "validators" / "shared"],
                         ids=["demo_app", "benchmarks"])
def test_ordinary_validators_read_no_undefined_name(package: Path) -> None:
    for path in sorted(package.rglob("*.py")):
        relpath = path.relative_to(package.parent).as_posix()
        assert _undefined(_lowered(path.read_text(encoding="utf-8"), relpath)) == [], relpath


def test_a_raised_variable_read_through_the_check_is_still_instantiated() -> None:
    # `raise kind` of a class goes through __m_shared_exception__ (lower.visit_Raise), checked or not
    tree = _lowered("""
        def f(flag):
            if flag:
                kind = ValueError
            raise kind
    """)
    raised = next(node for node in ast.walk(tree) if isinstance(node, ast.Raise))
    assert ast.unparse(raised.exc) == "__m_shared_exception__(__m_shared_bound__(kind, 'kind'))"
