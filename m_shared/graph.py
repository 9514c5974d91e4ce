"""Stage 2: discover the shared package's modules and the imports between them.

The result, a :class:`ModuleGraph`, is what every later stage walks: which
files exist, what each is called as a Python module, which other shared
modules and which standard-library modules each one imports.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
from pathlib import Path

from .config import Config
from .diagnostics import Diagnostic

# Standard-library modules a shared module may import. Each has a Transcrypt
# implementation; which of their parts behave like CPython is for the parity
# corpus to prove. ``typing``-like modules are allowed because lowering removes
# them (annotations do not run in JavaScript).
STDLIB_ALLOWED = ("dataclasses", "datetime", "math", "re")
TYPING_ONLY = ("__future__", "typing", "typing_extensions", "collections.abc", "m_shared.schema")


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


def discover(config: Config, cache: dict[tuple[str, str, str], Resolved] | None = None) -> ModuleGraph:
    """Read every ``.py`` file under the source package and resolve its imports.

    ``cache`` (owned by the caller, updated here) skips parsing modules whose bytes did not change.
    """
    modules: dict[str, SourceModule] = {}
    diagnostics: list[Diagnostic] = []
    for path in sorted(config.source_dir.rglob("*.py")):
        relative = path.relative_to(config.source_dir)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        relpath = path.relative_to(config.project_dir).as_posix()
        raw = path.read_bytes()
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
                Diagnostic(relpath, 0, 0, "build/module-name", f"{relpath!r} is not importable as a Python module",
                           "rename it to a valid Python identifier")
            )
            continue
        modules[name] = SourceModule(
            name=name,
            path=path,
            relpath=relpath,
            is_package=relative.name == "__init__.py",
            source=text,
            digest=hashlib.sha256(raw).hexdigest(),
        )

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
            try:
                tree = ast.parse(module.source, filename=module.relpath)
            except SyntaxError:
                tree = None  # reported by the lower stage, which parses every module anyway
            if tree is None:
                resolved = (frozenset(), frozenset(), (), ())
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
    try:
        tree = ast.parse(module.source)
    except SyntaxError:
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
