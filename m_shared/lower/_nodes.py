"""Building syntax: new nodes at the line of the code they stand for (sourcemaps and tracebacks keep pointing
at the Python the developer wrote), and small readers of nodes shared by the passes.
"""

from __future__ import annotations

import ast


def name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class Replaced(ast.NodeTransformer):
    """An expression with some of its parts (by identity) replaced by names."""

    def __init__(self, names: dict[int, str]):
        self.names = names

    def visit(self, node: ast.AST) -> ast.AST:
        name = self.names.get(id(node))
        if name is not None:
            return located(ast.Name(name, ast.Load()), node)
        return super().visit(node)


def located(new: ast.AST, anchor: ast.AST) -> ast.AST:
    """Give ``new`` and its location-less children the anchor's location (sourcemaps keep the line)."""
    for child in ast.walk(new):
        if "lineno" in child._attributes and not hasattr(child, "lineno"):
            ast.copy_location(child, anchor)
    return ast.copy_location(new, anchor)


def as_load(node: ast.expr) -> ast.expr:
    import copy

    loaded = copy.copy(node)
    if hasattr(loaded, "ctx"):
        loaded.ctx = ast.Load()
    return loaded


def subscript_value(node: ast.expr) -> ast.expr:
    return node.value if isinstance(node, ast.Subscript) else node


def call_func(node: ast.expr) -> ast.expr:
    return node.func if isinstance(node, ast.Call) else node


def parse_method(anchor: ast.AST, source: str) -> ast.FunctionDef:
    return parse_statement(anchor, source)  # type: ignore[return-value]


def parse_statement(anchor: ast.AST, source: str) -> ast.stmt:
    """Parse generated code and give every node the anchor's location, so the map points at the class."""
    statement = ast.parse(source).body[0]
    for node in ast.walk(statement):
        if "lineno" in node._attributes:
            ast.copy_location(node, anchor)
            node.end_lineno, node.end_col_offset = anchor.lineno, anchor.col_offset
    return statement
