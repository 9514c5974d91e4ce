"""Stage 5: compile lowered modules to ES modules with Transcrypt, in process.

Transcrypt's command line recompiles a whole program per call and costs
~0.4 s even for one small module. We drive its code generator directly, one
module at a time, handing it what it needs to know about the modules it
imports (their exported names) instead of letting it recurse into them. That
is what makes incremental builds cheap.

The Transcrypt runtime and the allowed standard-library modules do not depend
on user code; they are compiled once per Transcrypt version and profile by the
real ``transcrypt`` command and cached (see :func:`library`).
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import difflib
import hashlib
import importlib
import importlib.metadata
import json
import math
import os
import re
import string
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import rjsmin

from . import overlay, recursion, shake
from .diagnostics import Diagnostic, MSharedError
from .graph import STDLIB_ALLOWED, SourceModule
from .lower import ARGUMENTS_MARKER, Replaced, stop_iteration_handler

TRANSCRYPT_VERSION = importlib.metadata.version("transcrypt")

# The Transcrypt switches every build uses. -n: no minification (done by the
# app's own bundler), -m: line numbers for sourcemaps; the rest turn on the
# Python semantics that the parity corpus shows are needed: operator
# overloading (-o), Python truthiness (-t), keyword arguments (-k), the
# format-spec mini-language (-sf) and conversion of loop iterables (-i, which
# with the __i__ overlay makes `for` over enumerate() and generators run at all).
PROFILE = ("-o", "-t", "-k", "-sf", "-i")
# Transcrypt's own runtime and stdlib modules are written for JavaScript truthiness: compiled with
# -t, its datetime module fails to load (measured by the parity corpus), so they are compiled without it.
LIBRARY_PROFILE = tuple(flag for flag in PROFILE if flag != "-t")
RUNTIME_MODULE = "org.transcrypt.__runtime__"
_LINE_NR_LENGTH = 6  # Transcrypt appends each target line's source line number as 6 digits

# JavaScript reserved words that are valid Python identifiers and that Transcrypt
# does not alias itself: emitted verbatim, `def delete(): ...` would be a JS syntax error.
JS_RESERVED = frozenset(
    "catch const debugger delete do enum eval export extends function implements instanceof interface let "
    "null package private protected public static this throw typeof var void".split()
)


@dataclasses.dataclass(frozen=True)
class CompiledModule:
    name: str
    code: str  # ES module text, importing siblings as ./<dotted name>.js
    source_lines: tuple[int, ...]  # for each line of ``code``, its 1-based Python line (0: none)
    exports: tuple[str, ...]  # names exported by the ES module, as Transcrypt spells them
    js_names: dict[str, str]  # Python name of each module-level name -> its name in the ES module


@dataclasses.dataclass(frozen=True)
class Library:
    """Transcrypt's runtime and the allowed stdlib modules, compiled once."""

    files: dict[str, str]  # file name in the private folder -> text
    exports: dict[str, tuple[str, ...]]  # module name -> exported names


def code_fingerprint() -> str:
    """Transcrypt's version, the profile and m_shared's compile-side code: a change to any invalidates caches."""
    if not _FINGERPRINT:
        digest = hashlib.sha256(json.dumps([TRANSCRYPT_VERSION, PROFILE, LIBRARY_PROFILE]).encode())
        here = Path(__file__).parent
        for path in [*sorted((here / "lower").glob("*.py")), *(here / name for name in (
                "unbound.py", "compile.py", "graph.py", "regex.py", "recursion.py"))]:
            digest.update(path.read_bytes())
        _FINGERPRINT.append(digest.hexdigest())
    return _FINGERPRINT[0]


_FINGERPRINT: list[str] = []


class CompileError(Exception):
    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)


def _transcrypt_modules_dir() -> Path:
    spec = importlib.util.find_spec("transcrypt")
    if spec is None or not spec.submodule_search_locations:
        raise MSharedError("Transcrypt is not installed in this Python environment (pip install transcrypt==3.9.5)")
    return Path(list(spec.submodule_search_locations)[0]) / "modules"


@contextlib.contextmanager
def _argv(arguments: list[str]):
    saved = sys.argv
    sys.argv = arguments
    try:
        yield
    finally:
        sys.argv = saved


class _Transcrypt:
    """Transcrypt's compiler, imported into this process and configured with our profile."""

    _instance: _Transcrypt | None = None

    @classmethod
    def get(cls) -> _Transcrypt:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self) -> None:
        modules_dir = _transcrypt_modules_dir()
        # Transcrypt's compiler lives in its own `org.transcrypt` package inside modules/.
        # Appending (not prepending) keeps CPython's stdlib ahead of Transcrypt's JS-flavoured copies.
        if str(modules_dir) not in sys.path:
            sys.path.append(str(modules_dir))
        from org.transcrypt import compiler, utils  # type: ignore[import-not-found]

        self.compiler, self.utils = compiler, utils
        with _argv(["transcrypt", "-n", "-m", *PROFILE, "module"]), contextlib.redirect_stdout(None):
            utils.commandArgs.parse()
        utils.nrOfExtraLines = 0  # we parse sources ourselves, without Transcrypt's prepended helper lines
        envir = utils.Any()
        exec((modules_dir / "org/transcrypt/__envir__.js").read_text(encoding="utf-8"), {"__envir__": envir})
        envir.executor_name = envir.interpreter_name
        self.envir = envir
        self.symbols = ["__sform__", "__esv6__"]
        generator = compiler.Generator
        filtered_ids: dict[str, str] = {}
        default_aliases: list[list] = []

        class LocatingGenerator(filled_templates(direct_calls(generator))):
            m_shared_positional_only = frozenset()  # of the def whose keyword prologue is emitted (visit_arguments)

            def visit(self, node):  # remembers the innermost node, for error columns
                if hasattr(node, "lineno"):
                    self.m_shared_node = node
                return super().visit(node)

            def emit(self, fragment, *formatter):
                # Transcrypt tests every call's last argument for keyword arguments with
                # `x.hasOwnProperty ("__kwargtrans__")`, which a dict with the key "hasOwnProperty" or
                # "__kwargtrans__" breaks; the runtime's __m_shared_kwargs__ cannot be fooled by keys
                # (js_runtime/overlay/__kwargtrans__.patch.js). Only Transcrypt's own code templates are
                # rewritten: literals arrive as formatter arguments, never in ``fragment``.
                if _KWARGS_TEST in fragment:
                    fragment = _KWARGS_TEMPLATE.sub(r"__m_shared_kwargs__ (\1)", fragment)
                elif fragment == _KWARGS_STORE:  # `**kw` gets the keywords' Python names, not their JS aliases
                    fragment = "default: __m_shared_kwarg__ ({0}, {1}, {2} [{1}]);\n"
                elif fragment == _KWARGS_CASE and formatter[0] in self.m_shared_positional_only:
                    return None  # CPython: `f(a=1)` puts a positional-only `a` into **kwargs (or raises)
                return super().emit(fragment, *formatter)

            # ---- the argument check of a def or lambda (lower/_lowering.py _check_arguments, visit_Lambda) -----
            def visit_arguments(self, node):  # noqa: N802 - Transcrypt's API
                # A def or lambda whose check binds the keyword arguments (_binds_keywords) has none of
                # Transcrypt's code before its body: the check, then the defaults (_m_shared_check). Nor has a
                # function that lowering made and calls itself with positional arguments (m_shared_internal).
                # Transcrypt knows no positional-only parameters: it dropped them (`def f(a, /, b)` was
                # `function (b)`, and `a` a ReferenceError).
                function = getattr(node, "parentNode", None)
                positional = [*node.posonlyargs, *node.args]
                if not (_binds_keywords(function) or getattr(function, "m_shared_internal", False)):
                    if not node.posonlyargs:
                        return super().visit_arguments(node)
                    # with *args or **kwargs: Transcrypt's prologue binds them, with positional-only parameters
                    # as the first positional ones, that no keyword sets (see emit: a `name=` goes to **kwargs)
                    saved = node.args, node.posonlyargs
                    node.args, node.posonlyargs = positional, []
                    self.m_shared_positional_only = frozenset(self.filterId(a.arg) for a in saved[1])
                    try:
                        return super().visit_arguments(node)
                    finally:
                        node.args, node.posonlyargs = saved
                        self.m_shared_positional_only = frozenset()
                self.emit("(")
                for index, argument in enumerate(positional):
                    self.emitComma(index)
                    self.visit(argument)
                self.emit(") {{\n")
                self.indent()  # Transcrypt's visit_FunctionDef and visit_Lambda dedent at the end of the body
                return None

            def visit_Expr(self, node):  # noqa: N802 - Transcrypt's API
                if _arguments_marker(node) is None:
                    return super().visit_Expr(node)
                self.adaptLineNrString(node)  # the line of the def's first statement, as a statement's
                self._m_shared_check(node.parentNode, *(argument.value for argument in node.value.args))
                return None

            def visit_Lambda(self, node):  # noqa: N802 - Transcrypt's API
                check = getattr(node, "m_shared_arguments", None)
                if check is None:  # a lambda that lowering made, called by the runtime or in place
                    return super().visit_Lambda(node)
                self.emit("(function __lambda__ ")  # as Transcrypt's, with the check before `return`
                self.visit(node.args)
                self._m_shared_check(node, *check)
                self.emit(";\nreturn ")
                self.visit(node.body)
                self.dedent()
                self.emit(";\n}})")
                return None

            def _m_shared_check(self, function, required, maximum, needs_keywords, spec):
                arguments = function.args
                # positional-only parameters: __m_shared_posonly__ tells their names from keywords' (only
                # shipped to a program that has some)
                posonly = ", __m_shared_posonly__" if arguments.posonlyargs else ""
                call = f"__m_shared_args__ (arguments, {_js_literal(spec)}{posonly})"  # the numbers: the fast path
                # Speed: the common case (a positional call of the right arity, no keyword object) is tested in
                # place, so that `arguments` does not escape into a call and V8 need not build it (~10 % of a call
                # of a small function); the check is made when that test fails. No call without keywords is
                # right when a keyword-only parameter has no default.
                if required == maximum:
                    arity = [f"arguments.length !== {required}"]
                else:
                    arity = [*([f"arguments.length < {required}"] if required else []),
                             *([f"arguments.length > {maximum}"] if maximum >= 0 else [])]
                slow = None if needs_keywords else " || ".join(
                    [*arity, "__m_shared_kwargs__ (arguments [arguments.length - 1])"])
                if maximum == 0 and not needs_keywords:
                    slow = "arguments.length"  # any argument, a keyword object too, is one too many or f(**{})
                if not _binds_keywords(function):  # *args or **kwargs: Transcrypt's prologue binds
                    self.emit("{}", f"if ({slow}) {call}" if slow else call)
                    return
                # CPython binds the arguments, then fills in the defaults of what is still unbound: the check
                # returns every parameter's value (undefined if unbound), so a parameter that held the keyword
                # object is unbound and gets its default below
                positional = [*arguments.posonlyargs, *arguments.args]
                names = [self.filterId(a.arg) for a in [*positional, *arguments.kwonlyargs]]
                binding = f"var [{', '.join(names)}] = {call}" if names else call
                self.emit("{}", f"if ({slow}) {binding}" if slow else binding)
                pairs = [*zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults),
                         *zip(arguments.kwonlyargs, arguments.kw_defaults)]
                for argument, default in pairs:
                    if default is not None:
                        self.emit("; if ({0} === undefined) {0} = ", self.filterId(argument.arg))
                        self.visit(default)

            def visit_Constant(self, node):  # noqa: N802 - Transcrypt's API
                literal = _js_literal(node.value)
                if literal is None:
                    return super().visit_Constant(node)
                return self.emit("{}", literal)

            def visit_UnaryOp(self, node):  # noqa: N802 - Transcrypt's API
                # `-5` was `__neg__ (5)`, and `-0` (an int) became JS -0, which CPython's ints do not have
                operand = node.operand
                if (isinstance(node.op, ast.USub) and isinstance(operand, ast.Constant)
                        and type(operand.value) in (int, float)):
                    value = -operand.value
                    return self.emit("{}", "0" if value == 0 and type(value) is int else f"({_js_literal(value)})")
                return super().visit_UnaryOp(node)

            def visit_JoinedStr(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt joins an f-string's text into a format template through str.format, so literal
                # braces (f"{{a}} {x}") failed to compile or were filled with values, and astral escapes broke
                # (see _js_literal); the runtime's format does not know `{{`. The text parts stay literals.
                # Speed: rather than a template for str.format to parse on every evaluation (~15 % of a
                # validator that builds one message per issue), the parts are concatenated, each value as
                # str.format turns it into text for `{}` (__m_shared_fvalue__, js_runtime/overlay/fstrings.extend.js).
                values = [value for value in node.values if not (isinstance(value, ast.Constant) and value.value == "")]
                if all(isinstance(v, ast.Constant) for v in values):  # f"" or f"text": ''.format () crashed (unbound)
                    return self.emit("{}", _js_literal("".join(v.value for v in values)))
                self.emit("(")
                for index, value in enumerate(values):
                    if index:
                        self.emit(" + ")
                    if isinstance(value, ast.Constant):
                        self.emit("{}", _js_literal(value.value))
                    elif isinstance(value, ast.FormattedValue) and (value.conversion != -1 or value.format_spec):
                        self._m_shared_format_field(value)
                    else:
                        self.emit("__m_shared_fvalue__ (")
                        self.visit(value)
                        self.emit(")")
                self.emit(")")

            def _m_shared_format_field(self, value):
                # f"{x!r:>{width}}" is filled as str.format fills "{!r:>{}}" with (x, width): CPython's format-spec
                # mini-language and conversions (js_runtime/overlay/format_spec.extend.js). Transcrypt dropped the
                # spec and !r: f"{3.14159:.2f}" was '3.14159', f"{7:03d}" '7', f"{'a'!r}" 'a'.
                template, arguments = _m_shared_field_template(value)
                self.emit("{}.format (", _js_literal(template))
                for index, argument in enumerate(arguments):
                    if index:
                        self.emit(", ")
                    self.visit(argument)
                self.emit(")")

            def visit_Module(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt emits a package's re-export list by iterating a set: sort it for reproducible output
                self.allImportedNames = _SortedSet(self.allImportedNames)
                return super().visit_Module(node)

            def filterId(self, qualifiedId):  # noqa: N802,N803 - Transcrypt's API
                # Transcrypt tries ~50 regular expressions per identifier; the result only depends on the
                # identifier and the fixed alias table, so it is computed once per process.
                if not self.idFiltering:
                    return qualifiedId
                if not default_aliases:
                    default_aliases.append(list(self.aliases))
                if self.aliases != default_aliases[0]:  # changed by __pragma__ ('alias'): not cacheable
                    return super().filterId(qualifiedId)
                filtered = filtered_ids.get(qualifiedId)
                if filtered is None:
                    parts = qualifiedId.split(".")
                    renamed = ".".join(f"py_{part}" if part in JS_RESERVED else part for part in parts)
                    filtered = filtered_ids[qualifiedId] = super().filterId(renamed)
                return filtered

            def visit_Call(self, node, dataClassArgDict=None):  # noqa: N802,N803 - Transcrypt's API
                if isinstance(node.func, ast.Name) and node.func.id == "__m_shared_object__":
                    # lowering's (key, value) pairs as a JS object literal (lower/_dataclasses.py lower_dataclass)
                    self.emit("({{")
                    for index, pair in enumerate(node.args):
                        self.emit("{}{}: ", ", " if index else "", _js_literal(pair.elts[0].value))
                        self.visit(pair.elts[1])
                    self.emit("}})")
                    return
                if self._m_shared_super_call(node):
                    return
                checked = self._m_shared_checked(node)
                named = checked and isinstance(node.func.value, ast.Name)
                if named:  # (__m_shared_has__ (obj.m, obj, 'm') && obj.m (...)): `this` stays obj
                    self.emit("(__m_shared_has__ (")
                    self._m_shared_checked_read(node.func)
                    self.emit(", ")
                    self.visit(node.func.value)
                    self.emit(", {}) && ", _js_literal(node.func.attr))
                elif checked:  # an expression, evaluated once: __m_shared_method__ (expr, 'py_m', 'm').py_m (...)
                    owner = node.func.value
                    node.func.value = ast.copy_location(MSharedMethodOwner(owner, node.func.attr), owner)
                try:
                    super().visit_Call(node, dataClassArgDict)
                finally:
                    if checked and not named:
                        node.func.value = owner
                if named:
                    self.emit(")")

            def _m_shared_super_call(self, node):
                """`super().m(...)` as `__super__ (Class, 'm', first) (...)`, where Transcrypt's own form missed.

                Observed: a method whose name JavaScript reserves (`name`, `keys`, `items`, `default`, ...) is
                defined under Transcrypt's alias (`py_name`), but Transcrypt looked the unaliased name up in the
                bases: `super().name()` found the base class's JS function name, a str, and crashed ("__super__(...)
                is not a function"). And it always passed `self`: a method whose first parameter has another name
                raised a ReferenceError, and a classmethod got its class twice. The runtime now binds the method
                found to the first argument, as CPython's super() does (js_runtime/overlay/__super__.patch.js).
                """
                call = node.func.value if isinstance(node.func, ast.Attribute) else None
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "super"
                        and not call.args and not call.keywords):
                    return False
                function = self.getScope(ast.FunctionDef, ast.AsyncFunctionDef)
                parameters = function.node.args if function else None
                first = (parameters.posonlyargs + parameters.args)[:1] if parameters else []
                if not first:
                    raise utils.Error(lineNr=self.lineNr, message="\n\tsuper() without arguments needs a method's first parameter")
                owner = ".".join(scope.node.name for scope in self.getAdjacentClassScopes(True))
                method = ast.Constant(self.filterId(node.func.attr))
                lookup = ast.Call(ast.Name("__super__", ast.Load()), [ast.Name(owner, ast.Load()), method, ast.Name(first[0].arg, ast.Load())], [])
                self.visit(ast.Call(lookup, node.args, node.keywords))
                return True

            # ---- unpacking: `a, b = value`, also the targets of for loops and comprehensions ---------
            def visit_Assign(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt assigns `a, b = value` as `a = value [0]; b = value [1]`: a generator or a dict gave
                # None values, a wrong length was no error, a starred target did not compile. Its for loops and
                # comprehensions assign their targets through here too. Each target list takes its values from
                # __m_shared_unpack__ (js_runtime/overlay/tuple_unpacking.extend.js), which checks them as CPython
                # does and returns them as an array; the targets are assigned from it left to right, a nested
                # list when its turn comes (`(i, j), x[i] = ...` reads the new i).
                targets = node.targets
                if not any(isinstance(target, (ast.Tuple, ast.List)) for target in targets):
                    return super().visit_Assign(node)
                first = node.value
                while isinstance(first, (ast.Tuple, ast.List)) and first.elts:
                    first = first.elts[0]
                if isinstance(self.getScope().node, ast.ClassDef) and self.isCall(first, "property"):
                    return super().visit_Assign(node)  # `x, y = property(...), property(...)`: Transcrypt's properties
                self.adaptLineNrString(node)
                parent = getattr(node, "parentNode", None)  # a module's names are exported from the first assignment
                if len(targets) == 1:
                    return self._m_shared_unpack(targets[0], node.value, parent)
                # `a = b, c = value`: the value once, then each target in turn
                value = ast.Name(self.nextTemp("left"), ast.Store())
                super().visit_Assign(ast.Assign([value], node.value))
                for target in targets:
                    self.emit(";\n")
                    self._m_shared_assign(target, ast.Name(value.id, ast.Load()), parent)
                self.prevTemp("left")
                return None

            def visit_AugAssign(self, node):  # noqa: N802 - Transcrypt's API
                # With -o Transcrypt has no in-place function for //: `n //= 10` (a check digit's loop) compiled
                # to `var n = __call__ (Never here, null, n, 10)`, JavaScript that does not parse, so the whole
                # module failed to build. It is `n = __m_shared_ifloordiv__ (n, d)` (js_runtime/overlay/
                # __floordiv__.patch.js): n's __ifloordiv__ if its class has one, else `n // d`, as CPython's ints and
                # floats, which have none. Lowering leaves only names as targets (`obj.x //= 2` reads obj.x into a
                # temporary).
                if not isinstance(node.op, ast.FloorDiv) or not isinstance(node.target, ast.Name):
                    return super().visit_AugAssign(node)
                if node.target.id not in self.getScope().nonlocals:
                    self.emit("var ")
                self.visit(node.target)
                self.emit(" = ")
                self.visit(ast.Call(ast.Name("__m_shared_ifloordiv__", ast.Load()),
                                    [ast.Name(node.target.id, ast.Load()), node.value], []))
                return None

            def _m_shared_assign(self, target, value, parent):
                if isinstance(target, ast.Starred):
                    target = target.value
                if isinstance(target, (ast.Tuple, ast.List)):
                    return self._m_shared_unpack(target, value, parent)
                assign = ast.Assign([target], value)
                assign.parentNode = parent
                return super().visit_Assign(assign)

            def _m_shared_unpack(self, target, value, parent):
                # var __left0__ = __m_shared_unpack__ (value, 2); var a = __left0__ [0]; var b = __left0__ [1]
                star = next((i for i, element in enumerate(target.elts) if isinstance(element, ast.Starred)), None)
                if star is None and isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts):
                    # `a, b = b, a`: a display of as many values needs no check, nor a tuple that nobody sees
                    checked = ast.List(value.elts, ast.Load())
                elif star is None:
                    checked = ast.Call(ast.Name("__m_shared_unpack__", ast.Load()),
                                       [value, ast.Constant(len(target.elts))], [])
                else:  # a, *rest = value: the values before and after the starred one, and its index
                    checked = ast.Call(ast.Name("__m_shared_unpack_star__", ast.Load()),
                                       [value, ast.Constant(len(target.elts) - 1), ast.Constant(star)], [])
                values = self.nextTemp("left")
                super().visit_Assign(ast.Assign([ast.Name(values, ast.Store())], checked))
                for index, element in enumerate(target.elts):
                    self.emit(";\n")
                    self._m_shared_assign(element, MSharedItem(values, index), parent)
                self.prevTemp("left")
                return None

            # ---- generator expressions: lazy, as CPython's ---------------------------------------------
            m_shared_made_iterable = False  # the next loop's iterable went through __i__ already

            # read by visit_For once, after the loop's iterable, to write `iterable = __i__ (iterable)`
            allowConversionToIterable = _false_once("m_shared_made_iterable", "m_shared_iterable_conversion")

            def visit_GeneratorExp(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt compiled `(e for x in xs if c)` as a list comprehension, filled at once: any(int(x) > 5
                # for x in ["9", "a"]) raised ValueError (CPython: True, it stops at "9"), a KeyError of a later
                # item came before the loop body's first turn. It is a JS generator here, whose loops and tests
                # are Transcrypt's comprehension loops; as in CPython, only its first iterable is evaluated (and
                # made iterable, or TypeError) where the expression is, the rest as the generator runs.
                first, *rest = node.generators
                # A generator expression that alone holds its first iterable, a generator (lower.owned_iterators),
                # closes it when it is closed itself, as CPython's frame drops it (see lower/_lowering.py _closing_loop)
                closes = getattr(node, "m_shared_closes_first", False)
                if closes:
                    self.emit("__m_shared_closing_genexpr__ (function* ({}, {}) {{\n", _GENEXPR_ITERABLE, _GENEXPR_SOURCE)
                else:
                    self.emit("(function* ({}) {{\n", _GENEXPR_ITERABLE)
                self.inscope(ast.FunctionDef())
                self.indent()
                root: list[ast.stmt] = []
                body = root
                loops = [ast.comprehension(first.target, ast.Name(_GENEXPR_ITERABLE, ast.Load()), first.ifs, 0), *rest]
                # nested as Transcrypt's visit_ListComp nests them, each statement on the line of its part
                for comprehension in loops:
                    inner: list[ast.stmt] = []
                    target = comprehension.target
                    loop = ast.copy_location(ast.For(target, comprehension.iter, inner, []), target)
                    body.extend(self._m_shared_closing(loop, getattr(comprehension, "m_shared_owned", [])))
                    for condition in comprehension.ifs:
                        body, inner = inner, []
                        body.append(ast.copy_location(ast.If(condition, inner, []), condition))
                    body = inner
                body.append(ast.copy_location(ast.Expr(ast.Yield(node.elt)), node.elt))
                if any(isinstance(part, ast.Call) and isinstance(part.func, ast.Name) and part.func.id == "next"
                       for part in ast.walk(ast.Module(root, []))):
                    # PEP 479: a StopIteration that leaves the expression (of a next() in it) is CPython's
                    # RuntimeError; JS passed it on to list() or the loop, which took it for the end
                    root = [stop_iteration_handler(root, root[0])]
                if closes:
                    close = ast.Call(ast.Name("__m_shared_close__", ast.Load()), [ast.Name(_GENEXPR_SOURCE, ast.Load())], [])
                    root = [ast.copy_location(ast.Try(root, [], [], [ast.copy_location(ast.Expr(close), node)]), root[0])]
                self.m_shared_made_iterable = True  # its first loop takes the parameter as it is
                self.visit(root[0])
                self.m_shared_made_iterable = False  # (read already, unless a pragma made the loop another kind)
                self.emit(";\n")
                self.dedent()
                self.descope()
                if closes:
                    self.emit("}}, ")
                    self.visit(first.iter)
                    self.emit(")")
                    return None
                self.emit("}}) (__i__ (")
                self.visit(first.iter)
                self.emit("))")
                return None

            m_shared_owned_count = 0

            def _m_shared_closing(self, loop, owned):
                # a later `for` of a generator expression over generators only it holds: lower/_lowering.py _closing_loop's
                if not owned:
                    return [loop]
                names = []
                for _ in owned:
                    self.m_shared_owned_count += 1
                    names.append(f"__m_shared_gowned{self.m_shared_owned_count}__")
                loop.iter = Replaced({id(e): n for e, n in zip(owned, names)}).visit(loop.iter)
                statements = [ast.copy_location(ast.Assign([ast.Name(n, ast.Store())], e), e) for e, n in zip(owned, names)]
                close = ast.Call(ast.Name("__m_shared_close__", ast.Load()), [ast.Name(n, ast.Load()) for n in reversed(names)], [])
                statements.append(ast.copy_location(ast.Try([loop], [], [], [ast.copy_location(ast.Expr(close), loop)]), loop))
                return statements

            def visit_MSharedItem(self, node):  # noqa: N802 - Transcrypt's API
                self.emit("{} [{}]", node.array, node.index)

            def visit_MSharedMethodOwner(self, node):  # noqa: N802 - Transcrypt's API
                self.emit("__m_shared_method__ (")
                self._m_shared_owner(node.value, node.attr)
                self.emit(", {}, {})", _js_literal(self.filterId(node.attr)), _js_literal(node.attr))

            # ---- attribute reads that raise AttributeError (marked by lower/_attributes.py) -----
            def _m_shared_checked(self, node):  # an attribute of a module was checked at build time (see above)
                return hasattr(node, "m_shared_check") and not getattr(node, "m_shared_module", False)

            def _m_shared_checked_read(self, node):
                # (obj ?? __m_shared_none__ ('x')).x: None has no attributes (CPython's AttributeError, not a
                # JS TypeError); the read itself stays a plain property read, with its inline cache
                self.emit("(")
                self._m_shared_owner(node.value, node.attr)
                self.emit(" ?? __m_shared_none__ ({})).{}", _js_literal(node.attr), self.filterId(node.attr))

            def _m_shared_owner(self, value, attr):
                # the object whose attribute is read: a name JavaScript's own prototypes have is checked first
                if attr not in _JAVASCRIPT_ONLY_ATTRIBUTES:
                    self.visit(value)
                    return
                self.emit("__m_shared_python_only__ (")
                self.visit(value)
                self.emit(", {})", _js_literal(attr))

            def visit_Attribute(self, node):  # noqa: N802 - Transcrypt's API
                if not self._m_shared_checked(node):
                    return super().visit_Attribute(node)
                if isinstance(node.value, ast.Name):  # __m_shared_checked__ (obj.x, obj, 'x')
                    self.emit("__m_shared_checked__ (")
                    self._m_shared_checked_read(node)
                    self.emit(", ")
                    self.visit(node.value)
                    self.emit(", {})", _js_literal(node.attr))
                else:  # an expression is evaluated once: __m_shared_read__ (expr, 'py_name', 'name')
                    self.emit("__m_shared_read__ (")
                    self._m_shared_owner(node.value, node.attr)
                    self.emit(", {}, {})", _js_literal(self.filterId(node.attr)), _js_literal(node.attr))
                return None

            # ---- try statements and raise (Transcrypt's visit_Try and visit_Raise, with CPython's semantics) ---
            def visit_Try(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt wrote a bare `except:` after a typed one without braces (`else stmt1; stmt2;`: its
                # second statement ran for every exception), ran the `else` block inside the `try` with an empty
                # catch (an exception raised there was swallowed, and was not for the statement's handlers
                # anyway), and caught JavaScript's own errors (m_shared's loud errors, engine errors) with a bare
                # `except:`, turning a loud failure into a silent one. Written here as CPython runs it:
                #   try {                                     (only with a finally)
                #   __else0__: {                              (only with an else)
                #   try { body }
                #   catch (__except0__) {
                #       if (isinstance (__except0__, A)) {...}
                #       else if (isinstance (__except0__, BaseException)) {...}     a bare `except:`
                #       else {throw __except0__;}
                #       break __else0__;                      a handler ran to its end: the else is skipped
                #   }
                #   else block                                the body ran to its end (a return, break or
                #   }                                         continue in it leaves the block too)
                #   } finally {...}
                # A bare `except:` is `except BaseException:`: JavaScript's own errors are no Python exception,
                # CPython would not have raised there, so no handler of the shared code can be the right one
                # (the same test as the with statement's, js_runtime/overlay/with_statement.extend.js).
                self.adaptLineNrString(node)
                if not node.handlers:  # try ... finally
                    return super().visit_Try(node)
                if node.finalbody:
                    self.emit("try {{\n")
                    self.indent()
                label = self.nextTemp("else") if node.orelse else None
                if label:
                    self.emit("{}: {{\n", label)
                    self.indent()
                self.emit("try {{\n")
                self.indent()
                self.emitBody(node.body)
                self.dedent()
                self.emit("}}\n")
                error = self.nextTemp("except")
                self.emit("catch ({}) {{\n", error)
                self.indent()
                for index, handler in enumerate(node.handlers):
                    self.adaptLineNrString(handler)  # the test and `var e` on the except line, as CPython's
                    self.emit("{}if (isinstance ({}, ", "else " if index else "", error)
                    if handler.type is None:
                        self.emit("BaseException")
                    else:
                        self.visit(handler.type)
                    self.emit(")) {{\n")
                    self.indent()
                    if handler.name:
                        self.emit("var {} = {};\n", self.filterId(handler.name), error)
                    self.emitBody(handler.body)
                    self.dedent()
                    self.emit("}}\n")
                self.emit("else {{\n")
                self.indent()
                self.emit("throw {};\n", error)
                self.dedent()
                self.emit("}}\n")
                if label:
                    self.emit("break {};\n", label)
                self.dedent()
                self.prevTemp("except")
                self.emit("}}\n")
                if label:
                    self.emitBody(node.orelse)  # outside the catch: the statement's handlers do not see its errors
                    self.dedent()
                    self.emit("}}\n")
                    self.prevTemp("else")
                if node.finalbody:
                    self.dedent()
                    self.emit("}}\n")
                    self.emit("finally {{\n")
                    self.indent()
                    self.emitBody(node.finalbody)
                    self.dedent()
                    self.emit("}}\n")
                return None

            def visit_Raise(self, node):  # noqa: N802 - Transcrypt's API
                # Transcrypt set `__cause__ = null` on every raise: a bare `raise` (and `raise error` of a caught
                # error) lost the cause that `raise X from Y` had given it, which CPython keeps (the boundary
                # shows it as err.cause, js_runtime/src/interop.js). Now a bare `raise` throws the handled error
                # as it is; `raise X` gives X a __cause__ of None only when it has none; `raise X from Y` sets
                # __cause__ and __suppress_context__ as CPython does.
                self.adaptLineNrString(node)
                if node.exc is None:
                    if not _handles_exception(node):
                        self.emit("throw Object.assign (new Error ({}), {{name: 'MSharedError'}})", _js_literal(
                            "m_shared: a bare `raise` outside an except block re-raises, in CPython, the exception "
                            "being handled when it runs (or raises RuntimeError: No active exception to reraise); "
                            "JavaScript cannot tell which: write it inside the except block, or pass the exception "
                            "and `raise error`"))
                        return None
                    self.emit("throw {}", self.getTemp("except"))
                    return None
                error = self.nextTemp("except")
                self.emit("var {} = ", error)
                self.visit(node.exc)
                self.emit(";\n")
                if node.cause is None:
                    self.emit("{}.__cause__ ??= null;\n", error)
                else:
                    self.emit("{}.__cause__ = ", error)
                    self.visit(node.cause)
                    self.emit(";\n{}.__suppress_context__ = true;\n", error)
                self.emit("throw {}", error)
                self.prevTemp("except")
                return None

        self.Generator = LocatingGenerator


def _handles_exception(node: ast.AST) -> bool:
    """Whether a bare ``raise`` is inside an except block of its own function, and not in a finally block
    there: only then is the exception it re-raises known where it is written (the innermost handler's)."""
    child, parent = node, getattr(node, "parentNode", None)
    while parent is not None:
        if isinstance(parent, ast.ExceptHandler):
            return True
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.Module)):
            return False
        if isinstance(parent, ast.Try) and any(child is statement for statement in parent.finalbody):
            return False  # CPython re-raises what is in flight through the finally, if anything
        child, parent = parent, getattr(parent, "parentNode", None)
    return False


def _arguments_marker(node: ast.AST) -> ast.Call | None:
    """The call of lowering's argument-check marker, if ``node`` is that statement."""
    if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
            and node.value.func.id == ARGUMENTS_MARKER):
        return node.value
    return None


def _binds_keywords(function: ast.AST | None) -> bool:
    """Whether the argument check of ``function`` also binds its keyword arguments (instead of Transcrypt's
    keyword prologue): a def that lowering gave a check, or a lambda (lower.visit_Lambda), without *args and
    **kwargs (their binding stays Transcrypt's)."""
    if isinstance(function, ast.Lambda):
        checked = hasattr(function, "m_shared_arguments")
    elif isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        checked = any(_arguments_marker(statement) is not None for statement in function.body[:2])
    else:
        return False
    return checked and function.args.vararg is None and function.args.kwarg is None


def direct_calls(generator: type) -> type:
    """Transcrypt's code generator, emitting calls directly rather than through the runtime's ``__call__``.

    With operator overloading (-o) Transcrypt compiles every call `f (x)` to `__call__ (f, null, x)`
    and every method call to an inline function around `__call__ (obj.m, obj, x)`, only so that an
    instance of a class with a `__call__` method can be called. The runtime makes such instances
    functions themselves (js_runtime/overlay/instances.extend.js), so calls are emitted directly:
    same behaviour, a third of the code, ~2x the calls per second. Transcrypt reads the flag once
    per call, in the test that chooses the wrapper, which the property answers with False. Used for
    shared modules and for the runtime and stdlib modules alike (see :func:`library`).
    """

    class DirectCallGenerator(generator):
        allowOperatorOverloading = _false_once("m_shared_direct_call", "m_shared_operator_overloading")

        m_shared_direct_call = False

        def visit_Call(self, node, dataClassArgDict=None):  # noqa: N802,N803 - Transcrypt's API
            self.m_shared_direct_call = dataClassArgDict is None and _direct_call(node, self.replaceSend)
            try:
                return super().visit_Call(node, dataClassArgDict)
            finally:
                self.m_shared_direct_call = False

    return DirectCallGenerator


_BITWISE = (ast.LShift, ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd)


def native_bitwise(generator: type) -> type:
    """Transcrypt's code generator, writing JavaScript's own ``& | ^ << >>`` for the runtime and stdlib modules.

    With -o every bitwise operator is a call of the runtime's ``__and__`` and the like, which m_shared's
    overlay makes exact for ints beyond 32 bits (js_runtime/overlay/bitwise.extend.js). Transcrypt's own
    modules use them only on re's flags, which are below 2**20: with calls, every program that imports re
    shipped that code (the demo app's published JS +324 bytes gzipped). Shared modules keep the calls.
    Used for the library only (see :func:`library`).
    """

    class NativeBitwiseGenerator(generator):
        def visit_BinOp(self, node):  # noqa: N802 - Transcrypt's API
            if not isinstance(node.op, _BITWISE):
                return super().visit_BinOp(node)
            self.emit("((")
            self.visit(node.left)
            self.emit(") {} (", self.operators[type(node.op)][0])
            self.visit(node.right)
            self.emit("))")
            return None

        def visit_AugAssign(self, node):  # noqa: N802 - Transcrypt's API
            if not isinstance(node.op, _BITWISE) or not isinstance(node.target, ast.Name):
                return super().visit_AugAssign(node)
            if node.target.id not in self.getScope().nonlocals:  # as Transcrypt's `x = __ior__ (x, y)`
                self.emit("var ")
            self.visit(node.target)
            self.emit(" = ")
            self.visit(ast.BinOp(left=ast.Name(id=node.target.id, ctx=ast.Load()), op=node.op, right=node.value))
            return None

    return NativeBitwiseGenerator


# Properties of JavaScript's own Array, String, Number, Boolean, Object and Function prototypes (Node 20) that no
# CPython str, list, tuple, dict, set, int, float or bool has, and `join` and `find`, which CPython's str has
# and its list does not; a class is a JavaScript function and the prototype of its instances, so Order(1).call,
# Order.bind and Order(1).prototype were functions or objects where CPython raises AttributeError. Observed: [1, 2].push(3) appended, xs.length and "ab".toUpperCase() gave values,
# and items.join(",") joined, where CPython raises AttributeError (a JavaScript habit a CPython test run may
# not reach). An attribute of these names is read through __m_shared_python_only__
# (js_runtime/overlay/attributes.extend.js), which raises CPython's AttributeError for a built-in value that
# lacks it and lets any other object through; other names are read as before, at no cost.
_JAVASCRIPT_ONLY_ATTRIBUTES = frozenset("""
    anchor at big blink bold charAt charCodeAt codePointAt concat copyWithin endsWith entries every fill filter
    findIndex findLast findLastIndex fixed flat flatMap fontcolor fontsize forEach hasOwnProperty includes indexOf
    isPrototypeOf isWellFormed italics lastIndexOf length link localeCompare map match matchAll normalize padEnd
    padStart propertyIsEnumerable push reduce reduceRight repeat replaceAll search shift slice small some splice
    startsWith strike sub substr substring sup toExponential toFixed toLocaleLowerCase toLocaleString
    toLocaleUpperCase toLowerCase toPrecision toReversed toSorted toSpliced toString toUpperCase toWellFormed trim
    trimEnd trimLeft trimRight trimStart unshift valueOf with join find
    apply bind call caller constructor prototype __proto__ __defineGetter__ __defineSetter__ __lookupGetter__
    __lookupSetter__
""".split())
# the parameter of a generator expression's JS generator: its first iterable, evaluated by the caller
_GENEXPR_ITERABLE = "__m_shared_genexpr__"
_GENEXPR_SOURCE = "__m_shared_genexpr_source__"


class MSharedItem(ast.expr):
    """Item ``index`` of the JS array ``array`` that __m_shared_unpack__ returned, read directly (see visit_Assign)."""

    _fields = ()

    def __init__(self, array: str, index: int):
        super().__init__()
        self.array, self.index = array, index


class MSharedMethodOwner(ast.expr):
    """Stands for the object of a checked method call whose object is an expression (see visit_Call)."""

    _fields = ("value",)

    def __init__(self, value: ast.expr, attr: str):
        super().__init__(value=value)
        self.attr = attr


def filled_templates(generator: type) -> type:
    """Transcrypt's code generator, compiling ``'{}-{}'.format(a, b)`` to ``__m_shared_fill__ (a, '-', b)``.

    The runtime's ``str.format`` parses its template on every call and formats each value through
    ``format``, which names ``__format__``: every package whose code (or whose datetime's ``repr``)
    formats a template shipped the whole format-spec machinery, ~2.5 KB gzipped of the demo app. A
    template of ``{}`` fields only is known at build time and gives str() of each value, as an f-string
    does (js_runtime/overlay/fstrings.extend.js). Used for shared modules and for the runtime and stdlib
    modules alike (see :func:`library`); any other template (``{0}``, ``{name}``, a spec) still goes
    through the runtime's ``str.format``.
    """

    class FilledTemplateGenerator(generator):
        def visit_Call(self, node, dataClassArgDict=None):  # noqa: N802,N803 - Transcrypt's API
            parts = _filled_template(node) if dataClassArgDict is None else None
            if parts is None:
                return super().visit_Call(node, dataClassArgDict)
            self.emit("__m_shared_fill__ (")
            for index, part in enumerate(parts):
                if index:
                    self.emit(", ")
                if isinstance(part, str):
                    self.emit("{}", _js_literal(part))
                else:
                    self.visit(part)
            self.emit(")")
            return None

    return FilledTemplateGenerator


def _filled_template(node: ast.Call) -> list[str | ast.expr] | None:
    """The literal text and the arguments of `'...'.format(...)` in order, when every field is `{}`."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Constant)
            and isinstance(func.value.value, str)) or node.keywords:
        return None
    if any(isinstance(argument, ast.Starred) for argument in node.args):
        return None
    try:
        fields = list(string.Formatter().parse(func.value.value))
    except ValueError:  # a malformed template raises CPython's error from the runtime's str.format
        return None
    parts: list[str | ast.expr] = []
    arguments = iter(node.args)
    for text, name, spec, conversion in fields:
        if text:
            parts.append(text)
        if name is None:
            continue
        argument = next(arguments, None)
        if name or spec or conversion is not None or argument is None:
            return None
        parts.append(argument)
    if next(arguments, None) is not None:  # CPython ignores extra arguments, but evaluates them
        return None
    return parts


# Calls Transcrypt compiles itself, before it would wrap a call in __call__
_SPECIAL_CALLS = frozenset(
    "type property globals __pragma__ __new__ __typeof__ __preinc__ __postinc__ __predec__ __postdec__ __call__".split()
)


def _direct_call(node: ast.Call, replace_send: bool) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id not in _SPECIAL_CALLS
    if isinstance(func, ast.Attribute):
        if func.attr == "conjugate" or (func.attr == "send" and replace_send):
            return False
        base = func.value
        return not (isinstance(base, ast.Call) and isinstance(base.func, ast.Name) and base.func.id == "super")
    return True


_KWARGS_TEST = '.hasOwnProperty ("__kwargtrans__")'
# Transcrypt's templates test `arguments [{0}]` (the last argument) or `{0}` (a parameter with a default)
_KWARGS_TEMPLATE = re.compile(r'(arguments \[\{0\}\]|\{0\})\.hasOwnProperty \("__kwargtrans__"\)')
_KWARGS_STORE = "default: {0} [{1}] = {2} [{1}];\n"  # Transcrypt's template: one keyword into **kwargs
_KWARGS_CASE = "case '{0}': var {0} = {1} [{2}]; break;\n"  # Transcrypt's template: a keyword sets a parameter
# The same test in the runtime's own JavaScript (Transcrypt's output and its hand-written core)
_KWARGS_RUNTIME = re.compile(r"""([\w$]+(?: ?\[[^\[\]]+\])?)\.hasOwnProperty ?\((["'])__kwargtrans__\2\)""")

_REPR_ESCAPE = re.compile(r"\\(U[0-9a-f]{8}|.)", re.DOTALL)


def _js_literal(value: object) -> str | None:
    """JavaScript source for a str, bytes or float constant; None: Transcrypt's own emission is exact.

    Transcrypt writes ``repr(value)``, whose escapes JavaScript reads alike except two: ``\\U000e0001``
    (how repr() writes an astral character it does not print, such as U+E0001) is the text
    ``U000e0001`` in JavaScript, and ``inf`` (a literal beyond the float range, ``1e999``) is an
    undefined name. Bytes were written unescaped, so a quote, a newline or a byte above 127 broke
    the module.
    """
    if type(value) is str:
        return _REPR_ESCAPE.sub(_surrogate_pair, repr(value))
    if type(value) is bytes:
        return "bytes ({})".format(_REPR_ESCAPE.sub(_surrogate_pair, repr(value.decode("latin-1"))))
    if type(value) is float:
        return repr(value) if math.isfinite(value) else "Infinity" if value > 0 else "-Infinity"
    if type(value) is int:
        return str(value)
    return None


def _surrogate_pair(match: re.Match[str]) -> str:
    escape = match.group(1)
    if len(escape) == 1:
        return match.group(0)
    offset = int(escape[1:], 16) - 0x10000
    return f"\\u{0xD800 + (offset >> 10):04x}\\u{0xDC00 + (offset & 0x3FF):04x}"


class _SortedSet(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self)))


class _Stub:
    """What Transcrypt's code generator needs to know of a module it imports."""

    def __init__(self, name: str, exports: tuple[str, ...]):
        self.name = name
        self.exportedNames = list(exports)
        self.importRelPath = f"./{name}.js"
        self.sourcePath = name


class _Program:
    runtimeModuleName = RUNTIME_MODULE

    def __init__(self, known: dict[str, tuple[str, ...]], envir, symbols):
        self.moduleDict = {name: _Stub(name, exports) for name, exports in known.items()}
        self.importStack: list = []
        self.searchedModulePaths: list = []
        self.symbols = symbols
        self.envir = envir
        self.moduleSearchDirs: list = []

    def provide(self, name, __moduleName__=None, filter=None):  # noqa: A002 - Transcrypt's signature
        try:
            return self.moduleDict[name]
        except KeyError:
            raise _Transcrypt.get().utils.Error(message=f"no module named {name!r}") from None


class _Module:
    def __init__(self, program: _Program, source: SourceModule, tree: ast.Module):
        self.program = program
        self.name = source.name
        self.__name__ = source.name
        self.parseTree = tree
        self.sourcePath = source.relpath
        self.sourcePrename = "__init__" if source.is_package else source.name.rsplit(".", 1)[-1]


def compile_module(
    source: SourceModule, tree: ast.Module, known: dict[str, tuple[str, ...]], names: ModuleNames | None = None
) -> CompiledModule:
    """Generate the ES module of one lowered module; ``known`` maps importable modules to their exports,
    ``names`` the shared modules it imports to the names their source binds (see :data:`ModuleNames`)."""
    transcrypt = _Transcrypt.get()
    utils = transcrypt.utils
    _check_stdlib_names(source, tree, known)
    _check_module_attributes(source, tree, known, names or {})
    recursion.count_depth(tree)  # recursive functions fail loudly where CPython's RecursionError would come
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            child.parentNode = node
    program = _Program(known, transcrypt.envir, transcrypt.symbols)
    module = _Module(program, source, tree)
    utils.setProgram(program)
    program.importStack.append([module, None])
    generator = None
    try:
        generator = transcrypt.Generator.__new__(transcrypt.Generator)
        with warnings.catch_warnings():
            # Transcrypt reads ast.Str-era attributes (.s, .n): noise on 3.12+, not the user's concern
            warnings.simplefilter("ignore", DeprecationWarning)
            transcrypt.Generator.__init__(generator, module)
    except utils.Error as error:
        raise CompileError(_diagnostic(source, generator, error.lineNr, _clean(error.message))) from None
    except RecursionError:
        raise CompileError(_diagnostic(source, generator, 0, "expression nested too deeply for Transcrypt")) from None
    js_names = {name: generator.filterId(name) for name in _module_level_names(tree)}
    compiled = _finish(source.name, "".join(generator.targetFragments), transcrypt, js_names)
    _check_syntax(source, compiled)
    return compiled


def _check_syntax(source: SourceModule, compiled: CompiledModule) -> None:
    """Refuse generated JavaScript that does not parse: published, it kept the whole module from loading.

    Observed: Transcrypt wrote ``f(**a, **b)`` as ``f (dict (a)dict (b))`` (lowering now merges them). This
    check names the Python line of the first error, for any construct the code generator gets wrong.
    """
    found = shake.syntax_error(compiled.code)
    if found is None:
        return
    line, _ = found
    python_line = next((number for number in reversed(compiled.source_lines[:line]) if number), 1)
    raise CompileError(Diagnostic(
        source.relpath, python_line, 1, "build/transcrypt",
        f"Transcrypt compiled this line to JavaScript that does not parse (line {line} of the generated module), "
        "which would keep the whole module from loading",
        "rewrite this construct another way, and report it to m_shared with the line",
    ))


def _check_stdlib_names(source: SourceModule, tree: ast.Module, known: dict[str, tuple[str, ...]]) -> None:
    """Refuse ``from M import name`` where the JavaScript version of the stdlib module M lacks the name.

    ``from dataclasses import make_dataclass`` passed the build, and the published module then failed to load
    in the browser ("does not provide an export named 'make_dataclass'"): Transcrypt's stdlib modules implement
    a part of CPython's. (A missing ``math.gcd`` read as an attribute fails when it runs; the lint
    rules report the known ones.)
    """
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ImportFrom) and node.module in STDLIB_ALLOWED):
            continue
        exports = known.get(node.module, ())
        for alias in node.names:
            name = alias.name
            if name != "*" and name not in exports and f"py_{name}" not in exports:  # split is py_split there
                public = sorted(export.removeprefix("py_") for export in exports if not export.startswith("_"))
                raise CompileError(Diagnostic(
                    source.relpath, node.lineno, node.col_offset + 1, "build/import",
                    f"{node.module}.{name} does not exist in the JavaScript version of {node.module} (Transcrypt's, "
                    f"which has {', '.join(public)})",
                    f"write it with what {node.module} has there, or in plain Python",
                ))


# ---- attributes of imported modules -----------------------------------------------------------------
# What an importer may know of a shared module it imports: graph.top_level_names, plus a package's
# submodules as ("name", "submodule", 0, "pkg.name"). Keyed by module name; part of the compile key.
ModuleNames = dict[str, tuple[tuple[str, str, int, str], ...]]

_SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


class _Nest:
    """What ``import a.b.c`` binds to ``a`` in JavaScript: an object holding only the imported path
    (Transcrypt's __nest__), with a module's names where that module itself was imported (``import a``)."""

    def __init__(self, path: str):
        self.path = path
        self.children: dict[str, _Nest] = {}
        self.module = False

    def add(self, parts: list[str]) -> None:
        if not parts:
            self.module = True
            return
        child = self.children.setdefault(parts[0], _Nest(f"{self.path}.{parts[0]}"))
        child.add(parts[1:])

    def imported(self) -> list[str]:
        own = [self.path] if self.module else []
        return own + [path for child in self.children.values() for path in child.imported()]


def _static_module_names(tree: ast.Module, known: dict[str, tuple[str, ...]]) -> dict[int, object]:
    """The Name nodes that certainly stand for an imported module: id(node) -> module name or _Nest.

    A name qualifies when every binding it has anywhere in the module is an import of the same module
    (so wherever it is read and bound, it is that module) and the read is not of a local of the same
    name (a parameter `re`, a loop variable `messages`). Anything else keeps the run-time check.
    """
    module_bindings: dict[str, list[object]] = {}  # module-level name -> what each binding binds
    local: dict[int, set[str]] = {}  # scope id -> names bound in that scope (not declared global)
    declared_global: dict[int, set[str]] = {}

    def own_nodes(scope: ast.AST) -> tuple[list[ast.AST], list[ast.AST]]:
        """(evaluated in the enclosing scope, evaluated in the scope itself) of a scope node."""
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            arguments = scope.args
            outer = [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]
            if not isinstance(scope, ast.Lambda):
                outer += [*scope.decorator_list, *([scope.returns] if scope.returns else [])]
                outer += [a.annotation for a in ast.walk(arguments) if isinstance(a, ast.arg) and a.annotation]
            inner = [a for a in ast.walk(arguments) if isinstance(a, ast.arg)]
            inner += scope.body if isinstance(scope.body, list) else [scope.body]
            return outer, inner
        if isinstance(scope, ast.ClassDef):
            return [*scope.decorator_list, *scope.bases, *(k.value for k in scope.keywords)], list(scope.body)
        if isinstance(scope, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            first, *rest = scope.generators
            inner: list[ast.AST] = [first.target, *first.ifs]
            for generator in rest:
                inner += [generator.target, generator.iter, *generator.ifs]
            inner += [scope.key, scope.value] if isinstance(scope, ast.DictComp) else [scope.elt]
            return [first.iter], inner
        return [], list(ast.iter_child_nodes(scope))

    def children(node: ast.AST) -> list[ast.AST]:  # of a node that is not a scope
        return list(ast.iter_child_nodes(node))

    def collect(scope: ast.AST, stack: list[ast.AST]) -> None:
        names = local.setdefault(id(scope), set())
        declared = declared_global.setdefault(id(scope), set())
        _, inner = own_nodes(scope)
        pending = list(inner)
        while pending:  # `global` first: it applies to the whole scope
            node = pending.pop()
            if isinstance(node, ast.Global):
                declared.update(node.names)
            elif not isinstance(node, _SCOPE_NODES):
                pending.extend(children(node))
        at_top = isinstance(scope, ast.Module)

        def bind(name: str, what: object) -> None:
            if at_top or name in declared:
                module_bindings.setdefault(name, []).append(what)
            else:
                names.add(name)

        pending = list(inner)
        while pending:
            node = pending.pop()
            if isinstance(node, _SCOPE_NODES):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    bind(node.name, None)
                outer, _ = own_nodes(node)
                pending.extend(outer)
                collect(node, [*stack, scope])
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                bind(node.id, None)
            elif isinstance(node, ast.arg):  # its annotation belongs to the enclosing scope (own_nodes)
                names.add(node.arg)
                continue
            elif isinstance(node, ast.NamedExpr):  # binds in an enclosing function: treat it as bound everywhere
                for enclosing in [*stack, scope]:
                    local.setdefault(id(enclosing), set()).add(node.target.id)
                module_bindings.setdefault(node.target.id, []).append(None)
            elif isinstance(node, ast.Nonlocal):
                names.update(node.names)
            elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
                bind(node.name, None)
            elif isinstance(node, ast.MatchMapping) and node.rest:
                bind(node.rest, None)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        bind(alias.asname, alias.name)
                    else:  # `import a.b` binds `a`: a nest, which only a top-level import fills before any code runs
                        bind(alias.name.split(".")[0], ("nest", alias.name) if node in tree.body else None)
            elif isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    dotted = f"{node.module}.{alias.name}"
                    if alias.name != "*":
                        bind(alias.asname or alias.name, dotted if dotted in known else None)
                    else:
                        module_bindings.setdefault("*", []).append(None)
            pending.extend(children(node))

    collect(tree, [])
    if "*" in module_bindings:  # `from m import *` may rebind any name
        return {}
    static: dict[str, object] = {}
    for name, bindings in module_bindings.items():
        if None in bindings:
            continue
        nests = [b[1] for b in bindings if isinstance(b, tuple)]
        if nests and len(nests) == len(bindings):
            root = _Nest(name)
            for dotted in nests:
                root.add(dotted.split(".")[1:])
            static[name] = root
        elif not nests and len(set(bindings)) == 1:
            static[name] = bindings[0]

    found: dict[int, object] = {}

    def resolve(scope: ast.AST, stack: list[ast.AST]) -> None:
        chain = [*stack, scope]
        _, inner = own_nodes(scope)
        pending = list(inner)
        while pending:
            node = pending.pop()
            if isinstance(node, _SCOPE_NODES):
                outer, _ = own_nodes(node)
                pending.extend(outer)
                resolve(node, chain)
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in static:
                for index, enclosing in enumerate(reversed(chain)):
                    if isinstance(enclosing, ast.ClassDef) and index:  # a class body is no scope for its methods
                        continue
                    if node.id in declared_global[id(enclosing)]:
                        break
                    if node.id in local[id(enclosing)]:
                        break
                else:
                    found[id(node)] = static[node.id]
            if not isinstance(node, ast.arg):
                pending.extend(children(node))

    resolve(tree, [])
    return found


def _check_module_attributes(
    source: SourceModule, tree: ast.Module, known: dict[str, tuple[str, ...]], names: ModuleNames
) -> None:
    """Check every ``module.NAME`` (and ``from module import NAME``) against both modules at build time.

    ``from . import messages`` then ``messages.MISSING``: CPython raises AttributeError, and the
    JavaScript module, an ES module namespace, gave undefined (None at the boundary), silently. The
    names of each shared module and of each stdlib module are known here, in CPython and in
    JavaScript, so a read of a name the two do not both have is a build error at the read: a name
    missing from the module, one it binds only inside an `if` or `try`, one it imports (JavaScript
    modules do not pass those on), a submodule it does not import, a stdlib name Transcrypt lacks (or
    only it has). A read that passes is marked ``m_shared_module`` and compiles to a plain property
    read, unchecked at run time; so does a method call on such a module. Setting or deleting a module's
    attribute is refused: JavaScript modules are read-only from outside.
    """
    modules = _static_module_names(tree, known)
    resolved: dict[int, object] = {}  # id(expression) -> module name, _Nest, or _VALUE (a checked non-module)

    def target(node: ast.expr) -> object | None:
        if id(node) in resolved:
            return resolved[id(node)]
        result = None
        if isinstance(node, ast.Name):
            result = modules.get(id(node))
        elif isinstance(node, ast.Attribute):
            owner = target(node.value)
            if owner is not None and owner is not _VALUE:
                if not isinstance(node.ctx, ast.Load):
                    raise changed(node, owner, isinstance(node.ctx, ast.Store))
                result = _lookup(source, node, owner, node.attr, known, names)
        resolved[id(node)] = result
        return result

    def changed(node: ast.AST, owner: object, assigned: bool) -> CompileError:
        return _attribute_error(source, node, (
            f"{'assigning to' if assigned else 'deleting'} an attribute of the imported module {_shown(owner)} does "
            "not work in JavaScript: another module's names cannot be changed from outside it (CPython would "
            "change them for every importer)"
        ), f"keep changing state in a dict or an object that {_shown(owner)} defines, and change that")

    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "delattr")
                and node.args and target(node.args[0]) not in (None, _VALUE)):  # lowering made `del m.x` delattr
            raise changed(node, target(node.args[0]), node.func.id == "setattr")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("hasattr", "getattr")
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                and target(node.args[0]) not in (None, _VALUE)):
            # hasattr(re, "NOFLAG") was False in JavaScript and True in CPython: a name asked of a module by
            # a literal must be one both modules have, or one neither has (both answer False / the default)
            owner, attr = target(node.args[0]), node.args[1].value
            if not _absent_from_both(owner, attr, known, names):
                _lookup(source, node.args[1], owner, attr, known, names)
        if isinstance(node, ast.Attribute) and target(node) is not None:
            node.m_shared_module = True  # type: ignore[attr-defined]
        elif isinstance(node, ast.ImportFrom) and node.module in names:
            for alias in node.names:
                if alias.name != "*" and f"{node.module}.{alias.name}" not in known:
                    _lookup(source, node, node.module, alias.name, known, names)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "m_shared_module", False):
            node.m_shared_module = True  # type: ignore[attr-defined]


_VALUE = object()  # an attribute of a module that was checked and is not itself a module


def _absent_from_both(owner: object, attr: str, known: dict[str, tuple[str, ...]], names: ModuleNames) -> bool:
    """Whether neither CPython's module nor the JavaScript one has ``attr`` (so both answer alike)."""
    if isinstance(owner, _Nest):
        if owner.children.get(attr) is not None or not owner.module:
            return False
        owner = owner.path
    module = str(owner)
    exports = known.get(module)
    if exports is None or attr in exports or f"py_{attr}" in exports:
        return False
    if module in STDLIB_ALLOWED:
        return not hasattr(importlib.import_module(module), attr)
    return module in names and all(name != attr for name, _, _, _ in names[module])


def _shown(owner: object) -> str:
    return owner.path if isinstance(owner, _Nest) else str(owner)


def _lookup(source: SourceModule, node: ast.AST, owner: object, attr: str, known: dict[str, tuple[str, ...]],
            names: ModuleNames) -> object | None:
    """What ``owner.attr`` is (a module, a _Nest, _VALUE; None: not known here, checked at run time), or a
    CompileError if CPython's and the JavaScript module do not both have it."""
    if isinstance(owner, _Nest):
        child = owner.children.get(attr)
        if child is not None:
            return child
        if not owner.module:
            imported = ", ".join(f"`import {path}`" for path in owner.imported())
            raise _attribute_error(
                source, node,
                f"{owner.path} holds only the modules imported through it in JavaScript ({imported}), not {attr!r}"
                f" (CPython has any attribute of {owner.path} that some code imported or defined)",
                f"import what you use: `from {owner.path} import {attr}`, or `import {owner.path}`",
            )
        owner = owner.path
    module = str(owner)
    exports = known.get(module)
    if exports is None:  # not compiled before this module (an import cycle): the run-time check stays
        return None
    in_js = attr in exports or f"py_{attr}" in exports
    if in_js and attr.startswith("__m_shared_"):  # m_shared's own, such as a lowering's re.__m_shared_matches__
        return _VALUE
    if module in STDLIB_ALLOWED:
        in_cpython = hasattr(importlib.import_module(module), attr)
        if in_js and in_cpython:
            return _VALUE
        if not in_cpython:
            raise _attribute_error(
                source, node,
                f"module {module!r} has no attribute {attr!r} in CPython {sys.version_info[0]}.{sys.version_info[1]}"
                + (f" (only Transcrypt's JavaScript version of {module} has it)" if in_js else ""),
                f"use what CPython's {module} has{_close(attr, dir(importlib.import_module(module)))}",
            )
        cpython = importlib.import_module(module)
        public = sorted(name for name in {export.removeprefix("py_") for export in exports}
                        if not name.startswith("_") and hasattr(cpython, name))
        raise _attribute_error(
            source, node,
            f"{module}.{attr} does not exist in the JavaScript version of {module} (Transcrypt's, which has "
            f"{', '.join(public)})",
            f"write it with what {module} has there, or in plain Python",
        )
    if module not in names:  # not one this module's compile key covers: the run-time check stays
        return None
    bound = {name: (kind, line, detail) for name, kind, line, detail in names[module]}
    kind, line, detail = bound.get(attr, ("", 0, ""))
    if in_js and kind == "defined":
        return _VALUE
    if in_js and kind == "imported":  # a package passes on what it imports with `from`
        return detail if detail in known else _VALUE
    what = f"{module}.{attr}"
    if kind == "conditional":
        raise _attribute_error(
            source, node,
            f"{module} binds {attr} only inside {_article(detail)} `{detail}` statement (line {line}), and the "
            "JavaScript module exports only the names bound unconditionally at its top level",
            f"bind {attr} at the top level of {module} too (e.g. `{attr} = None` before the `{detail}`)",
        )
    if kind == "imported":
        origin, _, name = detail.rpartition(".")
        do = f"import it where it comes from: `from {origin} import {name}`" if origin else \
            f"import it: `import {detail}`"
        raise _attribute_error(
            source, node,
            f"{module} only imports {attr} (line {line}, from {detail}): a JavaScript module does not pass on "
            "the names it imports", do,
        )
    if kind == "global":
        raise _attribute_error(
            source, node,
            f"{module} binds {attr} only inside its function {detail}() (`global {attr}`, line {line}), which the "
            "JavaScript module does not export",
            f"bind {attr} at the top level of {module} too (e.g. `{attr} = None`)",
        )
    if kind == "deleted":
        raise _attribute_error(
            source, node,
            f"{module} deletes {attr} (`del`, line {line}): CPython may have no such attribute when this runs, "
            "and the JavaScript module does not delete its names",
            f"keep {attr} in {module}, or do not read it here",
        )
    if kind == "submodule":
        raise _attribute_error(
            source, node,
            f"{what} is a submodule that the package {module} does not import itself: in JavaScript the "
            "package has no such attribute (CPython has it only once some code imported the submodule)",
            f"import the submodule: `from {module} import {attr}`",
        )
    if kind == "defined":  # bound in the source, not in the JavaScript module: lowering dropped it
        raise _attribute_error(
            source, node,
            f"{what} has no value in the JavaScript module: it is a type (an alias, a TypeVar or the like), "
            "which m_shared drops",
            "use it only in annotations",
        )
    readable = [name for name, (how, _, _) in bound.items()
                if how in ("defined", "imported") and (name in exports or f"py_{name}" in exports)]
    if attr.startswith("__") and attr.endswith("__"):
        raise _attribute_error(
            source, node,
            f"{what}: module attributes such as __name__ and __file__ do not exist in the JavaScript module",
            "write the value out (the module name as a string, for instance)",
        )
    raise _attribute_error(
        source, node, f"{module} has no attribute {attr!r} (CPython raises AttributeError here)",
        f"define {attr} in {module}, or read a name it has{_close(attr, readable)}",
    )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _close(name: str, candidates: list[str]) -> str:
    matches = difflib.get_close_matches(name, [c for c in candidates if not c.startswith("_")], n=1)
    return f": did you mean {matches[0]!r}?" if matches else ""


def _attribute_error(source: SourceModule, node: ast.AST, message: str, do: str) -> CompileError:
    line, col = node.lineno, node.col_offset + 1
    if isinstance(node, ast.Attribute) and node.end_lineno is not None and node.end_col_offset is not None:
        line, col = node.end_lineno, node.end_col_offset - len(node.attr) + 1  # at the name after the dot
    return CompileError(Diagnostic(source.relpath, line, col, "build/attribute", message, do))


def _module_level_names(tree: ast.Module) -> list[str]:
    names = []
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(statement.name)
        elif isinstance(statement, ast.Assign):
            names.extend(target.id for target in statement.targets if isinstance(target, ast.Name))
    return names


def _finish(name: str, instrumented: str, transcrypt: _Transcrypt, js_names: dict[str, str]) -> CompiledModule:
    lines, numbers = [], []
    for line in instrumented.split("\n"):
        number = int("1" + line[-_LINE_NR_LENGTH:]) - 10**_LINE_NR_LENGTH if len(line) >= _LINE_NR_LENGTH else 0
        bare = line[:-_LINE_NR_LENGTH]
        if bare.strip() == ";":
            continue  # Transcrypt drops empty statements too
        lines.append(bare)
        numbers.append(number)
    lines, numbers = _compact_keywords(lines, numbers)
    # The first line is Transcrypt's colophon with a timestamp: replace it, so output is reproducible.
    lines[0], numbers[0] = f"// Transcrypt {TRANSCRYPT_VERSION} from Python module {name}", 0
    code = "\n".join(lines) + "\n"
    digest = transcrypt.utils.digestJavascript(code, transcrypt.symbols, False, False)
    return CompiledModule(
        name=name, code=code, source_lines=tuple(numbers), exports=tuple(digest.exportedNames), js_names=js_names
    )


# Transcrypt's keyword-argument prologue of a def without *args and **kwargs, 12 lines and more
# (its lines without indentation): the last argument, if it is the keyword object of the call,
# sets the parameters it names
_KEYWORDS_PROLOGUE = re.compile(
    r"if \(arguments\.length\) \{\n"
    r"var (?P<last>__ilastarg\d+__) = arguments\.length - 1;\n"
    r"if \(arguments \[(?P=last)\] && __m_shared_kwargs__ \(arguments \[(?P=last)\]\)\) \{\n"
    r"var (?P<all>__allkwargs\d+__) = arguments \[(?P=last)--\];\n"
    r"for \(var (?P<key>__attrib\d+__) in (?P=all)\) \{\n"
    r"(?:switch \((?P=key)\) \{\n(?P<cases>(?:case '[\w$]+': var [\w$]+ = (?P=all) \[(?P=key)\]; break;\n)+)\}\n)?"
    r"\}\n\}\n\}\nelse \{\n\}\n"
)


def _compact_keywords(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Transcrypt's keyword-argument prologues as one statement each, on the line of their ``def``.

    Size: the prologue was a fifth of a shared module's lines. The statement does what it did:
    the last argument, if it is a keyword object (``__m_shared_kwargs__``), has its keys that name
    parameters assigned to them, in its own order; a def without parameters has none to assign.
    (The index of the last positional argument the prologue kept is needed by ``*args`` only, whose
    defs keep Transcrypt's text.) Only a prologue whose lines all map to one Python line is
    rewritten, so the sourcemap and the line table stay exact.

    Most defs and lambdas have no prologue any more: their argument check binds the keywords
    (LocatingGenerator's visit_arguments and _m_shared_check). What is left for this is the lambdas that
    lowering makes without a check (an `and` whose value is used: no parameter to set, so the prologue goes).
    """
    stripped = "".join(line.strip() + "\n" for line in lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.strip()) + 1)
    first_line = {offset: index for index, offset in enumerate(starts)}
    out_lines: list[str] = []
    out_numbers: list[int] = []
    index = 0
    for match in _KEYWORDS_PROLOGUE.finditer(stripped):
        start = first_line.get(match.start())
        end = start + match.group(0).count("\n") if start is not None else None
        if start is None or start < index or len(set(numbers[start:end])) != 1:
            continue
        out_lines.extend(lines[index:start])
        out_numbers.extend(numbers[index:start])
        index = end
        if not match.group("cases"):
            continue
        kwargs, key = match.group("all"), match.group("key")
        statement = (
            f"var {kwargs} = arguments.length && arguments [arguments.length - 1]; "
            f"if ({kwargs} && __m_shared_kwargs__ ({kwargs})) for (var {key} in {kwargs}) switch ({key}) "
            f"{{{' '.join(match.group('cases').splitlines())} }}"
        )
        if out_numbers and out_numbers[-1] == numbers[start] and out_lines[-1].rstrip().endswith("{"):
            out_lines[-1] = f"{out_lines[-1].rstrip()} {statement}"  # the def's line: `function (a, b) {`
        else:
            out_lines.append(lines[start][: len(lines[start]) - len(lines[start].lstrip())] + statement)
            out_numbers.append(numbers[start])
    out_lines.extend(lines[index:])
    out_numbers.extend(numbers[index:])
    return out_lines, out_numbers


def _clean(message: str) -> str:
    text = " ".join(part.strip() for part in (message or "").split("\n") if part.strip())
    return text or "Transcrypt cannot compile this construct"


def _diagnostic(source: SourceModule, generator, line: int, message: str) -> Diagnostic:
    node = getattr(generator, "m_shared_node", None)
    col = node.col_offset + 1 if node is not None and getattr(node, "lineno", None) == line else 1
    if not line and node is not None:
        line, col = node.lineno, node.col_offset + 1
    return Diagnostic(
        source.relpath, max(line, 1), col, "build/transcrypt", message,
        "rewrite this construct in the supported subset (see `m shared lint`)",
    )


def minify(text: str, private: bool = False) -> str:
    """JavaScript without comments and layout, keeping its first line (which names the module), and
    with short names for local variables (:func:`m_shared.shake.mangle`), and with ``private``
    for the module's top-level names that no other module sees too.

    The runtime and the stdlib modules are shipped to every page but never debugged as Python
    (they have no sourcemap): two thirds of their gzipped bytes are comments and indentation.
    """
    first, _, rest = text.partition("\n")
    header = first + "\n" if first.startswith("//") else ""
    return shake.mangle(header + rjsmin.jsmin(rest if header else text) + "\n", private)


def _declared(names: list[str], text: str) -> list[str]:
    """The names of Transcrypt's digest of a library module that the module really exports.

    The digest takes every word in braces on an `export` line it does not know for an exported name: a
    comment `{pythonFile, names, table}` after `export const` made every shared module that used a name
    `names` import it from the runtime, which has no such export (the module failed to load).
    """
    declared = set(re.findall(r"^export (?:async )?(?:function\*?|var|let|const|class) *([\w$]+)", text, re.MULTILINE))
    for listed in re.findall(r"^export \{([^}]*)\}", text, re.MULTILINE):
        declared.update(part.split(" as ")[-1].strip() for part in listed.split(","))
    return [name for name in names if name in declared]


def _false_once(flag: str, stored: str) -> property:
    """A flag of Transcrypt's code generator that answers False the one time after ``flag`` is set.

    Transcrypt reads such a flag once where m_shared wants its other path (a direct call, a loop over
    an iterable made iterable already); every other read, and every write, is the stored value.
    """

    def read(generator: object) -> object:
        if getattr(generator, flag):
            setattr(generator, flag, False)
            return False
        return getattr(generator, stored)

    def write(generator: object, value: object) -> None:
        setattr(generator, stored, value)

    return property(read, write)


def _m_shared_field_template(value: ast.FormattedValue, nested: bool = False) -> tuple[str, list[ast.expr]]:
    """An f-string field as a str.format template and its arguments: f"{x:>{w}.2f}" -> ("{:>{}.2f}", [x, w])."""
    conversion = "" if value.conversion == -1 else "!" + chr(value.conversion)
    arguments: list[ast.expr] = [value.value]
    spec = ""
    for part in value.format_spec.values if value.format_spec else []:
        if isinstance(part, ast.Constant):
            spec += part.value.replace("{", "{{").replace("}", "}}")
        elif nested:  # CPython's parser refuses deeper nesting too
            raise SyntaxError("f-string: expressions nested too deeply")
        else:
            field, more = _m_shared_field_template(part, nested=True)
            spec += field
            arguments += more
    return "{" + conversion + (":" + spec if value.format_spec else "") + "}", arguments


def _runtime_helpers(module: str) -> str:
    """A stdlib module with the runtime's helpers that m_shared's compilation calls, imported.

    Its keyword-argument tests go through the runtime's __m_shared_kwargs__, as the runtime's own: a
    dict with a key "hasOwnProperty" passed last to re.sub or date.replace crashed the call, and one
    with a key "__kwargtrans__" was taken for keyword arguments; the runtime's test also answers a
    string (the usual last argument) without boxing it into an object first. Its templates of `{}`
    fields are __m_shared_fill__ calls (see filled_templates). re.js reads the parser of replacement
    templates from __m_shared_template_hook__.
    """
    module, count = _KWARGS_RUNTIME.subn(r"__m_shared_kwargs__ (\1)", module)
    helpers = ["__m_shared_kwargs__"] if count else []
    if "__m_shared_fill__ (" in module:
        helpers.append("__m_shared_fill__")
    if "__m_shared_template_hook__." in module:  # re.js (js_runtime/overlay/re.sub-template.edit.json)
        helpers.append("__m_shared_template_hook__")
    if not helpers:
        return module
    module, imports = _RUNTIME_IMPORT.subn(f"import {{{', '.join(helpers)}, ", module, count=1)
    if not imports:
        raise MSharedError(f"a Transcrypt stdlib module calls {helpers[0]} but does not import the runtime")
    return module


_RUNTIME_IMPORT = re.compile(r"^import \{(?=[^}]*\} from '\./org\.transcrypt\.__runtime__\.js';)", re.MULTILINE)


# The real `transcrypt` command, with calls emitted directly as in shared modules (see direct_calls)
_LIBRARY_COMPILER = """
import sys
import transcrypt.__main__ as command
from m_shared.compile import direct_calls, filled_templates, native_bitwise
command.compiler.Generator = native_bitwise(filled_templates(direct_calls(command.compiler.Generator)))
sys.argv[0] = "transcrypt"
sys.exit(command.main())
"""


def library(cache_dir: Path) -> Library:
    """The runtime and stdlib modules, compiled by the real ``transcrypt`` command once and cached."""
    minifier = hashlib.sha256((Path(__file__).parent / "shake.py").read_bytes()).hexdigest()  # minify's mangle
    key = hashlib.sha256(
        json.dumps([code_fingerprint(), overlay.fingerprint(), STDLIB_ALLOWED, minifier]).encode()
    ).hexdigest()[:16]
    cached = cache_dir / f"library-{key}.json"
    with contextlib.suppress(OSError, ValueError, KeyError):
        data = json.loads(cached.read_text(encoding="utf-8"))
        return Library(files=data["files"], exports={k: tuple(v) for k, v in data["exports"].items()})

    transcrypt = _Transcrypt.get()
    with tempfile.TemporaryDirectory(prefix="m_shared-library-") as work:
        main = Path(work) / "m_shared_library.py"
        main.write_text("".join(f"import {name}\n" for name in STDLIB_ALLOWED), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-c", _LIBRARY_COMPILER, "-b", "-n", *LIBRARY_PROFILE, str(main)],
            cwd=work, capture_output=True, text=True,
            # PYTHONHASHSEED: Transcrypt emits some lists in set order, which would differ between runs
            env={
                **os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
                # _LIBRARY_COMPILER imports this package, installed or not
                "PYTHONPATH": os.pathsep.join(
                    filter(None, [str(Path(__file__).parent.parent), os.environ.get("PYTHONPATH")])
                ),
            },
        )
        target = Path(work) / "__target__"
        if result.returncode != 0:
            raise MSharedError(f"Transcrypt could not compile its own runtime:\n{result.stdout}{result.stderr}")
        files: dict[str, str] = {}
        exports: dict[str, tuple[str, ...]] = {}
        for path in sorted(target.glob("*.js")):
            name = path.name[: -len(".js")]
            if name == main.stem:
                continue
            text = path.read_text(encoding="utf-8")
            if text.startswith("// Transcrypt'ed from Python"):
                text = f"// Transcrypt {TRANSCRYPT_VERSION}: {name}\n" + text.split("\n", 1)[1]
            # Without -m Transcrypt writes no maps, but still points at one; devtools would report a 404
            text = text.replace(f"\n//# sourceMappingURL={name}.map", "\n")
            if name == RUNTIME_MODULE:
                # as in shared modules (see LocatingGenerator.emit): keyword arguments by their marker only
                text = _KWARGS_RUNTIME.sub(r"__m_shared_kwargs__ (\1)", text)
                text = overlay.apply(overlay.edit_library(name, text))
            else:
                text = _runtime_helpers(overlay.edit_library(name, text))
            digest = transcrypt.utils.digestJavascript(text, transcrypt.symbols, False, False)
            exports[name] = tuple(_declared(digest.exportedNames, text))
            files[path.name] = minify(text)
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"files": files, "exports": exports}, sort_keys=True), encoding="utf-8")
    os.replace(temporary, cached)
    return Library(files=files, exports=exports)
