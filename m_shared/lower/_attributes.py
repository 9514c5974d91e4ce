"""The attribute reads and method calls the code generator checks for a missing attribute (AttributeError), and
those it can leave alone.
"""

from __future__ import annotations

import ast

from ._scopes import module_constants


def mark_attribute_checks(tree: ast.Module) -> None:
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

    constants = module_constants(tree)

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
