"""Refusals: constructs lowering cannot make behave as in CPython, reported with their file, line and column
and what to write instead (a build error, never a silent difference).
"""

from __future__ import annotations

import ast

from ..diagnostics import Diagnostic
from ..graph import SourceModule, is_type_checking_test
from ._nodes import name_of
from ._scopes import SCOPES, own_nodes

# How a statement Transcrypt leaves out of a class body is named in the error (check_class_body)
STATEMENT_KINDS = {
    "With": "a `with` statement", "AsyncWith": "an `async with` statement", "If": "an `if` statement",
    "For": "a `for` loop", "AsyncFor": "an `async for` loop", "While": "a `while` loop", "Try": "a `try` statement",
    "TryStar": "a `try` statement", "Match": "a `match` statement", "Assert": "an `assert` statement",
    "AugAssign": "an augmented assignment", "Delete": "a `del` statement", "Raise": "a `raise` statement",
    "Import": "an import", "ImportFrom": "an import", "Global": "a `global` declaration",
    "Nonlocal": "a `nonlocal` declaration", "Expr": "an expression statement",
}


class LowerError(Exception):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)


def _exits(statement: ast.stmt) -> bool:
    return isinstance(statement, (ast.Return, ast.Raise, ast.Break, ast.Continue))


def check_handler_names(module: SourceModule, tree: ast.Module) -> None:
    """Refuse a read of ``e`` that follows ``except ... as e:``, which fails in CPython and not in JavaScript.

    CPython unbinds the name at the end of the except block (``del e``, so that the exception does not
    keep the frame alive): a later read raises UnboundLocalError (NameError at module level). Transcrypt's
    JavaScript kept the exception in the variable: the read gave the old exception, silently. Refused
    here: a read, outside the except blocks that bind the name, of a name that nothing else in its scope
    binds (it can only ever be unbound there), and a read after an except block that runs to its end
    with no other binding of the name in between, as the source is written.
    """
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, SCOPES))]
    for scope in scopes:
        own = own_nodes(scope)
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
                or (isinstance(node, SCOPES[:2] + (ast.ClassDef,)) and node.name == name and node is not scope)
                or (isinstance(node, (ast.Import, ast.ImportFrom))
                    and any((alias.asname or alias.name).split(".")[0] == name for alias in node.names))
                or (isinstance(node, ast.arg) and node.arg == name)
            ]
            if isinstance(scope, (*SCOPES[:3],)) and any(a.arg == name for a in ast.walk(scope.args)
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


def check_class_body(module: SourceModule, node: ast.ClassDef) -> None:
    # Transcrypt writes a class as an object literal of its defs and assignments and leaves every other
    # statement of its body out, silently: a `with`, `if`, `for` or `try` there, `x += 1`, an `assert`
    # or a call never ran in JavaScript (measured: `class C:` / `if True:` / `seen = 1` gave no C.seen,
    # AttributeError; CPython runs them when the class is defined).
    for statement in node.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Assign, ast.AnnAssign,
                                  ast.Pass)) or type(statement).__name__ == "TypeAlias":
            continue
        if isinstance(statement, ast.Expr) and (isinstance(statement.value, ast.Constant) or (
                isinstance(statement.value, ast.Call) and name_of(statement.value.func) == "__pragma__")):
            continue  # a docstring or `...` does nothing; a __pragma__ is Transcrypt's (lint MS115)
        if isinstance(statement, ast.If) and is_type_checking_test(statement.test):
            continue
        kind = STATEMENT_KINDS.get(type(statement).__name__, "this statement")
        raise LowerError(Diagnostic(
            module.relpath, statement.lineno, statement.col_offset + 1, "build/class-body",
            f"{kind} in the body of class {node.name} never runs in JavaScript: Transcrypt compiles only the "
            f"defs and assignments of a class body and leaves the rest out (CPython runs it when the class "
            f"is defined)",
            "compute the value in a function defined before the class and assign its result in the class body "
            "(`LIMITS = _limits()`), or do the work in a method",
        ))
