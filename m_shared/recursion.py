"""Part of stage 3 (compile): recursion as deep as CPython allows it, and no deeper.

CPython raises RecursionError once about 1000 frames are on its stack (``sys.getrecursionlimit()``, every
frame counted: the caller's, a framework's). JavaScript engines go about 10x deeper (Node: ~10,000 frames of a
compiled function) before their RangeError. Observed: a recursive walk of a nested category tree 2000 levels
deep raised RecursionError in CPython and returned its depth in JavaScript, silently; 20,000 levels deep both
failed (RangeError reaches the caller as an m_shared error naming the file).

Exact parity cannot be had (the frames below the shared function are the caller's), so the compiled function
fails loudly a little before CPython would: a function that can call itself again through the module's call
graph (directly, or through other functions of the module: one strongly connected component) counts its
frames in a runtime counter, and past 900 of them (js_runtime/overlay/recursion_depth.extend.js says why
900) it throws an MSharedError, which no ``except``
catches, as CPython's RecursionError would not be swallowed as a different result either. Functions that are
not recursive are left as they are (no cost, no code).

A frame of CPython between two calls of the component counts too: a ``lambda`` or generator expression
around the recursive call (``sum(walk(c) for c in node["children"])`` is 2 frames a level) and, for CPython
3.11 only, a comprehension (inlined since 3.12, PEP 709): the counter adds them per call of the function.

Not counted: generator functions (their frames are on the stack only while they run, and one left unfinished
would never give its count back), recursion through another module or through a value (a function stored in a
dict, passed as an argument), and methods reached otherwise than as ``self.name``/``cls.name``/``Class.name``.
Those still fail loudly at JavaScript's own limit.

Cost: the counted function runs inside try/finally (see the commit that added this module for the
measurement: a recursive walk of a nested dict, compiled, before/after).
"""

from __future__ import annotations

import ast
import dataclasses

from .lower import ARGUMENTS_MARKER

ENTER = "__m_shared_depth_enter__"
LEAVE = "__m_shared_depth_leave__"

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.GeneratorExp,
           ast.ListComp, ast.SetComp, ast.DictComp)


@dataclasses.dataclass
class _Function:
    node: ast.FunctionDef
    enclosing: list[ast.AST]  # the functions and classes it is defined in, outermost first
    calls: list[tuple[ast.FunctionDef, int, int]] = dataclasses.field(default_factory=list)  # (callee, frames, 3.11's)


def count_depth(tree: ast.Module) -> ast.Module:
    """Add the depth counter to the functions of ``tree`` that can call themselves again; the others stay."""
    functions = _functions(tree)
    if not functions:
        return tree
    by_node = {id(f.node): f for f in functions}
    for function in functions:
        _collect_calls(function, tree, by_node)
    for component in _components(functions, by_node):
        members = {id(f.node) for f in component}
        for function in component:
            if _is_generator(function.node) or isinstance(function.node, ast.AsyncFunctionDef):
                continue
            inner = [(frames, comprehensions) for callee, frames, comprehensions in function.calls
                     if id(callee) in members]
            frames = 1 + max(f for f, _ in inner) if inner else 1
            comprehensions = max(c for _, c in inner) if inner else 0
            _instrument(function.node, frames, comprehensions)
    return tree


def _functions(tree: ast.Module) -> list[_Function]:
    found: list[_Function] = []

    def visit(node: ast.AST, enclosing: list[ast.AST]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.append(_Function(child, enclosing))
                visit(child, [*enclosing, child])
            elif isinstance(child, ast.ClassDef):
                visit(child, [*enclosing, child])
            else:
                visit(child, enclosing)

    visit(tree, [])
    return found


def _defined_in(scope: ast.AST, name: str) -> ast.FunctionDef | None:
    """The function named ``name`` that ``scope`` (a module, function or class body) defines, not nested deeper."""
    found = None
    stack = list(getattr(scope, "body", []))
    while stack:
        node = stack.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.name == name:
                found = node  # the last definition wins, as at run time once the module is loaded
            continue
        if isinstance(node, (ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt))
    return found


def _callee(call: ast.Call, function: _Function, tree: ast.Module) -> ast.FunctionDef | None:
    target = call.func
    if isinstance(target, ast.Name):
        # as Python resolves a name read in the function: its own body, the enclosing functions (not the
        # classes), the module
        scopes = [function.node, *reversed([s for s in function.enclosing if not isinstance(s, ast.ClassDef)]), tree]
        for scope in scopes:
            if (found := _defined_in(scope, target.id)) is not None:
                return found
        return None
    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
        owner = target.value.id
        cls = function.enclosing[-1] if function.enclosing and isinstance(function.enclosing[-1], ast.ClassDef) else None
        if cls is not None and owner in ("self", "cls", cls.name):
            return _defined_in(cls, target.attr)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name == owner:
                return _defined_in(node, target.attr)
    return None


def _collect_calls(function: _Function, tree: ast.Module, by_node: dict[int, _Function]) -> None:
    def visit(node: ast.AST, frames: int, comprehensions: int) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                # a nested function's calls are its own; calling it is an edge to it (by name, below)
                for default in [*child.args.defaults, *child.args.kw_defaults, *child.decorator_list]:
                    if default is not None:
                        visit(default, frames, comprehensions)
                continue
            if isinstance(child, ast.ClassDef):
                continue
            if isinstance(child, ast.Call):
                callee = _callee(child, function, tree)
                if callee is not None and id(callee) in by_node:
                    function.calls.append((callee, frames, comprehensions))
            if isinstance(child, (ast.Lambda, ast.GeneratorExp)):
                visit(child, frames + 1, comprehensions)
            elif isinstance(child, (ast.ListComp, ast.SetComp, ast.DictComp)):
                visit(child, frames, comprehensions + 1)
            else:
                visit(child, frames, comprehensions)

    for statement in function.node.body:
        visit(ast.Module(body=[statement], type_ignores=[]), 0, 0)


def _components(functions: list[_Function], by_node: dict[int, _Function]) -> list[list[_Function]]:
    """The strongly connected components of the call graph that hold a cycle (Tarjan's algorithm, iterative)."""
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[_Function] = []
    result: list[list[_Function]] = []
    counter = 0
    for root in functions:
        if id(root.node) in index:
            continue
        work = [(root, iter([by_node[id(c)] for c, _, _ in root.calls]))]
        index[id(root.node)] = low[id(root.node)] = counter
        counter += 1
        stack.append(root)
        on_stack.add(id(root.node))
        while work:
            function, successors = work[-1]
            advanced = False
            for successor in successors:
                key = id(successor.node)
                if key not in index:
                    index[key] = low[key] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(key)
                    work.append((successor, iter([by_node[id(c)] for c, _, _ in successor.calls])))
                    advanced = True
                    break
                if key in on_stack:
                    low[id(function.node)] = min(low[id(function.node)], index[key])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[id(parent.node)] = min(low[id(parent.node)], low[id(function.node)])
            if low[id(function.node)] == index[id(function.node)]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(id(member.node))
                    component.append(member)
                    if member is function:
                        break
                cyclic = len(component) > 1 or any(c is function.node for c, _, _ in function.calls)
                if cyclic:
                    result.append(component)
    return result


def _is_generator(function: ast.AST) -> bool:
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(node, _SCOPES):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _instrument(function: ast.FunctionDef, frames: int, comprehensions: int) -> None:
    # the docstring and lowering's argument check stay first (compile.py reads the check there)
    body = list(function.body)
    head = []
    while body and isinstance(body[0], ast.Expr) and (
            (len(head) == 0 and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str))
            or (isinstance(body[0].value, ast.Call) and isinstance(body[0].value.func, ast.Name)
                and body[0].value.func.id == ARGUMENTS_MARKER)):
        head.append(body.pop(0))
    first = body[0] if body else function

    def call(name: str) -> ast.Expr:
        return ast.Expr(ast.Call(ast.Name(name, ast.Load()), [ast.Constant(frames), ast.Constant(comprehensions)], []))

    enter = call(ENTER)
    guarded = ast.Try(body=body or [ast.Pass()], handlers=[], orelse=[], finalbody=[call(LEAVE)])
    for node in (enter, guarded):
        ast.copy_location(node, first)
        ast.fix_missing_locations(node)
    for node in ast.walk(guarded.finalbody[0]):
        ast.copy_location(node, first)
    for node in ast.walk(enter):
        ast.copy_location(node, first)
    function.body = [*head, enter, guarded]
