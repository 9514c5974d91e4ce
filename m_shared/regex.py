"""Part of stage 6 (link): translate the shared package's regular expressions at build time.

Transcrypt's ``re`` translates a Python pattern to a JavaScript one at run time, with its
``re/translate.py`` compiled to ``re.translate.js`` (11 KB, 2.8 KB gzipped). When every pattern the
published code can hand to that translator is known at build time, the build runs the same
``translate.py`` in CPython on each of them and publishes the results as a table in ``re.js``
instead (:func:`table_source`, applied by ``link.link_library``); ``re.translate.js`` is then left
out. A pattern missing from the table throws an ``MSharedError`` in JavaScript: that would be a
bug of this analysis, and it must be loud, never a different translation.

**Which patterns can reach the translator** (:func:`summarize` per module, cached with its
compiled output; :func:`translations` for the whole package, every build). Only ``PyRegExp``, made
by ``re.compile`` and the functions that compile their pattern argument (``search``, ``match``,
``fullmatch``, ``split``, ``findall``, ``finditer``, ``sub``, ``subn``, and lowering's
``__m_shared_regex_found__`` calls of them), translates (``Match.start(g)`` and ``Match.end(g)`` compiled
the text a group matched before js_runtime/overlay/re.match-spans.edit.json; the link stage still checks
that the shaken ``re.js`` has no such call). A pattern argument is known when it is

* a string literal;
* a module-level name bound once in its module to a string literal (``EMAIL = r"..."``), read in
  that module or imported from it (``from .patterns import EMAIL``, ``patterns.EMAIL``);
* a parameter of a private module-level function (``def _parse(text, pattern)``), bound nowhere
  else in it, when that function is only ever called directly (never used as a value, decorated,
  or exported to JavaScript, which only public names are) and every call passes a known pattern
  for it (or leaves its known default).

Anything else makes the whole package *unknown*, and the translator is published as before: any
other pattern argument, ``re`` or one of its pattern functions used as a value (``f =
re.fullmatch``, ``getattr(re, name)``, ``re`` passed to a function), a call with ``*args`` or
``**kwargs``, ``re`` re-exported by a shared module, a star import, and the builtins that reach
names by strings (``globals``, ``eval``, ...). No other library module compiles patterns: only
``re.js`` imports ``re.translate.js``, and the library's ``datetime``, ``time``, ``math``, ``copy``,
``dataclasses`` do not import ``re`` (tests/build/test_regex_table.py checks both).

**The same translation by construction**: :func:`translate` runs Transcrypt's ``translate.py``
itself, with the edits js_runtime/overlay/re.translate.*.edit.json make to the JavaScript made to
the Python source too (:data:`_SOURCE_EDITS`), and Transcrypt's ``re`` flag values. A pattern
whose syntax JavaScript cannot match as CPython does (a conditional group, an atomic group, a
possessive quantifier, flags for part of the pattern: re.translate.syntax.edit.json, :func:`_syntax`)
is tabled as its refusal, the MSharedError re.translate.js throws for it. A pattern that translate.py
rejects otherwise (it raises, as for a lookbehind of variable width, CPython's re.error) or that
holds characters outside the Basic Multilingual Plane (where JavaScript strings count UTF-16 units)
is not tabled: the translator is published.
tests/build/test_regex_table.py compares the table with ``re.translate.js`` in Node on a corpus.

**Groups at risk** (:func:`_risks`, run by the translator in both languages): a capturing group whose text
JavaScript gives otherwise than CPython, one inside a repeated group or a repeated one that can match empty.
translate() returns them as a sixth value, and re.js then gets :func:`groups_source` (``link.link_library``:
when a tabled pattern has some, or the translator is published), which throws an MSharedError when such a group
is read; matching and group 0 are unchanged, and a package without such patterns publishes nothing more.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import json
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

from . import overlay
from .graph import SourceModule, absolute_module
from .lower import binding_counts as _binding_counts

# re's functions that compile (translate) their first argument, also named `pattern`
PATTERN_FUNCTIONS = frozenset({"compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn"})
# re's names that are safe as values: no path from them to the translator (flags, classes, escape)
_SAFE_ATTRIBUTES = frozenset({
    "A", "ASCII", "DEBUG", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "NOFLAG", "S", "DOTALL", "U",
    "UNICODE", "X", "VERBOSE", "T", "TEMPLATE", "error", "Match", "Pattern", "RegexFlag", "escape", "purge",
})
# builtins that reach module-level names or modules through strings or dictionaries (`compile` unless it is re's)
_DYNAMIC_NAMES = frozenset({"globals", "locals", "vars", "eval", "exec", "__import__", "__pragma__", "compile"})
_DYNAMIC_ATTRIBUTES = frozenset({"__dict__", "__globals__", "__builtins__", "__closure__", "__code__"})

# A source of a value: ("lit", text) | ("name", module, name) | ("param", module, function, name) | ("unknown", why)
Source = tuple


@dataclasses.dataclass(frozen=True)
class Function:
    """A module-level ``def`` bound once and undecorated: whose parameters can receive known patterns."""

    positional: tuple[str, ...]  # positional-only and positional-or-keyword parameters, in order
    keyword_only: tuple[str, ...]
    defaults: tuple[tuple[str, Source], ...]  # parameter -> its default's source


@dataclasses.dataclass(frozen=True)
class Call:
    """A direct call of a module-level function (this module's or another shared module's)."""

    module: str
    function: str
    arguments: tuple[Source, ...]
    keywords: tuple[tuple[str, Source], ...]
    spread: bool  # *args or **kwargs: any parameter may receive anything
    where: str


@dataclasses.dataclass(frozen=True)
class Summary:
    """What one shared module contributes to the package's regular expressions (see the module docstring)."""

    module: str
    constants: tuple[tuple[str, str], ...] = ()  # module-level names bound once to a str literal
    imports: tuple[tuple[str, str, str], ...] = ()  # local name -> (shared module, name) of `from M import name`
    functions: tuple[tuple[str, Function], ...] = ()
    regex_names: tuple[str, ...] = ()  # module-level names bound to re or one of its functions
    patterns: tuple[tuple[Source, str], ...] = ()  # each pattern argument, with where it is
    calls: tuple[Call, ...] = ()
    escapes: tuple[tuple[str, str], ...] = ()  # (module, function) used other than as a direct callee
    reads: tuple[tuple[str, str, str], ...] = ()  # (module, name, where): names read from or imported from shared modules
    unknown: tuple[str, ...] = ()  # why anything may reach the translator, "path:line:col: what"


# ---- one module ----------------------------------------------------------------------------------

def summarize(module: SourceModule) -> Summary:
    """The module's part of the package's regular expressions, from its source alone."""
    tree = ast.parse(module.source)
    return _Summarizer(module, tree).summary()


class _Summarizer:
    def __init__(self, module: SourceModule, tree: ast.Module):
        self.module = module
        self.tree = tree
        self.parents: dict[int, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[id(child)] = node
        self.counts = _binding_counts(tree)
        self.unknown: list[str] = []
        self.regex_module: set[str] = set()  # names bound to the re module
        self.regex_functions: dict[str, str] = {}  # name -> re function it is bound to
        self.shared_modules: dict[str, str] = {}  # name -> shared module it is bound to (bound once)
        self.imports: dict[str, tuple[str, str]] = {}  # name -> (shared module, name), bound once
        self.reads: list[tuple[str, str, str]] = []
        self.escapes: set[tuple[str, str]] = set()
        self.calls: list[Call] = []
        self.patterns: list[tuple[Source, str]] = []
        self.functions: dict[str, Function] = {}
        self._read_imports()
        self.functions = self._functions()

    def where(self, node: ast.AST) -> str:
        return f"{self.module.relpath}:{getattr(node, 'lineno', 0)}:{getattr(node, 'col_offset', -1) + 1}"

    def _read_imports(self) -> None:
        package = self.module.name.split(".")[0]
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name == "re" or alias.name.startswith("re."):
                        self.regex_module.add(alias.asname or "re")
                    elif alias.name.split(".")[0] == package:
                        local = alias.asname or alias.name.split(".")[0]
                        if alias.asname is None and "." in alias.name:  # `import shared.a.b` binds `shared`
                            self.unknown.append(f"{self.where(node)}: import of a dotted shared module name")
                        elif self.counts.get(local) == 1:
                            self.shared_modules[local] = alias.name
                        else:  # bound again somewhere: its uses cannot be told from the other binding's
                            self.escapes.add((alias.name, "*"))
            elif isinstance(node, ast.ImportFrom):
                source = absolute_module(self.module, node.level, node.module) if node.level else (node.module or "")
                for alias in node.names:
                    local = alias.asname or alias.name
                    if alias.name == "*":
                        if source == "re" or source.split(".")[0] == package:
                            self.unknown.append(f"{self.where(node)}: star import from {source}")
                    elif source == "re":
                        if alias.name in PATTERN_FUNCTIONS:
                            self.regex_functions[local] = alias.name
                        elif alias.name not in _SAFE_ATTRIBUTES:
                            self.unknown.append(f"{self.where(node)}: re.{alias.name} imported")
                    elif source.split(".")[0] == package:
                        self.reads.append((source, alias.name, self.where(node)))
                        if self.counts.get(local) == 1:
                            # `from . import sub` binds a module, `from .m import NAME` a name of m: both kept, the
                            # package-level resolution tells them apart by the modules it has
                            self.imports[local] = (source, alias.name)
                        else:  # bound again somewhere: its calls and uses cannot be told from the other binding's
                            self.escapes.add((source, alias.name))

    def _functions(self) -> dict[str, Function]:
        found: dict[str, Function] = {}
        for statement in self.tree.body:
            if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if statement.decorator_list or self.counts.get(statement.name) != 1:
                self.escapes.add((self.module.name, statement.name))
                continue
            arguments = statement.args
            positional = [a.arg for a in arguments.posonlyargs + arguments.args]
            defaults = dict(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults, strict=True))
            defaults.update({a.arg: d for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d})
            found[statement.name] = Function(
                positional=tuple(positional),
                keyword_only=tuple(a.arg for a in arguments.kwonlyargs),
                defaults=tuple(sorted((name, self.source(value)) for name, value in defaults.items())),
            )
        return found

    # -- values --------------------------------------------------------------------------------
    def source(self, node: ast.expr) -> Source:
        """Where the value of ``node`` comes from, as far as a known pattern can."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return ("lit", node.value)
        if isinstance(node, ast.Name):
            scope = self._outermost_function(node)
            if scope is not None:
                bound = _scope_bindings(scope).get(node.id, 0)
                if bound:
                    function = self.functions.get(getattr(scope, "name", ""))
                    is_parameter = node.id in [a.arg for a in scope.args.posonlyargs + scope.args.args + scope.args.kwonlyargs]
                    if bound == 1 and is_parameter and scope in self.tree.body:
                        if function is not None:
                            return ("param", self.module.name, scope.name, node.id)
                        return ("unknown", (f"{node.id} is a parameter of {scope.name}, which is decorated or bound "
                                            "more than once: it may be called with any pattern"))
                    return ("unknown", (f"{node.id} is bound in its function (a local variable, or a parameter of a "
                                        "method, lambda or nested function): it may hold any pattern"))
            if self.counts.get(node.id) == 1:
                if node.id in self.imports:
                    return ("name", *self.imports[node.id])
                return ("name", self.module.name, node.id)
            return ("unknown", f"{node.id} is bound more than once in its module: it may hold any pattern")
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and self._shared_module(node.value.id) is not None):
            return ("name", self._shared_module(node.value.id), node.attr)
        return ("unknown", f"{ast.unparse(node)[:60]} is not a literal or a constant")

    def _shared_module(self, name: str) -> str | None:
        if name in self.shared_modules:
            return self.shared_modules[name]
        if name in self.imports:  # `from . import sub`: a module if the package has it (the resolution checks)
            source, imported = self.imports[name]
            return f"{source}.{imported}"
        return None

    def _outermost_function(self, node: ast.AST) -> ast.AST | None:
        """The outermost function whose body ``node`` is in; not one whose defaults or decorators it is in."""
        found = None
        child, current = node, self.parents.get(id(node))
        while current is not None:
            if (isinstance(current, ast.Lambda) and child is current.body) or (
                    isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(child is s for s in current.body)):
                found = current
            child, current = current, self.parents.get(id(current))
        return found

    def _module_function(self, node: ast.expr) -> tuple[str, str] | None:
        """The (module, function) a callee or value names, if it may be a module-level function."""
        if isinstance(node, ast.Name) and self.counts.get(node.id) == 1 and self._outermost_binding_is_module(node):
            if node.id in self.imports:
                return self.imports[node.id]
            return (self.module.name, node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module = self._shared_module(node.value.id)
            if module is not None:
                return (module, node.attr)
        return None

    def _outermost_binding_is_module(self, node: ast.Name) -> bool:
        scope = self._outermost_function(node)
        return scope is None or not _scope_bindings(scope).get(node.id)

    # -- the walk ------------------------------------------------------------------------------
    def summary(self) -> Summary:
        callees: set[int] = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                callees.add(id(node.func))
                self._call(node)
        for node in ast.walk(self.tree):
            self._use(node, id(node) in callees)
        constants = {
            name: value for name, value in _module_constants(self.tree).items() if isinstance(value, str)
        }
        regex_names = sorted({*self.regex_module, *self.regex_functions} & {
            name for statement in self.tree.body if isinstance(statement, (ast.Import, ast.ImportFrom))
            for name in (alias.asname or alias.name.split(".")[0] for alias in statement.names)
        })
        return Summary(
            module=self.module.name,
            constants=tuple(sorted(constants.items())),
            imports=tuple(sorted((local, *target) for local, target in self.imports.items())),
            functions=tuple(sorted(self.functions.items())),
            regex_names=tuple(regex_names),
            patterns=tuple(self.patterns),
            calls=tuple(self.calls),
            escapes=tuple(sorted(self.escapes)),
            reads=tuple(self.reads),
            unknown=tuple(self.unknown),
        )

    def _call(self, node: ast.Call) -> None:
        func = node.func
        regex_function = None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in self.regex_module:
            regex_function = func.attr if func.attr in PATTERN_FUNCTIONS else None
        elif isinstance(func, ast.Name) and func.id in self.regex_functions:
            regex_function = self.regex_functions[func.id]
        if regex_function is not None:
            spread = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
            pattern = next((k.value for k in node.keywords if k.arg == "pattern"), node.args[0] if node.args else None)
            if spread:
                self.unknown.append(f"{self.where(node)}: re.{regex_function} called with *args or **kwargs")
            elif pattern is not None and not isinstance(pattern, ast.Starred):
                self.patterns.append((self.source(pattern), self.where(pattern)))
            return
        target = self._module_function(func)
        if target is None:
            return
        self.calls.append(Call(
            module=target[0], function=target[1],
            arguments=tuple(("unknown", "spread") if isinstance(a, ast.Starred) else self.source(a) for a in node.args),
            keywords=tuple((k.arg, self.source(k.value)) for k in node.keywords if k.arg is not None),
            spread=any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords),
            where=self.where(node),
        ))

    def _use(self, node: ast.AST, is_callee: bool) -> None:
        if isinstance(node, ast.Name):
            if node.id in self.regex_functions and not is_callee:
                self.unknown.append(f"{self.where(node)}: re.{self.regex_functions[node.id]} used as a value")
            elif node.id in _DYNAMIC_NAMES and node.id not in self.regex_functions:
                self.unknown.append(f"{self.where(node)}: {node.id} reaches names by strings")
            elif node.id in self.regex_module:
                if not (self._is_attribute_base(node) and isinstance(node.ctx, ast.Load)):
                    self.unknown.append(f"{self.where(node)}: the re module used as a value")
            elif node.id in self.shared_modules and not self._is_attribute_base(node):
                self.escapes.add((self.shared_modules[node.id], "*"))  # getattr(module, name), passed on...
            elif not is_callee and isinstance(node.ctx, ast.Load) and not self._is_attribute_base(node):
                target = self._module_function(node)
                if target is not None:
                    self.escapes.add(target)  # a function (or with `from . import sub`, a module) as a value
        elif isinstance(node, ast.Attribute):
            if node.attr in _DYNAMIC_ATTRIBUTES:
                self.unknown.append(f"{self.where(node)}: .{node.attr} reaches names by strings")
            if isinstance(node.value, ast.Name) and node.value.id in self.regex_module:
                callee_ok = is_callee and node.attr in PATTERN_FUNCTIONS
                if not callee_ok and node.attr not in _SAFE_ATTRIBUTES:
                    self.unknown.append(f"{self.where(node)}: re.{node.attr} used as a value")
                if not isinstance(node.ctx, ast.Load):
                    self.unknown.append(f"{self.where(node)}: re.{node.attr} assigned")
            elif isinstance(node.value, ast.Name) and self._shared_module(node.value.id) is not None:
                module = self._shared_module(node.value.id)
                self.reads.append((module, node.attr, self.where(node)))
                if not is_callee:
                    self.escapes.add((module, node.attr))

    def _is_attribute_base(self, node: ast.Name) -> bool:
        parent = self.parents.get(id(node))
        return isinstance(parent, ast.Attribute) and parent.value is node


def _scope_bindings(scope: ast.AST) -> dict[str, int]:
    """The bindings of a function's own scope and the scopes inside it: its parameters and its body's.

    Not its own name, defaults or decorators, which bind and run in the scope around it.
    """
    if isinstance(scope, ast.Lambda):
        body: list[ast.AST] = [scope.body]
    else:
        body = list(scope.body)
    arguments = scope.args
    counts: dict[str, int] = {}
    for argument in [*arguments.posonlyargs, *arguments.args, arguments.vararg, *arguments.kwonlyargs, arguments.kwarg]:
        if argument is not None:
            counts[argument.arg] = counts.get(argument.arg, 0) + 1
    for statement in body:
        for name, count in _binding_counts(statement).items():
            counts[name] = counts.get(name, 0) + count
    return counts


def _module_constants(tree: ast.Module) -> dict[str, object]:
    """Names a module-level `NAME = <literal>` (or `NAME: T = <literal>`) binds, bound nowhere else in the module."""
    assigned: dict[str, object] = {}
    for statement in tree.body:
        if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Constant)):
            assigned[statement.targets[0].id] = statement.value.value
        elif (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
              and isinstance(statement.value, ast.Constant)):
            assigned[statement.target.id] = statement.value.value
    bindings = _binding_counts(tree)
    return {name: value for name, value in assigned.items() if bindings.get(name) == 1}


# ---- the package ---------------------------------------------------------------------------------

_TOP = None  # any value: a parameter of a function JavaScript or unknown code may call


@dataclasses.dataclass(frozen=True)
class Patterns:
    """Every pattern the package can hand to the translator (sorted), or None with why not."""

    known: tuple[str, ...] | None
    why: str = ""


def known_patterns(summaries: Iterable[Summary]) -> Patterns:
    """The patterns that can reach ``re``'s translator at run time, if all are known at build time."""
    by_module = {summary.module: summary for summary in summaries}
    for summary in by_module.values():
        if summary.unknown:
            return Patterns(None, summary.unknown[0])
        for module, name, where in summary.reads:
            if module in by_module and name in by_module[module].regex_names:
                return Patterns(None, f"{where}: {module}.{name} is re or one of its functions, re-exported")
    resolver = _Resolver(by_module)
    found: set[str] = set()
    for summary in by_module.values():
        for source, where in summary.patterns:
            value, why = resolver.value(source)
            if value is _TOP:
                return Patterns(None, f"{where}: {why}")
            found |= value
    return Patterns(tuple(sorted(found)))


class _Resolver:
    def __init__(self, by_module: Mapping[str, Summary]):
        self.by_module = by_module
        self.constants = {(s.module, name): value for s in by_module.values() for name, value in s.constants}
        self.imports = {(s.module, local): (module, name) for s in by_module.values() for local, module, name in s.imports}
        self.functions = {(s.module, name): f for s in by_module.values() for name, f in s.functions}
        escaped: set[tuple[str, str]] = set()
        for module, name in {target for s in by_module.values() for target in s.escapes}:
            if name != "*":
                module, name = self._imported(module, name)  # `from .m import f` in a package, used as a value
            whole = module if name == "*" else f"{module}.{name}"  # a module used as a value: all its functions
            escaped |= {key for key in self.functions if key[0] == whole} | {(module, name)}
        # a public function is exported to JavaScript, which may call it with anything
        escaped |= {key for key in self.functions if not key[1].startswith("_")}
        self.escaped = escaped
        self.calls: dict[tuple[str, str], list[Call]] = {}
        for s in by_module.values():
            for call in s.calls:
                target = self._function(call.module, call.function)
                if target is not None:
                    self.calls.setdefault(target, []).append(call)
        self.parameters: dict[tuple[str, str, str], frozenset[str] | None] = {}
        self._solve()

    def _imported(self, module: str, name: str) -> tuple[str, str]:
        """What ``module.name`` is bound to, following `from M import name` from module to module."""
        seen = set()
        while (module, name) in self.imports and (module, name) not in seen:
            seen.add((module, name))
            module, name = self.imports[(module, name)]
        return module, name

    def _function(self, module: str, name: str, seen: frozenset = frozenset()) -> tuple[str, str] | None:
        """The module-level function ``module.name`` is, following `from M import f` re-exports."""
        if (module, name) in self.functions:
            return (module, name)
        if (module, name) in self.imports and (module, name) not in seen:
            return self._function(*self.imports[(module, name)], seen | {(module, name)})
        return None

    def _name(self, module: str, name: str, seen: frozenset = frozenset()) -> tuple[frozenset[str] | None, str]:
        if (module, name) in self.constants:
            return frozenset({self.constants[(module, name)]}), ""
        if (module, name) in self.imports and (module, name) not in seen:
            return self._name(*self.imports[(module, name)], seen | {(module, name)})
        return _TOP, f"{module}.{name} is not bound once to a string literal"

    def value(self, source: Source) -> tuple[frozenset[str] | None, str]:
        kind = source[0]
        if kind == "lit":
            return frozenset({source[1]}), ""
        if kind == "name":
            return self._name(source[1], source[2])
        if kind == "param":
            key = (source[1], source[2], source[3])
            value = self.parameters.get(key, _TOP)
            return value, "" if value is not _TOP else self.why.get(key, "")
        return _TOP, source[1]

    def _solve(self) -> None:
        """The patterns each parameter of a private function receives: a least fixed point over the calls."""
        self.why: dict[tuple[str, str, str], str] = {}
        for (module, name), function in self.functions.items():
            for parameter in function.positional + function.keyword_only:
                key = (module, name, parameter)
                self.parameters[key] = frozenset()
                if (module, name) in self.escaped:
                    self.parameters[key] = _TOP
                    self.why[key] = (
                        f"parameter {parameter} of {module}.{name} may receive any pattern: "
                        + ("JavaScript may call a public function" if not name.startswith("_")
                           else "the function is used as a value, decorated or bound more than once")
                    )
        changed = True
        while changed:
            changed = False
            for key, current in self.parameters.items():
                if current is _TOP:
                    continue
                new, why = self._received(key)
                if new != current:
                    self.parameters[key] = new
                    if new is _TOP:
                        self.why[key] = f"parameter {key[2]} of {key[0]}.{key[1]} may receive any pattern: {why}"
                    changed = True

    def _received(self, key: tuple[str, str, str]) -> tuple[frozenset[str] | None, str]:
        module, name, parameter = key
        function = self.functions[(module, name)]
        defaults = dict(function.defaults)
        found: set[str] = set()
        for call in self.calls.get((module, name), []):
            if call.spread:
                return _TOP, f"{call.where} calls it with *args or **kwargs"
            keywords = dict(call.keywords)
            if parameter in function.positional and function.positional.index(parameter) < len(call.arguments):
                source = call.arguments[function.positional.index(parameter)]
            elif parameter in keywords:
                source = keywords[parameter]
            elif parameter in defaults:
                source = defaults[parameter]
            else:
                continue  # a TypeError in CPython: the function does not run
            value, why = self.value(source)
            if value is _TOP:
                return _TOP, f"{call.where} passes a value that {why}" if source[0] == "unknown" else f"{call.where}: {why}"
            found |= value
        return frozenset(found), ""


# ---- the translation -----------------------------------------------------------------------------

# js_runtime/overlay/re.translate.*.edit.json's edits of the JavaScript, made to translate.py's source. anchors:
# \A and \Z as lookarounds for the text's start and end, \a as \x07. syntax: a lookbehind is one (Transcrypt
# took `(?<` for a conditional), and the checks of _syntax, with flags after the start (`a(?i)b`) and for part of
# the pattern (`(?i:a)`) refused where they are read. tests/build/test_regex_table.py fails when an edit file of
# re.translate changes, and compares the results with re.translate.js in Node.
_SOURCE_EDITS = (
    ("import re\n", ""),
    ("stack[-2:] = [Token('^')]", "stack[-2:] = [Token('(?<!'), Token('[\\s\\S]'), Token(')')]"),
    ("stack[-2:] = [Token('$')]", "stack[-2:] = [Token('(?!'), Token('[\\s\\S]'), Token(')')]"),
    ("[Token('\\\\07')]", "[Token('\\\\x07')]"),
    # and a $ that begins the pattern is CPython's $ too (the parser reduced no first token)
    ("    if len(stack) < 2:\n", "    if len(stack) < 2 and not (len(stack) == 1 and stack[0].name == '$' and stack[0].pure):\n"),
    ("            stack.pop()\n            s1.isModeGroup = True\n",
     "            stack.pop()\n            s1.isModeGroup = True\n            s1.m_shared_late = len(stack) > 1\n"),
    ("    elif s1.isModeGroup and s0.name == ')':\n        stack = stack[:-2]\n",
     ("    elif s1.isModeGroup and s0.name == ')':\n        if s1.m_shared_late:\n            _refuse('late')\n"
      "        stack = stack[:-2]\n")),
    ("            if s0.name == '(':\n                s0.name = '<'\n",
     "            if s1.isModeGroup or s0.name == '-':\n                _refuse('scoped')\n"),
    ("    elif s1.name == '(?<':\n        if s0.name == ')':\n",
     ("    elif s1.name == '(?<':\n        if s0.name in ['=', '!'] and not s1.paras:\n"
      "            stack[-2:] = [Token('(?<' + s0.name)]\n        elif s0.name == ')':\n")),
    ("    variants = splitIfElse(stack, namedGroups)\n",
     "    _syntax(stack, flags)\n    m_shared_risks = _risks(stack)\n    variants = splitIfElse(stack, namedGroups)\n"),
    # re.translate.groups.edit.json: the groups at risk (_risks), a sixth value when there are any
    ("    return resolvedTokens, flags, namedGroups, countCaptureGroups(stack), n_splits\n",
     ("    return (resolvedTokens, flags, namedGroups, countCaptureGroups(stack), n_splits) + (\n"
      "        (m_shared_risks,) if m_shared_risks else ())\n")),
    # re.translate.length.edit.json: the parser's limit of steps grows with the pattern
    ("        if nloop > MAX_SHIFTREDUCE_LOOPS:\n", "        if nloop > MAX_SHIFTREDUCE_LOOPS + 4 * len(rgx):\n"),
)

# ---- what JavaScript cannot match as CPython does (re.translate.syntax.edit.json's functions, in Python) -------

# The messages of the m_shared errors, as re.translate.syntax.edit.json's __m_shared_refusals__ has them
REFUSALS = {
    "conditional": "a conditional group (?(1)yes|no) in a regular expression: JavaScript's regular expressions have no "
    "conditionals, and Transcrypt's translation of one gave other groups and matches than CPython. Write the two cases "
    "as alternatives instead, e.g. (<)[a-z]+>|[a-z]+ for (<)?[a-z]+(?(1)>|)",
    "scoped": "inline flags for part of a regular expression, (?i:...) or (?-i:...): JavaScript's regular expressions "
    "apply them to the whole pattern or reject them. Pass the flag for the whole pattern (re.IGNORECASE), or spell the "
    "part out, e.g. [Aa][Bb] for (?i:ab)",
    "late": "inline flags (?i) after the start of a regular expression: CPython 3.11 and later raise re.error (global "
    "flags not at the start of the expression), JavaScript applied them to the whole pattern. Put them at the start: "
    "(?i)abc",
    "verbose": "a verbose regular expression ((?x)) with whitespace or # comments: Transcrypt's re matches them "
    "literally, CPython ignores them. Write the pattern without its spaces and comments",
    "atomic": "an atomic group (?>...) in a regular expression: JavaScript's regular expressions have none. Write the "
    "group without ?>, e.g. a+b for (?>a+)b, when what follows cannot match what it would give back",
    "possessive": "a possessive quantifier (*+, ++, ?+, {m,n}+) in a regular expression: JavaScript's regular "
    "expressions have none. Use the greedy one, e.g. a+b for a++b, when what follows cannot match what it would give "
    "back",
    "named": "a named character \\N{...} in a regular expression: JavaScript's regular expressions have none. Write "
    "the character itself, or its escape \\uXXXX",
    "lookbehind": "a lookbehind (?<=...) or (?<!...) holding a backreference or syntax whose width m_shared does not "
    "measure: CPython requires a fixed width and JavaScript matches a lookbehind from right to left. Write it with "
    "characters, classes, escapes such as \\d, groups and counts {n}",
    "repeated": "a repeated group that can match the empty string through an alternative or a lazy quantifier, e.g. "
    "(?:|a)* or (?:a??)+: CPython stops repeating after an empty repetition, JavaScript refuses it and tries a longer "
    "one, so they match different text ('' vs 'aa' for (?:|a)* on 'aa'). Write the group so that it cannot match "
    "empty, e.g. (?:a)* for (?:|a)*",
    "unset": "a backreference to a group that may not have taken part in the match when it is reached (an optional "
    "or repeated group that may not run, one in another alternative or in a negative lookahead): CPython's "
    "backreference then fails, JavaScript's matches the empty string, so (a)?b\\1 matches 'b' in JavaScript and not "
    "in CPython. Make the group take part in every match on the way to the backreference: (a)b\\1 for (a)?b\\1 (on "
    "the other path CPython never matches), or (a?)b\\1 when an empty group should match",
    "reference": "a backreference to a group whose text CPython and JavaScript give differently (a group inside a "
    "repeated group, or a repeated group that can match the empty string): the backreference matches different "
    "text. Refer to a group outside any repetition, or write the text it should match out",
}
# CPython's re.error for a lookbehind of variable width, which re.translate.js raises as Transcrypt's re.error
LOOKBEHIND_WIDTH = "look-behind requires fixed-width pattern"
_QUANTITY = re.compile(r"(?:([*+?])\??|\{([0-9]*)(,?)([0-9]*)\})")
_WIDTH_ONE = re.compile(r"\\(?:[dDwWsSntrfv]|[^0-9A-Za-z]|x[0-9a-fA-F]{2})")
_HEX = re.compile(r"[0-9a-fA-F]+")
_OCTAL = re.compile(r"[0-7]")


class _Refused(Exception):
    """translate.py refused the pattern: re.js throws an MSharedError with this message."""


class _PatternError(Exception):
    """translate.py raised Transcrypt's re.error, as CPython's re raises its own for the pattern."""


def _refuse(kind: str) -> None:
    raise _Refused("m_shared: " + REFUSALS[kind])


def _quantity(name: str) -> tuple[float, float] | None:
    """[least, most] repeats of a quantifier token (``*``, ``+?``, ``{2,5}``, ...), or None."""
    counts = _QUANTITY.fullmatch(name)
    if counts is None:
        return None
    if counts[1]:
        return {"*": (0, _INFINITY), "+": (1, _INFINITY), "?": (0, 1)}[counts[1]]
    least = int(counts[2]) if counts[2] else 0
    return least, (int(counts[4]) if counts[4] else _INFINITY) if counts[3] else least


_INFINITY = float("inf")


def _width(names: list[str], i: int) -> tuple[float, float, int]:
    """[least, most, index of its ')'] characters the group whose content starts at names[i] matches."""
    low: float | None = None
    high: float | None = None
    least: float = 0
    most: float = 0
    atom: tuple[float, float] | None = None
    while i < len(names):
        name = names[i]
        if name in (")", "|"):
            low = least if low is None else min(low, least)
            high = most if high is None else max(high, most)
            if name == ")":
                return low, high, i
            least = most = 0
            atom = None
            i += 1
            continue
        quantity = _quantity(name)
        if quantity is not None:
            if atom is None:
                if name == "?" and i > 0 and _quantity(names[i - 1]) is not None:
                    i += 1
                    continue  # {m,n}? is lazy
                _refuse("lookbehind")
            least += atom[0] * quantity[0] - atom[0]
            most += 0 if atom[1] == 0 else atom[1] * quantity[1] - atom[1]
            atom = None
            i += 1
            continue
        width: tuple[float, float] | None = None
        if name in ("[", "[^"):
            i += 1
            while i < len(names) and names[i] != "]":
                i += 1
            width = (1, 1) if i < len(names) else None
        elif name[:1] == "(":
            inner = _width(names, i + 1)
            i = inner[2]
            width = ((inner[0], inner[1]) if name in ("(", "(?:") else
                     (0, 0) if name in ("(?=", "(?!", "(?<=", "(?<!") else None)
        elif name in ("^", "$", "\\b", "\\B"):
            width = (0, 0)
        elif name in ("\\x", "\\u"):
            digits = 2 if name == "\\x" else 4
            if _HEX.fullmatch("".join(names[i + 1:i + 1 + digits])) and i + digits < len(names):
                i += digits
                width = (1, 1)
        elif len(name) == 1 or name[:1] == "[" or _WIDTH_ONE.fullmatch(name):
            width = (1, 1)
        if width is None:
            _refuse("lookbehind")
        least += width[0]
        most += width[1]
        atom = width
        i += 1
    _refuse("lookbehind")
    raise AssertionError  # unreachable: _refuse raises


def _syntax(tokens: list, flags: int) -> None:
    """Refuses what JavaScript cannot match as CPython does, and raises CPython's re.error for a lookbehind of
    variable width (JavaScript's may have any width). Characters in a class [...] are characters, $ too."""
    names = [token.resolve() for token in tokens]
    in_class = False
    lookbehinds = []
    for i, name in enumerate(names):  # (the lists shrink only after i)
        octal = name[1] if len(name) == 2 and name[0] == "\\" and name[1] in "01234567" else ""
        while octal and len(octal) < 3 and i + len(octal) < len(names) and _OCTAL.fullmatch(names[i + len(octal)]):
            octal += names[i + len(octal)]
        if octal and (in_class or octal[0] == "0" or len(octal) == 3) and int(octal, 8) < 256:
            # an octal escape (\0, \012, \101, and \1 in a class): a character in CPython, an error with
            # JavaScript's u flag. Outside a class \1 to \77 are group references, as in JavaScript.
            name = names[i] = tokens[i].name = "\\x" + format(int(octal, 8), "02x")
            del tokens[i + 1:i + len(octal)]
            del names[i + 1:i + len(octal)]
        if name == "\\N":
            _refuse("named")
        if in_class:
            in_class = name != "]"
            if name == "(?=" and " ".join(names[i + 1:i + 5]) == "\\n ? $ )":
                # a $ in a class is a character: Transcrypt made it (?=\n?$), whose ( ? = \n $ ) the class matched
                tokens[i:i + 5] = [tokens[i + 3]]
                names[i:i + 5] = ["$"]
        elif name in ("[", "[^"):
            in_class = True
        elif name == "(?(":
            _refuse("conditional")
        elif name == "(?>":
            _refuse("atomic")
        elif name == "+" and i > 0 and _quantity(names[i - 1]) is not None:
            _refuse("possessive")
        elif flags & _flags().VERBOSE and len(name) == 1 and name in " \t\n\r\x0b\x0c#":
            _refuse("verbose")
        elif name in ("(?<=", "(?<!"):
            lookbehinds.append(i)
    for i in lookbehinds:
        least, most, _ = _width(names, i + 1)
        if least != most:
            raise _PatternError(LOOKBEHIND_WIDTH)


# ---- groups whose text CPython and JavaScript give differently (re.translate.groups.edit.json's __m_shared_risks__)

_BACKREFERENCE = re.compile(r"\\[1-9]")


def _risks(tokens: list) -> list[list]:
    """The capturing groups whose text CPython and JavaScript may give differently, as [group, kind] pairs.

    ECMAScript's RepeatMatcher differs from CPython's repeats in two ways that no translation removes: a
    repetition clears the groups inside it (CPython keeps what an earlier repetition matched: (?:(a)|b)+ on
    'ab', group 1 'a' vs None), and an optional repetition that matches the empty string is refused (CPython
    keeps it: ([0-9]*)? on '', group 1 '' vs None). Matching and group 0 agree unless the empty repetition
    came before a longer one ((?:|a)* on 'aa': '' vs 'aa'), which is refused here, with a backreference to
    such a group ("repeated"). kind "inside": in a repeated group, not on every path of a body that cannot
    match empty (there every repetition sets it: (?:(a)b)+ is not at risk), or in a repeated part of a
    lookbehind (JavaScript matches it from right to left); "empty": repeated and can match empty.
    """
    names = [token.resolve() for token in tokens]
    risky: dict[int, str] = {}
    references: list[int] = []
    # [\N or \NM as read by CPython's one- and two-digit readings, the groups certainly set where it stands]
    unset: list[tuple[int, int, set]] = []
    count = 0

    # Each part is read as (can match empty, can match more, may match empty before it tries a longer match,
    # {group: [on every path, repeated]}): JavaScript's refusal of an empty repetition changes the match only when
    # the empty one came first ((?:|a)*, (?:a??)+); (?:a|)* tries 'a' first, and both then go on after the group.
    # `sure`: the groups that have certainly taken part in the match where the part starts (a backreference to
    # another one fails in CPython when the group has not, and matches the empty string in JavaScript).
    def alternation(i: int, sure: set) -> tuple[int, bool, bool, bool, dict]:
        empty_any, longer_any, first, groups, branches = False, False, False, {}, 0
        while True:
            i, empty, longer, early, found = sequence(i, sure)
            first = first or early or (empty_any and longer)
            empty_any, longer_any = empty_any or empty, longer_any or longer
            branches += 1
            groups.update(found)
            if i >= len(names) or names[i] != "|":
                break
            i += 1
        if branches > 1:
            for state in groups.values():
                state[0] = False
        return i, empty_any, longer_any, first, groups

    def sequence(i: int, sure: set) -> tuple[int, bool, bool, bool, dict]:
        nonlocal count
        empty_all, longer_any, first, groups = True, False, False, {}
        sure = set(sure)
        while i < len(names) and names[i] not in ("|", ")"):
            name = names[i]
            number, found = None, {}
            empty, longer, early = False, True, False  # a character, a class, an escape
            if name[:1] == "(":
                if name == "(":
                    count += 1
                    number = count
                i, empty, longer, early, found = alternation(i + 1, sure)
                if name in ("(?=", "(?!", "(?<=", "(?<!"):
                    empty, longer, early = True, False, False
                if name in ("(?!", "(?<!"):
                    for state in found.values():
                        state[0] = False
                if name in ("(?<=", "(?<!"):  # matched from right to left: a repeated group's last text is its first
                    for group, state in found.items():
                        if state[1]:
                            risky.setdefault(group, "inside")
            elif name in ("[", "[^"):
                while i < len(names) and names[i] != "]":
                    i += 1
            elif name in ("^", "$", "\\b", "\\B"):
                empty, longer = True, False
            elif _BACKREFERENCE.fullmatch(name):
                digits = name[1:] + (names[i + 1] if i + 1 < len(names) and len(names[i + 1]) == 1 and
                                     names[i + 1] in "0123456789" else "")
                references.extend({int(name[1:]), int(digits)})
                unset.append((int(name[1:]), int(digits), sure))
                empty = True
            i += 1
            quantity = _quantity(names[i]) if i < len(names) else None
            if quantity is not None:
                least, most = quantity
                i += 1
                lazy = names[i - 1][1:] == "?" or (i < len(names) and names[i] == "?")  # *? is one token, {m,n}? two
                i += i < len(names) and names[i] == "?"
                if most > least and empty and early:
                    _refuse("repeated")
                if number is not None and most > least and empty:
                    risky.setdefault(number, "empty")
                for group, state in found.items():
                    if (most > 1 and (empty or not state[0])) or (most > least and empty):
                        risky.setdefault(group, "inside")
                    state[0] = state[0] and least >= 1
                    state[1] = state[1] or most > 1
                empty, longer = empty or least == 0, longer and most > 0
                early = early or (lazy and empty and longer)
                if number is not None:
                    found[number] = [least >= 1, most > 1]
            elif number is not None:
                found[number] = [True, False]
            first = (first and empty) or (empty_all and early)
            empty_all, longer_any = empty_all and empty, longer_any or longer
            groups.update(found)
            sure = sure | {group for group, state in found.items() if state[0]}
        return i, empty_all, longer_any, first, groups

    alternation(0, set())
    if any(reference in risky for reference in references):
        _refuse("reference")
    for one, two, sure in unset:
        if (two if two <= count else one) not in sure:
            _refuse("unset")
    return [[group, kind] for group, kind in sorted(risky.items())]


class TranslateError(Exception):
    """translate.py's source is not the one the edits were written for."""


@dataclasses.dataclass(frozen=True)
class Translation:
    """What Transcrypt's ``translate(pattern)`` returns: the JavaScript pattern's tokens, its inline flags,
    its named groups (name -> group number, in order), counts of capture groups and conditional splits, and the
    groups whose text CPython and JavaScript give differently (:func:`_risks`, (group, kind) pairs)."""

    tokens: tuple[str, ...]
    flags: int
    named_groups: tuple[tuple[str, int], ...]
    groups: int
    splits: int
    risks: tuple[tuple[int, str], ...] = ()


@functools.cache
def _translator():
    source = (_transcrypt_re_dir() / "translate.py").read_text(encoding="utf-8")
    for old, new in _SOURCE_EDITS:
        if source.count(old) != 1:
            raise TranslateError(f"Transcrypt's re/translate.py has changed: {old!r} is not there once")
        source = source.replace(old, new)
    namespace: dict[str, object] = {
        "__name__": "m_shared_re_translate", "__pragma__": lambda *args: None, "int": _int, "re": _flags(),
        "_refuse": _refuse, "_syntax": _syntax, "_risks": _risks,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)  # '[\s\S]' in a plain string
        code = compile(source, "transcrypt/modules/re/translate.py", "exec")
    exec(code, namespace)  # noqa: S102 - Transcrypt's own translator, the code re.translate.js is compiled from
    return namespace["translate"]


# Set by _int when translate.py met a value whose int() JavaScript's runtime reads otherwise: not tabled
_UNCERTAIN: list[str] = []


def _int(value: object) -> int:
    """int() as the published runtime reads a str: CPython's grammar for ASCII (js_runtime/overlay/int.patch.js).

    Other digits (``(?(\u0661)...)``, a conditional's group number in Arabic-Indic digits) are a number in
    CPython and an MSharedError in JavaScript, which translate.py's bare ``except`` catches: such a pattern is
    not tabled.
    """
    if not (isinstance(value, str) and value.isascii()):
        _UNCERTAIN.append(repr(value))
        raise ValueError(value)
    return int(value)


class _TranscryptFlags:
    """Transcrypt's re module as translate.py reads it: its flag values (re/__init__.py)."""

    def __init__(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # '\d' in plain strings
            tree = ast.parse((_transcrypt_re_dir() / "__init__.py").read_text(encoding="utf-8"))
        values: dict[str, int] = {}
        for statement in tree.body:
            if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)):
                try:
                    values[statement.targets[0].id] = _flag_value(statement.value, values)
                except ValueError:
                    continue
        self.__dict__.update(values)


@functools.cache
def _flags() -> _TranscryptFlags:
    return _TranscryptFlags()


def _flag_value(node: ast.expr, known: Mapping[str, int]) -> int:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.Name) and node.id in known:
        return known[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.LShift):
        return _flag_value(node.left, known) << _flag_value(node.right, known)
    raise ValueError(node)


def _transcrypt_re_dir() -> Path:
    from .compile import _transcrypt_modules_dir

    return _transcrypt_modules_dir() / "re"


@functools.lru_cache(maxsize=4096)
def translate(pattern: str) -> Translation | Refusal | None:
    """Transcrypt's translation of ``pattern``, as re.translate.js computes it; None if it has none to table.

    A :class:`Refusal` when the edited translate.py refuses the pattern with an m_shared error (a conditional
    group, an atomic group, ...: re.translate.syntax.edit.json): re.js's table then throws the same error, as
    re.translate.js would, and never holds another pattern's translation. None when translate.py raises
    otherwise (re.js then raises too, or does what JavaScript makes of it: the translator is published; the
    re.error of a lookbehind of variable width is such a raise) and for characters outside the Basic
    Multilingual Plane or lone surrogates, where a Python character is not a JavaScript one.
    """
    if any(ord(character) > 0xFFFF or 0xD800 <= ord(character) <= 0xDFFF for character in pattern):
        return None
    _UNCERTAIN.clear()
    try:
        tokens, flags, named, groups, splits, *risks = _translator()(pattern)
    except TranslateError:
        raise
    except _Refused as refused:
        return None if _UNCERTAIN else Refusal(str(refused))
    except Exception:  # noqa: BLE001 - whatever translate.py raises, JavaScript's raises or differs
        return None
    if _UNCERTAIN:
        return None
    if not (all(type(token) is str for token in tokens) and type(flags) is int and type(groups) is int
            and type(splits) is int and all(type(k) is str and type(v) is int for k, v in named.items())):
        return None
    return Translation(tuple(tokens), flags, tuple(named.items()), groups, splits,
                       tuple((group, kind) for group, kind in risks[0]) if risks else ())


@dataclasses.dataclass(frozen=True)
class Refusal:
    """translate.py's refusal of a pattern JavaScript cannot match as CPython does: the MSharedError's message."""

    message: str


def translations(patterns: Patterns) -> dict[str, Translation | Refusal] | None:
    """The translation (or refusal) of every known pattern, or None if one is not known or cannot be tabled."""
    if patterns.known is None:
        return None
    table: dict[str, Translation | Refusal] = {}
    for pattern in patterns.known:
        translation = translate(pattern)
        if translation is None:
            return None
        table[pattern] = translation
    return table


def table_source(table: Mapping[str, Translation | Refusal]) -> str:
    """re.js's ``translate`` from the table: the same values re.translate.js builds, made the same way.

    The named groups are a Transcrypt dict filled by the same ``__setitem__`` calls; every call returns new
    objects, as translate() does. A refused pattern's row is its message, thrown as re.translate.js throws it
    (the code for it is written only when there is one).
    """
    rows = ",".join(
        _js([pattern, t.message if isinstance(t, Refusal) else
             [list(t.tokens), t.flags, [list(pair) for pair in t.named_groups], t.groups, t.splits]
             + ([[list(pair) for pair in t.risks]] if t.risks else [])])
        for pattern, t in sorted(table.items())
    )
    refused = any(isinstance(t, Refusal) for t in table.values())
    # the groups at risk, a sixth value as re.translate.js returns them (only written when a pattern has some)
    risks = any(isinstance(t, Translation) and t.risks for t in table.values())
    return (
        f"const __m_shared_translations__=new Map([{rows}]);"
        "var translate=function(pattern){"
        "var known=__m_shared_translations__.get(pattern);"
        + ("if(known===undefined||typeof known=='string'){var error=new Error(known||" if refused else
           "if(known===undefined){var error=new Error(")
        + "'m_shared: the regular expression '+JSON.stringify(pattern)+' was not known when this package was built, "
        "so its translation was not published. This is a bug of m_shared (m_shared/regex.py): report it with the code "
        "that makes this pattern');"
        "error.name='MSharedError';throw error;}"
        "var named=dict();"
        "for(var index=0;index<known[2].length;index++){__setitem__(named,known[2][index][0],known[2][index][1]);}"
        + ("return tuple(known.length>5?[known[0].slice(),known[1],named,known[3],known[4],known[5]]:"
           "[known[0].slice(),known[1],named,known[3],known[4]]);};" if risks else
           "return tuple([known[0].slice(),known[1],named,known[3],known[4]]);};")
    )


def _js(value: object) -> str:
    # JSON is JavaScript; ensure_ascii writes every non-ASCII character as \uXXXX (U+2028 and U+2029 too)
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def has_risks(table: Mapping[str, Translation | Refusal]) -> bool:
    """Whether a tabled pattern has groups at risk: re.js then needs :func:`groups_source`."""
    return any(isinstance(t, Translation) and t.risks for t in table.values())


def groups_source() -> str:
    """What re.js gets appended when a pattern has groups at risk (``js_runtime/overlay/re.groups-at-risk.append.js``)."""
    text = (overlay.overlay_dir() / "re.groups-at-risk.append.js").read_text(encoding="utf-8")
    # its header comment is for the reader of js_runtime/ and ships nowhere, as the overlays' headers
    lines = text.splitlines(keepends=True)
    code = next(index for index, line in enumerate(lines) if not line.startswith("//"))
    return "\n" + "".join(lines[code:])  # on a line of its own: re.js need not end with a newline

