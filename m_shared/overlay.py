"""Parity fixes to Transcrypt's runtime, kept in ``js_runtime/overlay/`` and applied at build time.

Four kinds of file, each documenting the divergence it fixes:

* ``NAME.patch.js`` defines one ``export function NAME (...)`` that replaces the
  runtime's function of the same name. A function that is no longer found (a
  different Transcrypt) is an error, never a silently skipped fix.
* ``NAME.extend.js`` is appended to the runtime module (new methods, helpers). A method or
  function of Transcrypt's runtime that an extension defines again is left out of the runtime
  when nothing can have read it before (:func:`_drop_replaced`).
* ``MODULE.NAME.edit.json`` edits Transcrypt's stdlib module ``MODULE`` (e.g. ``datetime``), or its
  runtime (``org.transcrypt.__runtime__``, before the patches and extensions are applied):
  ``{"why": "...", "replace": [[old, new], ...]}``, each ``old`` text found exactly once.
* ``MODULE.NAME.append.js`` is appended to the stdlib module ``MODULE`` by the stage that knows when it
  is needed (``re.groups-at-risk.append.js``: m_shared/regex.py ``groups_source``, only for patterns
  whose groups JavaScript gives otherwise).

Transcrypt's package itself stays unmodified.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .diagnostics import MSharedError

_DEFINITION = re.compile(r"^export function (\w+) \(", re.MULTILINE)


def overlay_dir() -> Path:
    packaged = Path(__file__).parent / "_data" / "js_runtime" / "overlay"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "js_runtime" / "overlay"


def _files(kind: str) -> list[tuple[Path, str]]:
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(overlay_dir().glob(f"*.{kind}.js"))]


def _patches() -> list[tuple[str, str]]:
    found = []
    for path, text in _files("patch"):
        match = _DEFINITION.search(text)
        if match is None:
            raise MSharedError(f"{path}: a patch overlay must define `export function NAME (...)`")
        twin = next((name for name, _ in found if name == match.group(1)), None)
        if twin is not None:  # the second would silently patch the first one's replacement
            raise MSharedError(f"{path}: another overlay already patches `{twin}`; merge the two files")
        found.append((match.group(1), text))
    return found


def fingerprint() -> str:
    digest = hashlib.sha256()
    edits = [(path, path.read_text(encoding="utf-8")) for path in sorted(overlay_dir().glob("*.edit.json"))]
    for path, text in [*_files("patch"), *_files("extend"), *edits]:
        digest.update(path.name.encode() + b"\0" + text.encode())
    return digest.hexdigest()


def apply(runtime: str) -> str:
    """Replace each patched function in the runtime's source text, then append the extensions."""
    for name, replacement in _patches():
        start = re.search(rf"^export function {name} \(", runtime, re.MULTILINE)
        # the function ends at the first closing brace in column 0; Transcrypt writes `}` or `};`
        end = re.compile(r"\n\};?\n").search(runtime, start.end()) if start else None
        if start is None or end is None:
            raise MSharedError(f"js_runtime overlay {name}: no `export function {name}` in Transcrypt's runtime")
        runtime = runtime[: start.start()] + replacement.rstrip("\n") + runtime[end.end() - 1 :]
    extensions = _files("extend")
    runtime = _drop_replaced(runtime, "".join(text + "\n" for _, text in extensions))
    for path, text in extensions:
        runtime = runtime.rstrip("\n") + f"\n\n// ---- m_shared js_runtime overlay: {path.name}\n" + text
    return runtime


def _drop_replaced(runtime: str, extensions: str) -> str:
    """Transcrypt's definitions that an extension defines again, without their dead first value.

    An extension that assigns a method (``Array.prototype.index = function ...``,
    ``Object.defineProperty (String.prototype, 'join', ...)``) or a function (``_sort = function
    ...``) replaces Transcrypt's, which was still published beside it (the shaker keeps both: they
    declare the same name): 0.9 KB of the demo's runtime, gzipped. Transcrypt's is left out when
    nothing can read it before the extension runs: no code that runs as the runtime loads (outside
    the functions it defines) names the method or function, in the runtime or in the extensions
    (``Array.prototype.__rmul__ = Array.prototype.__mul__`` reads ``__mul__``: that one stays; so
    does ``Number.prototype.__format__``, which float_str.extend.js wraps). A function the runtime
    exports (``export function min``) keeps its declaration, without a value, for the extension's
    assignment.
    """
    from .shake import _parser  # the JavaScript parser of the shaker; this stage runs once per Transcrypt

    replaced = set()
    for statement in _parser().parse(extensions.encode("utf-8")).root_node.children:
        key = _defined(statement, any_value=True)
        if key is not None:
            replaced.add(key)
    tree = _parser().parse(runtime.encode("utf-8"))
    if not replaced or tree.root_node.has_error:
        return runtime
    read: set[str] = set()
    dropped = []
    for in_runtime, root in ((True, tree.root_node), (False, _parser().parse(extensions.encode("utf-8")).root_node)):
        for statement in root.children:
            key = _defined(statement, any_value=not in_runtime)
            if key is None:
                read |= _load_time_names(statement)
            elif in_runtime and key in replaced:
                dropped.append((statement, key))
    data = runtime.encode("utf-8")
    pieces, position = [], 0
    for statement, key in dropped:
        if key[1].rpartition(".")[2] in read:
            continue
        pieces.append(data[position : statement.start_byte])
        if key[0] == "name":  # `export function min` / `export var _sort = function`: still declared
            pieces.append(f"export var {key[1]};".encode())
        position = statement.end_byte
    pieces.append(data[position:])
    return b"".join(pieces).decode("utf-8")


_FUNCTION_VALUES = frozenset({"function_expression", "function", "arrow_function", "generator_function"})


def _defined(statement, any_value: bool) -> tuple[str, str] | None:
    """What a top-level statement defines as a function and does nothing else: ``('member',
    'Array.prototype.index')``, ``('name', 'min')``; with ``any_value``, an assignment or
    ``Object.defineProperty`` of any value (an extension's replacement) counts too."""
    node = statement
    if node.type == "export_statement":
        node = node.child_by_field_name("declaration")
        if node is None:
            return None
        if node.type == "function_declaration":
            return ("name", node.child_by_field_name("name").text.decode())
        if node.type in ("variable_declaration", "lexical_declaration") and len(node.named_children) == 1:
            declarator = node.named_children[0]
            value = declarator.child_by_field_name("value")
            if value is not None and value.type in _FUNCTION_VALUES:
                return ("name", declarator.child_by_field_name("name").text.decode())
        return None
    if node.type != "expression_statement" or not node.named_children:
        return None
    expression = node.named_children[0]
    if expression.type == "assignment_expression":
        left, value = expression.child_by_field_name("left"), expression.child_by_field_name("right")
        if not (any_value or value.type in _FUNCTION_VALUES):
            return None
        if left.type == "identifier":
            return ("name", left.text.decode())
        if left.type == "member_expression" and left.child_by_field_name("property").type == "property_identifier":
            return ("member", "".join(left.text.decode().split()))
    if any_value and expression.type == "call_expression" and "".join(
        expression.child_by_field_name("function").text.decode().split()
    ) == "Object.defineProperty":
        arguments = expression.child_by_field_name("arguments").named_children
        if len(arguments) >= 2 and arguments[1].type == "string":
            return ("member", "".join(arguments[0].text.decode().split()) + "." + arguments[1].text.decode()[1:-1])
    return None


def _load_time_names(statement) -> set[str]:
    """The identifiers and property names of the code a statement runs as it runs, and the words of
    its strings if that code reads a property by a computed key (``String.prototype [name]``): the
    bodies of the functions it only defines (declarations, values of assignments and of object
    properties) are left out, those of functions it calls (``(function () {...}) ()``) are not."""
    names: set[str] = set()
    words: set[str] = set()
    computed = False
    stack = [statement]
    while stack:
        node = stack.pop()
        kind = node.type
        if kind in ("function_declaration", "generator_function_declaration", "method_definition"):
            continue
        if kind in _FUNCTION_VALUES and node.parent is not None and node.parent.type in (
            "assignment_expression", "variable_declarator", "pair"
        ):
            continue
        if kind in ("identifier", "property_identifier", "shorthand_property_identifier"):
            names.add(node.text.decode())
        elif kind in ("string", "template_string"):
            words.update(re.findall(r"[A-Za-z_$][\w$]*", node.text.decode()))
            continue
        elif kind == "subscript_expression":
            computed = True
        stack.extend(node.children)
    return names | words if computed else names


def edit_library(module: str, text: str) -> str:
    """Apply the ``MODULE.*.edit.json`` overlays of one of Transcrypt's stdlib modules (or its runtime)."""
    for path in sorted(overlay_dir().glob(f"{module}.*.edit.json")):
        if "." in path.name[len(module) + 1 : -len(".edit.json")]:
            continue  # another module's: re.translate.x.edit.json edits re.translate, not re
        try:
            replacements = json.loads(path.read_text(encoding="utf-8"))["replace"]
        except (ValueError, KeyError, TypeError) as error:
            raise MSharedError(f"{path}: not a valid edit overlay ({error})") from None
        for old, new in replacements:
            if text.count(old) != 1:
                raise MSharedError(f"{path}: {old!r} occurs {text.count(old)} times in Transcrypt's {module}, not once")
            text = text.replace(old, new)
    return text
