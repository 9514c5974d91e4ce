"""Class bodies: what Transcrypt's object literal of a class leaves out or reads wrongly (a class body reading
its own names, lambdas as methods).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ._nodes import located

if TYPE_CHECKING:
    from ._lowering import Lowering

# Bases that only exist for type checkers; a class using them is a plain dict or object at run time.
TYPING_BASES = {"TypedDict", "Protocol", "Generic", "NamedTuple"}


def lambda_method(statement: ast.stmt) -> ast.stmt:
    """``name = lambda self, ...: value`` in a class body as ``def name(self, ...): return value``: Transcrypt
    makes a method of a def only, so `C().name(x)` passed x as `self` (CPython binds the instance). Its
    TypeErrors still name it ``C.<lambda>`` (``m_shared_lambda``, see _visit_function)."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Lambda)):
        return statement
    function = statement.value
    method = ast.FunctionDef(
        name=statement.targets[0].id, args=function.args, body=[located(ast.Return(function.body), function)],
        decorator_list=[], returns=None, type_comment=None,
        **({"type_params": []} if "type_params" in ast.FunctionDef._fields else {}),
    )
    method.m_shared_lambda = True  # type: ignore[attr-defined]
    return located(method, statement)


def class_target(statement: ast.stmt) -> str | None:
    """The name a class-body assignment of one name binds (`a = 1`, `a: int = 1`), else None."""
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        return statement.targets[0].id
    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
        return statement.target.id
    return None


def _class_scope_parts(node: ast.AST) -> list[ast.AST]:
    """The parts of a class-body statement evaluated in the class's scope (see class_scope_reads)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return [*node.decorator_list, *node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
    if isinstance(node, ast.ClassDef):
        return [*node.decorator_list, *node.bases, *node.keywords]
    if isinstance(node, ast.Lambda):
        return [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
    if isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)):
        return [node.generators[0].iter]
    return list(ast.iter_child_nodes(node))


def class_scope_names(statement: ast.stmt) -> list[ast.Name]:
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


def class_scope_reads(lowering: Lowering, node: ast.ClassDef) -> list[ast.stmt]:
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
        for name in class_scope_names(statement):
            if name.id in assigned:
                last = max(last, assigned[name.id])
        target = class_target(statement)
        if target is not None:
            assigned[target] = index
    if last < 0 or any(class_target(s) is None and isinstance(s, (ast.Assign, ast.AnnAssign)) and
                       getattr(s, "value", None) is not None for s in statements[:last + 1]):
        return []
    hoisted: list[ast.stmt] = []
    temporaries: dict[str, str] = {}
    for index, statement in enumerate(statements):
        for name in class_scope_names(statement):
            if name.id in temporaries:
                name.id = temporaries[name.id]
        target = class_target(statement)
        if index <= last and target is not None and statement.value is not None:
            lowering.hoisted_defaults += 1
            temporary = f"__m_shared_class{lowering.hoisted_defaults}_{target}__"
            hoisted.append(located(ast.Assign([ast.Name(temporary, ast.Store())], statement.value), statement))
            statement.value = located(ast.Name(temporary, ast.Load()), statement.value)
            temporaries[target] = temporary
    return hoisted
