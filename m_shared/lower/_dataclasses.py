"""@dataclass written out as plain methods (__init__, __repr__, __eq__, orderings, the fields' names), with the
options Transcrypt ignored (frozen, order, kw_only, init=False fields) and the helpers of the dataclasses
module (asdict, astuple, replace, fields, is_dataclass) bound to the runtime's.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..diagnostics import Diagnostic
from ._checks import LowerError
from ._nodes import name_of, parse_method, parse_statement, subscript_value

if TYPE_CHECKING:
    from ._lowering import Lowering

DATACLASS_HELPERS = {
    "asdict": "__m_shared_asdict__", "astuple": "__m_shared_astuple__", "replace": "__m_shared_replace__",
    "fields": "__m_shared_dataclass_fields__", "is_dataclass": "__m_shared_is_dataclass__",
}


def option(options: dict[str, ast.expr], name: str, default: bool) -> bool:
    value = options.get(name)
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, bool) else default


def field_default(field: ast.AnnAssign) -> tuple[ast.expr | None, ast.expr | None]:
    value = field.value
    if value is None:
        return None, None
    if isinstance(value, ast.Call) and name_of(value.func) == "field":
        keywords = {kw.arg: kw.value for kw in value.keywords}
        return keywords.get("default"), keywords.get("default_factory")
    return value, None


def field_flag(field: ast.AnnAssign, flag: str, default: bool) -> bool:
    """A ``field(<flag>=True|False)`` option of a dataclass field, or ``default``."""
    value = field.value
    if isinstance(value, ast.Call) and name_of(value.func) == "field":
        option = {kw.arg: kw.value for kw in value.keywords}.get(flag)
        if isinstance(option, ast.Constant) and isinstance(option.value, bool):
            return option.value
    return default


def plain_default(field: ast.AnnAssign) -> bool:
    return field.value is not None and not (isinstance(field.value, ast.Call) and name_of(field.value.func) == "field")


def field_names(fields: list[ast.AnnAssign], flag: str) -> str:
    """The names of the fields not declared ``field(<flag>=False)``, as the source of a list."""
    kept = []
    for field in fields:
        value = field.value
        keywords = {kw.arg: kw.value for kw in value.keywords} \
            if isinstance(value, ast.Call) and name_of(value.func) == "field" else {}
        option = keywords.get(flag)
        if not (isinstance(option, ast.Constant) and option.value is False):
            kept.append(field.target.id)
    return repr(kept)


def lower_dataclass(lowering: Lowering, node: ast.ClassDef, decorator: ast.expr) -> None:
    """Write out what @dataclass generates (__init__, __repr__, __eq__, orderings, the fields' names) as
    plain methods of ``node``: Transcrypt ignores the decorator's options (see below)."""
    options = {kw.arg: kw.value for kw in decorator.keywords} if isinstance(decorator, ast.Call) else {}
    inherited: list[ast.AnnAssign] = []
    for base in node.bases:
        inherited.extend(lowering.dataclass_fields.get(name_of(base) or "", []))
    own = [
        statement for statement in node.body
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
        and name_of(subscript_value(statement.annotation)) != "ClassVar"
    ]
    # `_: KW_ONLY` is no field: the fields after it are keyword-only
    sentinel = next((f for f in own if name_of(f.annotation) == "KW_ONLY"), None)
    if sentinel is not None:
        for field in own[own.index(sentinel) + 1:]:
            field.m_shared_kw_only = True  # type: ignore[attr-defined]
        own.remove(sentinel)
        node.body.remove(sentinel)
    by_name = {field.target.id: field for field in inherited}
    for field in own:
        by_name[field.target.id] = field
    fields = list(by_name.values())
    lowering.dataclass_fields[node.name] = fields
    # class-level defaults are plain class attributes; field(...) calls are consumed by __init__
    node.body = [statement for statement in node.body if statement not in own or plain_default(statement)]
    node.body = [
        ast.copy_location(ast.Assign(targets=[s.target], value=s.value), s) if s in own else s
        for s in node.body
    ]
    # Options Transcrypt ignored, each observed to diverge: frozen=True let `point.x = 1` pass (CPython:
    # FrozenInstanceError), order=True gave no `<` (sorted() of instances raised TypeError), kw_only=True and
    # field(init=False) were left out of __init__ (a field(init=False) set in __post_init__ was a required
    # argument: Computed(3) raised TypeError), init=False still wrote an __init__.
    frozen = option(options, "frozen", False)
    # CPython gives a frozen dataclass (or unsafe_hash=True) a __hash__ of its fields; other classes with
    # __eq__ get None (visit_ClassDef)
    node.m_shared_hashable = frozen or option(options, "unsafe_hash", False)  # type: ignore[attr-defined]
    generated = []
    if option(options, "init", True):
        generated.append(_dataclass_init(lowering, node, fields, option(options, "kw_only", False), frozen))
    # __repr__, __eq__ and the orderings are one call each of the runtime's (js_runtime/overlay/dataclasses.extend.js)
    if option(options, "repr", True):
        shown = field_names(fields, "repr")
        generated.append(parse_method(node, f"def __repr__(self):\n    return __m_shared_dataclass_repr__(self, {shown})"))
    if option(options, "eq", True):
        compared = field_names(fields, "compare")
        generated.append(parse_method(
            node, f"def __eq__(self, other):\n    return __m_shared_dataclass_eq__(self, other, {compared})"
        ))
    if option(options, "order", False):
        compared = field_names(fields, "compare")
        for method, operator in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            generated.append(parse_method(node, (
                f"def {method}(self, other):\n"
                f"    return __m_shared_dataclass_order__(self, other, {compared}, {operator!r})"
            )))
    names = ", ".join(repr(field.target.id) for field in fields)
    generated.append(parse_statement(node, f"__m_shared_fields__ = ({names}{',' if len(fields) == 1 else ''})"))
    not_init = [field.target.id for field in fields if not field_flag(field, "init", True)]
    if not_init:  # what replace() may not be given
        generated.append(parse_statement(node, f"__m_shared_not_init__ = {not_init!r}"))
    if all(field.target.id != "__proto__" for field in fields):
        # Speed: the boundary's plain object of an instance, as an object literal whose shape V8 knows
        # (js_runtime/src/interop.js toJavaScript; compile.py emits __m_shared_object__ as the literal)
        pairs = ", ".join(f"({field.target.id!r}, convert(self.{field.target.id}))" for field in fields)
        source = f"def __m_shared_plain__(self, convert):\n    return __m_shared_object__({pairs})"
        generated.append(parse_method(node, source))
    node.body = generated + node.body

def _dataclass_init(
    lowering: Lowering, node: ast.ClassDef, fields: list[ast.AnnAssign], kw_only: bool, frozen: bool
) -> ast.FunctionDef:
    has_post_init = any(isinstance(s, ast.FunctionDef) and s.name == "__post_init__" for s in node.body)
    parameters, keyword_parameters, body = [], [], []
    for field in fields:
        name = field.target.id
        default, factory = field_default(field)
        if not field_flag(field, "init", True):  # not a parameter: set from its default, if it has one
            if factory is not None:
                body.append(f"    self.{name} = ({ast.unparse(factory)})()")
            elif default is not None:
                body.append(f"    self.{name} = {ast.unparse(default)}")
            continue
        if field_flag(field, "kw_only", kw_only or getattr(field, "m_shared_kw_only", False)):
            # after `*`, where a field without default may follow one with a default
            keyword_parameters.append(f"{name}={ast.unparse(default)}" if default is not None and factory is None
                                      else f"{name}=_M_SHARED_MISSING" if factory is not None else name)
            body.append(f"    self.{name} = ({ast.unparse(factory)})() if {name} is _M_SHARED_MISSING else {name}"
                        if factory is not None else f"    self.{name} = {name}")
            continue
        if factory is not None:
            parameters.append(f"{name}=_M_SHARED_MISSING")
            body.append(f"    self.{name} = ({ast.unparse(factory)})() if {name} is _M_SHARED_MISSING else {name}")
        elif default is not None:
            parameters.append(f"{name}={ast.unparse(default)}")
            body.append(f"    self.{name} = {name}")
        else:
            if any("=" in parameter for parameter in parameters):  # an earlier field has a default
                # CPython's dataclass refuses this too; the __init__ written from it would not parse
                raise LowerError(Diagnostic(
                    lowering.module.relpath, field.lineno, field.col_offset + 1, "build/dataclass",
                    f"dataclass field {name!r} has no default but follows a field with one (CPython raises "
                    f"TypeError: non-default argument {name!r} follows default argument)",
                    "give it a default, or move it before the fields with defaults",
                ))
            parameters.append(name)
            body.append(f"    self.{name} = {name}")
    if has_post_init:
        body.append("    self.__post_init__()")
    if frozen:  # from here on, an assignment raises FrozenInstanceError (dataclasses.extend.js)
        body.append(f"    __m_shared_freeze__(self, {[field.target.id for field in fields]!r})")
    if any("_M_SHARED_MISSING" in parameter for parameter in parameters + keyword_parameters):
        lowering.needs_missing_sentinel = True
    if keyword_parameters:
        parameters += ["*", *keyword_parameters]
    source = f"def __init__(self, {', '.join(parameters)}):\n" + ("\n".join(body) or "    pass")
    return parse_method(node, source)
