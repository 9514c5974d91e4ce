"""Generators and iterators: closing a generator that only a loop, any(), all(), next(), `in` or a
comprehension holds when that stops early (CPython runs its `finally:` then), PEP 479, and ranges that
closures capture.
"""

from __future__ import annotations

import ast

from ._nodes import located, name_of
from ._scopes import own_nodes

# Builtins (of a module that does not bind their names) whose result is no generator, and methods of dicts, strings
# and re that give lists or strings; which iterators these wrap they hold on
_NO_GENERATORS = frozenset({"range", "list", "sorted", "tuple", "set", "frozenset", "dict", "str", "reversed", "bytes"})

_WRAPPING = {"iter": slice(0, 1), "enumerate": slice(0, 1), "zip": slice(0, None),
             "__m_shared_map__": slice(1, None), "__m_shared_filter__": slice(1, None)}

_LIST_METHODS = frozenset({"items", "keys", "values", "get", "split", "rsplit", "splitlines", "copy", "lower", "upper",
                           "strip", "lstrip", "rstrip", "casefold", "title", "replace", "format", "join", "findall"})


def owned_iterators(node: ast.expr, bound: set[str]) -> list[ast.expr]:
    """The parts of a loop's iterable that can be generators only the loop holds (see _closing_loop), in order.

    A call, unless it is known to give no generator; a generator expression that holds such a part itself
    (any other is closed without anything to show for it); through iter(), enumerate(), zip(), map() and filter(),
    which only hold what they are given. Not a name or an attribute: another reference keeps that open in CPython.
    """
    if isinstance(node, ast.GeneratorExp):
        return [node] if any(owned_iterators(loop.iter, bound) for loop in node.generators) else []
    if not isinstance(node, ast.Call):
        return []
    function = node.func
    if isinstance(function, ast.Name) and function.id not in bound:
        if function.id in _NO_GENERATORS or (function.id.startswith("__m_shared_") and function.id not in _WRAPPING):
            return []  # (the runtime's helpers that lowering calls: d[k] is __m_shared_getitem__(d, k))
        if function.id in _WRAPPING:
            if node.keywords or any(isinstance(argument, ast.Starred) for argument in node.args) or (
                    function.id == "iter" and len(node.args) != 1):
                return []
            return [part for argument in node.args[_WRAPPING[function.id]] for part in owned_iterators(argument, bound)]
    if isinstance(function, ast.Attribute) and function.attr in _LIST_METHODS:
        return []
    return [node]


class ClosingConsumers(ast.NodeTransformer):
    """any(), all(), next(), `in` and comprehensions over a generator they alone hold close it when they are
    done (see _closing_loop); gen.close() closes it.

    CPython drops the argument when the call returns, and a generator stopped early runs its `finally:` then:
    any(x > 1 for x in rows()) ran that finally before the next statement in CPython, never in JS.
    Written __m_shared_closing__(any, <argument>, ...) (js_runtime/overlay/closing.extend.js).
    """

    def __init__(self, bound: set[str]):
        self.bound = bound

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        function = node.func
        if (isinstance(function, ast.Name) and function.id in ("any", "all", "next") and function.id not in self.bound
                and not node.keywords and node.args and not isinstance(node.args[0], ast.Starred)
                and owned_iterators(node.args[0], self.bound) == [node.args[0]]):
            return located(ast.Call(ast.Name("__m_shared_closing__", ast.Load()), [function, *node.args], []), node)
        if isinstance(function, ast.Attribute) and function.attr == "close" and not node.args and not node.keywords:
            # gen.close() raised AttributeError (a JS generator has return () instead): the runtime's
            # __m_shared_closable__ gives a generator a close() that returns it, any other object as it is
            function.value = located(ast.Call(ast.Name("__m_shared_closable__", ast.Load()), [function.value], []),
                                      function.value)
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        # `x in rows()` stops at the first match, and the generator is dropped then (the right side is evaluated
        # after the left, as __m_shared_closing_in__ takes them)
        self.generic_visit(node)
        if (len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn))
                and owned_iterators(node.comparators[0], self.bound) == [node.comparators[0]]):
            found: ast.expr = ast.Call(ast.Name("__m_shared_closing_in__", ast.Load()), [node.left, node.comparators[0]], [])
            if isinstance(node.ops[0], ast.NotIn):
                found = ast.UnaryOp(ast.Not(), found)
            return ast.fix_missing_locations(located(found, node))
        return node

    def visit_ListComp(self, node: ast.ListComp | ast.SetComp | ast.DictComp) -> ast.AST:
        # A comprehension over a generator it alone holds, stopped by an exception: CPython closes the generator
        # before the handler runs. Written __m_shared_closing__(lambda source: [... for x in source], <iterable>).
        self.generic_visit(node)
        first = node.generators[0]
        if owned_iterators(first.iter, self.bound) != [first.iter]:
            return node
        source = first.iter
        first.iter = located(ast.Name("__m_shared_source__", ast.Load()), source)
        parameters = ast.arguments([], [ast.arg("__m_shared_source__")], None, [], [], None, [])
        function = located(ast.Lambda(parameters, node), node)
        return located(ast.Call(ast.Name("__m_shared_closing__", ast.Load()), [function, source], []), node)

    visit_SetComp = visit_DictComp = visit_ListComp


def stop_iteration_is_runtime_error(node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """PEP 479: a StopIteration that leaves a generator's body is CPython's RuntimeError.

    Observed: `def g(): yield 1; raise StopIteration` (or a next() of an exhausted iterator in the body): list(g())
    raised RuntimeError("generator raised StopIteration") in CPython, and in JS the StopIteration went on to the
    caller, whose loop or handler took it for the end of something else. The body of a def with `yield`:
        try: body
        except StopIteration as e: raise RuntimeError("generator raised StopIteration") from e
    """
    if any(isinstance(part, (ast.Yield, ast.YieldFrom)) for part in own_nodes(node)):
        node.body = [stop_iteration_handler(node.body, node.body[0])]


def stop_iteration_handler(body: list[ast.stmt], anchor: ast.AST) -> ast.Try:
    """`body` in a try whose StopIteration is CPython's RuntimeError (PEP 479), at the line of `anchor`."""
    stop = "__m_shared_stop__"
    handler = ast.parse(f"try:\n    pass\nexcept StopIteration as {stop}:\n"
                        f"    raise RuntimeError('generator raised StopIteration') from {stop}").body[0]
    for part in ast.walk(handler):
        if "lineno" in part._attributes:
            ast.copy_location(part, anchor)
            part.end_lineno, part.end_col_offset = anchor.end_lineno, anchor.end_col_offset
    handler.body = body
    return handler


def ranges_for_closures(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, first: int = 0) -> ast.AST:
    """A comprehension over range() whose items make lambdas: its range as a list.

    Transcrypt compiles `for i in range(3)` in a comprehension to `for (var i = 0; i < 3; i++)`, so a
    lambda made in it read i after the loop, 3, where CPython's reads the last value given, 2:
    [f() for f in [lambda: i for i in range(3)]] was [3, 3, 3] in JS, [2, 2, 2] in CPython. Over a
    list, Transcrypt assigns i from the list, as CPython does. Only where a lambda can see i: elsewhere
    the fast loop gives the same values. A generator expression's first iterable is a list already, given to
    it as a value (``first=1``): ``list((lambda: j) for i in [0] for j in range(3))`` gave [3, 3, 3] too.
    """
    if any(isinstance(inner, ast.Lambda) for inner in ast.walk(node)):
        for generator in node.generators[first:]:
            if isinstance(generator.iter, ast.Call) and name_of(generator.iter.func) == "range" \
                    and isinstance(generator.iter.func, ast.Name):
                generator.iter = located(ast.Call(ast.Name("list", ast.Load()), [generator.iter], []), generator.iter)
    return node
