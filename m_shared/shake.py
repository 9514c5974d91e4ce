"""Part of stage 6 (link): publish only the part of Transcrypt's runtime that the published code names.

Transcrypt's runtime is one ES module of ~700 top-level statements (builtins, exception classes,
methods added to ``String.prototype`` and the like), and every compiled module imports all of its
exports. A page would download all of it for a validator that uses a tenth. Here the runtime is cut
down to the statements that are reachable by name:

* every module's runtime import list is reduced to the names the module uses;
* a runtime statement that declares names (``export var len = ...``, ``function f``,
  ``String.prototype.strip = ...``, ``__setproperty__(String.prototype, 'format', ...)``) is kept
  if one of those names occurs as a word anywhere in the published code or in a kept statement;
  statements that declare nothing (configuration, ``__envir__`` assignments) are always kept.

Reachability is by *word*, not by binding: ``strip`` in ``x.strip()``, in a string or in a comment
keeps every ``strip``. That over-approximates on purpose: the only failure mode is a dropped
function that is then called by a name built at run time, and the runtime does that only for the
``py_`` aliases of Python names, which are added to the words. Names the JavaScript engine calls
without the program naming them (``toString``, ``valueOf``, ...) are always kept.
"""

from __future__ import annotations

import functools
import re

import tree_sitter_javascript
from tree_sitter import Language, Node, Parser

RUNTIME_FILE = "org.transcrypt.__runtime__.js"

_WORD = re.compile(r"[A-Za-z_$][\w$]*")
_RUNTIME_IMPORT = re.compile(r"import\s*\{([^}]*)\}\s*from\s*'\./org\.transcrypt\.__runtime__\.js';")
# Called by the engine, never by name in the program text: `"" + x`, JSON.stringify, console.log, instanceof...
_IMPLICIT = frozenset(
    "toString valueOf toJSON toLocaleString constructor length name message stack cause then inspect".split()
)


def words(text: str) -> frozenset[str]:
    """Every identifier-like word of ``text`` (code, strings and comments alike) and its ``py_`` alias."""
    found = set(_WORD.findall(text))
    return frozenset(found | {f"py_{word}" for word in found})


def prune_imports(text: str) -> str:
    """The module with its runtime import reduced to the names it uses (kept as an import: its side effects)."""
    match = _RUNTIME_IMPORT.search(text)
    if match is None:
        return text
    used = words(text[: match.start()] + text[match.end() :])
    kept = [name.strip() for name in match.group(1).split(",") if name.strip().split()[-1] in used]
    return f"{text[: match.start()]}import {{{', '.join(kept)}}} from './{RUNTIME_FILE}';{text[match.end() :]}"


@functools.lru_cache(maxsize=4)  # a watch session asks again with the same words after most saves
def prune_runtime(runtime: str, needed: frozenset[str]) -> str:
    """The runtime without the statements whose declared names no published code needs."""
    tree = _parser().parse(runtime.encode("utf-8"))
    if tree.root_node.has_error:  # not the runtime this was written for: publish it whole rather than guess
        return runtime
    statements = [(node, _declared(node)) for node in tree.root_node.children]
    needed = needed | _IMPLICIT
    kept = [False] * len(statements)
    changed = True
    while changed:  # the runtime's own functions name each other: grow the needed words to a fixed point
        changed = False
        for index, (node, declared) in enumerate(statements):
            if not kept[index] and (not declared or declared & needed):
                kept[index] = changed = True
                needed = needed | words(node.text.decode("utf-8"))
    return "\n".join(node.text.decode("utf-8") for (node, _), keep in zip(statements, kept, strict=True) if keep) + "\n"


@functools.cache
def _parser() -> Parser:
    return Parser(Language(tree_sitter_javascript.language()))


def _declared(node: Node) -> frozenset[str]:
    """The names a top-level statement defines; empty for a statement that must always run."""
    if node.type == "export_statement":
        declaration = node.child_by_field_name("declaration")
        if declaration is None:
            return frozenset()
        node = declaration
    if node.type in ("lexical_declaration", "variable_declaration"):
        names = [child.child_by_field_name("name") for child in node.named_children if child.type == "variable_declarator"]
        if all(name is not None and name.type == "identifier" for name in names):
            return frozenset(_text(name) for name in names)
        return frozenset()
    if node.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
        return frozenset({_text(node.child_by_field_name("name"))})
    if node.type == "expression_statement" and node.named_children:
        return _declared_property(node.named_children[0])
    return frozenset()


def _declared_property(expression: Node) -> frozenset[str]:
    """``X.prototype.name = ...``, ``__setproperty__(X.prototype, 'name', ...)`` and js_runtime's
    ``__m_shared_str_method__('name', ...)`` define ``name``."""
    if expression.type == "assignment_expression":
        left = expression.child_by_field_name("left")
        if left.type == "member_expression" and _is_prototype(left.child_by_field_name("object")):
            return frozenset({_text(left.child_by_field_name("property"))})
    if expression.type == "call_expression":
        function = _text(expression.child_by_field_name("function"))
        arguments = expression.child_by_field_name("arguments").named_children
        if (
            function in ("__setproperty__", "Object.defineProperty")
            and len(arguments) >= 2
            and _is_prototype(arguments[0])
            and arguments[1].type == "string"
        ):
            return frozenset({_text(arguments[1])[1:-1]})
        if function == "__m_shared_str_method__" and arguments and arguments[0].type == "string":
            return frozenset({_text(arguments[0])[1:-1]})
    return frozenset()


def _is_prototype(node: Node | None) -> bool:
    return (
        node is not None
        and node.type == "member_expression"
        and _text(node.child_by_field_name("property")) == "prototype"
    )


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8") if node is not None and node.text is not None else ""
