"""Part of stage 6 (link): the library published as one ES module.

The library (Transcrypt's runtime and the stdlib modules the shared code imports, after
:mod:`m_shared.shake`) was one file per module. Every page fetched each of them, gzipped on its
own; as one file they compress together: the demo app's 5 library files took 2.0 KB more gzipped
than the same code in one. The bundle keeps the runtime's file name
(``org.transcrypt.__runtime__.js``), which every shared module imports already, and holds:

1. a namespace object for each module that something imports as a namespace (``import * as re``):
   one getter per export that code can name, so that it follows the module's bindings as an ES namespace object does
   (``var re$ = {__proto__: null, get compile () {return compile}, ...}``), declared first, so that
   a module that reads it in an import cycle sees what ES would show it;
2. each module's code, in the order ES would run the modules (a module after those it imports; the
   runtime first), without its imports, and with each name it imported renamed to the binding it
   names; a top-level name that an earlier module declares, or that another module reads as a
   global, is renamed ``name$module``;
3. one export clause: the runtime's exports keep their names (and their ``export`` keywords); the
   export ``x`` of another module ``m`` is exported as ``m$x`` (dots in ``m`` written ``_``), its
   namespace object as ``m$``. No Python name contains ``$``, so these names are the library's own.

Shared modules import library names through :func:`import_statement` (``import {date} from
'./datetime.js'`` becomes ``import {datetime$date as date} from './org.transcrypt.__runtime__.js'``),
and :func:`unbundled_name` reads them back for the shaker.
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterable, Mapping

from tree_sitter import Node

from m_shared.shake import (
    RESERVED,
    RUNTIME_FILE,
    RUNTIME_MODULE,
    Chain,
    _parser,
    _Reader,
    _string_value,
    _text,
    _walk,
    binding_scope,
    edited,
    renaming,
    scoped_identifiers,
)

_LIBRARY_SOURCE = re.compile(r"^\./([\w.]+)\.js$")


class BundleError(Exception):
    """The library's code has a form the bundler does not handle (not the Transcrypt this was written for)."""


def key(module: str) -> str:
    """``re.translate`` -> ``re_translate``: the prefix of the module's names in the bundle."""
    return module.replace(".", "_")


def exported_name(module: str, name: str | None) -> str:
    """The bundle's name for export ``name`` of ``module`` (its namespace object for None)."""
    if module == RUNTIME_MODULE and name is not None:
        return name
    return f"{key(module)}${name or ''}"


_HEADER = re.compile(r"^// Transcrypt's runtime and stdlib modules \(([^)]*)\), bundled by m_shared$", re.MULTILINE)


def bundled_modules(text: str) -> list[str]:
    """The library modules in a bundle, as its first line lists them (in the order they run)."""
    match = _HEADER.search(text.partition("\n")[0])
    return match.group(1).split(", ") if match else []


def unbundled_name(name: str, modules: Iterable[str]) -> tuple[str, str | None] | None:
    """The module and export (None: its namespace) that a bundle name stands for, or None for a runtime name."""
    prefix, dollar, rest = name.partition("$")
    if not dollar:
        return None
    by_key = {key(module): module for module in modules}
    module = by_key.get(prefix)
    if module is None:
        return None
    return module, rest or None


def import_statement(names: list[tuple[str | None, str]], module: str) -> str:
    """An import of ``module``'s exports (``(exported, local)``; exported None: the namespace) from the bundle."""
    specifiers = []
    for exported, local in names:
        bundled = exported_name(module, exported)
        specifiers.append(bundled if bundled == local else f"{bundled} as {local}")
    return f"import{{{','.join(specifiers)}}}from'./{RUNTIME_FILE}';"


class _Module:
    def __init__(self, name: str, text: str):
        self.name = name
        self.text = text
        self.tree = _parser().parse(text.encode("utf-8"))
        if self.tree.root_node.has_error:
            raise BundleError(f"{name}: does not parse")
        root = self.tree.root_node
        self.reader = _Reader(root)
        self.imports: dict[str, tuple[str, str | None]] = {}  # local name -> (module, exported name or None)
        self.sources: list[str] = []  # the modules it imports, in order
        self.exports: dict[str, str] = {}  # exported name -> local name
        self.listed: dict[str, str] = {}  # the exports of its export clauses (removed: the bundle lists them)
        self.removed: list[tuple[int, int, str]] = []  # byte ranges to replace
        for node in root.children:
            if node.type == "import_statement":
                self._read_import(node)
            elif node.type == "export_statement":
                self._read_export(node)
        self.top_level = set(self.reader.bindings.get(root.id, set()))
        self.declared = self.top_level - set(self.imports)
        self.references = self._references(root)

    def _read_import(self, node: Node) -> None:
        source = node.child_by_field_name("source")
        match = _LIBRARY_SOURCE.match(_string_value(source)) if source is not None else None
        if match is None:
            raise BundleError(f"{self.name}: an import of {_text(source)} is not one of a library module")
        target = match.group(1)
        self.sources.append(target)
        for child in _walk(node):
            if child.type == "import_specifier":
                name = _text(child.child_by_field_name("name"))
                local = child.child_by_field_name("alias") or child.child_by_field_name("name")
                self.imports[_text(local)] = (target, name)
            elif child.type == "namespace_import":
                local = next(c for c in child.named_children if c.type == "identifier")
                self.imports[_text(local)] = (target, None)
            elif child.type == "import_clause" and any(c.type == "identifier" for c in child.children):
                raise BundleError(f"{self.name}: a default import")
        self.removed.append((node.start_byte, node.end_byte, ""))

    def _read_export(self, node: Node) -> None:
        if node.child_by_field_name("source") is not None or any(c.type == "default" for c in node.children):
            raise BundleError(f"{self.name}: a re-export or default export")
        declaration = node.child_by_field_name("declaration")
        if declaration is not None:
            for name in _declared(declaration):
                self.exports[name] = name
            if self.name != RUNTIME_MODULE:  # the runtime keeps its `export` keywords: its names stay
                self.removed.append((node.start_byte, declaration.start_byte, ""))
            return
        clause = next((c for c in node.named_children if c.type == "export_clause"), None)
        if clause is None:
            raise BundleError(f"{self.name}: an export of an unknown form")
        for specifier in clause.named_children:
            if specifier.type == "export_specifier":
                local = _text(specifier.child_by_field_name("name"))
                alias = specifier.child_by_field_name("alias")
                self.exports[_text(alias) if alias is not None else local] = local
                self.listed[_text(alias) if alias is not None else local] = local
        self.removed.append((node.start_byte, node.end_byte, ""))

    def _references(self, root: Node) -> dict[str, list[tuple[Node, Chain | None]]]:
        """Every identifier that names a top-level binding or a global, with its chain of inner scopes."""
        bindings = self.reader.bindings
        found: dict[str, list[tuple[Node, Chain | None]]] = collections.defaultdict(list)
        for node, chain in scoped_identifiers(root, bindings, skip=frozenset({"import_statement"})):
            if node.id in bindings:
                continue  # a scope
            scope = binding_scope(_text(node), chain, bindings)
            if scope is None or scope[0] == root.id:
                found[_text(node)].append((node, chain))
        return found


def _declared(declaration: Node) -> list[str]:
    if declaration.type in ("function_declaration", "generator_function_declaration", "class_declaration"):
        return [_text(declaration.child_by_field_name("name"))]
    names = []
    for declarator in declaration.named_children:
        if declarator.type == "variable_declarator":
            target = declarator.child_by_field_name("name")
            if target is None or target.type != "identifier":
                raise BundleError("an exported destructuring declaration")
            names.append(_text(target))
    return names


def bundle(
    texts: Mapping[str, str], imported: Iterable[tuple[str, str | None]] = (), attributes: frozenset[str] | None = None,
) -> str:
    """The library modules ``texts`` (module name -> code, the runtime among them) as one ES module.

    ``imported``: what the shared code imports from library modules other than the runtime, as
    ``(module, export)``, or ``(module, None)`` for an import as a namespace; the bundle exports
    these (and all the runtime exports). Modules the library itself imports as a namespace get a
    namespace object too. ``attributes``: the attribute names the published code can reach (see
    :func:`m_shared.shake.shaken_library`; None: any): a namespace object has getters for those of its
    module's exports only (``re.IGNORECASE``, which re's own code reads, gets none when no code names it).
    """
    return _bundle(tuple(sorted(texts.items())), frozenset(imported), attributes)


# Each build (each save, under --watch) links the library again: the same texts, most times (the shaker's
# result is cached too), and bundling them parses ~120 KB of JavaScript (~80 ms)
@functools.lru_cache(maxsize=4)
def _bundle(
    texts: tuple[tuple[str, str], ...], imported: frozenset[tuple[str, str | None]], attributes: frozenset[str] | None,
) -> str:
    namespaces = {module for module, exported in imported if exported is None}
    modules = {name: _Module(name, text) for name, text in texts}
    if RUNTIME_MODULE not in modules:
        raise BundleError("no runtime")
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in visiting:
            return
        if name not in modules:
            raise BundleError(f"{name} is imported but not in the library")
        visiting.add(name)
        for source in modules[name].sources:
            visit(source)
        visiting.discard(name)
        order.append(name)

    for name in [RUNTIME_MODULE, *sorted(modules)]:
        visit(name)

    wanted = {m for m in namespaces if m in modules and m != RUNTIME_MODULE}
    wanted |= {target for module in modules.values() for target, exported in module.imports.values() if exported is None}
    if RUNTIME_MODULE in wanted:
        raise BundleError("the runtime imported as a namespace")
    # Names no module may declare: globals any module reads, the namespace objects and the export names
    free = {name for module in modules.values() for name in module.references if name not in module.top_level}
    taken: set[str] = set(free) | {exported_name(m, None) for m in modules} | set(RESERVED)
    final: dict[tuple[str, str], str] = {}  # (module, declared name) -> name in the bundle
    for name in order:
        module = modules[name]
        for declared in sorted(module.declared):
            new = declared
            if name == RUNTIME_MODULE:  # keeps its names
                # A module reading a runtime export as a global without importing it (datetime.js reads
                # OverflowError: a ReferenceError when reached) gets the builtin its Python source meant;
                # a name the runtime keeps to itself must not capture another module's global
                if declared not in module.exports and any(
                    declared in other.references and declared not in other.top_level for other in modules.values()
                ):
                    raise BundleError(f"the runtime declares {declared}, which another library module reads as a global")
            elif new in taken:
                new = f"{declared}${key(name)}"
                while new in taken:
                    new += "$"
            final[(name, declared)] = new
            taken.add(new)

    def resolve(module_name: str, local: str, seen: tuple = ()) -> str:
        module = modules[module_name]
        if local in module.imports:
            target, exported = module.imports[local]
            if exported is None:
                return exported_name(target, None)
            target_module = modules[target]
            if exported not in target_module.exports:
                raise BundleError(f"{module_name} imports {exported}, which {target} does not export")
            if (target, exported) in seen:
                raise BundleError(f"an import cycle of {exported}")
            return resolve(target, target_module.exports[exported], (*seen, (target, exported)))
        return final[(module_name, local)]

    parts: list[str] = [f"// Transcrypt's runtime and stdlib modules ({', '.join(order)}), bundled by m_shared\n"]
    for target in sorted(wanted):
        getters = ",".join(
            f"get {exported}(){{return {resolve(target, local)}}}"
            for exported, local in sorted(modules[target].exports.items())
            if attributes is None or exported in attributes
        )
        parts.append(f"var {exported_name(target, None)}={{__proto__:null,{getters}}};\n")
    clause: list[str] = []
    for name in order:
        module = modules[name]
        edits = list(module.removed)
        for local, occurrences in module.references.items():
            if local not in module.top_level:
                continue
            new = resolve(name, local)
            if new == local:
                continue
            for node, chain in occurrences:
                inner = chain
                while inner is not None and inner[0] != module.tree.root_node.id:
                    if new in module.reader.bindings[inner[0]]:
                        raise BundleError(f"{name}: {local} renamed {new} would be shadowed")
                    inner = inner[1]
                edits.append(renaming(node, local, new))
        # a renaming inside a removed statement goes with it
        parts.append(edited(module.text, edits).strip("\n") + "\n")  # its first line names it
        exports = {e: local for e, local in module.exports.items() if (name, e) in imported} \
            if name != RUNTIME_MODULE else module.listed
        for exported, local in sorted(exports.items()):
            bundled, as_named = resolve(name, local), exported_name(name, exported)
            clause.append(bundled if bundled == as_named else f"{bundled} as {as_named}")
    clause.extend(exported_name(target, None) for target in sorted(namespaces & wanted))
    if clause:
        parts.append(f"export{{{','.join(clause)}}};\n")
    return "".join(parts)
