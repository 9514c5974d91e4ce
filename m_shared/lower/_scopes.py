"""What a module binds, and where: the scopes' own names, module-level imports, constants and type aliases.

Read from the tree as written, before any rewrite: whether a call of `dict` or `map` is the builtin or the
program's own, which subscripts store into a dict display, which names stand for the `re` module.
"""

from __future__ import annotations

import ast

from ..graph import TYPING_ONLY


def dict_stores(tree: ast.Module) -> set[int]:
    """The subscripts assigned to (``doc[key] = v``) whose container is a name that its scope only ever binds to a dict
    display or comprehension (``doc = {}``, ``doc: dict[str, Any] = {}``): those keep Transcrypt's __setitem__."""
    rebound_elsewhere = {name for node in ast.walk(tree) if isinstance(node, (ast.Global, ast.Nonlocal))
                         for name in node.names}
    found: set[int] = set()
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))]
    for scope in scopes:
        own = own_nodes(scope)
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


def scope_bindings(tree: ast.Module) -> dict[int, set[str]]:
    """The names each scope of the module binds itself (by id of its node, as written): assigned, a parameter, a def
    or class, an import, an exception's name, or declared global or nonlocal there (someone else's then, still not a
    builtin); the module's also those any function declares global."""
    scopes: dict[int, set[str]] = {id(tree): bound_in(tree)}
    scopes[id(tree)].update(name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names)
    for node in ast.walk(tree):
        if isinstance(node, (*SCOPES, ast.GeneratorExp)):
            scopes[id(node)] = bound_in(node)
    return scopes


def bound_in(scope: ast.AST) -> set[str]:
    if isinstance(scope, ast.GeneratorExp):
        return {n.id for g in scope.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
    names = {a.arg for a in ast.walk(scope.args) if isinstance(a, ast.arg)} if hasattr(scope, "args") else set()
    for node in own_nodes(scope):
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
    """How many times the nodes of a scope (:func:`own_nodes`) bind ``name``."""
    count = 0
    named = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler, ast.MatchAs, ast.MatchStar)
    for node in own:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            count += sum((alias.asname or alias.name).split(".")[0] == name for alias in node.names)
        elif ((isinstance(node, ast.Name) and node.id == name and not isinstance(node.ctx, ast.Load))
              or (isinstance(node, named) and node.name == name)):
            count += 1
    return count


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of a scope's body, not those of the scopes nested in it (a nested def is there by its name)."""
    found: list[ast.AST] = []
    pending = list(scope.body) if isinstance(scope, (ast.Module, *SCOPES[:2], ast.ClassDef)) else [scope.body]
    while pending:
        node = pending.pop()
        found.append(node)
        if not isinstance(node, SCOPES):
            pending.extend(ast.iter_child_nodes(node))
    return found


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


def imports(tree: ast.Module) -> tuple[dict[str, str], dict[str, str]]:
    """The names a module-level import binds and nothing else at module level: ``from M import N [as A]`` (A -> "M.N")
    and ``import M [as A]`` (A -> "M"; ``import a.b`` binds a -> "a"). A function may have a local of that name
    (Lowering._callee_keys looks at the scopes of each call)."""
    own = own_nodes(tree)
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


def regex_module_names(tree: ast.Module) -> set[str]:
    """Names bound to the re module by a module-level `import re [as name]` and bound nowhere else."""
    imported = {
        alias.asname or alias.name
        for statement in tree.body if isinstance(statement, ast.Import)
        for alias in statement.names if alias.name == "re"
    }
    bindings = binding_counts(tree)
    return {name for name in imported if bindings.get(name) == 1}


def module_constants(tree: ast.Module) -> dict[str, object]:
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
