"""Whole-tree rewrites that run before the main visitor (``_lowering``), each for a construct Transcrypt compiles
to JavaScript with another behaviour, or to JavaScript that does not parse.
"""

from __future__ import annotations

import ast

from ._nodes import located


def lower_starred_set_displays(tree: ast.Module, bound_names: set[str]) -> None:
    """Build a set display with ``*`` items from a list display: {*codes, "X"} becomes set([*codes, "X"]).

    Transcrypt dropped the star: {*codes, "X"} was new set ([codes, 'X']), a set holding the sequence itself,
    so "A" in {*("A", "B"), "X"} was False (CPython: True), and a list there raised TypeError (unhashable type).
    A list display with ``*`` items is lowered as CPython unpacks them.
    """
    if "set" in bound_names:
        return
    for node in ast.walk(tree):
        for field, value in ast.iter_fields(node):
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, ast.Set) and any(isinstance(e, ast.Starred) for e in item.elts):
                        value[index] = _starred_set(item)
            elif isinstance(value, ast.Set) and any(isinstance(e, ast.Starred) for e in value.elts):
                setattr(node, field, _starred_set(value))


def _starred_set(node: ast.Set) -> ast.expr:
    return located(ast.Call(ast.Name("set", ast.Load()), [located(ast.List(node.elts, ast.Load()), node)], []), node)


def lower_unpacked_arguments(tree: ast.Module) -> None:
    """Check a call's ``*`` and ``**`` arguments, and pass its keywords as one ``**`` when it has two ``**`` or a
    ``**`` beside named keywords.

    f(*value) was Transcrypt's f(...value), which failed inside JavaScript for a value that is not iterable (None,
    an int: "Spread syntax requires ...iterable[Symbol.iterator] to be a function", where CPython raises TypeError
    "f() argument after * must be an iterable, not NoneType"): a value other than a display or a str literal goes
    through __m_shared_star_of__ (js_runtime/overlay/containers.extend.js, shipped only with such calls), which
    fails loudly with what to pass instead, as CPython's message names the function.

    Transcrypt compiled f(**a, **b) to f (__kwargtrans__ (ab)), a read of an undefined name `ab` (or of
    another variable that happens to be called so), and f(**a, z=3) or dict(a, **b, z=3) to
    f (__kwargtrans__ (a, z: 3)), a SyntaxError that kept the whole module from loading. They become
    f(**__m_shared_merge_kwargs__(a, b, {"z": 3})) (js_runtime/overlay/dicts.extend.js, shipped only with
    such calls), which merges them in order as CPython passes them.

    A lone ``**value`` other than a dict display becomes ``**__m_shared_keywords_of__(value)``, which checks it
    as the merging does: f(**[1, 2]) called f without keywords and f(**{1: 2}) with a keyword '1', silently
    (CPython: TypeError, "argument after ** must be a mapping", "keywords must be strings").
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in node.args:
            if isinstance(argument, ast.Starred) and not _iterable_display(argument.value):
                argument.value = located(ast.Call(ast.Name("__m_shared_star_of__", ast.Load()), [argument.value], []),
                                         argument.value)
        unpacked = sum(keyword.arg is None for keyword in node.keywords)
        if unpacked == 1 and len(node.keywords) == 1 and not _str_keyed_display(node.keywords[0].value):
            value = node.keywords[0].value
            node.keywords[0].value = located(ast.Call(ast.Name("__m_shared_keywords_of__", ast.Load()), [value], []), value)
            continue
        if not (unpacked >= 2 or (unpacked and len(node.keywords) > unpacked)):
            continue
        parts: list[ast.expr] = []
        for keyword in node.keywords:
            if keyword.arg is None:
                parts.append(keyword.value)
            elif parts and isinstance(parts[-1], ast.Dict) and getattr(parts[-1], "m_shared_named", False):
                parts[-1].keys.append(located(ast.Constant(keyword.arg), keyword))
                parts[-1].values.append(keyword.value)
            else:
                named = located(ast.Dict([ast.Constant(keyword.arg)], [keyword.value]), keyword)
                named.m_shared_named = True  # type: ignore[attr-defined]
                parts.append(named)
        merged = located(ast.Call(ast.Name("__m_shared_merge_kwargs__", ast.Load()), parts, []), node)
        node.keywords = [ast.keyword(None, merged)]


def _iterable_display(node: ast.expr) -> bool:
    """A display, comprehension or str literal: ``*`` of it needs no check."""
    return isinstance(node, (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp,
                             ast.GeneratorExp, ast.JoinedStr)) or (isinstance(node, ast.Constant)
                                                                    and isinstance(node.value, str))


def _str_keyed_display(node: ast.expr) -> bool:
    """A dict display whose keys are all str literals: ``**{"a": 1}`` passes keywords as it is."""
    return isinstance(node, ast.Dict) and all(
        isinstance(key, ast.Constant) and isinstance(key.value, str) for key in node.keys)


def lower_read_only_properties(tree: ast.Module) -> None:
    """Give a property defined without a setter one that raises CPython's AttributeError.

    Transcrypt's property() sets a setter that does nothing when none is given: invoice.total = 0 on a
    read-only property passed silently and the old value stayed, where CPython raises AttributeError
    ("property 'total' of 'Invoice' object has no setter"). The setter added here calls the runtime's
    __m_shared_no_setter__ (js_runtime/overlay/attributes.extend.js), which only such programs ship;
    Transcrypt's own property() is left as it is (its datetime module defines read-only ones too).
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        setters = {d.value.id for item in node.body if isinstance(item, ast.FunctionDef) for d in item.decorator_list
                   if isinstance(d, ast.Attribute) and d.attr == "setter" and isinstance(d.value, ast.Name)}
        body: list[ast.stmt] = []
        for item in node.body:
            body.append(item)
            if (isinstance(item, ast.FunctionDef) and item.name not in setters
                    and any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list)):
                setter = ast.parse(f"@{item.name}.setter\ndef {item.name}(self, value):\n"
                                   f"    __m_shared_no_setter__(self, {item.name!r})").body[0]
                for part in ast.walk(setter):  # at the getter's line (sourcemaps, tracebacks)
                    if "lineno" in part._attributes:
                        ast.copy_location(part, item)
                body.append(setter)
        node.body = body


class ChainedComparisons(ast.NodeTransformer):
    """Evaluate the inner operands of a chained comparison once, as CPython does.

    Transcrypt compiles ``a < f() < c`` to ``a < f () && f () < c``: f ran twice (its side effects twice, a
    counter or an iterator's next() moved twice, and the second comparison saw the second value). An inner
    operand that calls anything is now passed once to a lambda, left to right as CPython evaluates them:
    ``(lambda l, m: l < m and m < c)(a, f())``; c is still evaluated only when the first comparison holds.
    Inner operands without calls (names, constants, attributes, subscripts), or calling only builtins that
    return the same value again and change nothing (``1 <= len(name) <= 50``), stay as Transcrypt writes them.
    """

    def __init__(self, bound_names: set[str]) -> None:
        self.depth = 0
        self.pure = _PURE_BUILTINS - bound_names

    def _calls(self, node: ast.expr) -> bool:
        return any(isinstance(part, ast.Call) and not (isinstance(part.func, ast.Name) and part.func.id in self.pure)
                   for part in ast.walk(node))

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        middles = node.comparators[:-1]
        if not any(self._calls(middle) for middle in middles) or any(_unliftable(part) for part in (node.left, *middles)):
            return node
        return located(self._chain(node.left, node.ops, node.comparators), node)

    def _chain(self, left: ast.expr, ops: list[ast.cmpop], comparators: list[ast.expr]) -> ast.expr:
        if len(ops) == 1:
            return ast.Compare(left, ops, comparators)
        middle = comparators[0]
        if not self._calls(middle):
            return ast.BoolOp(ast.And(), [ast.Compare(left, [ops[0]], [middle]), self._chain(middle, ops[1:], comparators[1:])])
        self.depth += 1
        first, second = f"__m_shared_left{self.depth}__", f"__m_shared_middle{self.depth}__"
        body = ast.BoolOp(ast.And(), [
            ast.Compare(ast.Name(first, ast.Load()), [ops[0]], [ast.Name(second, ast.Load())]),
            self._chain(ast.Name(second, ast.Load()), ops[1:], comparators[1:]),
        ])
        arguments = ast.arguments([], [ast.arg(first), ast.arg(second)], None, [], [], None, [])
        return ast.Call(ast.Lambda(arguments, body), [left, middle], [])


_PURE_BUILTINS = frozenset({"len", "abs", "int", "float", "str", "bool", "ord", "chr", "round", "min", "max", "sum"})


def _unliftable(node: ast.expr) -> bool:
    # what a lambda cannot take from its surroundings: yield and await belong to the enclosing function, and
    # super() without arguments needs the method's own first parameter
    return any(isinstance(part, (ast.Yield, ast.YieldFrom, ast.Await, ast.NamedExpr))
               or (isinstance(part, ast.Name) and part.id == "super") for part in ast.walk(node))
