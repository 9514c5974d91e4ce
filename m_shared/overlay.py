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

The overlay follows one CPython version, the project's ``tool.m_shared.python``: where CPython versions
differ (an error message, how sum() adds floats), its code compares ``__m_shared_python__`` with a number
(``__m_shared_python__ >= 313 ? A : B``, ``if (__m_shared_python__ < 312) {...}``), and the link stage
keeps only the branch of the target version (:func:`specialize`): nothing of the others is published.

Transcrypt's package itself stays unmodified.
"""

from __future__ import annotations

import functools
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
    (``Array.prototype.__rmul__ = Array.prototype.__mul__`` reads ``__mul__``: that one stays). A property
    the runtime defines with ``__setproperty__`` (``String.prototype.format``) counts as a method: that
    function keeps a property already there, so the extension's would never be used. A function the runtime
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
    function = "".join(expression.child_by_field_name("function").text.decode().split()) if (
        expression.type == "call_expression") else None
    # Transcrypt's runtime defines str.format with __setproperty__, which keeps a property already there: the
    # extension's (format_spec.extend.js) is the only one then
    if function == "__setproperty__" or (any_value and function == "Object.defineProperty"):
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


PYTHON_CONSTANT = "__m_shared_python__"
_COMPARISONS = {"<": int.__lt__, "<=": int.__le__, ">": int.__gt__, ">=": int.__ge__, "==": int.__eq__,
                "===": int.__eq__, "!=": int.__ne__, "!==": int.__ne__}
_BLOCK_PARENTS = frozenset({"statement_block", "program", "switch_case", "switch_default"})
# statements that end with their block (`if (a) {...}`): another may follow them without a `;`
_ENDED_BY_BLOCK = frozenset({"if_statement", "for_statement", "for_in_statement", "while_statement", "try_statement",
                             "statement_block", "switch_statement", "labeled_statement", "with_statement"})
_SCOPED = frozenset({"lexical_declaration", "class_declaration", "function_declaration",
                     "generator_function_declaration"})


@functools.lru_cache(maxsize=16)  # a watch session links the same library texts build after build
def specialize(text: str, python: tuple[int, int]) -> str:
    """The library text for one CPython version: each condition on ``__m_shared_python__`` (the version as
    ``major * 100 + minor``, 312 for 3.12) decided, its ternary or ``if`` statement replaced by the branch
    taken. Decided here, not at run time, so that a target publishes the same bytes whichever Python builds
    it, and no other version's code. A use of the constant in any other form is an error."""
    if PYTHON_CONSTANT not in text:
        return text
    from .shake import _parser

    value = python[0] * 100 + python[1]
    while True:  # one parse for all the conditions, and another for those a taken branch held, if any
        data = text.encode("utf-8")
        decided = _outermost_decided(_parser().parse(data).root_node, data)
        if not decided:
            break
        pieces, position = [], 0
        for found in decided:
            node, replacement = _decide(found, value)
            pieces += [data[position : node.start_byte], replacement.encode("utf-8")]
            position = node.end_byte
        text = b"".join([*pieces, data[position:]]).decode("utf-8")
    if PYTHON_CONSTANT in text:
        line = text[: text.index(PYTHON_CONSTANT)].count("\n") + 1
        raise MSharedError(
            f"js_runtime overlay: {PYTHON_CONSTANT} at line {line} of the runtime text is not the condition of a "
            f"ternary or an if statement (write `{PYTHON_CONSTANT} >= 313 ? ... : ...` or `if ({PYTHON_CONSTANT} < 312)`)"
        )
    return text


def _version_test(node) -> tuple[str, int] | None:
    while node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    if node is None or node.type != "binary_expression":
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    operator = node.child_by_field_name("operator").type
    if (left.type == "identifier" and left.text.decode() == PYTHON_CONSTANT and right.type == "number"
            and operator in _COMPARISONS and right.text.decode().isdigit()):
        return operator, int(right.text.decode())
    return None


def _outermost_decided(root, data: bytes) -> list:
    """The ternaries and if statements whose condition is a version test, in text order, none inside another:
    found from each occurrence of the constant upwards (walking the whole runtime's tree took half a second)."""
    found: dict[int, object] = {}
    constant = PYTHON_CONSTANT.encode()
    position = data.find(constant)
    while position >= 0:
        node = root.descendant_for_byte_range(position, position + len(constant))
        while node is not None and node.type != "program":
            if node.type in ("ternary_expression", "if_statement") and _version_test(
                node.child_by_field_name("condition")
            ):
                found[node.start_byte] = node  # the outermost one wins: it is met last
            node = node.parent
        position = data.find(constant, position + 1)
    outermost, end = [], -1
    for start in sorted(found):
        if start >= end:
            outermost.append(found[start])
            end = found[start].end_byte
    return outermost


def _decide(node, value: int) -> tuple[object, str]:
    """The node to replace and its replacement."""
    operator, number = _version_test(node.child_by_field_name("condition"))
    taken = _COMPARISONS[operator](value, number)
    if node.type == "ternary_expression":
        # a ternary stands only where an assignment expression may (else it is in parentheses): so may its branch
        branch = node.child_by_field_name("consequence" if taken else "alternative")
        return node, branch.text.decode("utf-8")
    branch = node.child_by_field_name("consequence")
    if not taken:
        alternative = node.child_by_field_name("alternative")  # the else clause
        branch = alternative.named_children[0] if alternative is not None else None
    in_block = node.parent is not None and node.parent.type in _BLOCK_PARENTS
    if branch is None:
        return node, "" if in_block else ";"
    if branch.type == "statement_block" and in_block and not any(c.type in _SCOPED for c in branch.named_children):
        inner = branch.text.decode("utf-8")[1:-1].strip()  # its statements, in the enclosing block
        # minified, the last one before `}` may have no `;`, and the next statement follows without a line break
        last = branch.named_children[-1] if branch.named_children else None
        ended = last is None or inner.endswith(";") or inner.endswith("}") and last.type in _ENDED_BY_BLOCK
        return node, inner if ended else inner + ";"
    return node, branch.text.decode("utf-8")
