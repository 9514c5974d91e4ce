"""Part of stage 6 (link): make the published JavaScript small.

**The library** is Transcrypt's runtime (one ES module of ~700 top-level statements: builtins,
exception classes, methods added to ``String.prototype`` and the like) and the stdlib modules the
shared code imports (``datetime``, ``re``, ... and what they import). A page would download all of
it for validators that use a tenth. Each library module is cut into *items*, every one declaring
the names under which it can be reached (:class:`_Library`):

* a top-level declaration (``export var len = ...``, ``function f``, ``class C``) or assignment
  to a module-level name (``_sort = function ...``) declares its names;
* a method or attribute a statement adds to an object (``String.prototype.strip = ...``,
  ``Object.defineProperty(X, 'k', ...)``, ``__setproperty__(X.prototype, 'k', ...)``, js_runtime's
  ``__m_shared_str_method__('k', ...)``, ``X.k = ...``) declares ``k``; when ``X`` is declared by
  the same module the item belongs to that declaration and is left out with it;
* a member of a Transcrypt class (``var date = __class__('date', [object], {members})``) declares
  its key and belongs to the class: an unused method of a used class is left out;
* an import specifier declares its local name and imports a name of another module; an export
  clause's specifier declares its exported name;
* a statement that declares nothing (configuration, loops filling tables) always runs.

An item is kept when one of its names is *needed*, grown to a fixed point from what the published
shared modules and the js_runtime name. What code names is read with scopes (:func:`words`): an
identifier bound inside it (a parameter, a local variable) names nothing outside, so re.js's
local ``input`` does not keep the runtime's ``input``. A module-level name not exported is needed
by an identifier of its own module; an exported one also by an import of it, and by a property
name when its module is imported as a namespace (``import re``: ``re.fullmatch``). A method or
attribute is needed by a property name (``x.strip``), or by a word of a string (``getattr(x,
'strip')``, ``'__repr__' in x``, ``"{0.year}".format(d)``), with the ``py_`` alias under which
Transcrypt stores Python attributes that clash with JavaScript. Property names are not told apart
by the object they are read from: ``d.replace(...)`` keeps every ``replace`` method; only a property
of one of JavaScript's own objects (``Math.min``, ``JSON.stringify``: :data:`_JS_OBJECTS`, no Python
value) reaches nothing but what the runtime sets on that object. That
over-approximates on purpose: the only failure mode is a dropped method reached by a name built at
run time (``getattr`` with a computed string, or JavaScript calling a Python method of a library
object by hand). Names the JavaScript engine itself calls (``toString``, ``valueOf``, ``next``,
...) are always needed, and the runtime's own protocol calls (``repr`` calling ``__repr__``) are
names like any other.

A library module none of whose imports is kept any more (``time``, which ``datetime`` uses only to
read the clock: ``today``, ``now``, ``fromtimestamp``; its ``strftime`` is js_runtime's, see
``datetime.strftime.edit.json``) is not published at all; only modules whose loading has no effect
outside themselves are dropped like that (``_DROPPABLE``), the runtime never is. What is kept is
then written with short local names (:func:`mangle`): library code has no sourcemap; once bundled,
the top-level names no other module sees are short too.

**Shared modules** keep Transcrypt's layout line for line, for their sourcemaps and line tables:
their runtime import lists only what they use (:func:`prune_imports`), and their indentation goes
(:func:`compact`).
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping

import tree_sitter_javascript
from tree_sitter import Language, Node, Parser

RUNTIME_MODULE = "org.transcrypt.__runtime__"
RUNTIME_FILE = f"{RUNTIME_MODULE}.js"

_WORD = re.compile(r"[A-Za-z_$][\w$]*")
_RUNTIME_IMPORT = re.compile(r"import\s*\{([^}]*)\}\s*from\s*'\./org\.transcrypt\.__runtime__\.js';")
# Called by the engine, never by name in the program text: `"" + x`, JSON.stringify, console.log,
# instanceof, for-of over an iterator (next, return, throw)...
_IMPLICIT = frozenset({
    "toString", "valueOf", "toJSON", "toLocaleString", "constructor", "length", "name", "message", "stack",
    "cause", "then", "inspect", "next", "return", "throw",
})
# Transcrypt's stdlib modules whose top-level code only builds their own objects (read for this:
# tables, classes, constants; time.js reads the browser's language and clock): a module nothing
# imports a name of any more is left out. Any other module stays as long as something imports it.
_DROPPABLE = frozenset({"copy", "dataclasses", "datetime", "math", "re", "re.translate", "time"})
_LIBRARY_SOURCE = re.compile(r"^\./([\w.]+)\.js$")

_EQUALITY = frozenset({"==", "===", "!=", "!=="})
_FUNCTIONS = frozenset({
    "function_declaration", "generator_function_declaration", "function_expression", "function",
    "generator_function", "arrow_function", "method_definition",
})
_BLOCKS = frozenset({"statement_block", "switch_body", "for_statement", "class_static_block"})
_BINDING_KINDS = _FUNCTIONS | _BLOCKS | {
    "class_declaration", "class", "variable_declaration", "lexical_declaration", "for_in_statement", "catch_clause",
    "import_statement",
}


# ---- what a piece of code names -----------------------------------------------------------------

# In the set :func:`words` returns, a module the code imports as a namespace (``import * as m from
# './m.js'``) is listed as ``*m``, a name it imports from one (``import {x} from './m.js'``) as ``>m:x``,
# and every module it imports in any way (``import {} from './m.js'`` too) as ``>m:``
_NAMESPACE = "*"
_IMPORT = ">"
_EVERY_MODULE = "*"


def words(text: str) -> frozenset[str]:
    """What ``text`` can reach: its free identifiers, property names and the words of its strings.

    Every name is listed with its ``py_`` alias. What it imports from other modules is listed too:
    ``>m:x`` for a name ``x`` imported from ``./m.js`` (``>m:`` for any import of it), ``*m`` for
    ``./m.js`` imported as a namespace (whose exports property names and strings reach too). An
    identifier bound inside ``text`` (parameter, local variable, catch parameter) names nothing.
    Text that does not parse is read word by word.
    """
    tree = _parser().parse(text.encode("utf-8"))
    if tree.root_node.has_error:  # imports unknown: as if it imported every library module as a namespace
        return _aliased(_WORD.findall(text)) | {_NAMESPACE + _EVERY_MODULE}
    names = _Names()
    _Reader(tree.root_node).read(tree.root_node, {}, {0: names})
    return names.encoded()


def _aliased(found: Iterable[str]) -> frozenset[str]:
    found = set(found)
    return frozenset(found | {f"py_{word}" for word in found})


class _Names:
    """What a piece of code names: identifiers, property names (and string words), namespaces."""

    __slots__ = ("identifiers", "imports", "namespaces", "properties")

    def __init__(self) -> None:
        self.identifiers: set[str] = set()  # free, or bound at the top level
        self.properties: set[str] = set()  # property names and the words of strings
        self.namespaces: set[str] = set()  # modules imported as a namespace
        self.imports: set[str] = set()  # 'module:name' imported by name, 'module:' imported at all

    def encoded(self) -> frozenset[str]:
        return (
            _aliased(self.properties | self.identifiers)
            | {_NAMESPACE + name for name in self.namespaces}
            | {_IMPORT + name for name in self.imports}
        )


class _Reader:
    """Binds the identifiers of one parsed module to their scopes, and collects what code names."""

    def __init__(self, root: Node):
        self.root = root.id
        self.bindings: dict[int, set[str]] = {}
        # bindings whose name is seen from outside (a function's or class's `.name`, the module's
        # top level) or that JavaScript ties to another binding: never renamed (see mangle)
        self.fixed: set[tuple[int, str]] = set()
        # of those, the ones fixed for their own sake (a name that `.name` shows, a tie), not for being top-level
        self.named: set[tuple[int, str]] = set()
        self._bind_all(root)

    # -- declarations ------------------------------------------------------------------------------
    def _bind(self, scope: int, pattern: Node | None, fixed: bool = False) -> None:
        """The names a binding pattern introduces (``a``, ``{a, b: [c] = 1}``, ``...rest``)."""
        if pattern is None:
            return
        kind = pattern.type
        if kind in ("identifier", "shorthand_property_identifier_pattern"):
            self.bindings.setdefault(scope, set()).add(_text(pattern))
            if fixed:
                self.named.add((scope, _text(pattern)))
            if fixed or scope == self.root:
                self.fixed.add((scope, _text(pattern)))
        elif kind in ("assignment_pattern", "object_assignment_pattern"):
            # `f = function () {}` names the function 'f'
            self._bind(scope, pattern.child_by_field_name("left"), fixed or _names_value(pattern.child_by_field_name("right")))
        elif kind == "pair_pattern":
            self._bind(scope, pattern.child_by_field_name("value"), fixed)
        elif kind in ("object_pattern", "array_pattern", "rest_pattern"):
            for child in pattern.named_children:
                self._bind(scope, child, fixed)

    def _bind_all(self, root: Node) -> None:
        # (node, scope of `var`, scope of `let`/`const`/`class`/`function` declarations, the function
        # whose parameters a `var` of the same name is, the catch parameters around it)
        stack: list[tuple[list[Node], int, int, int | None, tuple]] = [([root], root.id, root.id, None, ())]
        while stack:
            nodes, outer_var_scope, outer_block_scope, function, catches = stack.pop()
            for node in nodes:
                kind = node.type
                if kind not in _BINDING_KINDS:  # most nodes: same scopes below
                    if node.child_count:
                        stack.append((node.children, outer_var_scope, outer_block_scope, function, catches))
                    continue
                self._bind_node(node, kind, outer_var_scope, outer_block_scope, function, catches, stack)

    def _bind_node(self, node: Node, kind: str, var_scope: int, block_scope: int, function: int | None,
                   catches: tuple, stack: list) -> None:
        if kind in _FUNCTIONS:
            name = node.child_by_field_name("name")
            if kind in ("function_declaration", "generator_function_declaration"):
                self._bind(block_scope, name, fixed=True)
            elif kind != "method_definition":
                self._bind(node.id, name, fixed=True)  # a function expression's own name is seen inside it only
            self.bindings.setdefault(node.id, set())
            parameters = node.child_by_field_name("parameters")
            if parameters is not None:
                for parameter in parameters.named_children:
                    self._bind(node.id, parameter)
            self._bind(node.id, node.child_by_field_name("parameter"))  # x => ...
            body = node.child_by_field_name("body")
            others = []
            for child in node.children:
                if child == body and child.type == "statement_block":
                    self.bindings.setdefault(child.id, set())
                    stack.append(([child], child.id, child.id, node.id, ()))
                else:
                    others.append(child)
            stack.append((others, node.id, node.id, None, ()))
            return
        if kind == "class_declaration":
            self._bind(block_scope, node.child_by_field_name("name"), fixed=True)
        elif kind == "class":
            self._bind(node.id, node.child_by_field_name("name"), fixed=True)
            block_scope = node.id
        elif kind in ("variable_declaration", "lexical_declaration"):
            for declarator in node.named_children:
                if declarator.type == "variable_declarator":
                    target = declarator.child_by_field_name("name")
                    fixed = _names_value(declarator.child_by_field_name("value"))
                    if kind == "lexical_declaration":
                        self._bind(block_scope, target, fixed)
                        continue
                    scope = var_scope
                    names = _pattern_names(target)
                    if function is not None and names & self.bindings.get(function, set()):
                        scope = function  # `var x` in a function with a parameter x is that parameter
                    for name, catch_scope in catches:
                        if name in names:  # `catch (e) { var e }`: JavaScript ties the two
                            self.fixed.add((catch_scope, name))
                            self.named.add((catch_scope, name))
                            fixed = True
                    self._bind(scope, target, fixed)
        elif kind == "for_in_statement":
            declared = node.child_by_field_name("kind")
            left = node.child_by_field_name("left")
            if declared is not None and declared.type == "var":
                self._bind(var_scope, left)
                if function is not None and _pattern_names(left) & self.bindings.get(function, set()):
                    self.fixed.update((var_scope, name) for name in _pattern_names(left))
                    self.named.update((var_scope, name) for name in _pattern_names(left))
            elif declared is not None:
                self._bind(node.id, left)
            block_scope = node.id
            self.bindings.setdefault(node.id, set())
        elif kind == "catch_clause":
            parameter = node.child_by_field_name("parameter")
            self._bind(node.id, parameter)
            catches = catches + tuple((name, node.id) for name in _pattern_names(parameter))
            block_scope = node.id
        elif kind == "import_statement":
            for child in _walk(node):
                if child.type == "import_specifier":
                    self._bind(self.root, child.child_by_field_name("alias") or child.child_by_field_name("name"))
                elif child.type in ("namespace_import", "import_clause"):
                    for name in child.named_children:
                        if name.type == "identifier":
                            self._bind(self.root, name)
            return
        elif kind in _BLOCKS and node.id != self.root:
            block_scope = node.id
            self.bindings.setdefault(node.id, set())
        stack.append((node.children, var_scope, block_scope, function, catches))

    # -- references --------------------------------------------------------------------------------
    def read(self, start: Node, owners: Mapping[int, int], found: Mapping[int, _Names], owner: int = 0) -> None:
        """Add what the code under ``start`` names to ``found[owner]``; a node listed in ``owners``
        (an item of its own) and what is under it go to ``found[owners[node.id]]`` instead."""
        bindings = self.bindings
        root = self.root
        stack: list[tuple[Node, tuple | None, int]] = [(start, None, owner)]
        while stack:
            node, chain, owner = stack.pop()
            owner = owners.get(node.id, owner)
            kind = node.type
            if kind in ("identifier", "shorthand_property_identifier"):
                name = _text(node)
                scope = binding_scope(name, chain, bindings)
                if scope is None or scope[0] == root:
                    found[owner].identifiers.add(name)
                    if kind == "shorthand_property_identifier":
                        found[owner].properties.add(name)
                continue
            if kind == "property_identifier":
                found[owner].properties.add(_qualified(node, chain, bindings))
                continue
            if kind == "import_specifier":
                statement = node.parent.parent.parent  # named_imports, import_clause, import_statement
                source = statement.child_by_field_name("source") if statement is not None else None
                if source is not None:
                    imported = _text(node.child_by_field_name("name"))
                    found[owner].imports.add(f"{_module_of(_string_value(source))}:{imported}")
            if kind == "string":
                parent = node.parent
                if parent is not None and parent.type in ("import_statement", "export_statement"):
                    if parent.type == "import_statement":  # the module is loaded, whatever it imports from it
                        found[owner].imports.add(f"{_module_of(_string_value(node))}:")
                    if parent.type == "import_statement" and any(
                        child.type == "namespace_import" for child in _walk(parent)
                    ):  # a module imported as a namespace: its exports are reached by property too
                        found[owner].namespaces.add(_module_of(_string_value(node)))
                    continue
                if parent is not None and parent.type == "variable_declarator" and (
                    _text(parent.child_by_field_name("name")) == "__name__"
                ):  # the module's own name
                    continue
                if parent is not None and (
                    parent.type == "switch_case"  # case 'name': compared, never looked up
                    or (parent.type == "binary_expression" and _text(parent.child_by_field_name("operator")) in _EQUALITY)
                ):
                    continue
                found[owner].properties.update(_string_words(_text(node), _split(node)))
                continue
            if kind == "template_string":
                for child in node.children:
                    if child.type == "string_fragment":
                        found[owner].properties.update(_string_words(_text(child), _split(node)))
                    elif child.type == "template_substitution":
                        stack.append((child, chain, owner))
                continue
            if kind in ("comment", "regex", "number", "statement_identifier"):  # nothing reaches code through these
                continue
            if node.id in bindings:
                chain = (node.id, chain)
            for child in node.children:
                stack.append((child, chain, owner))


# JavaScript's own objects that no Python value is: a property read from one of them (`Math.min`, as the
# runtime's slicing reads it) reaches that object's property, not a Python attribute of the name (it kept
# datetime's date.min, date.max, timedelta.min and timedelta.max, and the values they are made of)
_JS_OBJECTS = frozenset({"Math", "JSON", "Object", "Array", "Number", "String", "Reflect", "Symbol", "console"})


def _qualified(node: Node, chain: Chain | None, bindings: Mapping[int, set[str]]) -> str:
    """The name a property name reaches: ``min``, or ``Math.min`` when read from the global ``Math``."""
    name = _text(node)
    parent = node.parent
    if parent is not None and parent.type == "member_expression" and parent.child_by_field_name("property") == node:
        holder = parent.child_by_field_name("object")
        if (
            holder is not None and holder.type == "identifier" and _text(holder) in _JS_OBJECTS
            and binding_scope(_text(holder), chain, bindings) is None
        ):
            return f"{_text(holder)}.{name}"
    return name


def _string_words(text: str, split: bool) -> list[str]:
    """The names a string can reach by being looked up: each of its words, unless it has whitespace.

    No attribute name has whitespace, so a string with some (an error message, ``"reject or strip
    such characters"``) is never one; it still reaches the words of its format fields, which
    ``str.format`` looks up (``'{0.year} {0.month}'.format(d)``). A string that is split into words
    (``'a b c'.split (' ')``) is a list of names and reaches them all. Words of strings with
    whitespace used to keep String.prototype.strip, every method named in the runtime's table of
    CPython's attributes (compared, never looked up) and more: 1.3 KB of the demo's runtime, gzipped.
    """
    if split or not _WHITESPACE.search(text):
        return _WORD.findall(text)
    return [word for field in _FORMAT_FIELD.findall(text) for word in _WORD.findall(field)]


_WHITESPACE = re.compile(r"\s")
_FORMAT_FIELD = re.compile(r"\{([^{}]*)\}")


def _split(node: Node) -> bool:
    """A string literal (or a concatenation of some, in parentheses) whose ``.split`` is called."""
    while node.parent is not None and (
        node.parent.type == "parenthesized_expression"
        or (node.parent.type == "binary_expression" and _text(node.parent.child_by_field_name("operator")) == "+")
    ):
        node = node.parent
    member = node.parent
    return (
        member is not None and member.type == "member_expression" and member.child_by_field_name("object") == node
        and _text(member.child_by_field_name("property")) == "split"
    )


def _module_of(source: str) -> str:
    """``'./re.translate.js'`` -> ``'re.translate'``."""
    found = _LIBRARY_SOURCE.match(source)
    return found.group(1) if found else source


def _pattern_names(pattern: Node | None) -> set[str]:
    if pattern is None:
        return set()
    if pattern.type in ("identifier", "shorthand_property_identifier_pattern"):
        return {_text(pattern)}
    return {_text(node) for node in _walk(pattern)
            if node.type in ("identifier", "shorthand_property_identifier_pattern")}


def _names_value(value: Node | None) -> bool:
    """An initializer that takes the binding's name: ``var f = function () {}`` is ``f.name == 'f'``."""
    return value is not None and value.type in (_FUNCTIONS | {"class"})


def _walk(node: Node) -> Iterable[Node]:
    """``node`` and every node under it, in source order."""
    stack = [node]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


# Where the program text has identifiers: not in property names, strings (a template's substitutions
# excepted), regular expressions, comments or numbers
_IDENTIFIERS = frozenset({"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"})
_NO_IDENTIFIERS = frozenset({"property_identifier", "string", "template_string", "regex", "comment", "number"})
Chain = tuple  # (scope node id, enclosing chain) | None: the scopes code is read in, innermost first


def scoped_identifiers(
    root: Node, bindings: Mapping[int, object], skip: frozenset[str] = frozenset()
) -> Iterable[tuple[Node, Chain | None]]:
    """Every identifier under ``root`` with the scopes it is read in, and every scope on the way in.

    Yields ``(identifier, chain)`` and, for a node that binds names (a key of ``bindings``, as
    :class:`_Reader` finds them), ``(scope, chain)`` whose chain starts with the scope itself,
    before what is inside it. A function declaration's name is read in the scope around it, not in
    its own (``function f (f) {}``). Nodes of a type in ``skip`` are left out with what is under them.
    """
    stack: list[tuple[Node, Chain | None]] = [(root, None)]
    while stack:
        node, chain = stack.pop()
        kind = node.type
        if kind in _IDENTIFIERS:
            yield node, chain
            continue
        if kind in _NO_IDENTIFIERS or kind in skip:
            if kind == "template_string":
                stack.extend((child, chain) for child in node.children if child.type == "template_substitution")
            continue
        inner = chain
        if node.id in bindings:
            inner = (node.id, chain)
            yield node, inner
        name_node = node.child_by_field_name("name") if kind in ("function_declaration", "generator_function_declaration") else None
        for child in node.children:
            stack.append((child, chain if name_node is not None and child == name_node else inner))


def binding_scope(name: str, chain: Chain | None, bindings: Mapping[int, Iterable[str]]) -> Chain | None:
    """The innermost scope of ``chain`` that binds ``name`` (None: a global)."""
    while chain is not None and name not in bindings[chain[0]]:
        chain = chain[1]
    return chain


def renaming(node: Node, name: str, new: str) -> tuple[int, int, str]:
    """The edit that renames the identifier ``node`` (of ``name``): a shorthand ``{a}`` becomes ``{a:b}``."""
    return node.start_byte, node.end_byte, new if node.type == "identifier" else f"{name}:{new}"


def edited(text: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with byte ranges replaced; an edit that starts inside an earlier one goes with it."""
    data = text.encode("utf-8")
    pieces, position = [], 0
    for start, end, replacement in sorted(edits):
        if start < position:
            continue
        pieces.append(data[position:start])
        pieces.append(replacement.encode("utf-8"))
        position = end
    pieces.append(data[position:])
    return b"".join(pieces).decode("utf-8")


# ---- shorter local names ----------------------------------------------------------------------------

# Words JavaScript does not take as a variable's name (or should not: eval, undefined)
RESERVED = frozenset({
    "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
    "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally", "for", "function", "if",
    "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private",
    "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof",
    "undefined", "var", "void", "while", "with", "yield", "NaN", "Infinity",
})
_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
_NEXT = _FIRST + "0123456789"


def _short_names() -> Iterable[str]:
    """a, b, ..., $, aa, ab, ...: every identifier, shortest first, without reserved words."""
    length = 1
    while True:
        for index in range(len(_FIRST) * len(_NEXT) ** (length - 1)):
            name = _FIRST[index % len(_FIRST)]
            index //= len(_FIRST)
            for _ in range(length - 1):
                name += _NEXT[index % len(_NEXT)]
                index //= len(_NEXT)
            if name not in RESERVED:
                yield name
        length += 1


@functools.lru_cache(maxsize=32)
def mangle(text: str, private: bool = False) -> str:
    """``text`` with its local variables and parameters renamed to short names.

    For library code, which has no sourcemap: what a caller can see stays as it is (the module's
    top-level names, property names, the names of functions and classes, which ``.name`` shows,
    and so of variables a function or class is assigned to). A module that uses ``eval`` or
    ``with`` (which read locals by name) or does not parse is left as it is.

    ``private``: the module is the last one to see its top level (the library bundle, interop.js):
    its top-level names that no other module sees are renamed too (:func:`_private_names`). The
    runtime's own helpers (``__m_shared_len_slow__``, ``__m_shared_tokens__``, ...) were ~750 bytes of
    the demo's gzipped library: gzip stores a long name's repeats cheaply, but not its first use.
    """
    tree = _parser().parse(text.encode("utf-8"))
    root = tree.root_node
    if root.has_error:
        return text
    reader = _Reader(root)
    bindings, fixed = reader.bindings, reader.fixed
    occurrences: dict[tuple[int, str], list[Node]] = collections.defaultdict(list)
    outside: dict[int, set[tuple[int, str]]] = collections.defaultdict(set)  # scope -> bindings it sees from outside
    inner_fixed: dict[int, set[str]] = collections.defaultdict(set)  # scope -> names fixed in it or below it
    order: list[int] = []  # scopes, outer before inner
    body_of: dict[int, int] = {}  # a function's body block -> the function (the scope of its parameters)
    if any(node.type == "with_statement" for node in _walk(root)):
        return text
    for node, chain in scoped_identifiers(root, bindings):
        if node.id in bindings:  # a scope, entered
            order.append(node.id)
            if node.type == "statement_block" and node.parent is not None and node.parent.type in _FUNCTIONS:
                body_of[node.id] = node.parent.id
            for name in bindings[node.id]:
                if (node.id, name) in fixed:
                    scope = chain
                    while scope is not None:
                        inner_fixed[scope[0]].add(name)
                        scope = scope[1]
            continue
        name = _text(node)
        if name == "eval":
            return text
        scope = binding_scope(name, chain, bindings)
        key = (scope[0] if scope is not None else -1, name)
        occurrences[key].append(node)
        inside = chain
        while inside is not None and inside is not scope:  # scopes between the use and the binding
            outside[inside[0]].add(key)
            inside = inside[1]
    final: dict[tuple[int, str], str] = {}
    for scope in order:
        if scope == reader.root:
            if not private:
                continue
            local = sorted(_private_names(root, bindings.get(scope, set()), reader.named, occurrences))
            # every global the module reads, anywhere, and every name an inner scope keeps as it is
            taken = {name for (where, name) in occurrences if where == -1} | inner_fixed[scope]
            taken |= set(bindings.get(scope, set())) - set(local)
        else:
            local = sorted(name for name in bindings[scope] if (scope, name) not in fixed)
            taken = {final.get(key, key[1]) for key in outside[scope]} | inner_fixed[scope]
            taken |= {name for name in bindings[scope] if (scope, name) in fixed}
        if not local:
            continue
        if scope in body_of:
            # `function (a) {const b = ...}`: b may not take a's name, even if the body never reads a
            # (a `let` or `const` of a parameter's name at the top of the body is a SyntaxError)
            function = body_of[scope]
            taken |= {final.get((function, name), name) for name in bindings[function]}
        # the most used names get the shortest new names; ties in source order
        local.sort(key=lambda name: (-len(occurrences[(scope, name)]), _first_byte(occurrences[(scope, name)])))
        names = _short_names()
        for name in local:
            if not occurrences[(scope, name)]:
                continue
            new = next(names)
            while new in taken:
                new = next(names)
            final[(scope, name)] = new
            taken.add(new)
    return edited(text, (renaming(node, key[1], new) for key, new in final.items() for node in occurrences[key]))


def _private_names(root: Node, names: Iterable[str], named: set[tuple[int, str]],
                   occurrences: Mapping[tuple[int, str], list[Node]]) -> set[str]:
    """The top-level names of a module that nothing outside it can see, and so may be renamed.

    Not its exports nor its imports (other modules name them); not a name a function or class
    takes (``function f``, ``var f = function``, ``f = class``: its ``.name`` shows it) unless the
    function is only ever called by it (``f(x)``), so that no code can reach the function object.
    """
    seen = set()
    for node in root.children:
        if node.type == "import_statement":
            for child in _walk(node):
                if child.type == "identifier":
                    seen.add(_text(child))
        elif node.type == "export_statement":
            declaration = node.child_by_field_name("declaration")
            if declaration is not None:
                seen.update(_declared_names(node))
                if declaration.type in ("lexical_declaration", "variable_declaration"):
                    for declarator in declaration.named_children:
                        if declarator.type == "variable_declarator":
                            seen.update(_pattern_names(declarator.child_by_field_name("name")))
            for child in _walk(node):
                if child.type == "export_specifier":
                    seen.add(_text(child.child_by_field_name("name")))
    found = set()
    for name in names:
        if name in seen:
            continue
        uses = occurrences.get((root.id, name), [])
        if any(_names_class(node) for node in uses):
            continue  # its instances show it: `new C().constructor.name`, and calling it without `new` too
        shown = (root.id, name) in named or any(_names_function(node) for node in uses)
        if shown and not all(_called(node) or _declares(node) for node in uses):
            continue  # the function object goes somewhere: its `.name` can be read
        found.add(name)
    return found


def _names_function(node: Node) -> bool:
    """``f = function () {}``: the assignment names the function ``f``."""
    parent = node.parent
    return (
        parent is not None and parent.type == "assignment_expression" and parent.child_by_field_name("left") == node
        and _names_value(parent.child_by_field_name("right"))
    )


def _names_class(node: Node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "class_declaration":
        return parent.child_by_field_name("name") == node
    value = None
    if parent.type == "variable_declarator" and parent.child_by_field_name("name") == node:
        value = parent.child_by_field_name("value")
    elif parent.type == "assignment_expression" and parent.child_by_field_name("left") == node:
        value = parent.child_by_field_name("right")
    return value is not None and value.type == "class"


def _called(node: Node) -> bool:
    """``f(...)``: the callee of a call, whose value goes nowhere else."""
    parent = node.parent
    return parent is not None and parent.type == "call_expression" and parent.child_by_field_name("function") == node


def _declares(node: Node) -> bool:
    """The name a declaration or an assignment binds (``function f``, ``var f = ...``, ``f = ...``)."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type in ("function_declaration", "generator_function_declaration", "class_declaration", "variable_declarator"):
        return parent.child_by_field_name("name") == node
    return parent.type == "assignment_expression" and parent.child_by_field_name("left") == node


def _first_byte(nodes: list[Node]) -> int:
    return min((node.start_byte for node in nodes), default=0)


# ---- shared modules: layout ------------------------------------------------------------------------

_ATOMS = frozenset({"string", "template_string", "regex", "number", "comment"})


def compact(text: str) -> str:
    """``text`` without indentation and without the spaces between tokens that need none.

    Every line break stays where it is, so the sourcemap's lines, the line tables and automatic
    semicolon insertion are unchanged. A space stays where the two tokens would otherwise read as
    one (``typeof x``, ``a - -b``, ``1 .x``, ``a / /b/``). A line that starts inside a string,
    template or comment keeps its start. Text that does not parse, or whose tokens would not read
    back the same, is left as it is.
    """
    tree = _parser().parse(text.encode("utf-8"))
    if tree.root_node.has_error:
        return text
    tokens = _tokens(tree.root_node)
    data = text.encode("utf-8")
    out: list[bytes] = []
    position = 0
    for token in tokens:
        gap = data[position : token.start_byte]
        if b"\n" in gap and not gap.strip(b" \t\r\n"):
            gap = gap[: gap.rindex(b"\n") + 1]  # the indentation after the last break goes
        elif position == 0:
            gap = gap.lstrip(b" \t")
        elif gap and not gap.strip(b" \t"):
            gap = b" " if out and _joins(out[-1], data[token.start_byte : token.end_byte]) else b""
        out.append(gap)
        out.append(data[token.start_byte : token.end_byte])
        position = token.end_byte
    out.append(data[position:])
    result = b"".join(out).decode("utf-8")
    check = _parser().parse(result.encode("utf-8"))
    if result.count("\n") != text.count("\n") or check.root_node.has_error or [
        (t.type, t.text) for t in _tokens(check.root_node)
    ] != [(t.type, t.text) for t in tokens]:
        return text
    return result


_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$\\")


def _joins(before: bytes, after: bytes) -> bool:
    """Whether two tokens written without a space between them would read differently."""
    last, first = before[-1], after[0]
    if (last in _WORD_BYTES or last >= 0x80) and (first in _WORD_BYTES or first >= 0x80):
        return True  # one word: `typeof x`, `return x`, `1 in x`
    pair = bytes([last, first])
    # `a - -b`, `a + +b`, `a / /re/`, `a / *b`: an operator or a comment; `1 .x`: a number's point
    return pair in (b"--", b"++", b"//", b"/*") or (last in b"0123456789" and first == ord("."))


def _tokens(root: Node) -> list[Node]:
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.child_count == 0 or node.type in _ATOMS:
            if node.end_byte > node.start_byte:
                found.append(node)
            continue
        stack.extend(reversed(node.children))
    return found


# ---- shared modules: their runtime import ---------------------------------------------------------

def prune_imports(text: str, required: tuple[str, ...] = ()) -> str:
    """The module with its runtime import reduced to the names it uses (kept as an import: its side effects).

    ``required``: runtime names the module uses that its import may lack (its compiled code is
    cached, and the runtime exported fewer names when it was compiled): added if missing. A module
    without a runtime import gets one at its end (ES imports are hoisted), so its lines stay.
    """
    match = _RUNTIME_IMPORT.search(text)
    if match is None:
        return f"{text}import {{{', '.join(required)}}} from './{RUNTIME_FILE}';\n" if required else text
    used = words(text[: match.start()] + text[match.end() :])
    kept = [name.strip() for name in match.group(1).split(",") if name.strip().split()[-1] in used]
    kept += [name for name in required if name not in {k.split()[-1] for k in kept}]
    return f"{text[: match.start()]}import {{{', '.join(kept)}}} from './{RUNTIME_FILE}';{text[match.end() :]}"


def runtime_imports(text: str) -> frozenset[str]:
    """The local names a shared module imports from the runtime."""
    match = _RUNTIME_IMPORT.search(text)
    return frozenset(name.split()[-1] for name in match.group(1).split(",") if name.strip()) if match else frozenset()


# ---- the library -----------------------------------------------------------------------------------

# An item is needed when one of the names it declares is needed...
_PRIVATE = "private"  # ... as an identifier in its own module: a top-level name it does not export, an import
_EXPORTED = "exported"  # ... as an identifier anywhere, or by property when its module is imported as a namespace
_ATTRIBUTE = "attribute"  # ... by property (or a string): a method, an attribute of a class or an object


@dataclasses.dataclass
class _Item:
    module: str
    kind: str  # _PRIVATE, _EXPORTED or _ATTRIBUTE
    declared: frozenset[str]  # empty: kept whenever its module is published (and its owner kept)
    owner: int | None = None  # the item it belongs to: considered only once that one is kept
    target: str | None = None  # an import: the library module it loads when kept
    namespace: bool = False  # an import as a namespace: the target's exports are reached by property
    names: _Names = dataclasses.field(default_factory=_Names)  # what it names when kept


@dataclasses.dataclass
class _Module:
    name: str
    statements: list[tuple[Node, int | None]]  # top-level statements, with their item (None: never emitted)
    members: dict[int, list[tuple[Node, int]]]  # item of a statement -> its removable parts and their items
    imports: dict[int, tuple[str, str, list[tuple[str, int]]]]  # import/export statement -> (source, kind, specifiers)


class _Library:
    """The library's modules cut into items, with what each item names."""

    def __init__(self, texts: Mapping[str, str]):
        self.items: list[_Item] = []
        self.modules: dict[str, _Module] = {}
        self.names = set(texts)
        self.trees = {}
        for name, text in sorted(texts.items()):
            self.modules[name] = self._cut(name, text)

    def _add(self, item: _Item) -> int:
        self.items.append(item)
        return len(self.items) - 1

    def _cut(self, name: str, text: str) -> _Module:
        tree = _parser().parse(text.encode("utf-8"))
        if tree.root_node.has_error:
            raise _Unparsable(name)
        self.trees[name] = tree  # the nodes below keep pointing into it
        root = tree.root_node
        module = _Module(name, [], {}, {})
        owners: dict[int, int] = {}
        top_level = {declared for node in root.children for declared in _declared_names(node)}
        exported = {
            declared for node in root.children if node.type == "export_statement" for declared in _declared_names(node)
        }
        declarations: dict[str, int] = {}
        for node in root.children:
            if node.type == "empty_statement":
                module.statements.append((node, None))
                continue
            index = self._statement(module, node, top_level, exported, declarations, owners)
            module.statements.append((node, index))
            owners[node.id] = index
        found: dict[int, _Names] = collections.defaultdict(_Names)
        _Reader(root).read(root, owners, found, owner=-1)  # -1: between statements (empty ones)
        for index, names in found.items():
            if index >= 0:
                item = self.items[index].names
                item.identifiers |= names.identifiers
                item.properties |= names.properties
                item.namespaces |= names.namespaces
                item.imports |= names.imports
        return module

    def _statement(
        self, module: _Module, node: Node, top_level: set[str], exported: set[str],
        declarations: dict[str, int], owners: dict[int, int],
    ) -> int:
        name = module.name
        if node.type == "import_statement":
            return self._import(module, node, owners)
        if node.type == "export_statement" and node.child_by_field_name("source") is None:
            clause = next((child for child in node.named_children if child.type == "export_clause"), None)
            if clause is not None:
                index = self._add(_Item(name, _PRIVATE, frozenset()))
                specifiers = []
                for specifier in clause.named_children:
                    if specifier.type == "export_specifier":
                        exported_name = specifier.child_by_field_name("alias") or specifier.child_by_field_name("name")
                        item = self._add(_Item(name, _EXPORTED, frozenset({_text(exported_name)})))
                        owners[specifier.id] = item
                        specifiers.append((specifier, item))
                module.members[index] = specifiers
                module.imports[index] = ("", "export", [])
                return index
        declared = _declared_names(node)
        if declared:
            kind = _EXPORTED if declared & exported else _PRIVATE
            index = self._add(_Item(name, kind, declared))
            for declared_name in sorted(declared):
                declarations.setdefault(declared_name, index)
            members = _class_members(node)
            if members:
                parts = []
                for member, key in members:
                    item = self._add(_Item(name, _ATTRIBUTE, frozenset({key}), owner=index))
                    owners[member.id] = item
                    parts.append((member, item))
                module.members[index] = parts
            return index
        attribute = _declared_attribute(node)
        if attribute is not None:
            key, holder = attribute
            if holder is None or holder in _GLOBAL_HOLDERS:  # `Math.k` reads it as well as `x.k`
                reached = {key, f"{holder}.{key}"} if holder is not None else {key}
                return self._add(_Item(name, _ATTRIBUTE, frozenset(reached)))
            if holder in top_level:  # goes with the declaration of its holder, if that came first
                return self._add(_Item(name, _ATTRIBUTE, frozenset({key}), owner=declarations.get(holder)))
        return self._add(_Item(name, _PRIVATE, frozenset()))  # runs whenever its module is loaded

    def _import(self, module: _Module, node: Node, owners: dict[int, int]) -> int:
        source = node.child_by_field_name("source")
        target = _module_of(_string_value(source)) if source is not None else None
        if target not in self.names:  # not a library module: kept as it is
            return self._add(_Item(module.name, _PRIVATE, frozenset()))
        droppable = target in _DROPPABLE
        specifiers: list[tuple[str, int]] = []
        kind = "bare"
        for child in _walk(node):
            if child.type == "import_specifier":
                kind = "named"
                imported = _text(child.child_by_field_name("name"))
                local = _text(child.child_by_field_name("alias") or child.child_by_field_name("name"))
                item = self._add(_Item(module.name, _PRIVATE, frozenset({local}), target=target))
                owners[child.id] = item
                specifiers.append((imported if local == imported else f"{imported} as {local}", item))
            elif child.type == "namespace_import":
                kind = "namespace"
                local = next(_text(name) for name in child.named_children if name.type == "identifier")
                item = self._add(_Item(module.name, _PRIVATE, frozenset({local}), target=target, namespace=True))
                owners[child.id] = item
                specifiers.append((local, item))
        # the statement itself: always loads a module that is not droppable, else only with a specifier kept
        always = kind == "bare" or not droppable
        index = self._add(_Item(module.name, _PRIVATE, frozenset() if always else frozenset({"\0"}), target=target))
        module.imports[index] = (target, kind, specifiers)
        return index

    def shake(self, entry: Iterable[str], roots: frozenset[str]) -> tuple[dict[str, str], frozenset[str] | None]:
        """The text of every module still published, cut down to what ``roots`` reach, and the attribute
        names the published code reaches (None: any, when some code did not parse)."""
        properties = {name for name in roots if name[:1] not in (_IMPORT, _NAMESPACE)} | _IMPLICIT
        namespaces = {name[1:] for name in roots if name.startswith(_NAMESPACE)}
        # A module the shared code imports in Python is published if the published code imports it
        # (Transcrypt compiles `from dataclasses import dataclass` to no import at all: an empty
        # dataclasses.js was published) or if loading it does something outside it (not _DROPPABLE)
        loaded = {name[1:].rpartition(":")[0] for name in roots if name.startswith(_IMPORT)} | namespaces
        live = {RUNTIME_MODULE} | {
            name for name in entry if name not in _DROPPABLE or name in loaded or _EVERY_MODULE in namespaces
        }
        live &= self.names
        local: dict[str, set[str]] = {name: set() for name in self.modules}  # identifiers each module's kept code names
        imported: dict[str, set[str]] = {name: set() for name in self.modules}  # names imported from each module
        for name in roots:
            if name.startswith(_IMPORT):
                module, _, imported_name = name[1:].rpartition(":")
                imported.setdefault(module, set()).add(imported_name)
        kept = [False] * len(self.items)
        changed = True
        while changed:
            changed = False
            for index, item in enumerate(self.items):
                if kept[index] or item.module not in live:
                    continue
                if item.owner is not None and not kept[item.owner]:
                    continue
                if item.declared and not (
                    item.declared & local[item.module] if item.kind == _PRIVATE
                    else item.declared & (local[item.module] | imported[item.module])
                    or ((item.module in namespaces or _EVERY_MODULE in namespaces) and item.declared & properties)
                    if item.kind == _EXPORTED
                    else item.declared & properties
                ):
                    continue
                kept[index] = changed = True
                names = item.names
                local[item.module] |= names.identifiers
                for found in names.imports:
                    module, _, imported_name = found.rpartition(":")
                    imported.setdefault(module, set()).add(imported_name)
                properties |= names.properties
                properties.update(f"py_{name}" for name in names.properties)
                namespaces |= names.namespaces
                if item.target is not None:
                    live.add(item.target)
                    if item.namespace:
                        namespaces.add(item.target)
        texts = {name: self._emit(self.modules[name], kept) for name in sorted(live)}
        return texts, None if _EVERY_MODULE in namespaces else frozenset(properties)

    def _emit(self, module: _Module, kept: list[bool]) -> str:
        out: list[str] = []
        for node, index in module.statements:
            if index is None:
                continue
            if index in module.imports:
                text = self._emit_import(module, node, index, kept)
                if text is None:
                    continue
            elif not kept[index]:
                continue
            else:
                text = _without(node, [m for m, item in module.members.get(index, []) if not kept[item]])
                if node.type in _NEEDS_SEMICOLON and not text.endswith((";", "}")):
                    text += ";"
            if out:
                out.append("" if out[-1].endswith(";") else "\n")
            out.append(text)
        return "".join(out) + "\n"

    def _emit_import(self, module: _Module, node: Node, index: int, kept: list[bool]) -> str | None:
        target, kind, specifiers = module.imports[index]
        if kind == "export":
            names = [_text(specifier) for specifier, item in module.members[index] if kept[item]]
            return f"export{{{','.join(names)}}};" if names else None
        if not kept[index] and not any(kept[item] for _, item in specifiers):
            return None
        if kind == "named":
            names = [text for text, item in specifiers if kept[item]]
            return f"import{{{','.join(names)}}}from'./{target}.js';"
        return _text(node)


class _Unparsable(Exception):
    pass


_NEEDS_SEMICOLON = frozenset({"expression_statement", "variable_declaration", "lexical_declaration", "export_statement"})
# Objects whose attributes the runtime sets at top level without declaring them: `Array.prototype.k`
# and friends are caught by the prototype rule; these hold methods too.
_GLOBAL_HOLDERS = frozenset({"Array", "String", "Number", "Boolean", "Function", "Object", "Uint8Array", "Math"})


@functools.lru_cache(maxsize=4)  # a watch session asks again with the same library after most saves
def _library(texts: tuple[tuple[str, str], ...]) -> _Library:
    return _Library(dict(texts))


@functools.lru_cache(maxsize=4)
def _shaken(
    texts: tuple[tuple[str, str], ...], entry: frozenset[str], roots: frozenset[str],
) -> tuple[dict[str, str], frozenset[str] | None] | None:
    try:
        return _library(texts).shake(entry, roots)
    except _Unparsable:
        return None


def shake_library(texts: Mapping[str, str], entry: Iterable[str], roots: frozenset[str]) -> dict[str, str]:
    """The library modules to publish, each cut down to what the published code reaches.

    ``texts``: module name -> text of the runtime and every stdlib module that may be published;
    ``entry``: the modules the shared code imports; ``roots``: what the published code names
    (:func:`words`). Modules left out of the result are not published. A library that does not
    parse (not the Transcrypt this was written for) is published whole rather than guessed at.
    """
    return shaken_library(texts, entry, roots)[0]


def shaken_library(
    texts: Mapping[str, str], entry: Iterable[str], roots: frozenset[str],
) -> tuple[dict[str, str], frozenset[str] | None]:
    """:func:`shake_library`, and the attribute names the published code (the shared code and what the
    library keeps) can reach: a property name or a word of a string, as :func:`words` reads them. None:
    any (a library that does not parse, code that does not parse)."""
    key = tuple(sorted(texts.items()))
    shaken = _shaken(key, frozenset(entry), roots)
    return (dict(texts), None) if shaken is None else shaken


def prune_runtime(runtime: str, needed: frozenset[str]) -> str:
    """The runtime alone, cut down to what ``needed`` reaches (see :func:`shake_library`)."""
    return shake_library({RUNTIME_MODULE: runtime}, (), needed)[RUNTIME_MODULE]


# ---- reading statements --------------------------------------------------------------------------------

def _declared_names(node: Node) -> frozenset[str]:
    """The module-level names a top-level statement declares or assigns; empty for anything else."""
    if node.type == "export_statement":
        declaration = node.child_by_field_name("declaration")
        if declaration is None:
            return frozenset()
        node = declaration
    if node.type in ("lexical_declaration", "variable_declaration"):
        names = [child.child_by_field_name("name") for child in node.named_children if child.type == "variable_declarator"]
        if names and all(name is not None and name.type == "identifier" for name in names):
            return frozenset(_text(name) for name in names)
        return frozenset()
    if node.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
        return frozenset({_text(node.child_by_field_name("name"))})
    if node.type == "expression_statement" and node.named_children:
        expression = node.named_children[0]
        if expression.type == "assignment_expression":
            left = expression.child_by_field_name("left")
            if left is not None and left.type == "identifier":
                return frozenset({_text(left)})
    return frozenset()


def _class_members(node: Node) -> list[tuple[Node, str]]:
    """``var C = __class__('C', [bases], {members})``: each member with a plain key, and its key."""
    if node.type == "export_statement":
        node = node.child_by_field_name("declaration")
    if node is None or node.type not in ("lexical_declaration", "variable_declaration"):
        return []
    declarators = [child for child in node.named_children if child.type == "variable_declarator"]
    if len(declarators) != 1:
        return []
    value = declarators[0].child_by_field_name("value")
    if value is None or value.type != "call_expression" or _text(value.child_by_field_name("function")) != "__class__":
        return []
    arguments = value.child_by_field_name("arguments").named_children
    if len(arguments) < 3 or arguments[2].type != "object":
        return []
    members = []
    for member in arguments[2].named_children:
        if member.type == "pair":
            key = member.child_by_field_name("key")
        elif member.type == "method_definition":
            key = member.child_by_field_name("name")
        else:
            continue
        if key is not None and key.type == "property_identifier":
            members.append((member, _text(key)))
        elif key is not None and key.type == "string":
            members.append((member, _string_value(key)))
    return members


def class_members(text: str, name: str) -> frozenset[str] | None:
    """The member keys of the Transcrypt class ``name`` (``__class__('name', [bases], {members})``) in ``text``.

    Empty when ``text`` has no such class; None when it cannot be read (does not parse, or the class is made
    some other way), which a caller must take as "any member".
    """
    tree = _parser().parse(text.encode("utf-8"))
    if tree.root_node.has_error:
        return None
    found: set[str] = set()
    for node in _walk(tree.root_node):
        if node.type != "call_expression" or _text(node.child_by_field_name("function")) != "__class__":
            continue
        arguments = node.child_by_field_name("arguments").named_children
        if not arguments or arguments[0].type != "string" or _string_value(arguments[0]) != name:
            continue
        if len(arguments) < 3 or arguments[2].type != "object":
            return None
        for member in arguments[2].named_children:
            key = member.child_by_field_name("key") if member.type == "pair" else (
                member.child_by_field_name("name") if member.type == "method_definition" else None)
            if key is None or key.type not in ("property_identifier", "string"):
                return None  # a spread or computed key: members this cannot name
            found.add(_text(key) if key.type == "property_identifier" else _string_value(key))
    if not found and re.search(rf"\b{re.escape(name)}\b", text):
        return None  # named, but not as a class this reads
    return frozenset(found)


def _declared_attribute(node: Node) -> tuple[str, str | None] | None:
    """An attribute a statement adds to an object, and the module-level name of that object.

    ``X.prototype.k = ...``, ``X.k = ...``, ``Object.defineProperty(X[.prototype], 'k', ...)``,
    ``__setproperty__(X[.prototype], 'k', ...)`` -> ``('k', 'X')``;
    ``__m_shared_str_method__('k', ...)`` -> ``('k', None)``.
    """
    if node.type != "expression_statement" or not node.named_children:
        return None
    expression = node.named_children[0]
    if expression.type == "assignment_expression":
        left = expression.child_by_field_name("left")
        if left is not None and left.type == "member_expression":
            holder = _holder(left.child_by_field_name("object"))
            key = left.child_by_field_name("property")
            if holder is not None and key is not None and key.type == "property_identifier":
                return _text(key), holder
        return None
    if expression.type == "call_expression":
        function = _text(expression.child_by_field_name("function"))
        arguments = expression.child_by_field_name("arguments").named_children
        if function in ("__setproperty__", "Object.defineProperty") and len(arguments) >= 2 and arguments[1].type == "string":
            holder = _holder(arguments[0])
            if holder is not None:
                return _string_value(arguments[1]), holder
        if function == "__m_shared_str_method__" and arguments and arguments[0].type == "string":
            return _string_value(arguments[0]), None
    return None


def _holder(node: Node | None) -> str | None:
    """``X`` or ``X.prototype`` -> ``'X'``."""
    if node is None:
        return None
    if node.type == "identifier":
        return _text(node)
    if node.type == "member_expression" and _text(node.child_by_field_name("property")) == "prototype":
        inner = node.child_by_field_name("object")
        if inner is not None and inner.type == "identifier":
            return _text(inner)
    return None


def _without(node: Node, removed: list[Node]) -> str:
    """The source of ``node`` without the ``removed`` object members (and the comma after each)."""
    data = node.text or b""
    pieces = []
    position = 0
    for member in sorted(removed, key=lambda m: m.start_byte):
        end = member.end_byte
        following = member.next_sibling
        if following is not None and following.type == ",":
            end = following.end_byte
        pieces.append(data[position : member.start_byte - node.start_byte])
        position = end - node.start_byte
    pieces.append(data[position:])
    return b"".join(pieces).decode("utf-8")


def _string_value(node: Node) -> str:
    return _text(node)[1:-1]


@functools.cache
def syntax_error(text: str) -> tuple[int, int] | None:
    """The 1-based line and column of the first syntax error in JavaScript ``text``; None if it parses."""
    root = _parser().parse(text.encode("utf-8")).root_node
    if not root.has_error:
        return None
    pending = [root]
    while pending:  # the first node in text order that is an error or was missing
        node = pending.pop()
        if node.type == "ERROR" or node.is_missing:
            row, column = node.start_point
            return row + 1, column + 1
        pending.extend(reversed([child for child in node.children if child.has_error or child.is_missing]))
    return 1, 1


def _parser() -> Parser:
    return Parser(Language(tree_sitter_javascript.language()))


def _text(node: Node | None) -> str:
    return node.text.decode("utf-8") if node is not None and node.text is not None else ""
