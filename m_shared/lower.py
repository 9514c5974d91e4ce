"""Stage 4: lower modern Python into the dialect Transcrypt compiles faithfully.

Framework M code is written for CPython 3.12: ``from __future__ import
annotations``, type hints, ``typing`` imports, ``if TYPE_CHECKING:`` blocks,
relative imports, dataclasses. Transcrypt 3.9.5 mis-compiles or rejects each
of them, so this stage rewrites the syntax tree into plain equivalents with the
same CPython behaviour. Every node keeps its original line, which is what the
sourcemaps are built from.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from .diagnostics import Diagnostic
from .graph import TYPING_ONLY, SourceModule, absolute_module, is_type_checking_test
from .unbound import BOUND, unbound_reads, undefined_reads

# Bases that only exist for type checkers; a class using them is a plain dict or object at run time.
_TYPING_BASES = {"TypedDict", "Protocol", "Generic", "NamedTuple"}
# Decorators for type checkers, and m_shared's own build-time marker (link publishes it as a Standard Schema).
_DECORATORS_DROPPED = {"overload", "override", "final", "standard_schema"}
_TYPING_CALLS_DROPPED = {"TypeVar", "NewType", "ParamSpec", "TypeAliasType"}
_INDEX_DIGITS = re.compile(r"0|[1-9][0-9]{0,9}")
_STR_METHODS = frozenset(name for name in dir(str) if not name.startswith("_") and name != "maketrans")
# The statement lowering puts first in every def: `__m_shared_arguments__(required, maximum, needs_keywords,
# spec)`, written out as the argument check by compile.py
ARGUMENTS_MARKER = "__m_shared_arguments__"


# How a statement Transcrypt leaves out of a class body is named in the error (_check_class_body)
_STATEMENT_KINDS = {
    "With": "a `with` statement", "AsyncWith": "an `async with` statement", "If": "an `if` statement",
    "For": "a `for` loop", "AsyncFor": "an `async for` loop", "While": "a `while` loop", "Try": "a `try` statement",
    "TryStar": "a `try` statement", "Match": "a `match` statement", "Assert": "an `assert` statement",
    "AugAssign": "an augmented assignment", "Delete": "a `del` statement", "Raise": "a `raise` statement",
    "Import": "an import", "ImportFrom": "an import", "Global": "a `global` declaration",
    "Nonlocal": "a `nonlocal` declaration", "Expr": "an expression statement",
}


_DATACLASS_HELPERS = {
    "asdict": "__m_shared_asdict__", "astuple": "__m_shared_astuple__", "replace": "__m_shared_replace__",
    "fields": "__m_shared_dataclass_fields__", "is_dataclass": "__m_shared_is_dataclass__",
}


class LowerError(Exception):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)


def parse(module: SourceModule) -> ast.Module:
    """Parse a module, turning a SyntaxError into a :class:`LowerError` with its location."""
    try:
        return ast.parse(module.source, filename=module.relpath)
    except SyntaxError as error:
        line = error.lineno or 1
        col = error.offset or 1
        raise LowerError(
            Diagnostic(module.relpath, line, col, "build/syntax", f"syntax error: {error.msg}", "fix the Python syntax")
        ) from None


def lower(module: SourceModule) -> ast.Module:
    """Return the lowered syntax tree of ``module``, ready for Transcrypt's code generator."""
    tree = parse(module)
    _check_handler_names(module, tree)
    undefined_reads(tree)  # both before the lowering's own temporaries: they read the module as written
    unbound_reads(tree)
    lowering = _Lowering(module, set(type_aliases(tree)), _regex_module_names(tree))
    lowering.bound_names = set(binding_counts(tree))
    lowering.imported_names, lowering.imported_modules = _imports(tree)
    lowering.dict_stores = _dict_stores(tree)
    lowering.scope_bindings = _scope_bindings(tree)
    lowering.module_tree = tree
    checks = _argument_checks(tree)  # as written
    _lower_dict_arguments(tree, lowering.bound_names)
    _ChainedComparisons(lowering.bound_names).visit(tree)
    _lower_read_only_properties(tree)
    _lower_merged_keywords(tree)
    _lower_starred_set_displays(tree, lowering.bound_names)
    tree = lowering.visit(tree)
    tree = _ClosingConsumers(lowering.bound_names).visit(tree)
    if lowering.needs_missing_sentinel:
        sentinel = ast.parse("class _M_SHARED_MISSING:\n    pass").body[0]
        for node in ast.walk(sentinel):
            if "lineno" in node._attributes:
                node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = 1, 0, 1, 0
        tree.body.insert(0, sentinel)
    if _passes_templates(tree, _regex_module_names(tree)):
        # re.sub's replacement templates are parsed as CPython parses them by a function of the runtime that
        # only programs passing a template other than a literal without a backslash ship and install
        # (js_runtime/overlay/re_templates.extend.js)
        install = ast.Expr(ast.Call(ast.Name("__m_shared_templates__", ast.Load()), [], []))
        for node in ast.walk(install):
            if "lineno" in node._attributes:
                node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = 1, 0, 1, 0
        tree.body.insert(0, install)
    for check in checks:
        # the argument checks of str and list methods (js_runtime/overlay/argument_checks.extend.js), which only
        # programs that can pass such an argument ship and install
        install = ast.Expr(ast.Call(ast.Name(check, ast.Load()), [], []))
        for node in ast.walk(install):
            if "lineno" in node._attributes:
                node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = 1, 0, 1, 0
        tree.body.insert(0, install)
    ast.fix_missing_locations(tree)
    _mark_attribute_checks(tree)
    return tree


def _argument_checks(tree: ast.Module) -> list[str]:
    """The installers of argument checks (js_runtime/overlay/argument_checks.extend.js) the module's calls may need,
    whatever their receiver (a str, a list, or anything with a method of that name): split or rsplit with a separator
    other than a non-empty str literal, startswith or endswith with other than a str literal or a tuple display of
    them, pop or insert with an index other than an int literal, sort with a positional argument."""
    def literal(node: ast.expr | None, kind: type) -> bool:
        if kind is int and isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            node = node.operand  # xs.pop(-1)
        return (isinstance(node, ast.Constant) and type(node.value) is kind
                and (kind is not str or node.value != ""))

    needed: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, args = node.func.attr, node.args
        first = args[0] if args else None
        unknown = any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in node.keywords)
        if method in ("split", "rsplit"):
            sep = first if first is not None else next((k.value for k in node.keywords if k.arg == "sep"), None)
            if unknown or (sep is not None and not literal(sep, str)):
                needed.add("__m_shared_split_checks__")
        elif method in ("startswith", "endswith"):
            affixes = first.elts if isinstance(first, ast.Tuple) else [first]
            if unknown or not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in affixes):
                needed.add("__m_shared_affix_checks__")
        elif method in ("pop", "insert"):
            if unknown or (first is not None and not literal(first, int)):
                needed.add("__m_shared_index_checks__")
        elif method == "sort" and args:
            needed.add("__m_shared_sort_checks__")
    return sorted(needed)


def _dict_stores(tree: ast.Module) -> set[int]:
    """The subscripts assigned to (``doc[key] = v``) whose container is a name that its scope only ever binds to a dict
    display or comprehension (``doc = {}``, ``doc: dict[str, Any] = {}``): those keep Transcrypt's __setitem__."""
    rebound_elsewhere = {name for node in ast.walk(tree) if isinstance(node, (ast.Global, ast.Nonlocal))
                         for name in node.names}
    found: set[int] = set()
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))]
    for scope in scopes:
        own = _own_nodes(scope)
        dict_bindings: dict[str, int] = {}
        for node in own:
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            if isinstance(value, (ast.Dict, ast.DictComp)) and len(targets) == 1 and isinstance(targets[0], ast.Name):
                dict_bindings[targets[0].id] = dict_bindings.get(targets[0].id, 0) + 1
        parameters = ({a.arg for a in ast.walk(scope.args) if isinstance(a, ast.arg)}
                      if not isinstance(scope, ast.Module) else set())
        dicts = {name for name, count in dict_bindings.items()
                 if name not in rebound_elsewhere and name not in parameters and _own_bindings(own, name) == count}
        for node in own:
            if (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and isinstance(node.value, ast.Name)
                    and node.value.id in dicts):
                found.add(id(node))
    return found


def _scope_bindings(tree: ast.Module) -> dict[int, set[str]]:
    """The names each scope of the module binds itself (by id of its node, as written): assigned, a parameter, a def
    or class, an import, an exception's name, or declared global or nonlocal there (someone else's then, still not a
    builtin); the module's also those any function declares global."""
    scopes: dict[int, set[str]] = {id(tree): _bound_in(tree)}
    scopes[id(tree)].update(name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names)
    for node in ast.walk(tree):
        if isinstance(node, (*_SCOPES, ast.GeneratorExp)):
            scopes[id(node)] = _bound_in(node)
    return scopes


def _bound_in(scope: ast.AST) -> set[str]:
    if isinstance(scope, ast.GeneratorExp):
        return {n.id for g in scope.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
    names = {a.arg for a in ast.walk(scope.args) if isinstance(a, ast.arg)} if hasattr(scope, "args") else set()
    for node in _own_nodes(scope):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names.update(node.names)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
    return names


def _own_bindings(own: list[ast.AST], name: str) -> int:
    """How many times the nodes of a scope (:func:`_own_nodes`) bind ``name``."""
    count = 0
    named = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler, ast.MatchAs, ast.MatchStar)
    for node in own:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            count += sum((alias.asname or alias.name).split(".")[0] == name for alias in node.names)
        elif ((isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load))
              or (isinstance(node, named) and node.name == name)):
            count += 1
    return count


def _lower_dict_arguments(tree: ast.Module, bound_names: set[str]) -> None:
    """Send dict() calls with more than one argument to the runtime's ``__m_shared_dict_call__``.

    Transcrypt's dict() took its first argument alone: dict(defaults, **overrides) was a copy of defaults,
    dict(pairs, a=2) kept the pairs' value of a, and dict(a, b) ignored b (CPython: the keywords are set
    after the first argument's items; a second positional argument is a TypeError). The helper
    (js_runtime/overlay/dicts.extend.js) does what CPython does; programs without such calls do not ship it.
    dict(**kw) and dict(key=value) alone are left to the lowering's own cases.
    """
    if "dict" in bound_names:
        return
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict"
                and (len(node.args) > 1 or any(isinstance(a, ast.Starred) for a in node.args)
                     or (node.args and node.keywords))):
            node.func = _located(ast.Name("__m_shared_dict_call__", ast.Load()), node.func)


def _lower_starred_set_displays(tree: ast.Module, bound_names: set[str]) -> None:
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
    return _located(ast.Call(ast.Name("set", ast.Load()), [_located(ast.List(node.elts, ast.Load()), node)], []), node)


def _lower_merged_keywords(tree: ast.Module) -> None:
    """Pass a call's keywords as one ``**`` when it has two ``**`` or a ``**`` beside named keywords.

    Transcrypt compiled f(**a, **b) to f (__kwargtrans__ (ab)), a read of an undefined name `ab` (or of
    another variable that happens to be called so), and f(**a, z=3) or dict(a, **b, z=3) to
    f (__kwargtrans__ (a, z: 3)), a SyntaxError that kept the whole module from loading. They become
    f(**__m_shared_merge_kwargs__(a, b, {"z": 3})) (js_runtime/overlay/dicts.extend.js, shipped only with
    such calls), which merges them in order as CPython passes them.
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        unpacked = sum(keyword.arg is None for keyword in node.keywords)
        if not (unpacked >= 2 or (unpacked and len(node.keywords) > unpacked)):
            continue
        parts: list[ast.expr] = []
        for keyword in node.keywords:
            if keyword.arg is None:
                parts.append(keyword.value)
            elif parts and isinstance(parts[-1], ast.Dict) and getattr(parts[-1], "m_shared_named", False):
                parts[-1].keys.append(_located(ast.Constant(keyword.arg), keyword))
                parts[-1].values.append(keyword.value)
            else:
                named = _located(ast.Dict([ast.Constant(keyword.arg)], [keyword.value]), keyword)
                named.m_shared_named = True  # type: ignore[attr-defined]
                parts.append(named)
        merged = _located(ast.Call(ast.Name("__m_shared_merge_kwargs__", ast.Load()), parts, []), node)
        node.keywords = [ast.keyword(None, merged)]


def _lower_read_only_properties(tree: ast.Module) -> None:
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


class _ChainedComparisons(ast.NodeTransformer):
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
        return _located(self._chain(node.left, node.ops, node.comparators), node)

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


def _passes_templates(tree: ast.Module, regex_modules: set[str]) -> bool:
    """Whether the module calls re.sub, re.subn, Pattern.sub, Pattern.subn or Match.expand (or a method of that
    name: any receiver) with a replacement template that may hold a backslash: not a str literal without one."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else _name_of(node.func)
        if name not in ("sub", "subn", "expand"):
            continue
        function = (isinstance(node.func, ast.Name)
                    or (isinstance(node.func.value, ast.Name) and node.func.value.id in regex_modules))
        position = 1 if function and name != "expand" else 0  # re.sub(pattern, repl, ...), p.sub(repl, ...)
        keyword = "template" if name == "expand" else "repl"
        template = next((k.value for k in node.keywords if k.arg == keyword), None)
        if template is None and len(node.args) > position:
            template = node.args[position]
        if any(isinstance(a, ast.Starred) for a in node.args[:position + 1]) or any(k.arg is None for k in node.keywords):
            return True
        if template is not None and not (isinstance(template, ast.Constant) and isinstance(template.value, str)
                                         and "\\" not in template.value):
            return True
    return False


def _mark_attribute_checks(tree: ast.Module) -> None:
    """Mark the attribute reads and method calls the code generator checks for a missing attribute.

    CPython raises AttributeError for ``obj.missing``; a JS property that does not exist reads as
    undefined, which Transcrypt's code took for None, and ``obj.missing()`` threw a bare TypeError.
    Each marked read compiles to ``__m_shared_checked__ (obj.attr, obj, 'attr')``, and each marked call
    is preceded by ``__m_shared_has__`` or calls through ``__m_shared_method__`` (the code generator in
    compile.py; the helpers in js_runtime/overlay/attributes.extend.js), which raise
    CPython's AttributeError, also for None, str, int, list and dict values. Left unmarked: syntax
    Transcrypt reads itself (decorators such as ``@value.setter``, class bases, annotations,
    ``super().x``). Attributes of imported modules are marked too: the code generator checks those it
    can tell are a module's at build time instead (compile._check_module_attributes) and leaves the
    rest, such as a parameter that shadows an import, to this check.
    """
    unchecked: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            parts: list[ast.AST] = list(node.decorator_list)
            if isinstance(node, ast.ClassDef):
                parts += node.bases + [keyword.value for keyword in node.keywords]
            else:
                parts += [a.annotation for a in ast.walk(node.args) if isinstance(a, ast.arg) and a.annotation]
                parts += [node.returns] if node.returns else []
            unchecked.update(id(inner) for part in parts for inner in ast.walk(part))
        elif isinstance(node, ast.AnnAssign):
            unchecked.update(id(inner) for inner in ast.walk(node.annotation))

    constants = _module_constants(tree)

    def checkable(node: ast.Attribute) -> bool:
        base = node.value
        if id(node) in unchecked:
            return False
        if isinstance(base, ast.Constant):  # `", ".join(...)` is there in CPython: only `None.x` and the like raise
            return _number_attribute(base.value) or not hasattr(type(base.value), node.attr)
        if isinstance(base, ast.Name) and base.id in constants:  # ALPHABET.index(c), ALPHABET a literal for good
            return _number_attribute(constants[base.id]) or not hasattr(type(constants[base.id]), node.attr)
        return not (isinstance(base, ast.Call) and isinstance(base.func, ast.Name) and base.func.id == "super")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if checkable(node.func) and id(node) not in unchecked:
                node.m_shared_check = True  # type: ignore[attr-defined]
            unchecked.add(id(node.func))  # the call is checked as a whole, which keeps the object's `this`
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and checkable(node):
            node.m_shared_check = True  # type: ignore[attr-defined]


def _number_attribute(value: object) -> bool:
    """Whether an attribute of this constant is checked although CPython has it: a number's attributes
    ((255).bit_length(), (2.5).is_integer(), LIMIT.bit_length()) are CPython's alone, JS numbers have none of
    them. Observed: (255).bit_length() compiled to `255.bit_length ()`, a SyntaxError that kept the whole
    module from loading; (2.5).is_integer() a JavaScript TypeError. Checked, they fail loudly as a number
    held in a variable does (__m_shared_method__, js_runtime/overlay/attributes.extend.js)."""
    return isinstance(value, (int, float, complex))


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of a scope's body, not those of the scopes nested in it (a nested def is there by its name)."""
    found: list[ast.AST] = []
    pending = list(scope.body) if isinstance(scope, (ast.Module, *_SCOPES[:2], ast.ClassDef)) else [scope.body]
    while pending:
        node = pending.pop()
        found.append(node)
        if not isinstance(node, _SCOPES):
            pending.extend(ast.iter_child_nodes(node))
    return found


def _exits(statement: ast.stmt) -> bool:
    return isinstance(statement, (ast.Return, ast.Raise, ast.Break, ast.Continue))


def _check_handler_names(module: SourceModule, tree: ast.Module) -> None:
    """Refuse a read of ``e`` that follows ``except ... as e:``, which fails in CPython and not in JavaScript.

    CPython unbinds the name at the end of the except block (``del e``, so that the exception does not
    keep the frame alive): a later read raises UnboundLocalError (NameError at module level). Transcrypt's
    JavaScript kept the exception in the variable: the read gave the old exception, silently. Refused
    here: a read, outside the except blocks that bind the name, of a name that nothing else in its scope
    binds (it can only ever be unbound there), and a read after an except block that runs to its end
    with no other binding of the name in between, as the source is written.
    """
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, _SCOPES))]
    for scope in scopes:
        own = _own_nodes(scope)
        handlers = [node for node in own if isinstance(node, ast.ExceptHandler) and node.name]
        if not handlers:
            continue
        declared = {name for node in own if isinstance(node, (ast.Global, ast.Nonlocal)) for name in node.names}
        for name in sorted({handler.name for handler in handlers} - declared):
            binding = [handler for handler in handlers if handler.name == name]
            inside = {id(node) for handler in binding for statement in handler.body for node in ast.walk(statement)}
            others = [
                (node.lineno, node.col_offset) for node in own
                if (isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load))
                or (isinstance(node, _SCOPES[:2] + (ast.ClassDef,)) and node.name == name and node is not scope)
                or (isinstance(node, (ast.Import, ast.ImportFrom))
                    and any((alias.asname or alias.name).split(".")[0] == name for alias in node.names))
                or (isinstance(node, ast.arg) and node.arg == name)
            ]
            if isinstance(scope, (*_SCOPES[:3],)) and any(a.arg == name for a in ast.walk(scope.args)
                                                           if isinstance(a, ast.arg)):
                others.append((0, 0))  # a parameter: bound before everything
            reads = sorted(
                (node for node in own if isinstance(node, ast.Name) and node.id == name
                 and isinstance(node.ctx, ast.Load) and id(node) not in inside),
                key=lambda node: (node.lineno, node.col_offset),
            )
            for read in reads:
                where = (read.lineno, read.col_offset)
                after = [handler for handler in binding if not _exits(handler.body[-1])
                         and (handler.end_lineno, handler.end_col_offset) <= where
                         and not any((handler.end_lineno, handler.end_col_offset) <= other < where for other in others)]
                if others and not after:
                    continue
                raise LowerError(Diagnostic(
                    module.relpath, read.lineno, read.col_offset + 1, "build/except-name",
                    f"`{name}` is read after `except ... as {name}:`, which CPython unbinds at the end of the except "
                    f"block (the read raises UnboundLocalError, or NameError); JavaScript keeps the exception in it",
                    f"keep what is needed in another variable inside the except block (`problem = str({name})`), "
                    f"or give the exception a name of its own (`except ... as exc:`)",
                ))


def _typing_names(tree: ast.Module) -> set[str]:
    names = set()
    for statement in ast.walk(tree):
        if isinstance(statement, ast.ImportFrom) and (statement.module or "").split(".")[0] in {
            module.split(".")[0] for module in TYPING_ONLY
        }:
            names.update(alias.asname or alias.name for alias in statement.names)
    return names


def type_aliases(tree: ast.Module) -> dict[str, ast.expr]:
    """Module-level ``Name = <type expression>`` (e.g. ``Status = Literal["a", "b"]``): types, not values."""
    typing_names = _typing_names(tree)
    aliases: dict[str, ast.expr] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(
            statement.targets[0], ast.Name
        ):
            value = statement.value
            heads = {node.id for node in ast.walk(value) if isinstance(node, ast.Name)}
            if isinstance(value, (ast.Subscript, ast.BinOp)) and heads & typing_names:
                aliases[statement.targets[0].id] = value
    return aliases


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _argument_check(arguments: ast.arguments, qualname: str) -> tuple[int, int, bool, str]:
    """What the argument check of a def or lambda tests (the numbers, for its fast path) and its spec for
    __m_shared_args__ (js_runtime/overlay/arguments.extend.js), which parses the parameter list only to word
    an error or bind keywords: ``qualname|positional names|required|keyword-only names (name= if
    defaulted)|1 if *args|1 if **kwargs|number of positional-only parameters``."""
    positional = [a.arg for a in [*arguments.posonlyargs, *arguments.args]]
    required = len(positional) - len(arguments.defaults)
    kwonly = [a.arg + ("" if d is None else "=") for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults)]
    maximum = -1 if arguments.vararg is not None else len(positional)
    needs_keywords = any(d is None for d in arguments.kw_defaults)
    fields = [qualname, ",".join(positional), str(required), ",".join(kwonly),
              "1" if arguments.vararg is not None else "0", "1" if arguments.kwarg is not None else "0",
              str(len(arguments.posonlyargs))]
    while len(fields) > 3 and fields[-1] in ("", "0"):  # the runtime reads a missing field as empty
        fields.pop()
    return required, maximum, needs_keywords, "|".join(fields)


def _lambda_method(statement: ast.stmt) -> ast.stmt:
    """``name = lambda self, ...: value`` in a class body as ``def name(self, ...): return value``: Transcrypt
    makes a method of a def only, so `C().name(x)` passed x as `self` (CPython binds the instance). Its
    TypeErrors still name it ``C.<lambda>`` (``m_shared_lambda``, see _visit_function)."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Lambda)):
        return statement
    function = statement.value
    method = ast.FunctionDef(
        name=statement.targets[0].id, args=function.args, body=[_located(ast.Return(function.body), function)],
        decorator_list=[], returns=None, type_comment=None,
        **({"type_params": []} if "type_params" in ast.FunctionDef._fields else {}),
    )
    method.m_shared_lambda = True  # type: ignore[attr-defined]
    return _located(method, statement)


def _index_like(key: str) -> bool:
    """A str key that JavaScript objects list first and ascending, whatever the insertion order: an array
    index, "0" to "4294967294" (js_runtime/overlay/dicts.extend.js __m_shared_index_like__)."""
    return _INDEX_DIGITS.fullmatch(key) is not None and int(key) < 4294967295


_LAZY_BUILTINS = {"map": "__m_shared_map__", "filter": "__m_shared_filter__"}
# Builtins whose result is never NaN: the left side of a used `x or y` that needs no lowering (visit_BoolOp)
_NEVER_NAN_CALLS = frozenset({"bool", "isinstance", "issubclass", "len", "str", "repr", "list", "dict", "tuple", "set",
                              "sorted", "any", "all", "callable", "hasattr", "int", "type", "frozenset"})


class _Lowering(ast.NodeTransformer):
    def __init__(self, module: SourceModule, aliases: set[str], regex_modules: set[str]):
        self.module = module
        self.regex_modules = regex_modules  # names that stand for the re module throughout (see _regex_test)
        self.aliases = aliases  # module-level type aliases: `Status = Literal[...]` names a type, not a value
        self.class_stack: list[ast.ClassDef] = []
        self.function_stack: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        # the scopes around the node being visited, innermost last, for __qualname__ (_qualname): classes,
        # defs, lambdas and generator expressions (whose bodies are functions of their own in CPython)
        self.scopes: list[ast.AST] = []
        self.dataclass_fields: dict[str, list[ast.AnnAssign]] = {}  # dataclasses of this module, for inheritance
        self.needs_missing_sentinel = False  # a default_factory needs to tell "not passed" from None
        self.bound_names: set[str] = set()  # every name the module binds somewhere (a builtin it shadows)
        self.module_tree: ast.Module = ast.Module([], [])
        self.hoisted_defaults = 0  # defaults computed once, before their def (see _hoist_defaults)
        self.enumerations = 0  # range and enumerate loops lowered, for unique temporaries (visit_For)
        self.withs = 0  # with statements lowered, for unique temporaries (visit_With)
        self.truth_tests: set[int] = set()  # expressions whose truth alone is used (if, while, not...)
        self.dict_stores: set[int] = set()  # subscripts assigned to that are a dict's (see _dict_stores)
        self.scope_bindings: dict[int, set[str]] = {}  # the names each scope binds (see _scope_bindings)
        self.module_tree: ast.Module | None = None
        self.imported_names: dict[str, str] = {}  # `from M import N as A`: A -> "M.N" (see _imports)
        self.imported_modules: dict[str, str] = {}  # `import M as A`: A -> "M"

    # ---- statements that only exist for the type checker -------------------------------------
    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.AST | None:
        if node.level:
            node.module = absolute_module(self.module, node.level, node.module)
            node.level = 0
        if node.module in TYPING_ONLY or (node.module or "").split(".")[0] in TYPING_ONLY:
            return None
        if node.module == "dataclasses":
            return self._dataclasses_import(node)
        return node

    def _dataclasses_import(self, node: ast.ImportFrom) -> ast.AST | list[ast.stmt] | None:
        # dataclasses are lowered to plain classes below; their helpers, which Transcrypt's dataclasses lacks
        # (a build error before), are the runtime's (js_runtime/overlay/dataclasses.extend.js), bound to the
        # names the module imports them under
        helpers = [
            _located(ast.Assign([ast.Name(alias.asname or alias.name, ast.Store())],
                                ast.Name(_DATACLASS_HELPERS[alias.name], ast.Load())), node)
            for alias in node.names if alias.name in _DATACLASS_HELPERS
        ]
        node.names = [alias for alias in node.names
                      if alias.name not in {"dataclass", "field", "KW_ONLY", *_DATACLASS_HELPERS}]
        return ([node] if node.names else []) + helpers or None

    def visit_Import(self, node: ast.Import) -> ast.AST | None:
        node.names = [alias for alias in node.names if alias.name not in TYPING_ONLY]
        return node if node.names else None

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt] | None:
        self._truth_test(node.test)
        if is_type_checking_test(node.test):
            kept: list[ast.stmt] = []
            for statement in node.orelse:
                result = self.visit(statement)
                kept.extend(result if isinstance(result, list) else [result] if result is not None else [])
            return kept or None
        return self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | None:
        if node.value is None:
            return None  # a bare annotation declares nothing at run time
        assign = ast.Assign(targets=[node.target], value=self.visit(node.value))
        return ast.copy_location(assign, node)

    def visit_Assign(self, node: ast.Assign) -> ast.AST | None:
        if isinstance(node.value, ast.Call) and _name_of(node.value.func) in _TYPING_CALLS_DROPPED:
            return None
        if not self.class_stack and not self.function_stack and any(
            isinstance(target, ast.Name) and target.id in self.aliases for target in node.targets
        ):
            return None  # its typing names are not imported in JS: evaluating it would fail
        self.generic_visit(node)
        target = node.targets[0]
        if (len(node.targets) == 1 and isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice)
                and id(target) not in self.dict_stores):
            # Transcrypt's __setitem__ stores into a JS array with its brackets: items["1"] = 9 wrote items[1],
            # items[5] = 9 grew a list of two, (1, 2)[0] = 9 changed the tuple (CPython: TypeError, IndexError).
            # __m_shared_setitem__ (js_runtime/overlay/containers.extend.js) checks a list's index as CPython does;
            # it takes the value first, which CPython evaluates first. A store into a name that only ever holds a
            # dict display (`doc = {}`) keeps Transcrypt's.
            call = ast.Call(ast.Name("__m_shared_setitem__", ast.Load()), [node.value, target.value, target.slice], [])
            return _located(ast.Expr(call), node)
        return node

    def visit_TypeAlias(self, node: ast.AST) -> None:  # `type X = ...` (3.12+)
        return None

    # ---- statements and displays Transcrypt compiles wrongly -------------------------------------
    def visit_Assert(self, node: ast.Assert) -> ast.AST:
        # Transcrypt compiles `assert` only with its -da switch and drops it otherwise (a failing
        # assert ran on silently); CPython raises AssertionError(msg). Lower to the explicit form.
        self._truth_test(node.test)
        self.generic_visit(node)
        error = ast.Call(ast.Name("AssertionError", ast.Load()), [node.msg] if node.msg is not None else [], [])
        statement = ast.If(ast.UnaryOp(ast.Not(), node.test), [ast.Raise(error, None)], [])
        return _located(statement, node)

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        # Transcrypt compiles `a and b` to `__t__ (a) && b`, which is false where CPython gives a falsy `a`
        # itself: `"" and x` was False in JS ('' in CPython), `None and x` False (None), `[] and x` False
        # ([]). Where only the truth of the result counts (if, while, not, ...) that is the same; where the
        # value is used, `a and b` becomes `b if a else a`, with `a` evaluated once: through
        # __m_shared_and__ (js_runtime/overlay/boolean_ops.extend.js) unless it is a name or a constant.
        # `a or b` is `__t__ (a) || b`: __t__ gives back a true `a` itself, except NaN, which is true in CPython
        # and falsy in JavaScript (__t__ gives `true` for it): where the value is used and `a` may be a float,
        # it becomes `a if a else b`, or __m_shared_or__ (a, lambda: b), so that `nan or 0` is nan as in CPython.
        value_used = id(node) not in self.truth_tests
        if not value_used:
            for value in node.values:
                self._truth_test(value)
        never_nan = [self._never_nan(value) for value in node.values]  # as written, before lowering
        self.generic_visit(node)
        if not value_used:
            return node
        if isinstance(node.op, ast.Or):
            return self._lower_or(node, never_nan)
        result = node.values[0]
        for right in node.values[1:]:
            if isinstance(result, (ast.Name, ast.Constant)):
                again = ast.Name(result.id, ast.Load()) if isinstance(result, ast.Name) else ast.Constant(result.value)
                result = ast.IfExp(result, right, again)
            else:
                later = ast.Lambda(ast.arguments([], [], None, [], [], None, []), right)
                result = ast.Call(ast.Name("__m_shared_and__", ast.Load()), [result, later], [])
            result = _located(result, node)
        return ast.fix_missing_locations(result)

    def _never_nan(self, node: ast.expr) -> bool:
        """Whether an expression, as written, can never be NaN: a comparison, `not`, a literal or display, an f-string,
        or a call of a builtin that returns no float (not a name of the program's own)."""
        if isinstance(node, (ast.Compare, ast.Constant, ast.JoinedStr, ast.List, ast.Tuple, ast.Dict, ast.Set,
                             ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda)):
            return not (isinstance(node, ast.Constant) and isinstance(node.value, float) and node.value != node.value)
        if isinstance(node, ast.UnaryOp):
            return isinstance(node.op, ast.Not)
        if isinstance(node, ast.BoolOp):
            return all(self._never_nan(value) for value in node.values)
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _NEVER_NAN_CALLS
                and not self._shadowed(node.func.id))

    def _lower_or(self, node: ast.BoolOp, never_nan: list[bool]) -> ast.expr:
        if all(never_nan[:-1]):
            return node
        result = node.values[-1]
        for left, safe in zip(reversed(node.values[:-1]), reversed(never_nan[:-1])):
            if safe:
                result = ast.BoolOp(ast.Or(), [left, result])
            elif isinstance(left, ast.Name):
                result = ast.IfExp(left, ast.Name(left.id, ast.Load()), result)
            else:
                later = ast.Lambda(ast.arguments([], [], None, [], [], None, []), result)
                result = ast.Call(ast.Name("__m_shared_or__", ast.Load()), [left, later], [])
            result = _located(result, node)
        return ast.fix_missing_locations(result)

    def visit_For(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        owned = owned_iterators(node.iter, self.bound_names)
        if owned:
            return self._closing_loop(node, owned)
        return self._lowered_loop(node)

    def _closing_loop(self, node: ast.For, owned: list[ast.expr]) -> list[ast.stmt]:
        # CPython closes a generator when the last reference to it goes: the one a `for` loop alone holds (a
        # call's or a generator expression's) when the loop ends by break, return or an exception, and its
        # `finally:` runs then, before the next statement or the handler. JS never closed it, and the finally
        # never ran: `for x in rows(): break` left out what rows() does in its finally. Such a loop takes its
        # iterators into temporaries, in their order, and closes them in a finally of its own, the last first
        # as CPython's zip drops them (a done generator ignores it, and any other value does not have it):
        #   t = rows(); try: for x in t: ...  finally: __m_shared_close__(t)
        names = []
        for expression in owned:
            self.enumerations += 1
            names.append(f"__m_shared_owned{self.enumerations}__")
        node.iter = _Replaced({id(e): n for e, n in zip(owned, names)}).visit(node.iter)
        statements: list[ast.stmt] = [
            _located(ast.Assign([ast.Name(name, ast.Store())], expression), expression)
            for expression, name in zip(owned, names)
        ]
        close = ast.Call(ast.Name("__m_shared_close__", ast.Load()), [ast.Name(n, ast.Load()) for n in reversed(names)], [])
        loop = self._lowered_loop(node)
        body = loop if isinstance(loop, list) else [loop]
        statements.append(_located(ast.Try(body, [], [], [_located(ast.Expr(close), node)]), node))
        return statements

    def _lowered_loop(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        node.iter = self._reversed_items(node.iter)
        call, target = node.iter, node.target
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.keywords
                and not any(isinstance(argument, ast.Starred) for argument in call.args)):
            return node
        if call.func.id == "range" and isinstance(target, ast.Name):
            return self._range_loop(node, call, target)
        if (call.func.id == "enumerate" and 1 <= len(call.args) <= 2 and isinstance(target, ast.Tuple)
                and len(target.elts) == 2 and not any(isinstance(element, ast.Starred) for element in target.elts)):
            return self._enumerate_loop(node, call, target)
        return node

    def _enumerate_loop(self, node: ast.For, call: ast.Call, target: ast.Tuple) -> list[ast.stmt]:
        # Speed: `for i, x in enumerate(seq)` made a list of [index, item] pairs (zip of a range and
        # the sequence) and unpacked each through the runtime's __getitem__; and it iterated over that
        # copy, so items appended during the loop were not reached as in CPython. It becomes an index
        # loop over the sequence, which Transcrypt compiles to a plain JS `for` reading `len(s)` on
        # each turn, as CPython's list iterator does:
        #   s = __i__(seq)                  (strings and lists as they are, dict keys, other iterables
        #   for n in range(len(s)):          materialised, TypeError for a value that is not iterable)
        #       i = n (+ start); x = s[n]
        self.enumerations += 1
        sequence, turn, start = (f"__m_shared_enum{self.enumerations}_{part}__" for part in ("seq", "n", "start"))
        index_target, item_target = target.elts
        statements: list[ast.stmt] = [
            ast.Assign([ast.Name(sequence, ast.Store())], ast.Call(ast.Name("__i__", ast.Load()), [call.args[0]], [])),
        ]
        index: ast.expr = ast.Name(turn, ast.Load())
        if len(call.args) == 2:  # evaluated once, after the sequence, as enumerate's arguments are
            statements.append(ast.Assign([ast.Name(start, ast.Store())], call.args[1]))
            index = ast.BinOp(ast.Name(start, ast.Load()), ast.Add(), index)
        length = ast.Call(ast.Name("len", ast.Load()), [ast.Name(sequence, ast.Load())], [])
        item = ast.Subscript(ast.Name(sequence, ast.Load()), ast.Name(turn, ast.Load()), ast.Load())
        body = [ast.Assign([index_target], index), ast.Assign([item_target], item), *node.body]
        loop = ast.For(ast.Name(turn, ast.Store()), ast.Call(ast.Name("range", ast.Load()), [length], []), body, node.orelse)
        statements.append(loop)
        return [_located(statement, node) for statement in statements]

    def _range_loop(self, node: ast.For, call: ast.Call, target: ast.Name) -> list[ast.stmt]:
        # Transcrypt compiles `for i in range(len(xs))` to `for (var i = 0; i < len (xs); i++)`: the bound
        # was evaluated on every turn (appending to xs in the loop never ended; CPython's range is
        # computed once), and assigning `i` in the body moved the loop (`i += 10` ended it; in CPython
        # the next turn gets the next number). The arguments are evaluated once into temporaries
        # (literals stay, so that Transcrypt still knows a negative step), and the loop runs on its own
        # counter, assigned to `i` at the start of each turn:
        #   stop = len(xs); for n in range(stop): i = n; ...
        self.enumerations += 1
        statements: list[ast.stmt] = []
        arguments: list[ast.expr] = []
        for position, argument in enumerate(call.args):
            if isinstance(argument, ast.Constant) or (
                isinstance(argument, ast.UnaryOp) and isinstance(argument.operand, ast.Constant)
            ):
                arguments.append(argument)
                continue
            name = f"__m_shared_range{self.enumerations}_{position}__"
            statements.append(ast.Assign([ast.Name(name, ast.Store())], argument))
            arguments.append(ast.Name(name, ast.Load()))
        turn = f"__m_shared_range{self.enumerations}_n__"
        body = [ast.Assign([ast.Name(target.id, ast.Store())], ast.Name(turn, ast.Load())), *node.body]
        loop = ast.For(ast.Name(turn, ast.Store()), ast.Call(call.func, arguments, []), body, node.orelse)
        statements.append(loop)
        return [_located(statement, node) for statement in statements]

    def visit_With(self, node: ast.With) -> ast.AST | list[ast.stmt]:
        # Transcrypt bound `with m as v` to the manager itself, not to what m.__enter__() returns, called
        # __exit__() without arguments (and not at all after a return, break or continue in the block),
        # decided by JavaScript's truth of __exit__'s result whether an exception was suppressed, and
        # rejected `as (a, b)`. The statement is written out as CPython's compiler does it (PEP 343), with
        # __m_shared_with__ (js_runtime/overlay/with_statement.extend.js) looking up __enter__ and __exit__:
        #   w = __m_shared_with__(m)            [exit, the value of __enter__()]; TypeError for no manager
        #   raised = False
        #   try:
        #       v = w[1]                        (assigned as any target is: `as (a, b)` unpacks)
        #       block
        #   except __m_shared_thrown__ as e:    anything thrown (see below)
        #       raised = True
        #       w[0](e)                         __exit__(type(e), e, tb): returns when its result is true
        #   finally:                            (suppressed), throws e again otherwise
        #       if not raised:                  the block ended, or was left by return, break or continue:
        #           w[0](None)                  __exit__(None, None, None)
        # __m_shared_thrown__ is the runtime's `object` (a name the shared code cannot shadow), of which
        # everything JS throws is an instance, in Transcrypt's isinstance: an error of JavaScript itself (an
        # m_shared loud error, an engine error) is no Python exception, and w[0] throws it again without
        # showing it to __exit__, which cannot suppress it (a bare `except:` would not do: it lets such an error
        # through, see compile.py visit_Try, and the `finally` would then call __exit__ (None, None, None)).
        # Several items nest: `with a as x, b as y:` is `with a as x:` around `with b as
        # y:`. Every added statement is on the `with` line, where CPython's traceback puts __enter__ and
        # __exit__ too.
        if any(isinstance(item.context_expr, ast.Call) and _name_of(item.context_expr.func) == "__pragma__"
               for item in node.items):
            return self.generic_visit(node)  # Transcrypt's compiler directive (lint MS115), not a manager
        self.generic_visit(node)
        body: list[ast.stmt] = node.body
        for item in reversed(node.items):
            body = self._with_item(node, item, body)
        return body

    def _with_item(self, node: ast.With, item: ast.withitem, body: list[ast.stmt]) -> list[ast.stmt]:
        self.withs += 1
        manager, raised, error = (f"__m_shared_with{self.withs}{part}__" for part in ("", "_raised", "_error"))

        def exit_call(argument: ast.expr) -> ast.stmt:
            function = ast.Subscript(ast.Name(manager, ast.Load()), ast.Constant(0), ast.Load())
            return ast.Expr(ast.Call(function, [argument], []))

        def flag(value: bool) -> ast.stmt:
            return ast.Assign([ast.Name(raised, ast.Store())], ast.Constant(value))

        entered = ast.Call(ast.Name("__m_shared_with__", ast.Load()), [item.context_expr], [])
        if item.optional_vars is not None:
            value = ast.Subscript(ast.Name(manager, ast.Load()), ast.Constant(1), ast.Load())
            body = [_located(ast.Assign([item.optional_vars], value), item.optional_vars), *body]
        handler = ast.ExceptHandler(ast.Name("__m_shared_thrown__", ast.Load()), error,
                                    [flag(True), exit_call(ast.Name(error, ast.Load()))])
        finally_ = [ast.If(ast.UnaryOp(ast.Not(), ast.Name(raised, ast.Load())), [exit_call(ast.Constant(None))], [])]
        statements = [
            ast.Assign([ast.Name(manager, ast.Store())], entered),
            flag(False),
            ast.Try(body, [handler], [], finally_),
        ]
        return [_located(statement, node) for statement in statements]

    def visit_While(self, node: ast.While) -> ast.AST:
        self._truth_test(node.test)
        return self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self._truth_test(node.test)
        return self.generic_visit(node)

    def visit_ListComp(self, node: ast.ListComp) -> ast.AST:
        return self.generic_visit(_ranges_for_closures(node))

    def visit_SetComp(self, node: ast.SetComp) -> ast.AST:
        return self.generic_visit(_ranges_for_closures(node))

    def visit_DictComp(self, node: ast.DictComp) -> ast.AST:
        return self.generic_visit(_ranges_for_closures(node))

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        for condition in node.ifs:
            self._truth_test(condition)
        self.generic_visit(node)
        node.iter = self._reversed_items(node.iter)
        return node

    def _reversed_items(self, iterable: ast.expr) -> ast.expr:
        # reversed() is an iterator (js_runtime/overlay/py_reversed.patch.js); a loop over it, the usual use,
        # walks a reversed copy instead, as fast as a loop over the list (measured in Node 20 over 1000 ints:
        # `for x in reversed(xs)` 13.5 ns an item, as `for x in xs`; through the iterator, `r = reversed(xs);
        # for x in r`, 35 ns)
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "reversed"
                and "reversed" not in self.bound_names and len(iterable.args) == 1 and not iterable.keywords
                and not isinstance(iterable.args[0], ast.Starred)):
            iterable.func = _located(ast.Name("__m_shared_reversed_items__", ast.Load()), iterable.func)
        return iterable

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        if isinstance(node.op, ast.Not):
            self._truth_test(node.operand)
        self.generic_visit(node)
        if isinstance(node.op, ast.UAdd) and not (
            isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float)
        ):
            # Transcrypt compiles `+x` to JavaScript's `+x`, which turns anything into a number: +timedelta(1)
            # threw a bare TypeError (CPython: the timedelta), +"5" was 5, +None 0 (CPython: TypeError).
            # __m_shared_pos__ (js_runtime/overlay/arithmetic.extend.js) does what CPython does.
            return _located(ast.Call(ast.Name("__m_shared_pos__", ast.Load()), [node.operand], []), node)
        if isinstance(node.op, ast.Invert):
            # Transcrypt compiles `~x` to JavaScript's `~__t__ (x)`, on 32 bits and on anything: ~(2 ** 40) was -1
            # (CPython -1099511627777), ~"5" -6 and ~1.5 -2 (CPython: TypeError). __m_shared_invert__
            # (js_runtime/overlay/bitwise.extend.js) does what CPython does.
            return _located(ast.Call(ast.Name("__m_shared_invert__", ast.Load()), [node.operand], []), node)
        return node

    def _truth_test(self, node: ast.expr) -> None:
        self.truth_tests.add(id(node))

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        # `raise PlainError` (a class) threw the class itself in JS, which no `except` matched;
        # CPython instantiates it. A raised name or attribute goes through __m_shared_exception__
        # (js_runtime/overlay/exceptions.extend.js), which calls a class and passes an instance on. So does
        # the cause: `raise E from KeyError` gave E a __cause__ that was the class (CPython: KeyError()).
        self.generic_visit(node)
        # (a name read through the unbound-variable check, m_shared/unbound.py, is still a name here)
        if node.exc is not None and (isinstance(node.exc, (ast.Name, ast.Attribute))
                                     or _name_of(_call_func(node.exc)) == BOUND):
            node.exc = _located(ast.Call(ast.Name("__m_shared_exception__", ast.Load()), [node.exc], []), node.exc)
        if node.cause is not None and isinstance(node.cause, (ast.Name, ast.Attribute)):
            node.cause = _located(ast.Call(ast.Name("__m_shared_exception__", ast.Load()), [node.cause], []), node.cause)
        return node

    def visit_Delete(self, node: ast.Delete) -> ast.AST | list[ast.stmt]:
        # With -o Transcrypt compiles `del x[k]` to `delete __getitem__ (x, k)`, a no-op: the item
        # stayed. Subscript targets become calls of the js_runtime's __m_shared_delitem__ /
        # __m_shared_delslice__ (js_runtime/overlay/containers.extend.js). `del obj.x` was a JS `delete`,
        # silent for an attribute that does not exist (CPython: AttributeError): it becomes
        # delattr(obj, "x"), which raises it. Other targets stay.
        self.generic_visit(node)
        for target in node.targets:
            for name in (n for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Del)):
                # Transcrypt compiles `del name` to nothing: the name stays bound, so a later read that
                # raises NameError (UnboundLocalError) in CPython returned the old value in JavaScript
                raise LowerError(Diagnostic(
                    self.module.relpath, name.lineno, name.col_offset + 1, "build/del",
                    f"`del {name.id}` does nothing in JavaScript: {name.id} stays bound there, where CPython unbinds "
                    f"it (a later read raises NameError)",
                    f"remove the `del`, or rebind the name (`{name.id} = None`) if the old value must not be kept",
                ))
        statements: list[ast.stmt] = []
        kept: list[ast.expr] = []
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                if kept:
                    statements.append(_located(ast.Delete(kept), node))
                    kept = []
                call = ast.Call(ast.Name("delattr", ast.Load()), [_as_load(target.value), ast.Constant(target.attr)], [])
                statements.append(_located(ast.Expr(call), target))
                continue
            if not isinstance(target, ast.Subscript):
                kept.append(target)
                continue
            if kept:
                statements.append(_located(ast.Delete(kept), node))
                kept = []
            container = _as_load(target.value)
            if isinstance(target.slice, ast.Slice):
                parts = [target.slice.lower, target.slice.upper, target.slice.step]
                call = ast.Call(ast.Name("__m_shared_delslice__", ast.Load()),
                                [container, *[p if p is not None else ast.Constant(None) for p in parts]], [])
            else:
                call = ast.Call(ast.Name("__m_shared_delitem__", ast.Load()), [container, target.slice], [])
            statements.append(_located(ast.Expr(call), target))
        if kept:
            statements.append(_located(ast.Delete(kept), node))
        return statements

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | list[ast.stmt]:
        # Transcrypt compiles `x[k] += v` to `__setitem__ (x, k, __iadd__ (__getitem__ (x, k), v))`:
        # x and k were evaluated twice (`d[keys.pop()] += 1` popped two keys) and a missing dict key
        # read as None (CPython: KeyError). Evaluate each once into temporaries, read the item as
        # `d[k]` reads, apply the operator as `name += v` does, and store it back:
        #   c = x; k = key; i = c[k]; i += v; c[k] = i
        # `obj.x += v` read a missing attribute as undefined (NaN, silently); it becomes
        #   c = obj; i = c.x; i += v; c.x = i
        # whose read raises AttributeError as every attribute read does (see _mark_attribute_checks).
        self.generic_visit(node)
        target = node.target
        container, key, item = (f"__m_shared_aug_{part}__" for part in ("container", "key", "item"))

        def load(name: str) -> ast.Name:
            return ast.Name(name, ast.Load())

        def store(name: str) -> ast.Name:
            return ast.Name(name, ast.Store())

        if isinstance(target, ast.Attribute):
            statements = [
                ast.Assign([store(container)], target.value),
                ast.Assign([store(item)], ast.Attribute(load(container), target.attr, ast.Load())),
                ast.AugAssign(store(item), node.op, node.value),
                ast.Assign([ast.Attribute(load(container), target.attr, ast.Store())], load(item)),
            ]
            return [_located(statement, node) for statement in statements]
        if not isinstance(target, ast.Subscript) or isinstance(target.slice, ast.Slice):
            return node
        read = ast.Call(ast.Name("__m_shared_getitem__", ast.Load()), [load(container), load(key)], [])
        statements: list[ast.stmt] = [
            ast.Assign([store(container)], target.value),
            ast.Assign([store(key)], target.slice),
            ast.Assign([store(item)], read),
            ast.AugAssign(store(item), node.op, node.value),
            ast.Assign([ast.Subscript(load(container), load(key), ast.Store())], load(item)) if id(target) in self.dict_stores
            # the store checks a list's index and refuses a tuple, as visit_Assign's: `t[0] += 1` changed a tuple
            else ast.Expr(ast.Call(ast.Name("__m_shared_setitem__", ast.Load()), [load(item), load(container), load(key)], [])),
        ]
        return [_located(statement, node) for statement in statements]

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        # With -o Transcrypt reads `d[k]` through the runtime's __getitem__, which returns undefined
        # (None) for a missing dict key, and must keep doing so for the compiled stdlib that relies
        # on it; CPython raises KeyError. The package's own reads call __m_shared_getitem__
        # (js_runtime/overlay/dicts.extend.js) instead. Slices and stores stay as they are.
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Store) and isinstance(node.slice, ast.Tuple):
            # Transcrypt stores `d[row, col] = v` under a bare JS array, which the runtime cannot tell
            # from a list ([row, col]: unhashable in CPython); the key is a tuple, as (row, col) is.
            key = ast.Call(ast.Name("tuple", ast.Load()), [ast.List(node.slice.elts, ast.Load())], [])
            node.slice = _located(key, node.slice)
            return node
        if (isinstance(node.ctx, ast.Store) and isinstance(node.slice, ast.Slice) and node.slice.lower is None
                and node.slice.step is not None):
            # Transcrypt passes 0 for the missing start of a slice assigned to (`xs[::-1] = ys`), which
            # a negative step reads as index 0: ValueError "attempt to assign sequence of size 3 to extended
            # slice of size 1" where CPython assigns; None is the start CPython leaves out
            node.slice.lower = _located(ast.Constant(None), node.slice)
        if not isinstance(node.ctx, ast.Load) or isinstance(node.slice, ast.Slice):
            return node
        call = ast.Call(ast.Name("__m_shared_getitem__", ast.Load()), [node.value, node.slice], [])
        return _located(call, node)

    def visit_Dict(self, node: ast.Dict) -> ast.AST:
        # Transcrypt writes a display with constant keys as a JS object literal. There, a '__proto__'
        # key sets the prototype instead of adding the key ({"__proto__": 1} was {}), and every key is
        # a string, listed in JavaScript's order: list({2: "a", 1: "b"}) was ['1', '2'] (CPython [2, 1]),
        # and 1 in {1: "a"} could not be told from "1" in it. A display with such keys is built from
        # [key, value] pairs, which dict() stores as own keys, remembering keys other than str and the
        # order of str keys such as "2" that JS objects list first ({"b": 1, "2": 2} listed "2" first;
        # js_runtime/overlay/dicts.extend.js). Other displays stay object literals (fast).
        self.generic_visit(node)
        if None in node.keys or not any(
            isinstance(key, ast.Constant)
            and (key.value == "__proto__" or not isinstance(key.value, str) or _index_like(key.value))
            for key in node.keys
        ):
            return node
        pairs = [ast.List([key, value], ast.Load()) for key, value in zip(node.keys, node.values, strict=True)]
        return _located(ast.Call(ast.Name("dict", ast.Load()), [ast.List(pairs, ast.Load())], []), node)

    def visit_List(self, node: ast.List) -> ast.AST:
        # Transcrypt drops the star of `[0, *a, 3]` (a nested list); build it by concatenation
        self.generic_visit(node)
        return self._unstar(node) if isinstance(node.ctx, ast.Load) else node

    def visit_Tuple(self, node: ast.Tuple) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load) or not any(isinstance(e, ast.Starred) for e in node.elts):
            return node
        return _located(ast.Call(ast.Name("tuple", ast.Load()), [self._unstar(node)], []), node)

    def _unstar(self, node: ast.List | ast.Tuple) -> ast.expr:
        if not any(isinstance(element, ast.Starred) for element in node.elts):
            return node
        pieces: list[ast.expr] = []
        run: list[ast.expr] = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                if run:
                    pieces.append(ast.List(run, ast.Load()))
                    run = []
                pieces.append(ast.Call(ast.Name("list", ast.Load()), [element.value], []))
            else:
                run.append(element)
        if run:
            pieces.append(ast.List(run, ast.Load()))
        if len(pieces) == 1:  # `[*a]`: list(a) is a new list already
            return _located(pieces[0], node)
        result = pieces[0]
        for piece in pieces[1:]:
            result = ast.BinOp(result, ast.Add(), piece)
        return _located(result, node)

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        # Transcrypt gives a lambda no argument check: `(lambda x: x)(1, 2)` returned 1, `(lambda x, y: x)(1)`
        # ran with y undefined, and unknown keywords were dropped; CPython raises TypeError. A lambda gets the
        # check of a def (_argument_check), written out by compile.py in front of its body, which also binds
        # its keyword arguments (`f.<locals>.<lambda>() takes 1 positional argument but 2 were given`).
        qualname = self._qualname("<lambda>")
        self.visit(node.args)  # its defaults are evaluated where the lambda is, not in it
        self.scopes.append(node)
        try:
            node.body = self.visit(node.body)
        finally:
            self.scopes.pop()
        node.m_shared_arguments = _argument_check(node.args, qualname)  # type: ignore[attr-defined]
        # Transcrypt evaluates a lambda's defaults when it is called, CPython when it is created:
        # `[lambda x=v: x for v in (1, 2)]` gave 2 and 2 (CPython: 1 and 2). Defaults that are not
        # constants are passed in when the lambda is created, through an enclosing lambda:
        #   (lambda d0: lambda x=d0: x)(v)
        arguments = node.args
        bound: list[tuple[str, ast.expr]] = []

        def hoisted(default: ast.expr | None) -> ast.expr | None:
            if default is None or _evaluated_alike(default) and not isinstance(default, ast.Name):
                return default
            name = f"__m_shared_lambda_default{len(bound)}__"
            bound.append((name, default))
            return ast.Name(name, ast.Load())

        arguments.defaults = [hoisted(default) for default in arguments.defaults]
        arguments.kw_defaults = [hoisted(default) for default in arguments.kw_defaults]
        if not bound:
            return node
        outer = ast.Lambda(ast.arguments([], [ast.arg(name) for name, _ in bound], None, [], [], None, []), node)
        outer.m_shared_internal = True  # type: ignore[attr-defined]  # called right here, positionally
        return _located(ast.Call(outer, [value for _, value in bound], []), node)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.AST:
        # a generator expression is a function (`f.<locals>.<genexpr>.<lambda>`), except for its first
        # iterable, which is evaluated where it is; list, set and dict comprehensions are inlined (3.12)
        _ranges_for_closures(node, first=1)
        generators = node.generators
        generators[0].iter = self.visit(generators[0].iter)
        self.scopes.append(node)
        try:
            first = generators[0]
            first.target = self.visit(first.target)
            for condition in first.ifs:
                self._truth_test(condition)
            first.ifs = self._visit_all(first.ifs)
            node.generators = [first, *(self.visit(generator) for generator in generators[1:])]
            node.elt = self.visit(node.elt)
        finally:
            self.scopes.pop()
        # what it holds alone and closes when closed (compile.py visit_GeneratorExp, see _closing_loop): its first
        # iterable when that is a generator; the generators its later `for`s make
        owned = owned_iterators(node.generators[0].iter, self.bound_names)
        node.m_shared_closes_first = owned == [node.generators[0].iter]  # type: ignore[attr-defined]
        for later in node.generators[1:]:
            later.m_shared_owned = owned_iterators(later.iter, self.bound_names)  # type: ignore[attr-defined]
        return node

    def _visit_all(self, nodes: list) -> list:
        """``nodes`` visited, as generic_visit visits a list field (a node may become none or several)."""
        result = []
        for node in nodes:
            new = self.visit(node)
            if new is None:
                continue
            result.extend(new) if isinstance(new, list) else result.append(new)
        return result

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        # `str.lower` (as in `sorted(names, key=str.lower)`) is a function of one string in CPython; JS has
        # no such property on Transcrypt's `str`, so the key was undefined and the list sorted without it.
        # It becomes `lambda s, *a: __m_shared_str_self__(s, "lower").lower(*a)`, whose check raises
        # CPython's TypeError for a value that is not a str (js_runtime/overlay/str_methods.extend.js).
        self.generic_visit(node)
        if (isinstance(node.value, ast.Name) and node.value.id == "dataclasses" and isinstance(node.ctx, ast.Load)
                and node.attr in _DATACLASS_HELPERS):
            return _located(ast.Name(_DATACLASS_HELPERS[node.attr], ast.Load()), node)  # see _dataclasses_import
        if not (isinstance(node.value, ast.Name) and node.value.id == "str" and isinstance(node.ctx, ast.Load)
                and node.attr in _STR_METHODS):
            return node
        this, rest = "__m_shared_str__", "__m_shared_str_args__"
        checked = ast.Call(ast.Name("__m_shared_str_self__", ast.Load()), [ast.Name(this, ast.Load()), ast.Constant(node.attr)], [])
        call = ast.Call(ast.Attribute(checked, node.attr, ast.Load()), [ast.Starred(ast.Name(rest, ast.Load()), ast.Load())], [])
        arguments = ast.arguments([], [ast.arg(this)], ast.arg(rest), [], [], None, [])
        return _located(ast.Lambda(arguments, call), node)

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if (len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot))
                and isinstance(node.comparators[0], ast.Constant) and node.comparators[0].value is None):
            matches = self._regex_test(node.left)
            if matches is not None:
                found = matches if isinstance(node.ops[0], ast.IsNot) else ast.UnaryOp(ast.Not(), matches)
                return _located(found, node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        # map and filter of shared code are the runtime's lazy iterators (js_runtime/overlay/map_filter.extend.js):
        # Transcrypt's build lists, and any(map(check, lines)) ran check on the lines after the first true one.
        # The name itself, not only its calls, so that `f = map` and `type(m) is map` are CPython's. Transcrypt's
        # stdlib keeps its eager map (re.findall returns one as a list); a module binding the name keeps its own.
        if isinstance(node.ctx, ast.Load) and node.id in _LAZY_BUILTINS and node.id not in self.bound_names:
            return _located(ast.Name(_LAZY_BUILTINS[node.id], ast.Load()), node)
        return node

    def _regex_test(self, node: ast.expr) -> ast.expr | None:
        # `re.fullmatch(P, s) is None` (and `is not None`, `if re.match(P, s):`, `not re.search(P, s)`)
        # only asks whether there is a match: __m_shared_regex_found__ (re, "fullmatch", P, s) makes the same
        # call without building the Match nobody reads (js_runtime/overlay/regex_tests.extend.js)
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in self.regex_modules
                and node.func.attr in ("search", "match", "fullmatch") and len(node.args) == 2 and not node.keywords
                and not any(isinstance(argument, ast.Starred) for argument in node.args)):
            return None
        module = ast.Name(node.func.value.id, ast.Load())
        arguments = [module, ast.Constant(node.func.attr), *node.args]
        return _located(ast.Call(ast.Name("__m_shared_regex_found__", ast.Load()), arguments, []), node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if id(node) in self.truth_tests:
            matches = self._regex_test(node)
            if matches is not None:
                return self.generic_visit(matches)
        for key in self._callee_keys(node.func):
            rewritten = _CALL_REWRITES[key](self, node) if key in _CALL_REWRITES else None
            if rewritten is not None:
                return rewritten
        return self.generic_visit(node)

    def _shadowed(self, name: str) -> bool:
        """Whether ``name`` is the program's own where the node being visited reads it, not a builtin: bound by the
        innermost scope, an enclosing function (not an enclosing class: its names are not seen from its methods)
        or the module."""
        return self._binding_scope(name) is not None

    def _binding_scope(self, name: str) -> ast.AST | None:
        """The scope whose binding of ``name`` the node being visited reads (the module's tree), or None: a builtin."""
        for depth, scope in enumerate(reversed(self.scopes)):
            if depth and isinstance(scope, ast.ClassDef):
                continue
            bound = self.scope_bindings.get(id(scope))
            if name in (bound if bound is not None else _bound_in(scope)):
                return scope
        module = self.scope_bindings.get(id(self.module_tree), self.bound_names)
        return self.module_tree if name in module else None

    def _callee_keys(self, func: ast.expr) -> list[str]:
        """What a call calls, as keys of _CALL_REWRITES, most specific first: ``builtins.round`` for a builtin's name
        that the module does not bind itself, ``typing.cast`` for a name imported from a module (``from typing import
        cast``) or an attribute of an imported module (``typing.cast``), ``builtins.object.__setattr__`` for an
        attribute of a builtin, and ``.strip`` for a method of any receiver."""
        if isinstance(func, ast.Name):
            scope = self._binding_scope(func.id)
            if scope is None:
                return [f"builtins.{func.id}"]
            return [self.imported_names[func.id]] if scope is self.module_tree and func.id in self.imported_names else []
        if not isinstance(func, ast.Attribute):
            return []
        keys = []
        if isinstance(func.value, ast.Name):
            scope = self._binding_scope(func.value.id)
            if scope is None:
                keys.append(f"builtins.{func.value.id}.{func.attr}")
            elif scope is self.module_tree and func.value.id in self.imported_modules:
                keys.append(f"{self.imported_modules[func.value.id]}.{func.attr}")
        return [*keys, f".{func.attr}"]

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        node.returns = None
        arguments = node.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                         arguments.vararg, arguments.kwarg]:
            if argument is not None:
                argument.annotation = None
        node.decorator_list = [d for d in node.decorator_list if _name_of(d) not in _DECORATORS_DROPPED]
        qualname = self._qualname("<lambda>" if getattr(node, "m_shared_lambda", False) else node.name)
        # the decorators and defaults are evaluated where the def is: a lambda among them is not in its scope
        node.decorator_list = self._visit_all(node.decorator_list)
        self.visit(node.args)
        self.function_stack.append(node)
        self.scopes.append(node)
        try:
            node.body = self._visit_all(node.body)
        finally:
            self.function_stack.pop()
            self.scopes.pop()
        _stop_iteration_is_runtime_error(node)
        self._check_arguments(node, qualname)
        if self._nested_in_function(node):
            return self._bind_defaults_at_def(node)
        hoisted = self._hoist_defaults(node)
        return [*hoisted, node] if hoisted else node

    def _nested_in_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        scopes = [*self.class_stack, *self.function_stack]  # the innermost one starts last
        return bool(scopes) and isinstance(max(scopes, key=lambda s: (s.lineno, s.col_offset)), ast.FunctionDef | ast.AsyncFunctionDef)

    def _bind_defaults_at_def(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST | list[ast.stmt]:
        # A def inside a function may run many times (in a loop, once per call): `for v in xs: def h(x=v)`
        # gave every h the last v, as Transcrypt evaluates defaults when h is called. Defaults that are
        # not constants are passed to a factory that makes h, so each h keeps the values of its def:
        #   def __m_shared_make_h__(d0): def h(x=d0): ...; return h
        #   h = __m_shared_make_h__(v)
        parameters: list[ast.arg] = []
        values: list[ast.expr] = []
        for defaults in (node.args.defaults, node.args.kw_defaults):
            for index, value in enumerate(defaults):
                if value is None or (_evaluated_alike(value) and not isinstance(value, ast.Name)):
                    continue
                name = f"__m_shared_default{len(parameters)}__"
                parameters.append(ast.arg(name))
                values.append(value)
                defaults[index] = _located(ast.Name(name, ast.Load()), value)
        if not parameters:
            return node
        factory = f"__m_shared_make_{node.name}__"
        # by keyword: Python 3.11's FunctionDef has no type_params (3.12 added it)
        make = ast.FunctionDef(
            name=factory, args=ast.arguments([], parameters, None, [], [], None, []),
            body=[node, ast.Return(ast.Name(node.name, ast.Load()))], decorator_list=[], returns=None, type_comment=None,
            **({"type_params": []} if "type_params" in ast.FunctionDef._fields else {}),
        )
        make.m_shared_internal = True  # type: ignore[attr-defined]  # called right here, positionally
        bind = ast.Assign([ast.Name(node.name, ast.Store())], ast.Call(ast.Name(factory, ast.Load()), values, []))
        return [_located(make, node), _located(bind, node)]

    def _hoist_defaults(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
        # CPython evaluates a default once, when `def` runs, so `def f(x, bucket=[])` shares one list
        # across calls; Transcrypt evaluates it in the function, at every call that omits it. A
        # default that is not a constant or a name is computed once into a hidden variable just
        # before the def (a class attribute for a method, read through the class at call time).
        hoisted: list[ast.stmt] = []
        # (a method of a class defined inside a function too: `not self.function_stack` took it for a function,
        # and its default read a variable that was a class attribute, a ReferenceError)
        in_class_body = bool(self.scopes) and isinstance(self.scopes[-1], ast.ClassDef)
        defaults = node.args.defaults
        kw_defaults = node.args.kw_defaults
        for values in (defaults, kw_defaults):
            for index, value in enumerate(values):
                if value is None or _evaluated_alike(value):
                    continue
                self.hoisted_defaults += 1
                name = f"_m_shared_default_{self.hoisted_defaults}"
                hoisted.append(_located(ast.Assign([ast.Name(name, ast.Store())], value), value))
                if in_class_body:
                    reference = ast.Attribute(ast.Name(self.class_stack[-1].name, ast.Load()), name, ast.Load())
                else:
                    reference = ast.Name(name, ast.Load())
                values[index] = _located(reference, value)
        return hoisted

    def _qualname(self, name: str) -> str:
        # CPython's compiler: a def's or a lambda's locals are `.<locals>`, a class's and a generator
        # expression's are not (`C.<lambda>`, `f.<locals>.<genexpr>.<lambda>`)
        parts = [s.name if isinstance(s, ast.ClassDef) else "<genexpr>" if isinstance(s, ast.GeneratorExp)
                 else f"{'<lambda>' if isinstance(s, ast.Lambda) else s.name}.<locals>" for s in self.scopes]
        return ".".join([*parts, name])

    def _check_arguments(self, node: ast.FunctionDef | ast.AsyncFunctionDef, qualname: str) -> None:
        # Transcrypt binds arguments the JS way: a missing one is undefined (None), an extra one or
        # an unknown keyword is dropped, silently; CPython raises TypeError. Every def starts with a
        # check of the JS `arguments` by __m_shared_args__ (js_runtime/overlay/arguments.extend.js),
        # which raises CPython's TypeError. This marker statement says what to check (the parameter
        # list is only parsed to word an error); compile.py writes it out as JavaScript (with its
        # fast path) and, for a def without *args and **kwargs, also lets the check bind the keyword
        # arguments in place of Transcrypt's keyword prologue (compile.py, LocatingGenerator.visit_arguments
        # and visit_Expr). A lambda gets the same check (visit_Lambda).
        check = ast.Expr(ast.Call(ast.Name(ARGUMENTS_MARKER, ast.Load()),
                                  [ast.Constant(value) for value in _argument_check(node.args, qualname)], []))
        at = 1 if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) \
            and isinstance(node.body[0].value.value, str) else 0
        # on the def's line: the arguments are bound there (a debugger stepping into the call stops on it first,
        # as pdb does), and a TypeError of the call points at it
        node.body.insert(at, _located(check, node))

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST | list[ast.stmt]:
        base_names = {_name_of(base) for base in node.bases}
        if "TypedDict" in base_names:
            # a TypedDict is a dict at run time: `Order(a=1)` builds {'a': 1}
            alias = ast.Assign(targets=[ast.Name(node.name, ast.Store())], value=ast.Name("dict", ast.Load()))
            return ast.copy_location(alias, node)
        node.bases = [base for base in node.bases if _name_of(_subscript_value(base)) not in _TYPING_BASES]
        dataclass_decorator = next((d for d in node.decorator_list if _name_of(_call_func(d)) == "dataclass"), None)
        qualname = self._qualname(node.name)
        self._check_class_body(node)
        hoisted = [] if dataclass_decorator is not None else self._class_scope_reads(node)
        self.class_stack.append(node)
        try:
            if dataclass_decorator is not None:
                node.decorator_list.remove(dataclass_decorator)
                self._lower_dataclass(node, dataclass_decorator)
            # only the body is in the class's scope (`C.<lambda>`); its bases and decorators are evaluated outside
            node.decorator_list = self._visit_all(node.decorator_list)
            node.bases = self._visit_all(node.bases)
            node.keywords = self._visit_all(node.keywords)
            node.body = [_lambda_method(statement) for statement in node.body]
            self.scopes.append(node)
            try:
                node.body = self._visit_all(node.body)
            finally:
                self.scopes.pop()
        finally:
            self.class_stack.pop()
        if any(isinstance(s, ast.FunctionDef) and s.name == "__format__" for s in node.body):
            # f-strings and `{}` fields give str(value), which is what every library type's __format__('')
            # gives; a class of the shared code reaches its own through this alias, which the runtime asks
            # for (js_runtime/overlay/fstrings.extend.js) without naming __format__: naming it would keep
            # the runtime's whole format-spec machinery in every package that prints a value
            node.body.append(_parse_method(
                node, "def __m_shared_format__(self, spec):\n    return self.__format__(spec)"
            ))
        for index, statement in enumerate(node.body):
            if isinstance(statement, ast.FunctionDef) and statement.name == "__bool__":
                # CPython raises TypeError when __bool__ returns no bool; JavaScript took its value's truth
                # (js_runtime/overlay/instances.extend.js __m_shared_bool_result__)
                statement.name = "__m_shared_own_bool__"
                node.body.insert(index + 1, _parse_method(
                    statement, "def __bool__(self):\n    return __m_shared_bool_result__(self.__m_shared_own_bool__())"
                ))
                break
        defined = {s.name for s in node.body if isinstance(s, ast.FunctionDef)} | {
            target.id for s in node.body if isinstance(s, ast.Assign) for target in s.targets if isinstance(target, ast.Name)
        }
        if "__eq__" in defined and "__hash__" not in defined and not getattr(node, "m_shared_hashable", False):
            # CPython sets __hash__ to None in a class that defines __eq__ and not __hash__ (so in a dataclass
            # that is not frozen): its instances are unhashable. Observed: {Point(1, 2)} had one member in JS,
            # CPython raised TypeError: unhashable type: 'Point'; the runtime reads this (set_members.extend.js)
            node.body.append(_parse_statement(node, "__hash__ = None"))
        if qualname != node.name:
            # Transcrypt's classes have only __name__; a dataclass's repr shows __qualname__ ('f.<locals>.P').
            # Not as __qualname__ itself: a class attribute would be read on instances too, unlike CPython's
            node.body.insert(0, _parse_statement(node, f"__m_shared_qualname__ = {qualname!r}"))
        if not node.body:
            node.body = [ast.copy_location(ast.Pass(), node)]
        return [*self._visit_all(hoisted), node] if hoisted else node

    def _class_scope_reads(self, node: ast.ClassDef) -> list[ast.stmt]:
        # A class body reads the names it has assigned: `b = a + 1`, the first iterable of `list(x for x in a)` or
        # of a comprehension. Transcrypt writes the body as an object literal, where `a` is no variable: JS raised
        # a ReferenceError (or read a variable `a` outside the class). The values up to the last one read are
        # assigned, in their order, to temporaries before the class, which its reads and attributes take:
        #   t1 = 1; class C: a = t1; b = t1 + 1
        # (In the nested scopes of the body, a generator expression past its first iterable or a lambda, CPython
        # does not see the class's names: a name that nothing outside binds is its NameError there, which
        # unbound.undefined_reads has made of such a read already.)
        statements = node.body
        assigned: dict[str, int] = {}  # a class attribute -> the statement that assigned it last
        last = -1
        for index, statement in enumerate(statements):
            for name in _class_scope_names(statement):
                if name.id in assigned:
                    last = max(last, assigned[name.id])
            target = _class_target(statement)
            if target is not None:
                assigned[target] = index
        if last < 0 or any(_class_target(s) is None and isinstance(s, (ast.Assign, ast.AnnAssign)) and
                           getattr(s, "value", None) is not None for s in statements[:last + 1]):
            return []
        hoisted: list[ast.stmt] = []
        temporaries: dict[str, str] = {}
        for index, statement in enumerate(statements):
            for name in _class_scope_names(statement):
                if name.id in temporaries:
                    name.id = temporaries[name.id]
            target = _class_target(statement)
            if index <= last and target is not None and statement.value is not None:
                self.hoisted_defaults += 1
                temporary = f"__m_shared_class{self.hoisted_defaults}_{target}__"
                hoisted.append(_located(ast.Assign([ast.Name(temporary, ast.Store())], statement.value), statement))
                statement.value = _located(ast.Name(temporary, ast.Load()), statement.value)
                temporaries[target] = temporary
        return hoisted

    def _check_class_body(self, node: ast.ClassDef) -> None:
        # Transcrypt writes a class as an object literal of its defs and assignments and leaves every other
        # statement of its body out, silently: a `with`, `if`, `for` or `try` there, `x += 1`, an `assert`
        # or a call never ran in JavaScript (measured: `class C:` / `if True:` / `seen = 1` gave no C.seen,
        # AttributeError; CPython runs them when the class is defined).
        for statement in node.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign,
                                      ast.Pass)) or type(statement).__name__ == "TypeAlias":
                continue
            if isinstance(statement, ast.Expr) and (isinstance(statement.value, ast.Constant) or (
                    isinstance(statement.value, ast.Call) and _name_of(statement.value.func) == "__pragma__")):
                continue  # a docstring or `...` does nothing; a __pragma__ is Transcrypt's (lint MS115)
            if isinstance(statement, ast.If) and is_type_checking_test(statement.test):
                continue
            kind = _STATEMENT_KINDS.get(type(statement).__name__, "this statement")
            raise LowerError(Diagnostic(
                self.module.relpath, statement.lineno, statement.col_offset + 1, "build/class-body",
                f"{kind} in the body of class {node.name} never runs in JavaScript: Transcrypt compiles only the "
                f"defs and assignments of a class body and leaves the rest out (CPython runs it when the class "
                f"is defined)",
                "compute the value in a function defined before the class and assign its result in the class body "
                "(`LIMITS = _limits()`), or do the work in a method",
            ))

    # ---- dataclasses ------------------------------------------------------------------------
    def _lower_dataclass(self, node: ast.ClassDef, decorator: ast.expr) -> None:
        options = {kw.arg: kw.value for kw in decorator.keywords} if isinstance(decorator, ast.Call) else {}
        inherited: list[ast.AnnAssign] = []
        for base in node.bases:
            inherited.extend(self.dataclass_fields.get(_name_of(base) or "", []))
        own = [
            statement for statement in node.body
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            and _name_of(_subscript_value(statement.annotation)) != "ClassVar"
        ]
        # `_: KW_ONLY` is no field: the fields after it are keyword-only
        sentinel = next((f for f in own if _name_of(f.annotation) == "KW_ONLY"), None)
        if sentinel is not None:
            for field in own[own.index(sentinel) + 1:]:
                field.m_shared_kw_only = True  # type: ignore[attr-defined]
            own.remove(sentinel)
            node.body.remove(sentinel)
        by_name = {field.target.id: field for field in inherited}
        for field in own:
            by_name[field.target.id] = field
        fields = list(by_name.values())
        self.dataclass_fields[node.name] = fields
        # class-level defaults are plain class attributes; field(...) calls are consumed by __init__
        node.body = [statement for statement in node.body if statement not in own or _plain_default(statement)]
        node.body = [
            ast.copy_location(ast.Assign(targets=[s.target], value=s.value), s) if s in own else s
            for s in node.body
        ]
        # Options Transcrypt ignored, each observed to diverge: frozen=True let `point.x = 1` pass (CPython:
        # FrozenInstanceError), order=True gave no `<` (sorted() of instances raised TypeError), kw_only=True and
        # field(init=False) were left out of __init__ (a field(init=False) set in __post_init__ was a required
        # argument: Computed(3) raised TypeError), init=False still wrote an __init__.
        frozen = _option(options, "frozen", False)
        # CPython gives a frozen dataclass (or unsafe_hash=True) a __hash__ of its fields; other classes with
        # __eq__ get None (visit_ClassDef)
        node.m_shared_hashable = frozen or _option(options, "unsafe_hash", False)  # type: ignore[attr-defined]
        generated = []
        if _option(options, "init", True):
            generated.append(self._dataclass_init(node, fields, _option(options, "kw_only", False), frozen))
        # __repr__, __eq__ and the orderings are one call each of the runtime's (js_runtime/overlay/dataclasses.extend.js)
        if _option(options, "repr", True):
            shown = _field_names(fields, "repr")
            generated.append(_parse_method(node, f"def __repr__(self):\n    return __m_shared_dataclass_repr__(self, {shown})"))
        if _option(options, "eq", True):
            compared = _field_names(fields, "compare")
            generated.append(_parse_method(
                node, f"def __eq__(self, other):\n    return __m_shared_dataclass_eq__(self, other, {compared})"
            ))
        if _option(options, "order", False):
            compared = _field_names(fields, "compare")
            for method, operator in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
                generated.append(_parse_method(node, (
                    f"def {method}(self, other):\n"
                    f"    return __m_shared_dataclass_order__(self, other, {compared}, {operator!r})"
                )))
        names = ", ".join(repr(field.target.id) for field in fields)
        generated.append(_parse_statement(node, f"__m_shared_fields__ = ({names}{',' if len(fields) == 1 else ''})"))
        not_init = [field.target.id for field in fields if not _field_flag(field, "init", True)]
        if not_init:  # what replace() may not be given
            generated.append(_parse_statement(node, f"__m_shared_not_init__ = {not_init!r}"))
        if all(field.target.id != "__proto__" for field in fields):
            # Speed: the boundary's plain object of an instance, as an object literal whose shape V8 knows
            # (js_runtime/src/interop.js toJavaScript; compile.py emits __m_shared_object__ as the literal)
            pairs = ", ".join(f"({field.target.id!r}, convert(self.{field.target.id}))" for field in fields)
            source = f"def __m_shared_plain__(self, convert):\n    return __m_shared_object__({pairs})"
            generated.append(_parse_method(node, source))
        node.body = generated + node.body

    def _dataclass_init(
        self, node: ast.ClassDef, fields: list[ast.AnnAssign], kw_only: bool, frozen: bool
    ) -> ast.FunctionDef:
        has_post_init = any(isinstance(s, ast.FunctionDef) and s.name == "__post_init__" for s in node.body)
        parameters, keyword_parameters, body = [], [], []
        for field in fields:
            name = field.target.id
            default, factory = _field_default(field)
            if not _field_flag(field, "init", True):  # not a parameter: set from its default, if it has one
                if factory is not None:
                    body.append(f"    self.{name} = ({ast.unparse(factory)})()")
                elif default is not None:
                    body.append(f"    self.{name} = {ast.unparse(default)}")
                continue
            if _field_flag(field, "kw_only", kw_only or getattr(field, "m_shared_kw_only", False)):
                # after `*`, where a field without default may follow one with a default
                keyword_parameters.append(f"{name}={ast.unparse(default)}" if default is not None and factory is None
                                          else f"{name}=_M_SHARED_MISSING" if factory is not None else name)
                body.append(f"    self.{name} = ({ast.unparse(factory)})() if {name} is _M_SHARED_MISSING else {name}"
                            if factory is not None else f"    self.{name} = {name}")
                continue
            if factory is not None:
                parameters.append(f"{name}=_M_SHARED_MISSING")
                body.append(f"    self.{name} = ({ast.unparse(factory)})() if {name} is _M_SHARED_MISSING else {name}")
            elif default is not None:
                parameters.append(f"{name}={ast.unparse(default)}")
                body.append(f"    self.{name} = {name}")
            else:
                if any("=" in parameter for parameter in parameters):  # an earlier field has a default
                    # CPython's dataclass refuses this too; the __init__ written from it would not parse
                    raise LowerError(Diagnostic(
                        self.module.relpath, field.lineno, field.col_offset + 1, "build/dataclass",
                        f"dataclass field {name!r} has no default but follows a field with one (CPython raises "
                        f"TypeError: non-default argument {name!r} follows default argument)",
                        "give it a default, or move it before the fields with defaults",
                    ))
                parameters.append(name)
                body.append(f"    self.{name} = {name}")
        if has_post_init:
            body.append("    self.__post_init__()")
        if frozen:  # from here on, an assignment raises FrozenInstanceError (dataclasses.extend.js)
            body.append(f"    __m_shared_freeze__(self, {[field.target.id for field in fields]!r})")
        if any("_M_SHARED_MISSING" in parameter for parameter in parameters + keyword_parameters):
            self.needs_missing_sentinel = True
        if keyword_parameters:
            parameters += ["*", *keyword_parameters]
        source = f"def __init__(self, {', '.join(parameters)}):\n" + ("\n".join(body) or "    pass")
        return _parse_method(node, source)


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


class _ClosingConsumers(ast.NodeTransformer):
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
            return _located(ast.Call(ast.Name("__m_shared_closing__", ast.Load()), [function, *node.args], []), node)
        if isinstance(function, ast.Attribute) and function.attr == "close" and not node.args and not node.keywords:
            # gen.close() raised AttributeError (a JS generator has return () instead): the runtime's
            # __m_shared_closable__ gives a generator a close() that returns it, any other object as it is
            function.value = _located(ast.Call(ast.Name("__m_shared_closable__", ast.Load()), [function.value], []),
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
            return ast.fix_missing_locations(_located(found, node))
        return node

    def visit_ListComp(self, node: ast.ListComp | ast.SetComp | ast.DictComp) -> ast.AST:
        # A comprehension over a generator it alone holds, stopped by an exception: CPython closes the generator
        # before the handler runs. Written __m_shared_closing__(lambda source: [... for x in source], <iterable>).
        self.generic_visit(node)
        first = node.generators[0]
        if owned_iterators(first.iter, self.bound) != [first.iter]:
            return node
        source = first.iter
        first.iter = _located(ast.Name("__m_shared_source__", ast.Load()), source)
        parameters = ast.arguments([], [ast.arg("__m_shared_source__")], None, [], [], None, [])
        function = _located(ast.Lambda(parameters, node), node)
        return _located(ast.Call(ast.Name("__m_shared_closing__", ast.Load()), [function, source], []), node)

    visit_SetComp = visit_DictComp = visit_ListComp


class _Replaced(ast.NodeTransformer):
    """An expression with some of its parts (by identity) replaced by names."""

    def __init__(self, names: dict[int, str]):
        self.names = names

    def visit(self, node: ast.AST) -> ast.AST:
        name = self.names.get(id(node))
        if name is not None:
            return _located(ast.Name(name, ast.Load()), node)
        return super().visit(node)


def _stop_iteration_is_runtime_error(node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """PEP 479: a StopIteration that leaves a generator's body is CPython's RuntimeError.

    Observed: `def g(): yield 1; raise StopIteration` (or a next() of an exhausted iterator in the body): list(g())
    raised RuntimeError("generator raised StopIteration") in CPython, and in JS the StopIteration went on to the
    caller, whose loop or handler took it for the end of something else. The body of a def with `yield`:
        try: body
        except StopIteration as e: raise RuntimeError("generator raised StopIteration") from e
    """
    if any(isinstance(part, (ast.Yield, ast.YieldFrom)) for part in _own_nodes(node)):
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


def _class_target(statement: ast.stmt) -> str | None:
    """The name a class-body assignment of one name binds (`a = 1`, `a: int = 1`), else None."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def _class_scope_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of a class-body statement evaluated in the class's scope (see _class_scope_reads)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return [*node.decorator_list, *node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords]
    if isinstance(node, ast.Lambda):
        return [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
    if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
        return [node.generators[0].iter]
    return list(ast.iter_child_nodes(node))


def _class_scope_names(statement: ast.stmt) -> list[ast.Name]:
    """The names a class-body statement reads in the class's scope, in no particular order."""
    found: list[ast.Name] = []
    pending: list[ast.AST] = [getattr(statement, "value", None)] if isinstance(statement, (ast.Assign, ast.AnnAssign)) \
        else _class_scope_parts(statement)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            found.append(node)
        elif node is not None:
            pending.extend(_class_scope_parts(node))
    return found


def _ranges_for_closures(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, first: int = 0) -> ast.AST:
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
            if isinstance(generator.iter, ast.Call) and _name_of(generator.iter.func) == "range" \
                    and isinstance(generator.iter.func, ast.Name):
                generator.iter = _located(ast.Call(ast.Name("list", ast.Load()), [generator.iter], []), generator.iter)
    return node


def _imports(tree: ast.Module) -> tuple[dict[str, str], dict[str, str]]:
    """The names a module-level import binds and nothing else at module level: ``from M import N [as A]`` (A -> "M.N")
    and ``import M [as A]`` (A -> "M"; ``import a.b`` binds a -> "a"). A function may have a local of that name
    (_Lowering._callee_keys looks at the scopes of each call)."""
    own = _own_nodes(tree)
    declared_global = {name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names}
    names: dict[str, str] = {}
    modules: dict[str, str] = {}
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom) and not statement.level and statement.module:
            for alias in statement.names:
                names[alias.asname or alias.name] = f"{statement.module}.{alias.name}"
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                modules[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
    def once(name: str) -> bool:  # by the import alone: not rebound at module level, nor by `global` in a function
        return _own_bindings(own, name) == 1 and name not in declared_global

    return ({name: full for name, full in names.items() if once(name)},
            {name: module for name, module in modules.items() if once(name)})


def _regex_module_names(tree: ast.Module) -> set[str]:
    """Names bound to the re module by a module-level `import re [as name]` and bound nowhere else."""
    imported = {
        alias.asname or alias.name
        for statement in tree.body if isinstance(statement, ast.Import)
        for alias in statement.names if alias.name == "re"
    }
    bindings = binding_counts(tree)
    return {name for name in imported if bindings.get(name) == 1}


def _module_constants(tree: ast.Module) -> dict[str, object]:
    """Names a module-level `NAME = <literal>` binds, bound nowhere else in the module (no local, no `global`)."""
    assigned = {
        statement.targets[0].id: statement.value.value
        for statement in tree.body
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1
        and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Constant)
    }
    bindings = binding_counts(tree)
    return {name: value for name, value in assigned.items() if bindings.get(name) == 1}


def binding_counts(tree: ast.AST) -> dict[str, int]:
    """How many times each name is bound anywhere in ``tree``: assigned, a parameter, def, import, ..."""
    bindings: dict[str, int] = {}
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names = [node.id]
        elif isinstance(node, ast.arg):
            names = [node.arg]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [(alias.asname or alias.name).split(".")[0] for alias in node.names]
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            names = list(node.names)
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            names = [node.name]
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names = [node.rest]
        elif type(node).__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"):  # `def f[T]()`, 3.12
            names = [node.name]
        for name in names:
            bindings[name] = bindings.get(name, 0) + 1
    return bindings


def _evaluated_alike(value: ast.expr) -> bool:
    """A default whose value is the same evaluated at def time or at call time: a constant or a name."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.operand, ast.Constant):
        return True
    return isinstance(value, (ast.Constant, ast.Name))


def _located(new: ast.AST, anchor: ast.AST) -> ast.AST:
    """Give ``new`` and its location-less children the anchor's location (sourcemaps keep the line)."""
    for child in ast.walk(new):
        if "lineno" in child._attributes and not hasattr(child, "lineno"):
            ast.copy_location(child, anchor)
    return ast.copy_location(new, anchor)


def _as_load(node: ast.expr) -> ast.expr:
    import copy

    loaded = copy.copy(node)
    if hasattr(loaded, "ctx"):
        loaded.ctx = ast.Load()
    return loaded


def _subscript_value(node: ast.expr) -> ast.expr:
    return node.value if isinstance(node, ast.Subscript) else node


def _call_func(node: ast.expr) -> ast.expr:
    return node.func if isinstance(node, ast.Call) else node


def _option(options: dict[str, ast.expr], name: str, default: bool) -> bool:
    value = options.get(name)
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, bool) else default


def _field_default(field: ast.AnnAssign) -> tuple[ast.expr | None, ast.expr | None]:
    value = field.value
    if value is None:
        return None, None
    if isinstance(value, ast.Call) and _name_of(value.func) == "field":
        keywords = {kw.arg: kw.value for kw in value.keywords}
        return keywords.get("default"), keywords.get("default_factory")
    return value, None


def _field_flag(field: ast.AnnAssign, flag: str, default: bool) -> bool:
    """A ``field(<flag>=True|False)`` option of a dataclass field, or ``default``."""
    value = field.value
    if isinstance(value, ast.Call) and _name_of(value.func) == "field":
        option = {kw.arg: kw.value for kw in value.keywords}.get(flag)
        if isinstance(option, ast.Constant) and isinstance(option.value, bool):
            return option.value
    return default


def _plain_default(field: ast.AnnAssign) -> bool:
    return field.value is not None and not (isinstance(field.value, ast.Call) and _name_of(field.value.func) == "field")


def _field_names(fields: list[ast.AnnAssign], flag: str) -> str:
    """The names of the fields not declared ``field(<flag>=False)``, as the source of a list."""
    kept = []
    for field in fields:
        value = field.value
        keywords = {kw.arg: kw.value for kw in value.keywords} \
            if isinstance(value, ast.Call) and _name_of(value.func) == "field" else {}
        option = keywords.get(flag)
        if not (isinstance(option, ast.Constant) and option.value is False):
            kept.append(field.target.id)
    return repr(kept)


def _parse_method(anchor: ast.AST, source: str) -> ast.FunctionDef:
    return _parse_statement(anchor, source)  # type: ignore[return-value]


def _parse_statement(anchor: ast.AST, source: str) -> ast.stmt:
    """Parse generated code and give every node the anchor's location, so the map points at the class."""
    statement = ast.parse(source).body[0]
    for node in ast.walk(statement):
        if "lineno" in node._attributes:
            ast.copy_location(node, anchor)
            node.end_lineno, node.end_col_offset = anchor.lineno, anchor.col_offset
    return statement


# ---- calls lowered (_Lowering.visit_Call): one function per rewrite, keyed by what the call calls (_callee_keys);
# each returns the lowered call, or None when the call is not one it lowers (the next key, else the call as it is)
def _lower_cast(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # typing.cast(T, value) is the identity at run time
    if len(node.args) == 2 and not node.keywords:
        return lowering.visit(node.args[1])
    return None


def _lower_dict_keywords(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # Transcrypt passes keyword arguments under its JS aliases: dict(name=1, get=2) held the keys
    # 'py_name' and 'py_get'. A display has the keys CPython gives the keywords.
    if node.args or not node.keywords or any(keyword.arg is None for keyword in node.keywords):
        return None
    keys: list[ast.expr | None] = [_located(ast.Constant(keyword.arg), keyword) for keyword in node.keywords]
    display = ast.Dict(keys, [keyword.value for keyword in node.keywords])
    return lowering.visit(_located(display, node))


def _lower_round(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # round(x, ndigits) is the runtime's __m_shared_round__ (js_runtime/overlay/round.patch.js): round
    # itself stays small where only ints are asked for (datetime's timedelta rounds that way)
    if not (len(node.args) == 2 or any(keyword.arg == "ndigits" for keyword in node.keywords)):
        return None
    node.func = _located(ast.Name("__m_shared_round__", ast.Load()), node.func)
    return lowering.generic_visit(node)


def _lower_object_setattr(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # how a frozen dataclass's __post_init__ sets a field; Transcrypt's object has no __setattr__
    node.func = _located(ast.Name("__m_shared_object_setattr__", ast.Load()), node.func)
    return lowering.generic_visit(node)


def _lower_strip_chars(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # Transcrypt's strip ignored its characters ("xxaxx".strip("x") was 'xxaxx'); the runtime's
    # __m_shared_strip_chars__ (strip.extend.js) strips them from a str and calls any other object's
    # method, so programs that strip only whitespace do not pay for it
    if not (len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred)):
        return None
    assert isinstance(node.func, ast.Attribute)
    call = ast.Call(ast.Name("__m_shared_strip_chars__", ast.Load()),
                    [node.func.value, ast.Constant(node.func.attr), node.args[0]], [])
    return lowering.generic_visit(_located(call, node))


def _lower_replace_count(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # str.replace takes count by keyword from CPython 3.13 (a TypeError before); Transcrypt's str.replace
    # took the keywords' object for a count ("aaa(".replace("a", "b", count=2) was 'baa('). The runtime's
    # __m_shared_replace_count__ (replace_count.extend.js) does what the target version does for a str, and
    # calls any other object's replace with the keyword, so only programs that write it pay for it.
    if not (len(node.args) == 2 and not any(isinstance(argument, ast.Starred) for argument in node.args)
            and [keyword.arg for keyword in node.keywords] == ["count"]):
        return None
    assert isinstance(node.func, ast.Attribute)
    call = ast.Call(ast.Name("__m_shared_replace_count__", ast.Load()),
                    [node.func.value, *node.args, node.keywords[0].value], [])
    return lowering.generic_visit(_located(call, node))


def _lower_super_with_arguments(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # super(Cls, self) inside a method of Cls means super(); Transcrypt only compiles the latter
    if not (len(node.args) == 2 and lowering.class_stack and lowering.function_stack
            and lowering.function_stack[-1].args.args):
        return None
    cls, instance = node.args
    first_parameter = lowering.function_stack[-1].args.args[0].arg
    if (isinstance(cls, ast.Name) and cls.id == lowering.class_stack[-1].name
            and isinstance(instance, ast.Name) and instance.id == first_parameter):
        node.args = []
    return None  # lowered as any other call


def _lower_timedelta_arguments(lowering: _Lowering, node: ast.Call) -> ast.AST | None:
    # Transcrypt's timedelta added whatever it was given: timedelta(days=None) was a timedelta of 0 (CPython:
    # TypeError "unsupported type for timedelta days component: NoneType"). A call with an argument other than
    # a number literal goes through __m_shared_timedelta__ (js_runtime/overlay/argument_checks.extend.js), which
    # checks them as CPython does before it calls timedelta; programs that pass only literals do not pay for it.
    def literal(value: ast.expr) -> bool:
        if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
            value = value.operand
        return isinstance(value, ast.Constant) and type(value.value) in (int, float)

    if all(literal(a) for a in node.args) and all(k.arg is not None and literal(k.value) for k in node.keywords):
        return None
    call = ast.Call(ast.Name("__m_shared_timedelta__", ast.Load()), [node.func, *node.args], node.keywords)
    return lowering.generic_visit(_located(call, node))


_CALL_REWRITES: dict[str, Callable[[_Lowering, ast.Call], ast.AST | None]] = {
    "typing.cast": _lower_cast,
    "typing_extensions.cast": _lower_cast,
    "builtins.dict": _lower_dict_keywords,
    "builtins.round": _lower_round,
    "builtins.super": _lower_super_with_arguments,
    "builtins.object.__setattr__": _lower_object_setattr,
    "datetime.timedelta": _lower_timedelta_arguments,
    ".strip": _lower_strip_chars,
    ".lstrip": _lower_strip_chars,
    ".rstrip": _lower_strip_chars,
    ".replace": _lower_replace_count,
}
