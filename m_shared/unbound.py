"""Part of stage 4 (lower): a read of a function's variable that may have no value raises as in CPython.

CPython raises ``UnboundLocalError: cannot access local variable 'x' where it is not associated with a
value`` when a function reads a local variable no assignment has reached (``if flag: x = 1`` then
``return x`` with flag false), and ``NameError: cannot access free variable 'x' where it is not
associated with a value in enclosing scope`` when a nested function, lambda, generator expression or
class body reads such a variable of an enclosing function. Transcrypt declares every local with
``var``: the read gave undefined and the function went on, silently.

A definite-assignment analysis of each function, on the syntax tree as written (before the rest of
lowering adds its temporaries), finds the reads that some path reaches with no assignment before them.
Only those are checked, so code whose every read follows an assignment compiles as before:

* such a read ``x`` becomes ``__m_shared_bound__(x, "x")`` (``, 1`` for a variable of an enclosing
  function), which returns the value or raises CPython's error (js_runtime/overlay/exceptions.extend.js);
* the function that owns ``x`` starts with ``x = __m_shared_unbound__``, the runtime's marker of "no
  value": JavaScript's undefined cannot be it, a call of a function without ``return`` gives undefined.

What counts as an assignment: parameters, ``=``, ``+=`` (after its read), ``:=``, the targets of
``for``, ``with ... as``, ``except ... as`` (unbound again at the end of the handler), ``def`` and
``class``. Paths: ``if``/``else``, loops with ``else``, ``break``/``continue``, ``return``/``raise``,
``try`` (a handler or ``finally`` may start anywhere in the body), ``with`` (its manager may suppress an
exception of the block: nothing the block assigns is certain after it), ``match``. List, set and dict
comprehensions are inlined as in CPython 3.12 (their reads are the function's); a loop's body is
analysed from what is assigned before the loop, so a variable assigned in one turn and read in the next
is checked. A nested function's read of an enclosing variable is checked unless the variable is
assigned before the nested function is defined and nothing unbinds it.

Left out: module-level code and class bodies' own names (the module is no function in Transcrypt's
JavaScript either). A name that nothing binds at all is :func:`undefined_reads`'s: CPython's NameError. A name an ``import`` in a function binds counts
as bound from the start: Transcrypt moves every import to the module's top, so ``if flag: import math``
then ``math.pi`` works in JavaScript where CPython may raise UnboundLocalError. ``del name`` is refused at
build time (lower/_lowering.py visit_Delete), so only ``except ... as`` unbinds. An assignment through ``nonlocal``
in a nested function is not counted in the enclosing one: its reads are checked at run time, which is
exact.
"""

from __future__ import annotations

import ast
import builtins

BOUND = "__m_shared_bound__"
UNBOUND = "__m_shared_unbound__"
UNDEFINED = "__m_shared_undefined__"
# What a name may be besides a variable of the module: CPython's builtins and a module's own attributes.
# The same set whichever CPython (3.11 to 3.13) runs the build, so that its output is too: 3.13 added two.
_PREDEFINED = frozenset(dir(builtins)) | {"PythonFinalizationError", "_IncompleteInputError", "__file__",
                                          "__builtins__", "__annotations__"}

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_INLINED = (ast.ListComp, ast.SetComp, ast.DictComp)  # run in their function's frame (CPython 3.12)
_SCOPES = (*_FUNCTIONS, ast.ClassDef, ast.GeneratorExp, *_INLINED)

State = frozenset  # the function's local names certainly assigned at a point; None: the point is not reached


class _Scope:
    def __init__(self, node: ast.AST, parent: _Scope | None):
        self.node = node
        self.parent = parent
        self.names: set[str] = set()  # bound here
        self.declared: dict[str, str] = {}  # name -> "global" or "nonlocal"
        self.unbinds: set[str] = set()  # names unbound somewhere in it (except ... as, del)
        self.imports: set[str] = set()  # names an import statement in it binds


def _target_names(target: ast.AST) -> list[str]:
    return [node.id for node in ast.walk(target) if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load)]


def _parameters(arguments: ast.arguments) -> list[str]:
    return [a.arg for a in [*arguments.posonlyargs, *arguments.args, arguments.vararg, *arguments.kwonlyargs,
                            arguments.kwarg] if a is not None]


class _Scopes(ast.NodeVisitor):
    """Every scope of a module and where each of its names is bound; ``of[id(node)]`` is the scope a node is in."""

    def __init__(self, tree: ast.Module):
        self.module = _Scope(tree, None)
        self.scope = self.module
        self.of: dict[int, _Scope] = {}
        self.scopes: dict[int, _Scope] = {id(tree): self.module}
        for statement in tree.body:
            self.visit(statement)

    def visit(self, node: ast.AST) -> None:
        self.of[id(node)] = self.scope
        super().visit(node)

    def _enter(self, node: ast.AST) -> _Scope:
        scope = _Scope(node, self.scope)
        self.scopes[id(node)] = scope
        return scope

    def _function_scope(self) -> _Scope:  # where `:=` binds: comprehensions are not scopes for it
        scope = self.scope
        while isinstance(scope.node, (ast.GeneratorExp, *_INLINED)):
            scope = scope.parent
        return scope

    def _inside(self, scope: _Scope, nodes: list) -> None:
        outer, self.scope = self.scope, scope
        try:
            for node in nodes:
                if node is not None:
                    self.visit(node)
        finally:
            self.scope = outer

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        arguments = node.args
        for default in [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]:
            self.visit(default)
        if not isinstance(node, ast.Lambda):
            for decorator in node.decorator_list:
                self.visit(decorator)
            self.scope.names.add(node.name)
        scope = self._enter(node)
        scope.names.update(_parameters(arguments))
        self._inside(scope, node.body if isinstance(node.body, list) else [node.body])

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for part in [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]:
            self.visit(part)
        self.scope.names.add(node.name)
        self._inside(self._enter(node), node.body)

    def _comprehension(self, node: ast.AST) -> None:
        generators = node.generators
        self.visit(generators[0].iter)  # evaluated where the comprehension is
        scope = self._enter(node)
        for generator in generators:
            scope.names.update(_target_names(generator.target))
        parts: list = [generators[0].target, *generators[0].ifs]
        for generator in generators[1:]:
            parts += [generator.iter, generator.target, *generator.ifs]
        parts += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
        self._inside(scope, parts)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def visit_Name(self, node: ast.Name) -> None:
        if not isinstance(node.ctx, ast.Load):
            self.scope.names.add(node.id)
        if isinstance(node.ctx, ast.Del):
            self.scope.unbinds.add(node.id)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        self.of[id(node.target)] = self._function_scope()
        self._function_scope().names.add(node.target.id)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.scope.names.add(node.name)
            self.scope.unbinds.add(node.name)
        self.generic_visit(node)

    def _import(self, node: ast.Import | ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name != "*":
                self.scope.names.add((alias.asname or alias.name).split(".")[0])
                self.scope.imports.add((alias.asname or alias.name).split(".")[0])

    visit_Import = visit_ImportFrom = _import

    def visit_Global(self, node: ast.Global) -> None:
        self.scope.declared.update(dict.fromkeys(node.names, "global"))

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope.declared.update(dict.fromkeys(node.names, "nonlocal"))

    def visit_MatchAs(self, node: ast.AST) -> None:
        if node.name:
            self.scope.names.add(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.AST) -> None:
        if node.name:
            self.scope.names.add(node.name)

    def visit_MatchMapping(self, node: ast.AST) -> None:
        if node.rest:
            self.scope.names.add(node.rest)
        self.generic_visit(node)

    def locals_of(self, scope: _Scope) -> set[str]:
        return {name for name in scope.names if name not in scope.declared}

    def resolve(self, scope: _Scope, name: str) -> tuple[_Scope, _Scope | None] | None:
        """The function whose local ``name`` is read in ``scope``, and the scope directly inside that function
        the read is in (None: the read is the function's own, maybe in an inlined comprehension); None for
        a global, a builtin, a class body's name or a comprehension's variable."""
        inner: _Scope | None = None
        current = scope
        first = True
        while current is not None:
            node = current.node
            if isinstance(node, _FUNCTIONS) and current.declared.get(name) == "global":
                return None
            if isinstance(node, (ast.GeneratorExp, *_INLINED)) and name in current.names:
                return None
            if isinstance(node, _FUNCTIONS) and name in current.names and name not in current.declared:
                return current, inner
            if isinstance(node, ast.ClassDef) and first and name in current.names:
                return None  # a class body's own name (looked up in the class namespace, then globally)
            if isinstance(node, ast.Module):
                return None
            if not isinstance(node, _INLINED):
                inner = current
            first = False
            current = current.parent
        return None


class _Flow:
    """Definite assignment through one function's body: the reads of its variables that need a check."""

    def __init__(self, scopes: _Scopes, function: _Scope, checked: dict[int, int]):
        self.scopes = scopes
        self.function = function
        self.locals = scopes.locals_of(function)
        self.checked = checked  # id(Name) -> 0 (a local read) or 1 (a read from a nested scope)
        self.defined: dict[int, State] = {}  # id(nested scope node) -> what is assigned where it is created
        self.breaks: list[list[State]] = []

    # ---- expressions ------------------------------------------------------------------------------
    def expr(self, node: ast.AST | None, state: State | None) -> State | None:
        """Visit ``node`` evaluated in ``state``; what is assigned after it."""
        if node is None or state is None:
            return state
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                self._read(node, state)
                return state
            return state | {node.id} if node.id in self.locals else state
        if isinstance(node, ast.NamedExpr):
            state = self.expr(node.value, state)
            return state | {node.target.id} if node.target.id in self.locals else state
        if isinstance(node, ast.BoolOp):  # only the first operand is certainly evaluated
            after = self.expr(node.values[0], state)
            for value in node.values[1:]:
                self.expr(value, after)
            return after
        if isinstance(node, ast.IfExp):
            state = self.expr(node.test, state)
            return _meet(self.expr(node.body, state), self.expr(node.orelse, state))
        if isinstance(node, _FUNCTIONS):  # a lambda: its defaults now, its body when called
            for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]:
                state = self.expr(default, state)
            self._define(node, state)
            return state
        if isinstance(node, (ast.GeneratorExp, *_INLINED)):
            state = self.expr(node.generators[0].iter, state)
            self._define(node, state)
            if isinstance(node, _INLINED):  # the rest runs now too, zero times or more
                rest: list = [*node.generators[0].ifs]
                for generator in node.generators[1:]:
                    rest += [generator.iter, *generator.ifs]
                rest += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
                for part in rest:
                    self.expr(part, state)
            return state
        for child in ast.iter_child_nodes(node):  # operands left to right, as CPython evaluates them
            state = self.expr(child, state)
        return state

    def _read(self, node: ast.Name, state: State) -> None:
        scope = self.scopes.of.get(id(node))  # None: an annotation, which lowering drops
        found = None if scope is None else self.scopes.resolve(scope, node.id)
        if found is None or found[0] is not self.function:
            return
        if found[1] is None and node.id not in state:
            # (2: a read inside a comprehension, which CPython 3.11 runs as a function of its own: there the read
            # is of a free variable, NameError; 3.12 inlines it, UnboundLocalError. The runtime follows the target.)
            self.checked[id(node)] = 2 if isinstance(scope.node, _INLINED) else 0

    # ---- statements -------------------------------------------------------------------------------
    def body(self, statements: list[ast.stmt], state: State | None) -> State | None:
        for statement in statements:
            state = self.statement(statement, state)
        return state

    def statement(self, node: ast.stmt, state: State | None) -> State | None:
        if state is None:
            return None  # not reached: nothing in it runs
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            state = self.expr(node.value, state)
            if node.value is None:  # `x: int` alone binds nothing
                return state
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                state = self._assign(target, state)
            return state
        if isinstance(node, ast.AugAssign):
            if isinstance(node.target, ast.Name):  # `x += 1` reads x first
                self._read(node.target, state)
                state = self.expr(node.value, state)
                return state | {node.target.id} if node.target.id in self.locals else state
            state = self.expr(node.target, state)
            return self.expr(node.value, state)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            parts = list(node.decorator_list)
            if isinstance(node, ast.ClassDef):
                parts += [*node.bases, *(k.value for k in node.keywords)]
            else:
                parts += [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
            for part in parts:
                state = self.expr(part, state)
            bound = state | {node.name} if node.name in self.locals else state
            # a function's body runs once it is called, after its def bound its name (a recursive helper
            # reads it unchecked), unless a decorator calls it first; a class body runs before
            recursive = not isinstance(node, ast.ClassDef) and not node.decorator_list
            self._define(node, bound if recursive else state)
            return bound
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = {(alias.asname or alias.name).split(".")[0] for alias in node.names}
            return state | (names & self.locals)
        if isinstance(node, (ast.Return, ast.Raise)):
            for child in ast.iter_child_nodes(node):
                state = self.expr(child, state)
            return None
        if isinstance(node, ast.Break):
            if self.breaks:
                self.breaks[-1].append(state)
            return None
        if isinstance(node, ast.Continue):
            return None  # the next turn starts from what the loop's start assumes (see _loop_start)
        if isinstance(node, ast.If):
            state = self.expr(node.test, state)
            return _meet(self.body(node.body, state), self.body(node.orelse, state))
        if isinstance(node, (ast.For, ast.AsyncFor)):
            state = self.expr(node.iter, state)
            start = self._loop_start(node, state)
            self.breaks.append([])
            self.body(node.body, self._assign(node.target, start))
            breaks = self.breaks.pop()
            return _meet(self.body(node.orelse, start), *breaks)
        if isinstance(node, ast.While):
            start = self._loop_start(node, state)
            tested = self.expr(node.test, start)
            self.breaks.append([])
            self.body(node.body, tested)
            breaks = self.breaks.pop()
            forever = isinstance(node.test, ast.Constant) and bool(node.test.value)
            return _meet(None if forever else self.body(node.orelse, tested), *breaks)
        if isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            return self._try(node, state)
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                state = self.expr(item.context_expr, state)
            inside = state
            for item in node.items:
                if item.optional_vars is not None:
                    inside = self._assign(item.optional_vars, inside)
                    if isinstance(item.optional_vars, ast.Name):  # a name's assignment cannot fail
                        state = inside
            self.body(node.body, inside)
            return state  # the manager may suppress an exception the block raised anywhere, or an unpacking's
        if isinstance(node, getattr(ast, "Match", ())):
            state = self.expr(node.subject, state)
            for case in node.cases:
                captured = state | (set(_pattern_names(case.pattern)) & self.locals)
                self.body(case.body, self.expr(case.guard, captured))
            return state  # which case ran (if any) is not known here
        if isinstance(node, (ast.Global, ast.Nonlocal, ast.Pass)):
            return state
        if isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    state = state - {target.id}
                else:
                    state = self.expr(target, state)
            return state
        for child in ast.iter_child_nodes(node):  # Expr, Assert
            state = self.expr(child, state)
        return state

    def _assign(self, target: ast.AST, state: State | None) -> State | None:
        """Assign to ``target``: its subscripts and attributes' objects are read first."""
        if state is None:
            return None
        if isinstance(target, ast.Name):
            return state | {target.id} if target.id in self.locals else state
        if isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                state = self._assign(element, state)
            return state
        if isinstance(target, ast.Starred):
            return self._assign(target.value, state)
        return self.expr(target, state)  # x[k] = v, x.a = v: x and k are read

    def _loop_start(self, node: ast.stmt, state: State) -> State:
        """What every turn of a loop starts with: what is assigned before it, less what the loop unbinds."""
        unbound = {handler.name for handler in ast.walk(node) if isinstance(handler, ast.ExceptHandler)}
        unbound |= {name.id for name in ast.walk(node) if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Del)}
        return state - unbound

    def _define(self, node: ast.AST, state: State) -> None:
        # a nested scope created where two runs of a `finally` go (see _try): what both have assigned
        self.defined[id(node)] = _meet(self.defined.get(id(node)), state) if id(node) in self.defined else state

    def _try(self, node: ast.Try, state: State) -> State | None:
        # a handler or `finally` may start after any statement of the body: from what was assigned before
        # the `try`, less what the body (or a handler) may have unbound
        unbound = {handler.name for handler in ast.walk(node) if isinstance(handler, ast.ExceptHandler)}
        unbound |= {name.id for name in ast.walk(node) if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Del)}
        anywhere = state - unbound
        ends = [self.body(node.orelse, self.body(node.body, state))]
        for handler in node.handlers:
            entered = self.expr(handler.type, anywhere)
            if handler.name and handler.name in self.locals:
                entered = entered | {handler.name}
            end = self.body(handler.body, entered)
            ends.append(None if end is None else end - {handler.name})  # CPython unbinds it at the end
        normal = _meet(*ends)
        if not node.finalbody:
            return normal
        self.body(node.finalbody, anywhere)  # after a return, break or exception: its reads are checked from here
        return self.body(node.finalbody, normal)

    def run(self) -> None:
        node = self.function.node
        # Transcrypt moves every import to the module's top (an import in a function compiles to nothing
        # where it is): its names are bound from the start in JavaScript, and never checked
        start = frozenset(_parameters(node.args)) | self.function.imports
        if isinstance(node, ast.Lambda):
            self.expr(node.body, start)
        else:
            self.body(node.body, start)


def _meet(*states: State | None) -> State | None:
    """What is assigned after paths join: on every path that reaches the join."""
    reached = [state for state in states if state is not None]
    if not reached:
        return None
    return frozenset.intersection(*reached)


def _pattern_names(pattern: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(pattern):
        for field in ("name", "rest"):
            value = getattr(node, field, None)
            if isinstance(value, str):
                names.append(value)
    return names


def unbound_reads(tree: ast.Module) -> None:
    """Check, in place, every read of a function's variable that may come before any assignment (see above)."""
    scopes = _Scopes(tree)
    checked: dict[int, int] = {}
    flows: dict[int, _Flow] = {}
    for scope in scopes.scopes.values():
        if isinstance(scope.node, _FUNCTIONS):
            flow = _Flow(scopes, scope, checked)
            flow.run()
            flows[id(scope.node)] = flow
    # reads from nested scopes: certain when the variable is assigned where the nested scope is created
    # and nothing in the function unbinds it afterwards
    aug_targets = {id(n.target) for n in ast.walk(tree) if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)}
    owners: dict[int, set[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Name) or not (isinstance(node.ctx, ast.Load) or id(node) in aug_targets):
            continue
        if id(node) not in scopes.of:
            continue
        found = scopes.resolve(scopes.of[id(node)], node.id)
        if found is None:
            continue
        owner, inner = found
        flow = flows[id(owner.node)]
        if inner is not None:
            created = flow.defined.get(id(inner.node))
            if created is None:
                continue  # created where the function never gets
            if node.id not in created or node.id in owner.unbinds:
                checked[id(node)] = 1
        if id(node) in checked:
            owners.setdefault(id(owner.node), set()).add(node.id)
    if not checked:
        return
    _Rewrite(checked, aug_targets).visit(tree)
    for scope in scopes.scopes.values():
        names = owners.get(id(scope.node))
        if not names:
            continue
        node = scope.node
        if isinstance(node, ast.Lambda):
            continue  # a lambda has no statement to start with (its parameters are bound, `:=` aside)
        # a parameter is bound from the start (a read after `except ... as` of its name is refused by
        # lower/_checks.py check_handler_names): assigning the marker would lose the argument
        names = names - set(_parameters(node.args))
        first = [ast.Assign([ast.Name(name, ast.Store())], ast.Name(UNBOUND, ast.Load())) for name in sorted(names)]
        docstring = 1 if (node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
                          and isinstance(node.body[0].value.value, str)) else 0
        anchor = node.body[0]
        for statement in first:
            for child in ast.walk(statement):
                ast.copy_location(child, anchor)
        node.body[docstring:docstring] = first


def undefined_reads(tree: ast.Module) -> None:
    """Make every read of a name that nothing binds raise CPython's NameError, in place.

    CPython raises ``NameError: name 'x' is not defined`` when the read runs (a typo in a branch the tests
    never take, a method reading a class attribute without ``self.``); the compiled JavaScript threw a
    ReferenceError there, which no ``except NameError:`` catches and which reached a caller as an
    m_shared error. Such a read ``x`` becomes ``__m_shared_undefined__("x")``, which raises the NameError
    (js_runtime/overlay/exceptions.extend.js). A module with ``from ... import *`` is left as it is: its
    names are not known here. Annotations are never evaluated (lowering drops them).
    """
    scopes = _Scopes(tree)
    if any(isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names) for node in ast.walk(tree)):
        return
    known = set(scopes.module.names) | _PREDEFINED
    for scope in scopes.scopes.values():
        known.update(name for name, kind in scope.declared.items() if kind == "global")
    annotations = {id(n) for node in ast.walk(tree) if isinstance(node, ast.AnnAssign)
                   for n in ast.walk(node.annotation)}
    undefined = {id(node) for node in ast.walk(tree)
                 if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in known
                 and id(node) in scopes.of and id(node) not in annotations
                 and not _bound_around(scopes.of[id(node)], node.id)}
    if undefined:
        _Undefined(undefined).visit(tree)


def _bound_around(scope: _Scope | None, name: str) -> bool:
    """Whether ``name`` read in ``scope`` is a variable of a function, comprehension or class around it."""
    first = True
    while scope is not None and not isinstance(scope.node, ast.Module):
        if name in scope.names and (not isinstance(scope.node, ast.ClassDef) or first):
            return True  # a class body's names are seen by the class body alone, not by its methods
        first = False
        scope = scope.parent
    return False


class _Undefined(ast.NodeTransformer):
    def __init__(self, undefined: set[int]):
        self.undefined = undefined

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if id(node) not in self.undefined:
            return node
        call = ast.Call(ast.Name(UNDEFINED, ast.Load()), [ast.Constant(node.id)], [])
        for child in ast.walk(call):
            ast.copy_location(child, node)
        return call


class _Rewrite(ast.NodeTransformer):
    def __init__(self, checked: dict[int, int], aug_targets: set[int]):
        self.checked = checked
        self.aug_targets = aug_targets

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if id(node) not in self.checked or id(node) in self.aug_targets:
            return node
        return self._check(node)

    def _check(self, node: ast.Name) -> ast.expr:
        arguments = [ast.Name(node.id, ast.Load()), ast.Constant(node.id)]
        if self.checked[id(node)]:
            arguments.append(ast.Constant(self.checked[id(node)]))
        call = ast.Call(ast.Name(BOUND, ast.Load()), arguments, [])
        for child in ast.walk(call):
            ast.copy_location(child, node)
        return call

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if not (isinstance(node.target, ast.Name) and id(node.target) in self.checked):
            return node
        check = ast.Expr(self._check(node.target))  # CPython reads the variable before the right side
        ast.copy_location(check, node)
        return [check, node]
