"""Stage 2: discover the shared package's modules and the imports between them.

The result, a :class:`ModuleGraph`, is what every later stage walks: which
files exist, what each is called as a Python module, which other shared
modules and which standard-library modules each one imports.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import functools
import hashlib
import io
import os
import sys
import tokenize
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from .config import Config
from .diagnostics import Diagnostic

# Standard-library modules a shared module may import. Each has a Transcrypt
# implementation; which of their parts behave like CPython is for the parity
# corpus to prove. ``typing``-like modules are allowed because lowering removes
# them (annotations do not run in JavaScript).
STDLIB_ALLOWED = ("dataclasses", "datetime", "math", "re")
TYPING_ONLY = ("__future__", "typing", "typing_extensions", "collections.abc", "m_shared.schema")

# How deep a module's syntax tree may nest. Every step after parsing walks the tree recursively: the
# stages here, ruff, semgrep, and in the end the JavaScript parser of the browser or worker, whose
# stack is the tightest: V8 (Node 20) cannot load the module Transcrypt emits for 420 nested lambdas
# or 690 nested `not`s. CPython's own parser stops at 200 nested brackets. A deeper module is reported
# at its deepest point instead of crashing a stage or publishing JavaScript that cannot load.
MAX_NESTING = 300
# Python frames the recursive stages need per level of nesting, with room to spare (Transcrypt's code
# generator takes about five); the limit is raised only while they run, see `recursion_headroom`.
_FRAMES_PER_LEVEL = 20


@dataclasses.dataclass(frozen=True)
class SourceModule:
    name: str  # dotted Python name, e.g. "shared.tax.gstin"
    path: Path  # absolute
    relpath: str  # project-relative POSIX path, e.g. "shared/tax/gstin.py"
    is_package: bool  # an __init__.py
    source: str  # decoded text, exactly as in the file (BOM removed)
    digest: str  # sha256 of the file's bytes


@dataclasses.dataclass
class ModuleGraph:
    modules: dict[str, SourceModule]
    imports: dict[str, set[str]]  # module -> shared modules it imports
    stdlib: dict[str, set[str]]  # module -> allowed stdlib modules it imports
    diagnostics: list[Diagnostic]

    def order(self) -> list[str]:
        """Modules ordered so that each comes after the shared modules it imports (cycles broken by name)."""
        done: list[str] = []
        seen: set[str] = set()

        def visit(name: str, stack: set[str]) -> None:
            if name in seen or name in stack:
                return
            stack.add(name)
            for dep in sorted(self.imports.get(name, ())):
                visit(dep, stack)
            stack.discard(name)
            seen.add(name)
            done.append(name)

        for name in sorted(self.modules):
            visit(name, set())
        return done


def module_name(package: str, relative: Path) -> str:
    parts = [package, *relative.with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


# What resolving one module's imports found, reusable while the module's bytes, the set of module
# names and the modules it imports from are unchanged: (shared imports, stdlib imports, diagnostics,
# the digests of the shared modules it imports, which decide whether `from pkg import x` is valid).
Resolved = tuple[frozenset[str], frozenset[str], tuple[Diagnostic, ...], tuple[tuple[str, str], ...]]


def parse(source: str, relpath: str) -> ast.Module | Diagnostic:
    """The syntax tree of a module, or the diagnostic that says why it has none.

    A syntax error is reported in CPython's words; a module too deeply nested for CPython's parser
    (which raises RecursionError or MemoryError rather than SyntaxError) or for m_shared's stages
    (:data:`MAX_NESTING`) is reported at its deepest point.
    """
    try:
        tree = ast.parse(source, filename=relpath)
    except SyntaxError as error:
        line, col = error.lineno or 1, error.offset or 1
        if error.lineno is None and "\0" in source:  # CPython does not say where the NUL byte is
            line, col = _position(source, source.index("\0"))
        return Diagnostic(relpath, line, col, "build/syntax", f"syntax error: {error.msg}", "fix the Python syntax")
    except (RecursionError, MemoryError):
        line, col = _longest_logical_line(source)
        return _too_deep(relpath, line, col, "nested too deeply for Python's parser")
    depth, node = _deepest(tree)
    if depth > MAX_NESTING:
        return _too_deep(relpath, node.lineno, node.col_offset + 1, f"nested {depth} levels deep")
    return tree


def too_deep(module: SourceModule) -> Diagnostic:
    """The diagnostic for a module that exhausted Python's recursion limit in a later stage after all."""
    tree = parse(module.source, module.relpath)
    if isinstance(tree, Diagnostic):
        return tree
    depth, node = _deepest(tree)
    return _too_deep(module.relpath, getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1,
                     f"nested {depth} levels deep")


def _too_deep(relpath: str, line: int, col: int, what: str) -> Diagnostic:
    return Diagnostic(
        relpath, line, col, "build/nesting",
        f"code {what}: m_shared accepts up to {MAX_NESTING} levels, which every step from the linters to the "
        "browser's JavaScript parser handles",
        "split it: assign parts of a long expression to variables, or turn a long if/elif chain into a dict lookup",
    )


def _deepest(tree: ast.AST) -> tuple[int, ast.AST]:
    """The depth of the deepest located node below ``tree`` and that node (iteratively: any depth)."""
    deepest: tuple[int, ast.AST] = (0, tree)
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest[0] and hasattr(node, "lineno"):
            deepest = (depth, node)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _position(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _longest_logical_line(source: str) -> tuple[int, int]:
    """Where the statement with the most tokens starts: the culprit when the parser gives up on nesting."""
    best, start, count, first = (0, (1, 1)), None, 0, True
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING):
                continue
            if start is None or first:
                start, first = token.start, False
            count += 1
            if token.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                if count > best[0]:
                    best = (count, (start[0], start[1] + 1))
                count, first = 0, True
    except (tokenize.TokenError, SyntaxError, ValueError, SystemError, RecursionError, MemoryError):
        if start is not None and count > best[0]:
            best = (count, (start[0], start[1] + 1))
    return best[1]


@contextlib.contextmanager
def recursion_headroom() -> Iterator[None]:
    """Let the recursive stages (lowering, Transcrypt, linking, the syntax-tree lint) walk a tree of
    :data:`MAX_NESTING` levels. Python's default limit of 1000 frames is too small for that; Python
    frames do not use the C stack on 3.11+, so a higher limit is safe (checked on 3.11 to 3.13)."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, MAX_NESTING * _FRAMES_PER_LEVEL))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def discover(config: Config, cache: dict[tuple[str, str, str], Resolved] | None = None) -> ModuleGraph:
    """Read every ``.py`` file under the source package and resolve its imports.

    ``cache`` (owned by the caller, updated here) skips parsing modules whose bytes did not change.
    """
    modules: dict[str, SourceModule] = {}
    diagnostics, escaping = _escaping_symlinks(config)
    for path in sorted(config.source_dir.rglob("*.py")):
        relative = path.relative_to(config.source_dir)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        relpath = path.relative_to(config.project_dir).as_posix()
        if relpath in escaping:
            continue
        try:
            raw = path.read_bytes()
        except OSError as error:  # a dangling symlink, a directory named x.py, no permission
            diagnostics.append(Diagnostic(relpath, 0, 0, "build/read", f"cannot read the module: {error.strerror}",
                                          "make it a readable file, or remove it"))
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
            diagnostics.append(
                Diagnostic(relpath, line, col, "build/encoding", "file is not valid UTF-8", "save the file as UTF-8")
            )
            continue
        name = module_name(config.package, relative)
        if not all(part.isidentifier() for part in name.split(".")):
            diagnostics.append(
                Diagnostic(relpath, 1, 1, "build/module-name", f"{relpath!r} is not importable as a Python module",
                           "rename it to a valid Python identifier")
            )
            continue
        normal = unicodedata.normalize("NFKC", name)
        if normal != name:
            # Python normalises identifiers (NFKC), so `import` looks for the normalised file name and
            # never finds this one; macOS may also store the name differently from how it was typed.
            diagnostics.append(Diagnostic(
                relpath, 1, 1, "build/module-name",
                f"{relpath!r} is not importable: Python reads the module name {name!r} as {normal!r}",
                f"rename the file to {'/'.join(normal.split('.')[1:]) or normal}.py (Unicode NFKC form)",
            ))
            continue
        modules[name] = SourceModule(
            name=name,
            path=path,
            relpath=relpath,
            is_package=relative.name == "__init__.py",
            source=text,
            digest=hashlib.sha256(raw).hexdigest(),
        )

    diagnostics.extend(_case_collisions(modules))
    imports: dict[str, set[str]] = {}
    stdlib: dict[str, set[str]] = {}
    names = hashlib.sha256("\n".join(sorted(modules)).encode()).hexdigest()
    fresh: dict[tuple[str, str, str], Resolved] = {}
    for module in modules.values():
        key = (module.relpath, module.digest, names)
        resolved = cache.get(key) if cache is not None else None
        if resolved is not None and any(modules[name].digest != digest for name, digest in resolved[3]):
            resolved = None  # a module it imports from changed: which names it defines may have too
        if resolved is None:
            tree = parse(module.source, module.relpath)
            if isinstance(tree, Diagnostic):  # later stages skip a module with an error
                resolved = (frozenset(), frozenset(), (tree,), ())
            else:
                deps, libs, found = _resolve_imports(module, tree, modules, config.package)
                digests = tuple(sorted((name, modules[name].digest) for name in deps))
                resolved = (frozenset(deps), frozenset(libs), tuple(found), digests)
        fresh[key] = resolved
        imports[module.name], stdlib[module.name] = set(resolved[0]), set(resolved[1])
        diagnostics.extend(resolved[2])
    if cache is not None:
        cache.clear()
        cache.update(fresh)  # only the current modules: a long watch session does not grow it
    return ModuleGraph(modules=modules, imports=imports, stdlib=stdlib, diagnostics=diagnostics)


def _escaping_symlinks(config: Config) -> tuple[list[Diagnostic], set[str]]:
    """Symlinks in the source package that lead out of the project: m_shared reads only the project's files.

    (Symlinks that stay inside are fine: a linked file is read as the module it stands for.)
    """
    diagnostics: list[Diagnostic] = []
    found: set[str] = set()
    project = config.project_dir
    for directory, subdirectories, files in os.walk(config.source_dir):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith(".") and d != "__pycache__")
        for name in sorted([*subdirectories, *files]):
            path = Path(directory, name)
            if name.startswith(".") or not path.is_symlink():
                continue
            resolved = path.resolve()
            if resolved == project or project in resolved.parents:
                continue
            relpath = path.relative_to(project).as_posix()
            found.add(relpath)
            diagnostics.append(Diagnostic(
                relpath, 0, 0, "build/symlink",
                f"symlink to {os.readlink(path)} leads out of the project ({resolved}); "
                "m_shared reads and publishes only files inside the project",
                "copy the file into the shared package, or move the project so that it contains the target",
            ))
    return diagnostics, found


def _case_collisions(modules: dict[str, SourceModule]) -> list[Diagnostic]:
    """Files or directories whose names differ only by case: one file on macOS and Windows checkouts,
    and their published ``.js`` files would overwrite each other there."""
    spellings: dict[str, set[str]] = {}
    for module in modules.values():
        parts = module.relpath.split("/")
        for end in range(1, len(parts) + 1):
            spelled = "/".join(parts[:end])
            spellings.setdefault(spelled.casefold(), set()).add(spelled)
    found = []
    for module in sorted(modules.values(), key=lambda m: m.relpath):
        parts = module.relpath.split("/")
        for end in range(1, len(parts) + 1):
            spelled = "/".join(parts[:end])
            first = min(spellings[spelled.casefold()])
            if first != spelled:
                kind = "file" if end == len(parts) else "directory"
                found.append(Diagnostic(
                    module.relpath, 1, 1, "build/module-name",
                    f"{kind} {spelled!r} differs from {first!r} only by case: on macOS and Windows they are "
                    "the same file, and their published modules would overwrite each other",
                    "rename one of them",
                ))
                break
    return found


def absolute_module(module: SourceModule, level: int, target: str | None) -> str:
    """The absolute name of a relative import ``from <level dots><target> import ...``."""
    base = module.name.split(".")
    if not module.is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


def _resolve_imports(
    module: SourceModule, tree: ast.Module, modules: dict[str, SourceModule], package: str
) -> tuple[set[str], set[str], list[Diagnostic]]:
    deps: set[str] = set()
    libs: set[str] = set()
    diagnostics: list[Diagnostic] = []
    type_checking_nodes = {id(node) for node in _type_checking_blocks(tree)}

    def check(name: str, node: ast.stmt, members: list[str]) -> None:
        head = name.split(".")[0]
        if head == package:
            candidates = [f"{name}.{member}" for member in members if f"{name}.{member}" in modules]
            if name not in modules and not candidates:
                diagnostics.append(Diagnostic(
                    module.relpath, node.lineno, node.col_offset + 1, "build/import",
                    f"no module named {name!r} in the shared package",
                    f"shared modules may import modules under {package}/ and: {', '.join(STDLIB_ALLOWED)}",
                ))
                return
            deps.update(candidates)
            if name in modules:
                deps.add(name)
                # `from pkg import x` where x is neither a module nor defined in pkg: CPython raises
                # ImportError, and the JS would fail to load (e.g. after x.py was deleted)
                defined = _defined_names(modules[name])
                for member in members if "*" not in defined else []:
                    if member != "*" and f"{name}.{member}" not in modules and member not in defined:
                        diagnostics.append(Diagnostic(
                            module.relpath, node.lineno, node.col_offset + 1, "build/import",
                            f"cannot import name {member!r} from {name!r}: no module {name}.{member} "
                            f"and no such name in {modules[name].relpath}",
                            "create the module, define the name, or remove the import",
                        ))
        elif name in TYPING_ONLY or head in TYPING_ONLY:
            return
        elif name in STDLIB_ALLOWED:
            libs.add(name)
        else:
            diagnostics.append(Diagnostic(
                module.relpath, node.lineno, node.col_offset + 1, "build/import",
                f"import of {name!r} is not allowed in shared code: it does not run in the browser or workerd",
                f"import only modules under {package}/ and the standard-library modules {', '.join(STDLIB_ALLOWED)}",
            ))

    for node in ast.walk(tree):
        if id(node) in type_checking_nodes:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                check(alias.name, node, [])
        elif isinstance(node, ast.ImportFrom):
            name = absolute_module(module, node.level, node.module) if node.level else (node.module or "")
            check(name, node, [alias.name for alias in node.names])
    deps.discard(module.name)
    return deps, libs, diagnostics


@functools.lru_cache(maxsize=4096)
def _defined_names(module: SourceModule) -> frozenset[str]:
    """Names a module binds at its top level (definitions, assignments, imports); all if it uses `import *`."""
    tree = parse(module.source, module.relpath)
    if isinstance(tree, Diagnostic):
        return frozenset({"*"})
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return frozenset(names)


# How a module binds a name at its top level, as :func:`top_level_names` reports it, best first: a
# `del` anywhere wins (the name may be gone), then a plain definition, an import, a binding inside a
# compound statement (`if`, `try`, `for`, ...), a `global` statement in a function.
BINDING_KINDS = ("deleted", "defined", "imported", "conditional", "global")


@functools.lru_cache(maxsize=4096)
def top_level_names(module: SourceModule) -> tuple[tuple[str, str, int, str], ...]:
    """The names CPython's module object may have once the module ran: ``(name, kind, line, detail)``.

    ``kind`` is one of :data:`BINDING_KINDS`; ``detail`` is the compound statement's keyword for
    "conditional", what an import binds for "imported" (``shared.messages.REQUIRED``, ``re``) and the
    function for "global". The JavaScript module exports fewer: only names bound unconditionally at its
    top level (and, for a package, what it imports with ``from``), which is why an importer's attribute
    reads are checked against both (compile._check_module_attributes). A module that does not parse
    has none (it is reported itself).
    """
    tree = parse(module.source, module.relpath)
    if isinstance(tree, Diagnostic):
        return ()
    found: dict[str, tuple[str, int, str]] = {}

    def bind(name: str, kind: str, node: ast.AST, detail: str = "") -> None:
        previous = found.get(name)
        if previous is None or BINDING_KINDS.index(kind) < BINDING_KINDS.index(previous[0]):
            found[name] = (kind, getattr(node, "lineno", 1), detail)

    def targets(node: ast.AST) -> Iterator[ast.Name]:  # names a statement binds, not looking into inner scopes
        stack = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, ast.Name) and isinstance(current.ctx, (ast.Store, ast.Del)):
                yield current
            elif not isinstance(current, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                stack.extend(ast.iter_child_nodes(current))

    def statements(body: list[ast.stmt], within: str) -> None:
        for statement in body:
            kind = "conditional" if within else "defined"
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bind(statement.name, kind, statement, within)
                if not isinstance(statement, ast.ClassDef):
                    declared = {n for s in ast.walk(statement) if isinstance(s, ast.Global) for n in s.names}
                    for inner in ast.walk(statement):
                        if isinstance(inner, ast.Name) and inner.id in declared:
                            if isinstance(inner.ctx, ast.Del):
                                bind(inner.id, "deleted", inner)
                            elif isinstance(inner.ctx, ast.Store):
                                bind(inner.id, "global", inner, statement.name)
            elif isinstance(statement, (ast.Import, ast.ImportFrom)):
                if isinstance(statement, ast.ImportFrom):
                    source = absolute_module(module, statement.level, statement.module) if statement.level \
                        else statement.module or ""
                for alias in statement.names:
                    if alias.name == "*":
                        continue
                    name = alias.asname or alias.name.split(".")[0]
                    what = f"{source}.{alias.name}" if isinstance(statement, ast.ImportFrom) else (
                        alias.name if alias.asname else name)
                    bind(name, "imported" if not within else "conditional", statement, what if not within else within)
            elif isinstance(statement, ast.Delete):
                for node in targets(statement):
                    bind(node.id, "deleted", node)
            elif isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Expr)):
                if isinstance(statement, ast.AnnAssign) and statement.value is None:
                    continue
                for node in targets(statement):  # a walrus in an expression statement binds too
                    if not isinstance(statement, ast.AugAssign) or node is not statement.target:
                        bind(node.id, kind, node, within)
            else:  # if / for / while / try / with / match: their bodies run only sometimes
                keyword = within or _KEYWORDS.get(type(statement).__name__, "if")
                headers = [getattr(statement, field) for field in ("test", "iter", "target", "subject")
                           if getattr(statement, field, None) is not None]
                headers += [item for item in getattr(statement, "items", [])]
                for header in headers:
                    for node in targets(header):
                        bind(node.id, "conditional", node, keyword)
                for handler in getattr(statement, "handlers", []):
                    if handler.name:
                        bind(handler.name, "conditional", handler, keyword)
                    statements(handler.body, keyword)
                for case in getattr(statement, "cases", []):
                    for node in ast.walk(case.pattern):
                        for name in (getattr(node, "name", None), getattr(node, "rest", None)):
                            if isinstance(name, str):
                                bind(name, "conditional", node, keyword)
                    statements(case.body, keyword)
                for field in ("body", "orelse", "finalbody"):
                    statements(getattr(statement, field, []), keyword)

    statements(tree.body, "")
    return tuple(sorted((name, *how) for name, how in found.items()))


_KEYWORDS = {"If": "if", "For": "for", "AsyncFor": "for", "While": "while", "Try": "try", "TryStar": "try",
             "With": "with", "AsyncWith": "with", "Match": "match"}


def _type_checking_blocks(tree: ast.Module) -> list[ast.AST]:
    """Every node inside an ``if TYPE_CHECKING:`` body: imports there never run."""
    inside: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and is_type_checking_test(node.test):
            for statement in node.body:
                inside.extend(ast.walk(statement))
    return inside


def is_type_checking_test(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )
