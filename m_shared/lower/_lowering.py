"""The main visitor of lowering: one walk of the tree that rewrites statements, expressions, functions and
classes, node by node, into what Transcrypt compiles with CPython's behaviour.
"""

from __future__ import annotations

import ast
import re

from ..diagnostics import Diagnostic
from ..graph import TYPING_ONLY, SourceModule, absolute_module, is_type_checking_test
from ..unbound import BOUND
from ._calls import CALL_REWRITES
from ._checks import LowerError, check_class_body
from ._classes import TYPING_BASES, class_scope_reads, lambda_method
from ._dataclasses import DATACLASS_HELPERS, lower_dataclass
from ._generators import owned_iterators, ranges_for_closures, stop_iteration_is_runtime_error
from ._nodes import Replaced, as_load, call_func, located, name_of, parse_method, parse_statement, subscript_value
from ._scopes import binding_counts, bound_in, dict_stores, imports, regex_module_names, scope_bindings, type_aliases

# Decorators for type checkers, and m_shared's own build-time marker (link publishes it as a Standard Schema).
_DECORATORS_DROPPED = {"overload", "override", "final", "standard_schema"}

_TYPING_CALLS_DROPPED = {"TypeVar", "NewType", "ParamSpec", "TypeAliasType"}

_INDEX_DIGITS = re.compile(r"0|[1-9][0-9]{0,9}")

_STR_METHODS = frozenset(name for name in dir(str) if not name.startswith("_") and name != "maketrans")

# The statement lowering puts first in every def: `__m_shared_arguments__(required, maximum, needs_keywords,
# spec)`, written out as the argument check by compile.py
ARGUMENTS_MARKER = "__m_shared_arguments__"


def _argument_check(arguments: ast.arguments, qualname: str) -> tuple[int, int, bool, str]:
    """What the argument check of a def or lambda tests (the numbers, for its fast path) and its spec for
    __m_shared_args__ (js_runtime/overlay/arguments.extend.js), which parses the parameter list only to word
    an error or bind keywords: ``qualname|positional names|required|keyword-only names (name= if
    defaulted)|1 if *args|1 if **kwargs|number of positional-only parameters``."""
    positional = [a.arg for a in [*arguments.posonlyargs, *arguments.args]]
    required = len(positional) - len(arguments.defaults)
    kwonly = [a.arg + ("" if d is None else "=") for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults)]
    maximum = -1 if arguments.vararg is not None else len(positional)
    needs_keywords = any(d is None for d in arguments.kw_defaults)
    fields = [qualname, ",".join(positional), str(required), ",".join(kwonly),
              "1" if arguments.vararg is not None else "0", "1" if arguments.kwarg is not None else "0",
              str(len(arguments.posonlyargs))]
    while len(fields) > 3 and fields[-1] in ("", "0"):  # the runtime reads a missing field as empty
        fields.pop()
    return required, maximum, needs_keywords, "|".join(fields)


def _index_like(key: str) -> bool:
    """A str key that JavaScript objects list first and ascending, whatever the insertion order: an array
    index, "0" to "4294967294" (js_runtime/overlay/dicts.extend.js __m_shared_index_like__)."""
    return _INDEX_DIGITS.fullmatch(key) is not None and int(key) < 4294967295


_LAZY_BUILTINS = {"map": "__m_shared_map__", "filter": "__m_shared_filter__"}

# Builtins whose result is never NaN: the left side of a used `x or y` that needs no lowering (visit_BoolOp)
_NEVER_NAN_CALLS = frozenset({"bool", "isinstance", "issubclass", "len", "str", "repr", "list", "dict", "tuple", "set",
                              "sorted", "any", "all", "callable", "hasattr", "int", "type", "frozenset"})


class Lowering(ast.NodeTransformer):
    """The main rewrite of a module: one visit of the tree, node by node (see the package's docstring)."""

    def __init__(self, module: SourceModule, tree: ast.Module):
        # what the module binds and imports, read from the tree as written, before any rewrite
        self.module = module
        self.module_tree = tree
        self.regex_modules = regex_module_names(tree)  # names that stand for the re module throughout (_regex_test)
        self.aliases = set(type_aliases(tree))  # module-level `Status = Literal[...]` names a type, not a value
        self.bound_names = set(binding_counts(tree))  # every name the module binds somewhere (a builtin it shadows)
        self.imported_names, self.imported_modules = imports(tree)  # `from M import N as A`: A -> "M.N"; `import M`
        self.dict_stores = dict_stores(tree)  # subscripts assigned to that are a dict's
        self.scope_bindings = scope_bindings(tree)  # the names each scope binds
        self.class_stack: list[ast.ClassDef] = []
        self.function_stack: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        # the scopes around the node being visited, innermost last, for __qualname__ (_qualname): classes,
        # defs, lambdas and generator expressions (whose bodies are functions of their own in CPython)
        self.scopes: list[ast.AST] = []
        self.dataclass_fields: dict[str, list[ast.AnnAssign]] = {}  # dataclasses of this module, for inheritance
        self.needs_missing_sentinel = False  # a default_factory needs to tell "not passed" from None
        self.hoisted_defaults = 0  # defaults computed once, before their def (see _hoist_defaults)
        self.enumerations = 0  # range and enumerate loops lowered, for unique temporaries (visit_For)
        self.withs = 0  # with statements lowered, for unique temporaries (visit_With)
        self.truth_tests: set[int] = set()  # expressions whose truth alone is used (if, while, not...)

    # ---- statements that only exist for the type checker -------------------------------------
    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.AST | None:
        if node.level:
            node.module = absolute_module(self.module, node.level, node.module)
            node.level = 0
        if node.module in TYPING_ONLY or (node.module or "").split(".")[0] in TYPING_ONLY:
            return None
        if node.module == "dataclasses":
            return self._dataclasses_import(node)
        return node

    def _dataclasses_import(self, node: ast.ImportFrom) -> ast.AST | list[ast.stmt] | None:
        # dataclasses are lowered to plain classes below; their helpers, which Transcrypt's dataclasses lacks
        # (a build error before), are the runtime's (js_runtime/overlay/dataclasses.extend.js), bound to the
        # names the module imports them under
        helpers = [
            located(ast.Assign([ast.Name(alias.asname or alias.name, ast.Store())],
                                ast.Name(DATACLASS_HELPERS[alias.name], ast.Load())), node)
            for alias in node.names if alias.name in DATACLASS_HELPERS
        ]
        node.names = [alias for alias in node.names
                      if alias.name not in {"dataclass", "field", "KW_ONLY", *DATACLASS_HELPERS}]
        return ([node] if node.names else []) + helpers or None

    def visit_Import(self, node: ast.Import) -> ast.AST | None:
        node.names = [alias for alias in node.names if alias.name not in TYPING_ONLY]
        return node if node.names else None

    def visit_If(self, node: ast.If) -> ast.AST | list[ast.stmt] | None:
        self._truth_test(node.test)
        if is_type_checking_test(node.test):
            kept: list[ast.stmt] = []
            for statement in node.orelse:
                result = self.visit(statement)
                kept.extend(result if isinstance(result, list) else [result] if result is not None else [])
            return kept or None
        return self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST | None:
        if node.value is None:
            return None  # a bare annotation declares nothing at run time
        assign = ast.Assign(targets=[node.target], value=self.visit(node.value))
        return ast.copy_location(assign, node)

    def visit_Assign(self, node: ast.Assign) -> ast.AST | None:
        if isinstance(node.value, ast.Call) and name_of(node.value.func) in _TYPING_CALLS_DROPPED:
            return None
        if not self.class_stack and not self.function_stack and any(
            isinstance(target, ast.Name) and target.id in self.aliases for target in node.targets
        ):
            return None  # its typing names are not imported in JS: evaluating it would fail
        self.generic_visit(node)
        target = node.targets[0]
        if (len(node.targets) == 1 and isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice)
                and id(target) not in self.dict_stores):
            # Transcrypt's __setitem__ stores into a JS array with its brackets: items["1"] = 9 wrote items[1],
            # items[5] = 9 grew a list of two, (1, 2)[0] = 9 changed the tuple (CPython: TypeError, IndexError).
            # __m_shared_setitem__ (js_runtime/overlay/containers.extend.js) checks a list's index as CPython does;
            # it takes the value first, which CPython evaluates first. A store into a name that only ever holds a
            # dict display (`doc = {}`) keeps Transcrypt's.
            call = ast.Call(ast.Name("__m_shared_setitem__", ast.Load()), [node.value, target.value, target.slice], [])
            return located(ast.Expr(call), node)
        return node

    def visit_TypeAlias(self, node: ast.AST) -> None:  # `type X = ...` (3.12+)
        return None

    # ---- statements and displays Transcrypt compiles wrongly -------------------------------------
    def visit_Assert(self, node: ast.Assert) -> ast.AST:
        # Transcrypt compiles `assert` only with its -da switch and drops it otherwise (a failing
        # assert ran on silently); CPython raises AssertionError(msg). Lower to the explicit form.
        self._truth_test(node.test)
        self.generic_visit(node)
        error = ast.Call(ast.Name("AssertionError", ast.Load()), [node.msg] if node.msg is not None else [], [])
        statement = ast.If(ast.UnaryOp(ast.Not(), node.test), [ast.Raise(error, None)], [])
        return located(statement, node)

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        # Transcrypt compiles `a and b` to `__t__ (a) && b`, which is false where CPython gives a falsy `a`
        # itself: `"" and x` was False in JS ('' in CPython), `None and x` False (None), `[] and x` False
        # ([]). Where only the truth of the result counts (if, while, not, ...) that is the same; where the
        # value is used, `a and b` becomes `b if a else a`, with `a` evaluated once: through
        # __m_shared_and__ (js_runtime/overlay/boolean_ops.extend.js) unless it is a name or a constant.
        # `a or b` is `__t__ (a) || b`: __t__ gives back a true `a` itself, except NaN, which is true in CPython
        # and falsy in JavaScript (__t__ gives `true` for it): where the value is used and `a` may be a float,
        # it becomes `a if a else b`, or __m_shared_or__ (a, lambda: b), so that `nan or 0` is nan as in CPython.
        value_used = id(node) not in self.truth_tests
        if not value_used:
            for value in node.values:
                self._truth_test(value)
        never_nan = [self._never_nan(value) for value in node.values]  # as written, before lowering
        self.generic_visit(node)
        if not value_used:
            return node
        if isinstance(node.op, ast.Or):
            return self._lower_or(node, never_nan)
        result = node.values[0]
        for right in node.values[1:]:
            if isinstance(result, (ast.Name, ast.Constant)):
                again = ast.Name(result.id, ast.Load()) if isinstance(result, ast.Name) else ast.Constant(result.value)
                result = ast.IfExp(result, right, again)
            else:
                later = ast.Lambda(ast.arguments([], [], None, [], [], None, []), right)
                result = ast.Call(ast.Name("__m_shared_and__", ast.Load()), [result, later], [])
            result = located(result, node)
        return ast.fix_missing_locations(result)

    def _never_nan(self, node: ast.expr) -> bool:
        """Whether an expression, as written, can never be NaN: a comparison, `not`, a literal or display, an f-string,
        or a call of a builtin that returns no float (not a name of the program's own)."""
        if isinstance(node, (ast.Compare, ast.Constant, ast.JoinedStr, ast.List, ast.Tuple, ast.Dict, ast.Set,
                             ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda)):
            return not (isinstance(node, ast.Constant) and isinstance(node.value, float) and node.value != node.value)
        if isinstance(node, ast.UnaryOp):
            return isinstance(node.op, ast.Not)
        if isinstance(node, ast.BoolOp):
            return all(self._never_nan(value) for value in node.values)
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _NEVER_NAN_CALLS
                and not self._shadowed(node.func.id))

    def _lower_or(self, node: ast.BoolOp, never_nan: list[bool]) -> ast.expr:
        if all(never_nan[:-1]):
            return node
        result = node.values[-1]
        for left, safe in zip(reversed(node.values[:-1]), reversed(never_nan[:-1])):
            if safe:
                result = ast.BoolOp(ast.Or(), [left, result])
            elif isinstance(left, ast.Name):
                result = ast.IfExp(left, ast.Name(left.id, ast.Load()), result)
            else:
                later = ast.Lambda(ast.arguments([], [], None, [], [], None, []), result)
                result = ast.Call(ast.Name("__m_shared_or__", ast.Load()), [left, later], [])
            result = located(result, node)
        return ast.fix_missing_locations(result)

    def visit_For(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        owned = owned_iterators(node.iter, self.bound_names)
        if owned:
            return self._closing_loop(node, owned)
        return self._lowered_loop(node)

    def _closing_loop(self, node: ast.For, owned: list[ast.expr]) -> list[ast.stmt]:
        # CPython closes a generator when the last reference to it goes: the one a `for` loop alone holds (a
        # call's or a generator expression's) when the loop ends by break, return or an exception, and its
        # `finally:` runs then, before the next statement or the handler. JS never closed it, and the finally
        # never ran: `for x in rows(): break` left out what rows() does in its finally. Such a loop takes its
        # iterators into temporaries, in their order, and closes them in a finally of its own, the last first
        # as CPython's zip drops them (a done generator ignores it, and any other value does not have it):
        #   t = rows(); try: for x in t: ...  finally: __m_shared_close__(t)
        names = []
        for expression in owned:
            self.enumerations += 1
            names.append(f"__m_shared_owned{self.enumerations}__")
        node.iter = Replaced({id(e): n for e, n in zip(owned, names)}).visit(node.iter)
        statements: list[ast.stmt] = [
            located(ast.Assign([ast.Name(name, ast.Store())], expression), expression)
            for expression, name in zip(owned, names)
        ]
        close = ast.Call(ast.Name("__m_shared_close__", ast.Load()), [ast.Name(n, ast.Load()) for n in reversed(names)], [])
        loop = self._lowered_loop(node)
        body = loop if isinstance(loop, list) else [loop]
        statements.append(located(ast.Try(body, [], [], [located(ast.Expr(close), node)]), node))
        return statements

    def _lowered_loop(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        node.iter = self._reversed_items(node.iter)
        call, target = node.iter, node.target
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.keywords
                and not any(isinstance(argument, ast.Starred) for argument in call.args)):
            return node
        if call.func.id == "range" and isinstance(target, ast.Name):
            return self._range_loop(node, call, target)
        if (call.func.id == "enumerate" and 1 <= len(call.args) <= 2 and isinstance(target, ast.Tuple)
                and len(target.elts) == 2 and not any(isinstance(element, ast.Starred) for element in target.elts)):
            return self._enumerate_loop(node, call, target)
        return node

    def _enumerate_loop(self, node: ast.For, call: ast.Call, target: ast.Tuple) -> list[ast.stmt]:
        # Speed: `for i, x in enumerate(seq)` made a list of [index, item] pairs (zip of a range and
        # the sequence) and unpacked each through the runtime's __getitem__; and it iterated over that
        # copy, so items appended during the loop were not reached as in CPython. It becomes an index
        # loop over the sequence, which Transcrypt compiles to a plain JS `for` reading `len(s)` on
        # each turn, as CPython's list iterator does:
        #   s = __i__(seq)                  (strings and lists as they are, dict keys, other iterables
        #   for n in range(len(s)):          materialised, TypeError for a value that is not iterable)
        #       i = n (+ start); x = s[n]
        self.enumerations += 1
        sequence, turn, start = (f"__m_shared_enum{self.enumerations}_{part}__" for part in ("seq", "n", "start"))
        index_target, item_target = target.elts
        statements: list[ast.stmt] = [
            ast.Assign([ast.Name(sequence, ast.Store())], ast.Call(ast.Name("__i__", ast.Load()), [call.args[0]], [])),
        ]
        index: ast.expr = ast.Name(turn, ast.Load())
        if len(call.args) == 2:  # evaluated once, after the sequence, as enumerate's arguments are; an int
            bound = ast.Call(ast.Name("__m_shared_range_bound__", ast.Load()), [call.args[1]], [])
            statements.append(ast.Assign([ast.Name(start, ast.Store())], bound))
            index = ast.BinOp(ast.Name(start, ast.Load()), ast.Add(), index)
        length = ast.Call(ast.Name("len", ast.Load()), [ast.Name(sequence, ast.Load())], [])
        item = ast.Subscript(ast.Name(sequence, ast.Load()), ast.Name(turn, ast.Load()), ast.Load())
        body = [ast.Assign([index_target], index), ast.Assign([item_target], item), *node.body]
        loop = ast.For(ast.Name(turn, ast.Store()), ast.Call(ast.Name("range", ast.Load()), [length], []), body, node.orelse)
        statements.append(loop)
        return [located(statement, node) for statement in statements]

    def _range_loop(self, node: ast.For, call: ast.Call, target: ast.Name) -> list[ast.stmt]:
        # Transcrypt compiles `for i in range(len(xs))` to `for (var i = 0; i < len (xs); i++)`: the bound
        # was evaluated on every turn (appending to xs in the loop never ended; CPython's range is
        # computed once), and assigning `i` in the body moved the loop (`i += 10` ended it; in CPython
        # the next turn gets the next number). The arguments are evaluated once into temporaries
        # (literals stay, so that Transcrypt still knows a negative step), and the loop runs on its own
        # counter, assigned to `i` at the start of each turn:
        #   stop = len(xs); for n in range(stop): i = n; ...
        self.enumerations += 1
        statements: list[ast.stmt] = []
        arguments: list[ast.expr] = []
        for position, argument in enumerate(call.args):
            if isinstance(argument, ast.Constant) or (
                isinstance(argument, ast.UnaryOp) and isinstance(argument.operand, ast.Constant)
            ):
                arguments.append(argument)
                continue
            name = f"__m_shared_range{self.enumerations}_{position}__"
            if not (isinstance(argument, ast.Call) and isinstance(argument.func, ast.Name) and argument.func.id == "len"):
                # an int, or CPython's TypeError: range("3") looped 3 times, range(None) not at all, range(True, 3)
                # began with True (js_runtime/overlay/argument_checks.extend.js __m_shared_range_bound__)
                argument = ast.Call(ast.Name("__m_shared_range_bound__", ast.Load()), [argument], [])
            statements.append(ast.Assign([ast.Name(name, ast.Store())], argument))
            arguments.append(ast.Name(name, ast.Load()))
        turn = f"__m_shared_range{self.enumerations}_n__"
        body = [ast.Assign([ast.Name(target.id, ast.Store())], ast.Name(turn, ast.Load())), *node.body]
        loop = ast.For(ast.Name(turn, ast.Store()), ast.Call(call.func, arguments, []), body, node.orelse)
        statements.append(loop)
        return [located(statement, node) for statement in statements]

    def visit_With(self, node: ast.With) -> ast.AST | list[ast.stmt]:
        # Transcrypt bound `with m as v` to the manager itself, not to what m.__enter__() returns, called
        # __exit__() without arguments (and not at all after a return, break or continue in the block),
        # decided by JavaScript's truth of __exit__'s result whether an exception was suppressed, and
        # rejected `as (a, b)`. The statement is written out as CPython's compiler does it (PEP 343), with
        # __m_shared_with__ (js_runtime/overlay/with_statement.extend.js) looking up __enter__ and __exit__:
        #   w = __m_shared_with__(m)            [exit, the value of __enter__()]; TypeError for no manager
        #   raised = False
        #   try:
        #       v = w[1]                        (assigned as any target is: `as (a, b)` unpacks)
        #       block
        #   except __m_shared_thrown__ as e:    anything thrown (see below)
        #       raised = True
        #       w[0](e)                         __exit__(type(e), e, tb): returns when its result is true
        #   finally:                            (suppressed), throws e again otherwise
        #       if not raised:                  the block ended, or was left by return, break or continue:
        #           w[0](None)                  __exit__(None, None, None)
        # __m_shared_thrown__ is the runtime's `object` (a name the shared code cannot shadow), of which
        # everything JS throws is an instance, in Transcrypt's isinstance: an error of JavaScript itself (an
        # m_shared loud error, an engine error) is no Python exception, and w[0] throws it again without
        # showing it to __exit__, which cannot suppress it (a bare `except:` would not do: it lets such an error
        # through, see compile.py visit_Try, and the `finally` would then call __exit__ (None, None, None)).
        # Several items nest: `with a as x, b as y:` is `with a as x:` around `with b as
        # y:`. Every added statement is on the `with` line, where CPython's traceback puts __enter__ and
        # __exit__ too.
        if any(isinstance(item.context_expr, ast.Call) and name_of(item.context_expr.func) == "__pragma__"
               for item in node.items):
            return self.generic_visit(node)  # Transcrypt's compiler directive (lint MS115), not a manager
        self.generic_visit(node)
        body: list[ast.stmt] = node.body
        for item in reversed(node.items):
            body = self._with_item(node, item, body)
        return body

    def _with_item(self, node: ast.With, item: ast.withitem, body: list[ast.stmt]) -> list[ast.stmt]:
        self.withs += 1
        manager, raised, error = (f"__m_shared_with{self.withs}{part}__" for part in ("", "_raised", "_error"))

        def exit_call(argument: ast.expr) -> ast.stmt:
            function = ast.Subscript(ast.Name(manager, ast.Load()), ast.Constant(0), ast.Load())
            return ast.Expr(ast.Call(function, [argument], []))

        def flag(value: bool) -> ast.stmt:
            return ast.Assign([ast.Name(raised, ast.Store())], ast.Constant(value))

        entered = ast.Call(ast.Name("__m_shared_with__", ast.Load()), [item.context_expr], [])
        if item.optional_vars is not None:
            value = ast.Subscript(ast.Name(manager, ast.Load()), ast.Constant(1), ast.Load())
            body = [located(ast.Assign([item.optional_vars], value), item.optional_vars), *body]
        handler = ast.ExceptHandler(ast.Name("__m_shared_thrown__", ast.Load()), error,
                                    [flag(True), exit_call(ast.Name(error, ast.Load()))])
        finally_ = [ast.If(ast.UnaryOp(ast.Not(), ast.Name(raised, ast.Load())), [exit_call(ast.Constant(None))], [])]
        statements = [
            ast.Assign([ast.Name(manager, ast.Store())], entered),
            flag(False),
            ast.Try(body, [handler], [], finally_),
        ]
        return [located(statement, node) for statement in statements]

    def visit_While(self, node: ast.While) -> ast.AST:
        self._truth_test(node.test)
        return self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self._truth_test(node.test)
        return self.generic_visit(node)

    def visit_ListComp(self, node: ast.ListComp) -> ast.AST:
        return self.generic_visit(ranges_for_closures(node))

    def visit_SetComp(self, node: ast.SetComp) -> ast.AST:
        return self.generic_visit(ranges_for_closures(node))

    def visit_DictComp(self, node: ast.DictComp) -> ast.AST:
        return self.generic_visit(ranges_for_closures(node))

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        for condition in node.ifs:
            self._truth_test(condition)
        self.generic_visit(node)
        node.iter = self._reversed_items(node.iter)
        return node

    def _reversed_items(self, iterable: ast.expr) -> ast.expr:
        # reversed() is an iterator (js_runtime/overlay/py_reversed.patch.js); a loop over it, the usual use,
        # walks a reversed copy instead, as fast as a loop over the list (measured in Node 20 over 1000 ints:
        # `for x in reversed(xs)` 13.5 ns an item, as `for x in xs`; through the iterator, `r = reversed(xs);
        # for x in r`, 35 ns)
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "reversed"
                and "reversed" not in self.bound_names and len(iterable.args) == 1 and not iterable.keywords
                and not isinstance(iterable.args[0], ast.Starred)):
            iterable.func = located(ast.Name("__m_shared_reversed_items__", ast.Load()), iterable.func)
        return iterable

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        if isinstance(node.op, ast.Not):
            self._truth_test(node.operand)
        self.generic_visit(node)
        if isinstance(node.op, ast.UAdd) and not (
            isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float)
        ):
            # Transcrypt compiles `+x` to JavaScript's `+x`, which turns anything into a number: +timedelta(1)
            # threw a bare TypeError (CPython: the timedelta), +"5" was 5, +None 0 (CPython: TypeError).
            # __m_shared_pos__ (js_runtime/overlay/arithmetic.extend.js) does what CPython does.
            return located(ast.Call(ast.Name("__m_shared_pos__", ast.Load()), [node.operand], []), node)
        if isinstance(node.op, ast.Invert):
            # Transcrypt compiles `~x` to JavaScript's `~__t__ (x)`, on 32 bits and on anything: ~(2 ** 40) was -1
            # (CPython -1099511627777), ~"5" -6 and ~1.5 -2 (CPython: TypeError). __m_shared_invert__
            # (js_runtime/overlay/bitwise.extend.js) does what CPython does.
            return located(ast.Call(ast.Name("__m_shared_invert__", ast.Load()), [node.operand], []), node)
        return node

    def _truth_test(self, node: ast.expr) -> None:
        self.truth_tests.add(id(node))

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        # `raise PlainError` (a class) threw the class itself in JS, which no `except` matched;
        # CPython instantiates it. A raised name or attribute goes through __m_shared_exception__
        # (js_runtime/overlay/exceptions.extend.js), which calls a class and passes an instance on. So does
        # the cause: `raise E from KeyError` gave E a __cause__ that was the class (CPython: KeyError()).
        self.generic_visit(node)
        # (a name read through the unbound-variable check, m_shared/unbound.py, is still a name here)
        if node.exc is not None and (isinstance(node.exc, (ast.Name, ast.Attribute))
                                     or name_of(call_func(node.exc)) == BOUND):
            node.exc = located(ast.Call(ast.Name("__m_shared_exception__", ast.Load()), [node.exc], []), node.exc)
        if node.cause is not None and isinstance(node.cause, (ast.Name, ast.Attribute)):
            node.cause = located(ast.Call(ast.Name("__m_shared_exception__", ast.Load()), [node.cause], []), node.cause)
        return node

    def visit_Delete(self, node: ast.Delete) -> ast.AST | list[ast.stmt]:
        # With -o Transcrypt compiles `del x[k]` to `delete __getitem__ (x, k)`, a no-op: the item
        # stayed. Subscript targets become calls of the js_runtime's __m_shared_delitem__ /
        # __m_shared_delslice__ (js_runtime/overlay/containers.extend.js). `del obj.x` was a JS `delete`,
        # silent for an attribute that does not exist (CPython: AttributeError): it becomes
        # delattr(obj, "x"), which raises it. Other targets stay.
        self.generic_visit(node)
        for target in node.targets:
            for name in (n for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Del)):
                # Transcrypt compiles `del name` to nothing: the name stays bound, so a later read that
                # raises NameError (UnboundLocalError) in CPython returned the old value in JavaScript
                raise LowerError(Diagnostic(
                    self.module.relpath, name.lineno, name.col_offset + 1, "build/del",
                    f"`del {name.id}` does nothing in JavaScript: {name.id} stays bound there, where CPython unbinds "
                    f"it (a later read raises NameError)",
                    f"remove the `del`, or rebind the name (`{name.id} = None`) if the old value must not be kept",
                ))
        statements: list[ast.stmt] = []
        kept: list[ast.expr] = []
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                if kept:
                    statements.append(located(ast.Delete(kept), node))
                    kept = []
                call = ast.Call(ast.Name("delattr", ast.Load()), [as_load(target.value), ast.Constant(target.attr)], [])
                statements.append(located(ast.Expr(call), target))
                continue
            if not isinstance(target, ast.Subscript):
                kept.append(target)
                continue
            if kept:
                statements.append(located(ast.Delete(kept), node))
                kept = []
            container = as_load(target.value)
            if isinstance(target.slice, ast.Slice):
                parts = [target.slice.lower, target.slice.upper, target.slice.step]
                call = ast.Call(ast.Name("__m_shared_delslice__", ast.Load()),
                                [container, *[p if p is not None else ast.Constant(None) for p in parts]], [])
            else:
                call = ast.Call(ast.Name("__m_shared_delitem__", ast.Load()), [container, target.slice], [])
            statements.append(located(ast.Expr(call), target))
        if kept:
            statements.append(located(ast.Delete(kept), node))
        return statements

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | list[ast.stmt]:
        # Transcrypt compiles `x[k] += v` to `__setitem__ (x, k, __iadd__ (__getitem__ (x, k), v))`:
        # x and k were evaluated twice (`d[keys.pop()] += 1` popped two keys) and a missing dict key
        # read as None (CPython: KeyError). Evaluate each once into temporaries, read the item as
        # `d[k]` reads, apply the operator as `name += v` does, and store it back:
        #   c = x; k = key; i = c[k]; i += v; c[k] = i
        # `obj.x += v` read a missing attribute as undefined (NaN, silently); it becomes
        #   c = obj; i = c.x; i += v; c.x = i
        # whose read raises AttributeError as every attribute read does (see _attributes.py).
        self.generic_visit(node)
        target = node.target
        container, key, item = (f"__m_shared_aug_{part}__" for part in ("container", "key", "item"))

        def load(name: str) -> ast.Name:
            return ast.Name(name, ast.Load())

        def store(name: str) -> ast.Name:
            return ast.Name(name, ast.Store())

        if isinstance(target, ast.Attribute):
            statements = [
                ast.Assign([store(container)], target.value),
                ast.Assign([store(item)], ast.Attribute(load(container), target.attr, ast.Load())),
                ast.AugAssign(store(item), node.op, node.value),
                ast.Assign([ast.Attribute(load(container), target.attr, ast.Store())], load(item)),
            ]
            return [located(statement, node) for statement in statements]
        if not isinstance(target, ast.Subscript) or isinstance(target.slice, ast.Slice):
            return node
        read = ast.Call(ast.Name("__m_shared_getitem__", ast.Load()), [load(container), load(key)], [])
        statements: list[ast.stmt] = [
            ast.Assign([store(container)], target.value),
            ast.Assign([store(key)], target.slice),
            ast.Assign([store(item)], read),
            ast.AugAssign(store(item), node.op, node.value),
            ast.Assign([ast.Subscript(load(container), load(key), ast.Store())], load(item)) if id(target) in self.dict_stores
            # the store checks a list's index and refuses a tuple, as visit_Assign's: `t[0] += 1` changed a tuple
            else ast.Expr(ast.Call(ast.Name("__m_shared_setitem__", ast.Load()), [load(item), load(container), load(key)], [])),
        ]
        return [located(statement, node) for statement in statements]

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        # With -o Transcrypt reads `d[k]` through the runtime's __getitem__, which returns undefined
        # (None) for a missing dict key, and must keep doing so for the compiled stdlib that relies
        # on it; CPython raises KeyError. The package's own reads call __m_shared_getitem__
        # (js_runtime/overlay/dicts.extend.js) instead. Slices and stores stay as they are.
        self.generic_visit(node)
        if isinstance(node.ctx, ast.Store) and isinstance(node.slice, ast.Tuple):
            # Transcrypt stores `d[row, col] = v` under a bare JS array, which the runtime cannot tell
            # from a list ([row, col]: unhashable in CPython); the key is a tuple, as (row, col) is.
            key = ast.Call(ast.Name("tuple", ast.Load()), [ast.List(node.slice.elts, ast.Load())], [])
            node.slice = located(key, node.slice)
            return node
        if (isinstance(node.ctx, ast.Store) and isinstance(node.slice, ast.Slice) and node.slice.lower is None
                and node.slice.step is not None):
            # Transcrypt passes 0 for the missing start of a slice assigned to (`xs[::-1] = ys`), which
            # a negative step reads as index 0: ValueError "attempt to assign sequence of size 3 to extended
            # slice of size 1" where CPython assigns; None is the start CPython leaves out
            node.slice.lower = located(ast.Constant(None), node.slice)
        if not isinstance(node.ctx, ast.Load) or isinstance(node.slice, ast.Slice):
            return node
        call = ast.Call(ast.Name("__m_shared_getitem__", ast.Load()), [node.value, node.slice], [])
        return located(call, node)

    def visit_Dict(self, node: ast.Dict) -> ast.AST:
        # Transcrypt writes a display with constant keys as a JS object literal. There, a '__proto__'
        # key sets the prototype instead of adding the key ({"__proto__": 1} was {}), and every key is
        # a string, listed in JavaScript's order: list({2: "a", 1: "b"}) was ['1', '2'] (CPython [2, 1]),
        # and 1 in {1: "a"} could not be told from "1" in it. A display with such keys is built from
        # [key, value] pairs, which dict() stores as own keys, remembering keys other than str and the
        # order of str keys such as "2" that JS objects list first ({"b": 1, "2": 2} listed "2" first;
        # js_runtime/overlay/dicts.extend.js). Other displays stay object literals (fast).
        self.generic_visit(node)
        if None in node.keys or not any(
            isinstance(key, ast.Constant)
            and (key.value == "__proto__" or not isinstance(key.value, str) or _index_like(key.value))
            for key in node.keys
        ):
            return node
        pairs = [ast.List([key, value], ast.Load()) for key, value in zip(node.keys, node.values, strict=True)]
        return located(ast.Call(ast.Name("dict", ast.Load()), [ast.List(pairs, ast.Load())], []), node)

    def visit_List(self, node: ast.List) -> ast.AST:
        # Transcrypt drops the star of `[0, *a, 3]` (a nested list); build it by concatenation
        self.generic_visit(node)
        return self._unstar(node) if isinstance(node.ctx, ast.Load) else node

    def visit_Tuple(self, node: ast.Tuple) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load) or not any(isinstance(e, ast.Starred) for e in node.elts):
            return node
        return located(ast.Call(ast.Name("tuple", ast.Load()), [self._unstar(node)], []), node)

    def _unstar(self, node: ast.List | ast.Tuple) -> ast.expr:
        if not any(isinstance(element, ast.Starred) for element in node.elts):
            return node
        pieces: list[ast.expr] = []
        run: list[ast.expr] = []
        for element in node.elts:
            if isinstance(element, ast.Starred):
                if run:
                    pieces.append(ast.List(run, ast.Load()))
                    run = []
                pieces.append(ast.Call(ast.Name("list", ast.Load()), [element.value], []))
            else:
                run.append(element)
        if run:
            pieces.append(ast.List(run, ast.Load()))
        if len(pieces) == 1:  # `[*a]`: list(a) is a new list already
            return located(pieces[0], node)
        result = pieces[0]
        for piece in pieces[1:]:
            result = ast.BinOp(result, ast.Add(), piece)
        return located(result, node)

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        # Transcrypt gives a lambda no argument check: `(lambda x: x)(1, 2)` returned 1, `(lambda x, y: x)(1)`
        # ran with y undefined, and unknown keywords were dropped; CPython raises TypeError. A lambda gets the
        # check of a def (_argument_check), written out by compile.py in front of its body, which also binds
        # its keyword arguments (`f.<locals>.<lambda>() takes 1 positional argument but 2 were given`).
        qualname = self._qualname("<lambda>")
        self.visit(node.args)  # its defaults are evaluated where the lambda is, not in it
        self.scopes.append(node)
        try:
            node.body = self.visit(node.body)
        finally:
            self.scopes.pop()
        node.m_shared_arguments = _argument_check(node.args, qualname)  # type: ignore[attr-defined]
        # Transcrypt evaluates a lambda's defaults when it is called, CPython when it is created:
        # `[lambda x=v: x for v in (1, 2)]` gave 2 and 2 (CPython: 1 and 2). Defaults that are not
        # constants are passed in when the lambda is created, through an enclosing lambda:
        #   (lambda d0: lambda x=d0: x)(v)
        arguments = node.args
        bound: list[tuple[str, ast.expr]] = []

        def hoisted(default: ast.expr | None) -> ast.expr | None:
            if default is None or _evaluated_alike(default) and not isinstance(default, ast.Name):
                return default
            name = f"__m_shared_lambda_default{len(bound)}__"
            bound.append((name, default))
            return ast.Name(name, ast.Load())

        arguments.defaults = [hoisted(default) for default in arguments.defaults]
        arguments.kw_defaults = [hoisted(default) for default in arguments.kw_defaults]
        if not bound:
            return node
        outer = ast.Lambda(ast.arguments([], [ast.arg(name) for name, _ in bound], None, [], [], None, []), node)
        outer.m_shared_internal = True  # type: ignore[attr-defined]  # called right here, positionally
        return located(ast.Call(outer, [value for _, value in bound], []), node)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.AST:
        # a generator expression is a function (`f.<locals>.<genexpr>.<lambda>`), except for its first
        # iterable, which is evaluated where it is; list, set and dict comprehensions are inlined (3.12)
        ranges_for_closures(node, first=1)
        generators = node.generators
        generators[0].iter = self.visit(generators[0].iter)
        self.scopes.append(node)
        try:
            first = generators[0]
            first.target = self.visit(first.target)
            for condition in first.ifs:
                self._truth_test(condition)
            first.ifs = self._visit_all(first.ifs)
            node.generators = [first, *(self.visit(generator) for generator in generators[1:])]
            node.elt = self.visit(node.elt)
        finally:
            self.scopes.pop()
        # what it holds alone and closes when closed (compile.py visit_GeneratorExp, see _closing_loop): its first
        # iterable when that is a generator; the generators its later `for`s make
        owned = owned_iterators(node.generators[0].iter, self.bound_names)
        node.m_shared_closes_first = owned == [node.generators[0].iter]  # type: ignore[attr-defined]
        for later in node.generators[1:]:
            later.m_shared_owned = owned_iterators(later.iter, self.bound_names)  # type: ignore[attr-defined]
        return node

    def _visit_all(self, nodes: list) -> list:
        """``nodes`` visited, as generic_visit visits a list field (a node may become none or several)."""
        result = []
        for node in nodes:
            new = self.visit(node)
            if new is None:
                continue
            result.extend(new) if isinstance(new, list) else result.append(new)
        return result

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        # `str.lower` (as in `sorted(names, key=str.lower)`) is a function of one string in CPython; JS has
        # no such property on Transcrypt's `str`, so the key was undefined and the list sorted without it.
        # It becomes `lambda s, *a: __m_shared_str_self__(s, "lower").lower(*a)`, whose check raises
        # CPython's TypeError for a value that is not a str (js_runtime/overlay/str_methods.extend.js).
        self.generic_visit(node)
        if (isinstance(node.value, ast.Name) and node.value.id == "dataclasses" and isinstance(node.ctx, ast.Load)
                and node.attr in DATACLASS_HELPERS):
            return located(ast.Name(DATACLASS_HELPERS[node.attr], ast.Load()), node)  # see _dataclasses_import
        if not (isinstance(node.value, ast.Name) and node.value.id == "str" and isinstance(node.ctx, ast.Load)
                and node.attr in _STR_METHODS):
            return node
        this, rest = "__m_shared_str__", "__m_shared_str_args__"
        checked = ast.Call(ast.Name("__m_shared_str_self__", ast.Load()), [ast.Name(this, ast.Load()), ast.Constant(node.attr)], [])
        call = ast.Call(ast.Attribute(checked, node.attr, ast.Load()), [ast.Starred(ast.Name(rest, ast.Load()), ast.Load())], [])
        arguments = ast.arguments([], [ast.arg(this)], ast.arg(rest), [], [], None, [])
        return located(ast.Lambda(arguments, call), node)

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if (len(node.ops) == 1 and isinstance(node.ops[0], (ast.Is, ast.IsNot))
                and isinstance(node.comparators[0], ast.Constant) and node.comparators[0].value is None):
            matches = self._regex_test(node.left)
            if matches is not None:
                found = matches if isinstance(node.ops[0], ast.IsNot) else ast.UnaryOp(ast.Not(), matches)
                return located(found, node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        # map and filter of shared code are the runtime's lazy iterators (js_runtime/overlay/map_filter.extend.js):
        # Transcrypt's build lists, and any(map(check, lines)) ran check on the lines after the first true one.
        # The name itself, not only its calls, so that `f = map` and `type(m) is map` are CPython's. Transcrypt's
        # stdlib keeps its eager map (re.findall returns one as a list); a module binding the name keeps its own.
        if isinstance(node.ctx, ast.Load) and node.id in _LAZY_BUILTINS and node.id not in self.bound_names:
            return located(ast.Name(_LAZY_BUILTINS[node.id], ast.Load()), node)
        return node

    def _regex_test(self, node: ast.expr) -> ast.expr | None:
        # `re.fullmatch(P, s) is None` (and `is not None`, `if re.match(P, s):`, `not re.search(P, s)`)
        # only asks whether there is a match: __m_shared_regex_found__ (re, "fullmatch", P, s) makes the same
        # call without building the Match nobody reads (js_runtime/overlay/regex_tests.extend.js)
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id in self.regex_modules
                and node.func.attr in ("search", "match", "fullmatch") and len(node.args) == 2 and not node.keywords
                and not any(isinstance(argument, ast.Starred) for argument in node.args)):
            return None
        module = ast.Name(node.func.value.id, ast.Load())
        arguments = [module, ast.Constant(node.func.attr), *node.args]
        return located(ast.Call(ast.Name("__m_shared_regex_found__", ast.Load()), arguments, []), node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if id(node) in self.truth_tests:
            matches = self._regex_test(node)
            if matches is not None:
                return self.generic_visit(matches)
        for key in self._callee_keys(node.func):
            rewritten = CALL_REWRITES[key](self, node) if key in CALL_REWRITES else None
            if rewritten is not None:
                return rewritten
        return self.generic_visit(node)

    def _shadowed(self, name: str) -> bool:
        """Whether ``name`` is the program's own where the node being visited reads it, not a builtin: bound by the
        innermost scope, an enclosing function (not an enclosing class: its names are not seen from its methods)
        or the module."""
        return self._binding_scope(name) is not None

    def _binding_scope(self, name: str) -> ast.AST | None:
        """The scope whose binding of ``name`` the node being visited reads (the module's tree), or None: a builtin."""
        for depth, scope in enumerate(reversed(self.scopes)):
            if depth and isinstance(scope, ast.ClassDef):
                continue
            bound = self.scope_bindings.get(id(scope))
            if name in (bound if bound is not None else bound_in(scope)):
                return scope
        module = self.scope_bindings.get(id(self.module_tree), self.bound_names)
        return self.module_tree if name in module else None

    def _callee_keys(self, func: ast.expr) -> list[str]:
        """What a call calls, as keys of CALL_REWRITES (_calls.py), most specific first: ``builtins.round`` for a builtin's name
        that the module does not bind itself, ``typing.cast`` for a name imported from a module (``from typing import
        cast``) or an attribute of an imported module (``typing.cast``), ``builtins.object.__setattr__`` for an
        attribute of a builtin, and ``.strip`` for a method of any receiver."""
        if isinstance(func, ast.Name):
            scope = self._binding_scope(func.id)
            if scope is None:
                return [f"builtins.{func.id}"]
            return [self.imported_names[func.id]] if scope is self.module_tree and func.id in self.imported_names else []
        if not isinstance(func, ast.Attribute):
            return []
        keys = []
        if isinstance(func.value, ast.Name):
            scope = self._binding_scope(func.value.id)
            if scope is None:
                keys.append(f"builtins.{func.value.id}.{func.attr}")
            elif scope is self.module_tree and func.value.id in self.imported_modules:
                keys.append(f"{self.imported_modules[func.value.id]}.{func.attr}")
        return [*keys, f".{func.attr}"]

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST:
        node.returns = None
        arguments = node.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                         arguments.vararg, arguments.kwarg]:
            if argument is not None:
                argument.annotation = None
        node.decorator_list = [d for d in node.decorator_list if name_of(d) not in _DECORATORS_DROPPED]
        qualname = self._qualname("<lambda>" if getattr(node, "m_shared_lambda", False) else node.name)
        # the decorators and defaults are evaluated where the def is: a lambda among them is not in its scope
        node.decorator_list = self._visit_all(node.decorator_list)
        self.visit(node.args)
        self.function_stack.append(node)
        self.scopes.append(node)
        try:
            node.body = self._visit_all(node.body)
        finally:
            self.function_stack.pop()
            self.scopes.pop()
        stop_iteration_is_runtime_error(node)
        self._check_arguments(node, qualname)
        if self._nested_in_function(node):
            return self._bind_defaults_at_def(node)
        hoisted = self._hoist_defaults(node)
        return [*hoisted, node] if hoisted else node

    def _nested_in_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        scopes = [*self.class_stack, *self.function_stack]  # the innermost one starts last
        return bool(scopes) and isinstance(max(scopes, key=lambda s: (s.lineno, s.col_offset)), ast.FunctionDef | ast.AsyncFunctionDef)

    def _bind_defaults_at_def(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.AST | list[ast.stmt]:
        # A def inside a function may run many times (in a loop, once per call): `for v in xs: def h(x=v)`
        # gave every h the last v, as Transcrypt evaluates defaults when h is called. Defaults that are
        # not constants are passed to a factory that makes h, so each h keeps the values of its def:
        #   def __m_shared_make_h__(d0): def h(x=d0): ...; return h
        #   h = __m_shared_make_h__(v)
        parameters: list[ast.arg] = []
        values: list[ast.expr] = []
        for defaults in (node.args.defaults, node.args.kw_defaults):
            for index, value in enumerate(defaults):
                if value is None or (_evaluated_alike(value) and not isinstance(value, ast.Name)):
                    continue
                name = f"__m_shared_default{len(parameters)}__"
                parameters.append(ast.arg(name))
                values.append(value)
                defaults[index] = located(ast.Name(name, ast.Load()), value)
        if not parameters:
            return node
        factory = f"__m_shared_make_{node.name}__"
        # by keyword: Python 3.11's FunctionDef has no type_params (3.12 added it)
        make = ast.FunctionDef(
            name=factory, args=ast.arguments([], parameters, None, [], [], None, []),
            body=[node, ast.Return(ast.Name(node.name, ast.Load()))], decorator_list=[], returns=None, type_comment=None,
            **({"type_params": []} if "type_params" in ast.FunctionDef._fields else {}),
        )
        make.m_shared_internal = True  # type: ignore[attr-defined]  # called right here, positionally
        bind = ast.Assign([ast.Name(node.name, ast.Store())], ast.Call(ast.Name(factory, ast.Load()), values, []))
        return [located(make, node), located(bind, node)]

    def _hoist_defaults(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.stmt]:
        # CPython evaluates a default once, when `def` runs, so `def f(x, bucket=[])` shares one list
        # across calls; Transcrypt evaluates it in the function, at every call that omits it. A
        # default that is not a constant or a name is computed once into a hidden variable just
        # before the def (a class attribute for a method, read through the class at call time).
        hoisted: list[ast.stmt] = []
        # (a method of a class defined inside a function too: `not self.function_stack` took it for a function,
        # and its default read a variable that was a class attribute, a ReferenceError)
        in_class_body = bool(self.scopes) and isinstance(self.scopes[-1], ast.ClassDef)
        defaults = node.args.defaults
        kw_defaults = node.args.kw_defaults
        for values in (defaults, kw_defaults):
            for index, value in enumerate(values):
                if value is None or _evaluated_alike(value):
                    continue
                self.hoisted_defaults += 1
                name = f"_m_shared_default_{self.hoisted_defaults}"
                hoisted.append(located(ast.Assign([ast.Name(name, ast.Store())], value), value))
                if in_class_body:
                    reference = ast.Attribute(ast.Name(self.class_stack[-1].name, ast.Load()), name, ast.Load())
                else:
                    reference = ast.Name(name, ast.Load())
                values[index] = located(reference, value)
        return hoisted

    def _qualname(self, name: str) -> str:
        # CPython's compiler: a def's or a lambda's locals are `.<locals>`, a class's and a generator
        # expression's are not (`C.<lambda>`, `f.<locals>.<genexpr>.<lambda>`)
        parts = [s.name if isinstance(s, ast.ClassDef) else "<genexpr>" if isinstance(s, ast.GeneratorExp)
                 else f"{'<lambda>' if isinstance(s, ast.Lambda) else s.name}.<locals>" for s in self.scopes]
        return ".".join([*parts, name])

    def _check_arguments(self, node: ast.FunctionDef | ast.AsyncFunctionDef, qualname: str) -> None:
        # Transcrypt binds arguments the JS way: a missing one is undefined (None), an extra one or
        # an unknown keyword is dropped, silently; CPython raises TypeError. Every def starts with a
        # check of the JS `arguments` by __m_shared_args__ (js_runtime/overlay/arguments.extend.js),
        # which raises CPython's TypeError. This marker statement says what to check (the parameter
        # list is only parsed to word an error); compile.py writes it out as JavaScript (with its
        # fast path) and, for a def without *args and **kwargs, also lets the check bind the keyword
        # arguments in place of Transcrypt's keyword prologue (compile.py, LocatingGenerator.visit_arguments
        # and visit_Expr). A lambda gets the same check (visit_Lambda).
        check = ast.Expr(ast.Call(ast.Name(ARGUMENTS_MARKER, ast.Load()),
                                  [ast.Constant(value) for value in _argument_check(node.args, qualname)], []))
        at = 1 if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant) \
            and isinstance(node.body[0].value.value, str) else 0
        # on the def's line: the arguments are bound there (a debugger stepping into the call stops on it first,
        # as pdb does), and a TypeError of the call points at it
        node.body.insert(at, located(check, node))

    visit_FunctionDef = _visit_function
    visit_AsyncFunctionDef = _visit_function

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST | list[ast.stmt]:
        base_names = {name_of(base) for base in node.bases}
        if "TypedDict" in base_names:
            # a TypedDict is a dict at run time: `Order(a=1)` builds {'a': 1}
            alias = ast.Assign(targets=[ast.Name(node.name, ast.Store())], value=ast.Name("dict", ast.Load()))
            return ast.copy_location(alias, node)
        node.bases = [base for base in node.bases if name_of(subscript_value(base)) not in TYPING_BASES]
        dataclass_decorator = next((d for d in node.decorator_list if name_of(call_func(d)) == "dataclass"), None)
        qualname = self._qualname(node.name)
        check_class_body(self.module, node)
        hoisted = [] if dataclass_decorator is not None else class_scope_reads(self, node)
        self.class_stack.append(node)
        try:
            if dataclass_decorator is not None:
                node.decorator_list.remove(dataclass_decorator)
                lower_dataclass(self, node, dataclass_decorator)
            # only the body is in the class's scope (`C.<lambda>`); its bases and decorators are evaluated outside
            node.decorator_list = self._visit_all(node.decorator_list)
            node.bases = self._visit_all(node.bases)
            node.keywords = self._visit_all(node.keywords)
            node.body = [lambda_method(statement) for statement in node.body]
            self.scopes.append(node)
            try:
                node.body = self._visit_all(node.body)
            finally:
                self.scopes.pop()
        finally:
            self.class_stack.pop()
        if any(isinstance(s, ast.FunctionDef) and s.name == "__format__" for s in node.body):
            # f-strings and `{}` fields give str(value), which is what every library type's __format__('')
            # gives; a class of the shared code reaches its own through this alias, which the runtime asks
            # for (js_runtime/overlay/fstrings.extend.js) without naming __format__: naming it would keep
            # the runtime's whole format-spec machinery in every package that prints a value
            node.body.append(parse_method(
                node, "def __m_shared_format__(self, spec):\n    return self.__format__(spec)"
            ))
        for index, statement in enumerate(node.body):
            if isinstance(statement, ast.FunctionDef) and statement.name == "__bool__":
                # CPython raises TypeError when __bool__ returns no bool; JavaScript took its value's truth
                # (js_runtime/overlay/instances.extend.js __m_shared_bool_result__)
                statement.name = "__m_shared_own_bool__"
                node.body.insert(index + 1, parse_method(
                    statement, "def __bool__(self):\n    return __m_shared_bool_result__(self.__m_shared_own_bool__())"
                ))
                break
        defined = {s.name for s in node.body if isinstance(s, ast.FunctionDef)} | {
            target.id for s in node.body if isinstance(s, ast.Assign) for target in s.targets if isinstance(target, ast.Name)
        }
        if "__eq__" in defined and "__hash__" not in defined and not getattr(node, "m_shared_hashable", False):
            # CPython sets __hash__ to None in a class that defines __eq__ and not __hash__ (so in a dataclass
            # that is not frozen): its instances are unhashable. Observed: {Point(1, 2)} had one member in JS,
            # CPython raised TypeError: unhashable type: 'Point'; the runtime reads this (set_members.extend.js)
            node.body.append(parse_statement(node, "__hash__ = None"))
        if qualname != node.name:
            # Transcrypt's classes have only __name__; a dataclass's repr shows __qualname__ ('f.<locals>.P').
            # Not as __qualname__ itself: a class attribute would be read on instances too, unlike CPython's
            node.body.insert(0, parse_statement(node, f"__m_shared_qualname__ = {qualname!r}"))
        if not node.body:
            node.body = [ast.copy_location(ast.Pass(), node)]
        return [*self._visit_all(hoisted), node] if hoisted else node


def _evaluated_alike(value: ast.expr) -> bool:
    """A default whose value is the same evaluated at def time or at call time: a constant or a name."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.operand, ast.Constant):
        return True
    return isinstance(value, (ast.Constant, ast.Name))
