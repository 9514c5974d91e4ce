"""Calls rewritten by what they call: the builtin's name, an imported function or a method name, decided by
scope (:meth:`Lowering._callee_keys`), so that the program's own `dict`, `round` or `cast` is called as
written.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._nodes import located

if TYPE_CHECKING:
    from ._lowering import Lowering


# ---- calls lowered (Lowering.visit_Call in _lowering.py): one function per rewrite, keyed by what the call calls (_callee_keys);
# each returns the lowered call, or None when the call is not one it lowers (the next key, else the call as it is)
def _lower_cast(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # typing.cast(T, value) is the identity at run time
    if len(node.args) == 2 and not node.keywords:
        return lowering.visit(node.args[1])
    return None


def _lower_dict_call(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    if node.args and (len(node.args) > 1 or isinstance(node.args[0], ast.Starred) or node.keywords):
        # Transcrypt's dict() took its first argument alone: dict(defaults, **overrides) was a copy of defaults,
        # dict(pairs, a=2) kept the pairs' value of a, and dict(a, b) ignored b (CPython: the keywords are set
        # after the first argument's items; a second positional argument is a TypeError). The runtime's
        # __m_shared_dict_call__ (js_runtime/overlay/dicts.extend.js) does what CPython does; programs without
        # such calls do not ship it. (Two `**` or a `**` beside named keywords are one `**` by now: passes.py
        # lower_unpacked_arguments.)
        node.func = located(ast.Name("__m_shared_dict_call__", ast.Load()), node.func)
        return lowering.generic_visit(node)
    # Transcrypt passes keyword arguments under its JS aliases: dict(name=1, get=2) held the keys
    # 'py_name' and 'py_get'. A display has the keys CPython gives the keywords.
    if node.args or not node.keywords or any(keyword.arg is None for keyword in node.keywords):
        return None
    keys: list[ast.expr | None] = [located(ast.Constant(keyword.arg), keyword) for keyword in node.keywords]
    display = ast.Dict(keys, [keyword.value for keyword in node.keywords])
    return lowering.visit(located(display, node))


def _lower_round(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # round(x, ndigits) is the runtime's __m_shared_round__ (js_runtime/overlay/round.patch.js): round
    # itself stays small where only ints are asked for (datetime's timedelta rounds that way)
    if not (len(node.args) == 2 or any(keyword.arg == "ndigits" for keyword in node.keywords)):
        return None
    node.func = located(ast.Name("__m_shared_round__", ast.Load()), node.func)
    return lowering.generic_visit(node)


def _lower_int_base(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # int(x, base) is the runtime's __m_shared_int_base__ (js_runtime/overlay/int_base.extend.js): Transcrypt's
    # int() took no base (int("ff", 16) was a ValueError) and int() without an argument raised TypeError (CPython 0);
    # int() itself stays small for the calls of one argument
    if len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred):
        return None
    node.func = located(ast.Name("__m_shared_int_base__", ast.Load()), node.func)
    return lowering.generic_visit(node)


def _lower_object_setattr(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # how a frozen dataclass's __post_init__ sets a field; Transcrypt's object has no __setattr__
    node.func = located(ast.Name("__m_shared_object_setattr__", ast.Load()), node.func)
    return lowering.generic_visit(node)


def _lower_strip_chars(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # Transcrypt's strip ignored its characters ("xxaxx".strip("x") was 'xxaxx'); the runtime's
    # __m_shared_strip_chars__ (strip.extend.js) strips them from a str and calls any other object's
    # method, so programs that strip only whitespace do not pay for it
    if not (len(node.args) == 1 and not node.keywords and not isinstance(node.args[0], ast.Starred)):
        return None
    assert isinstance(node.func, ast.Attribute)
    call = ast.Call(ast.Name("__m_shared_strip_chars__", ast.Load()),
                    [node.func.value, ast.Constant(node.func.attr), node.args[0]], [])
    return lowering.generic_visit(located(call, node))


def _lower_replace_count(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # str.replace takes count by keyword from CPython 3.13 (a TypeError before); Transcrypt's str.replace
    # took the keywords' object for a count ("aaa(".replace("a", "b", count=2) was 'baa('). The runtime's
    # __m_shared_replace_count__ (replace_count.extend.js) does what the target version does for a str, and
    # calls any other object's replace with the keyword, so only programs that write it pay for it.
    if not (len(node.args) == 2 and not any(isinstance(argument, ast.Starred) for argument in node.args)
            and [keyword.arg for keyword in node.keywords] == ["count"]):
        return None
    assert isinstance(node.func, ast.Attribute)
    call = ast.Call(ast.Name("__m_shared_replace_count__", ast.Load()),
                    [node.func.value, *node.args, node.keywords[0].value], [])
    return lowering.generic_visit(located(call, node))


def _lower_super_with_arguments(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # super(Cls, self) inside a method of Cls means super(); Transcrypt only compiles the latter
    if not (len(node.args) == 2 and lowering.class_stack and lowering.function_stack
            and lowering.function_stack[-1].args.args):
        return None
    cls, instance = node.args
    first_parameter = lowering.function_stack[-1].args.args[0].arg
    if (isinstance(cls, ast.Name) and cls.id == lowering.class_stack[-1].name
            and isinstance(instance, ast.Name) and instance.id == first_parameter):
        node.args = []
    return None  # lowered as any other call


def _lower_timedelta_arguments(lowering: Lowering, node: ast.Call) -> ast.AST | None:
    # Transcrypt's timedelta added whatever it was given: timedelta(days=None) was a timedelta of 0 (CPython:
    # TypeError "unsupported type for timedelta days component: NoneType"). A call with an argument other than
    # a number literal goes through __m_shared_timedelta__ (js_runtime/overlay/argument_checks.extend.js), which
    # checks them as CPython does before it calls timedelta; programs that pass only literals do not pay for it.
    def literal(value: ast.expr) -> bool:
        if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
            value = value.operand
        return isinstance(value, ast.Constant) and type(value.value) in (int, float)

    if all(literal(a) for a in node.args) and all(k.arg is not None and literal(k.value) for k in node.keywords):
        return None
    call = ast.Call(ast.Name("__m_shared_timedelta__", ast.Load()), [node.func, *node.args], node.keywords)
    return lowering.generic_visit(located(call, node))


CALL_REWRITES: dict[str, Callable[[Lowering, ast.Call], ast.AST | None]] = {
    "typing.cast": _lower_cast,
    "typing_extensions.cast": _lower_cast,
    "builtins.dict": _lower_dict_call,
    "builtins.round": _lower_round,
    "builtins.int": _lower_int_base,
    "builtins.super": _lower_super_with_arguments,
    "builtins.object.__setattr__": _lower_object_setattr,
    "datetime.timedelta": _lower_timedelta_arguments,
    ".strip": _lower_strip_chars,
    ".lstrip": _lower_strip_chars,
    ".rstrip": _lower_strip_chars,
    ".replace": _lower_replace_count,
}
