"""Stage 6: link compiled modules into the file tree every target publishes.

For each shared module ``shared/a/b.py`` a target holds:

* ``a/b.js`` - the public ES module: each Python export wrapped by the
  js_runtime boundary, so it takes and returns plain JS values;
* ``a/b.js.map`` and ``a/b.d.ts`` - its sourcemap and type declarations;
* ``_m_shared/shared.a.b.js`` (+ ``.map``) - Transcrypt's output, which shared
  modules import from each other, beside the library (Transcrypt's runtime and
  the stdlib modules, one file: :mod:`m_shared.bundle`) and the js_runtime.

The result is a mapping of target-relative paths to bytes; ``publish`` writes
it. Nothing here depends on the machine, the checkout path or the clock.
"""

from __future__ import annotations

import ast
import json
import posixpath
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from . import bundle, overlay, regex, shake, sourcemap
from .compile import RUNTIME_MODULE, CompiledModule, Library, minify
from .config import DEFAULT_PYTHON
from .graph import SourceModule
from .lower import type_aliases

PRIVATE_DIR = "_m_shared"
MANIFEST = "manifest.json"
_JS_RUNTIME_FILES = ("interop.js",)


def js_runtime_dir() -> Path:
    """The js_runtime sources: packaged with the wheel, or beside the package in a checkout."""
    packaged = Path(__file__).parent / "_data" / "js_runtime" / "src"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "js_runtime" / "src"


def public_path(module: SourceModule, package: str) -> str:
    """``shared/a/b.py`` -> ``a/b.js``; ``shared/a/__init__.py`` -> ``a/__init__.js``."""
    parts = module.name.split(".")[1:]
    if module.is_package:
        parts.append("__init__")
    return "/".join(parts) + ".js"


def package_path(module: SourceModule) -> str:
    """The module's path as devtools should show it: ``shared/a/b.py`` (package-relative, stable)."""
    parts = module.name.split(".")
    if module.is_package:
        parts.append("__init__")
    return "/".join(parts) + ".py"


def link_library(
    library: Library, imported: set[str], needed: frozenset[str], translations: Mapping[str, regex.Translation] | None = None,
    python: tuple[int, int] = DEFAULT_PYTHON,
) -> dict[str, bytes]:
    """Transcrypt's runtime, the stdlib modules the shared code imports (and what they import), js_runtime.

    ``needed``: the words of the published shared modules; the library keeps what they (and
    js_runtime, published with them) reach, see :mod:`m_shared.shake`. ``translations``: every
    regular expression the shared code can compile, translated at build time (see
    :mod:`m_shared.regex`), or None when that is not known: with them ``re`` looks translations up
    in a table and ``re.translate`` is left out, unless the shaken ``re`` still compiles patterns
    made at run time (none does since re.match-spans.edit.json: Match.start(g) and Match.end(g) compiled the
    text a group matched). The
    library is published as one file (:mod:`m_shared.bundle`), beside the js_runtime's. ``python``: the
    CPython version (``tool.m_shared.python``) whose behaviour the runtime keeps, see :func:`m_shared.overlay.specialize`.
    """
    modules = {RUNTIME_MODULE}
    pending = [RUNTIME_MODULE, *sorted(imported)]
    while pending:  # library modules import each other (re imports re.translate): follow their imports
        name = pending.pop()
        modules.add(name)
        text = library.files.get(f"{name}.js", "")
        pending.extend(found for found in _LIBRARY_IMPORT.findall(text) if found not in modules)
    texts: dict[str, str] = {}
    runtime_dir = js_runtime_dir()
    for name in _JS_RUNTIME_FILES:
        source = (runtime_dir / name).read_text(encoding="utf-8")
        # what it names is read before its own top-level names are short: as words, `e` or `b` would keep
        # library attributes of those names (math.e)
        needed = needed.union(shake.words(minify(source)))
        texts[f"{PRIVATE_DIR}/m_shared.{name}"] = minify(source, private=True)
    needed = _unbundled(needed, modules)
    sources = {name: overlay.specialize(library.files[f"{name}.js"], python) for name in modules}
    shaken = None
    if translations is not None and "re" in sources and sources["re"].count(_TRANSLATE_IMPORT) == 1:
        tabled = {name: text for name, text in sources.items() if name != "re.translate"}
        tabled["re"] = sources["re"].replace(_TRANSLATE_IMPORT, regex.table_source(translations))
        if regex.has_risks(translations):  # a pattern whose groups JavaScript gives differently: reading them throws
            tabled["re"] += regex.groups_source()
        shaken, attributes = shake.shaken_library(tabled, imported, needed)
        if _compiles_at_run_time(shaken.get("re", "")):
            shaken = None
    if shaken is None:
        if "re" in sources:  # patterns made at run time may have groups JavaScript gives differently
            sources["re"] += regex.groups_source()
        shaken, attributes = shake.shaken_library(sources, imported, needed)
    reached = [
        (module, name or None)
        for root in needed if root.startswith(">") and ":" in root
        for module, _, name in [root[1:].rpartition(":")] if module in shaken and module != RUNTIME_MODULE and name
    ]
    reached += [(root[1:], None) for root in needed if root.startswith("*") and root[1:] in shaken]
    texts[f"{PRIVATE_DIR}/{shake.RUNTIME_FILE}"] = shake.mangle(bundle.bundle(shaken, reached, attributes), private=True)
    return {path: text.encode("utf-8") for path, text in sorted(texts.items())}


def _unbundled(roots: frozenset[str], modules: set[str]) -> frozenset[str]:
    """What the published code names (:func:`m_shared.shake.words`), with its imports of library names from the
    bundle (``>org.transcrypt.__runtime__:datetime$date``, see :func:`_bundled_imports`) read as imports of the
    library modules they come from (``>datetime:date``, and ``*re`` for ``re$``, a module imported as a namespace)."""
    prefix = f">{RUNTIME_MODULE}:"
    out = set(roots)
    for root in roots:
        if root.startswith(prefix):
            found = bundle.unbundled_name(root[len(prefix):], modules)
            if found is not None:
                module, name = found
                out.add(f">{module}:{name or ''}")
                out.add(f">{module}:")
                if name is None:
                    out.add(f"*{module}")
    return frozenset(out)


# re.js's import of Transcrypt's translator, minified (compile.library): replaced by the table of translations
_TRANSLATE_IMPORT = "import{translate}from'./re.translate.js';"


def _compiles_at_run_time(re_js: str) -> bool:
    """Whether the shaken ``re.js`` can compile a pattern not written in the shared code.

    Transcrypt's Match.start(g) and Match.end(g) compiled ``escape(<text a group matched>)``;
    js_runtime/overlay/re.match-spans.edit.json replaced that with the match's own indices. A guard: should
    such a call come back (another edit, a new Transcrypt), the translator is published again.
    """
    return re.search(r"\bcompile\s*\(\s*escape\s*\(", re_js) is not None


# Library modules are minified: an import is not necessarily on a line of its own
_LIBRARY_IMPORT = re.compile(r"\bimport\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*'\./([\w.]+)\.js'")


def manifest(digests: dict[str, str]) -> bytes:
    """``manifest.json``: every other published file with its sha256."""
    document = {"generator": "m_shared", "files": dict(sorted(digests.items()))}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def link_module(module: SourceModule, compiled: CompiledModule) -> dict[str, bytes]:
    """The files of one shared module: public wrapper, its map and types, Transcrypt's output and its map.

    A module of only a docstring has no public wrapper (see below).
    """
    raw_name = f"{compiled.name}.js"
    source_url = package_path(module)
    # lines as Python numbers them: str.splitlines() would also split at form feeds and U+2028
    source_lines = re.split(r"\r\n|\r|\n", module.source)
    raw_map = sourcemap.dumps(
        file=raw_name,
        source=source_url,
        source_text=module.source,
        lines=[_position(number, source_lines) for number in compiled.source_lines],
    )
    # Only the import lines and the spaces within lines change: the sourcemap's lines stay right. The first
    # line, Transcrypt's colophon, is left empty: every page would fetch it, and the file's last lines name
    # the Python source
    code = "\n" + compiled.code.partition("\n")[2] if compiled.code.startswith("// Transcrypt") else compiled.code
    pruned = shake.prune_imports(code + _registration(module, compiled), ("__m_shared_register__",))
    if "set" in shake.runtime_imports(pruned):
        # a module that makes sets: the runtime's set operators ({1} | {2}, s -= t, see
        # js_runtime/overlay/set_operators.extend.js) are installed by importing this name; a program
        # without sets ships none of them
        pruned = shake.prune_imports(pruned, ("__m_shared_set_operators__",))
    raw_code = shake.compact(_bundled_imports(pruned, module.name.split(".")[0])) + f"//# sourceMappingURL={raw_name}.map\n"

    private_files = {
        f"{PRIVATE_DIR}/{raw_name}": raw_code.encode("utf-8"),
        f"{PRIVATE_DIR}/{raw_name}.map": raw_map.encode("utf-8"),
    }
    if _only_docstring(module):
        # A module of nothing but a docstring (a package's __init__.py, mostly): its public module would
        # export nothing and do nothing, and cost ~0.2 KB gzipped; the raw one is published only if another
        # module imports it (`import pkg`, see unreached)
        return private_files
    public = public_path(module, module.name.split(".")[0])
    public_dir = posixpath.dirname(public)
    private = posixpath.relpath(PRIVATE_DIR, public_dir) if public_dir else f"./{PRIVATE_DIR}"
    wrapper, wrapper_lines = _wrapper(module, compiled, private)
    wrapper += f"//# sourceMappingURL={posixpath.basename(public)}.map\n"
    wrapper_map = sourcemap.dumps(
        file=posixpath.basename(public),
        source=posixpath.relpath(f"{PRIVATE_DIR}/{source_url}", public_dir or "."),
        source_text=module.source,
        lines=[_position(number, source_lines) for number in wrapper_lines],
    )
    return {
        **private_files,
        public: wrapper.encode("utf-8"),
        f"{public}.map": wrapper_map.encode("utf-8"),
        public[: -len(".js")] + ".d.ts": _declarations(module).encode("utf-8"),
    }


_IMPORT_NAMES = re.compile(r"import\s*\{([^}]*)\}\s*from\s*'\./([\w.]+)\.js';")
_IMPORT_NAMESPACE = re.compile(r"import\s*\*\s*as\s+([\w$]+)\s+from\s*'\./([\w.]+)\.js';")


def _bundled_imports(text: str, package: str) -> str:
    """Imports of library modules (``import {date} from './datetime.js'``) as imports from the bundle."""

    def library(module: str) -> bool:
        return module != RUNTIME_MODULE and module != package and not module.startswith(f"{package}.")

    def names(match: re.Match) -> str:
        if not library(match.group(2)):
            return match.group(0)
        specifiers = []
        for specifier in filter(None, (part.strip() for part in match.group(1).split(","))):
            exported, _, local = specifier.partition(" as ")
            specifiers.append((exported.strip(), (local or exported).strip()))
        return bundle.import_statement(specifiers, match.group(2))

    def namespace(match: re.Match) -> str:
        if not library(match.group(2)):
            return match.group(0)
        return bundle.import_statement([(None, match.group(1))], match.group(2))

    return _IMPORT_NAMESPACE.sub(namespace, _IMPORT_NAMES.sub(names, text))


def unreached(name: str, paths: Iterable[str], needed: frozenset[str]) -> bool:
    """Whether a module's files can be left out: it has no public module (only a docstring, see
    :func:`link_module`) and no published module imports its raw one (``needed``: what they name, see
    :func:`m_shared.shake.words`)."""
    return all(path.startswith(f"{PRIVATE_DIR}/") for path in paths) and f">{name}:" not in needed


def _only_docstring(module: SourceModule) -> bool:
    """Whether the module has no code, and no examples in its docstring for `m shared verify` to run."""
    tree = ast.parse(module.source)
    docstring = ast.get_docstring(tree, clean=False) or ""
    body = tree.body[1:] if docstring else tree.body
    return ">>>" not in docstring and all(isinstance(statement, ast.Pass) for statement in body)


def _position(number: int, source_lines: list[str]) -> tuple[int, int] | None:
    if number <= 0 or number > len(source_lines):
        return None
    line = source_lines[number - 1]
    return number, len(line) - len(line.lstrip())


def _public_definitions(tree: ast.Module) -> list[ast.stmt]:
    """Module-level definitions a JS caller may import: public functions, classes and constants."""
    found: dict[str, ast.stmt] = {}
    for statement in tree.body:
        if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            found[statement.name] = statement
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                if isinstance(target, ast.Name) and statement.value is not None:
                    found[target.id] = statement
    return [statement for name, statement in found.items() if not name.startswith("_")]


def _definition_name(statement: ast.stmt, js_names: dict[str, str]) -> list[str]:
    if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
        return [statement.name]
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_") and t.id in js_names]


def _line_table(module: SourceModule, compiled: CompiledModule) -> tuple[list[str], list[list[int]]]:
    """Where each line of the raw module comes from: ``[js_line, py_line, function]`` breakpoints.

    ``function`` indexes the returned list of qualified names (``OrderError.__init__``), because
    Transcrypt compiles methods to anonymous JS functions whose frames would carry no name.
    """
    enclosing: dict[int, str] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                for line in range(child.lineno, (child.end_lineno or child.lineno) + 1):
                    enclosing[line] = name  # inner definitions come later and win
                visit(child, f"{name}.")
            else:
                visit(child, prefix)

    visit(ast.parse(module.source), "")
    names = ["<module>"]
    table: list[list[int]] = []
    for index, number in enumerate(compiled.source_lines, start=1):
        name = enclosing.get(number, "<module>")
        if name not in names:
            names.append(name)
        entry = [index, number, names.index(name)]
        if not table or table[-1][1:] != entry[1:]:
            table.append(entry)
    return names, table


def _registration(module: SourceModule, compiled: CompiledModule) -> str:
    """The line appended to Transcrypt's output that registers its line table with the runtime.

    The table lets the js_runtime name the Python file and line of an error thrown by JS itself, and
    print Python tracebacks, without fetching sourcemaps (workerd cannot). It is registered by the
    module itself, not by its public wrapper: a module that callers reach only through another one's
    imports (a worker importing orders.js, which imports tax/gst.py's code) has frames in tracebacks too.
    Appended after the code, so the sourcemap's lines stay right. The table is a string of base64
    VLQ numbers, the differences of each row from the one before, as sourcemaps write them: a third
    of the bytes of the JSON array, gzipped. The runtime's ``__m_shared_register__``
    (js_runtime/overlay/line_tables.extend.js) is in the runtime import Transcrypt writes on the
    module's second line; the raw file's name follows from the Python file's, and the first name is
    always ``<module>``: both are left out.
    """
    names, table = _line_table(module, compiled)
    arguments = json.dumps([package_path(module), names[1:], sourcemap.encode_rows(table)], separators=(",", ":"))
    if f"{compiled.name}.js" != _raw_file(package_path(module)):
        raise AssertionError(f"{compiled.name}: its raw file does not follow from {package_path(module)}")
    return f"__m_shared_register__({arguments[1:-1]});\n"


def _raw_file(python_file: str) -> str:
    """``shared/tax/__init__.py`` -> ``shared.tax.js``, as __m_shared_register__ derives it."""
    return re.sub(r"(/__init__)?\.py$", "", python_file).replace("/", ".") + ".js"


def _wrapper(module: SourceModule, compiled: CompiledModule, private: str) -> tuple[str, list[int]]:
    """The public module: one line per export, mapped to the Python line that defines it.

    Its own bindings start with ``$`` (``$`` the raw module, ``$f``/``$v``/``$e`` the js_runtime's
    helpers), which no Python name does; an export whose name JavaScript cannot declare (``case``,
    non-ASCII) is declared under another name and exported under its own.
    """
    tree = ast.parse(module.source)
    # No header comment: this file is sent to every page; its sourcemap and .d.ts name the source
    lines = [f"import*as $ from'{private}/{compiled.name}.js';"]
    numbers = [0]
    exported: set[str] = set()
    for statement in _public_definitions(tree):
        for name in _definition_name(statement, compiled.js_names):
            js_name = compiled.js_names.get(name)
            if js_name is None or js_name not in compiled.exports or name in exported:
                continue
            exported.add(name)
            if isinstance(statement, ast.FunctionDef):
                arguments = statement.args
                # exportFunction's arguments, the trailing ones left out while they have their defaults
                metadata = [
                    f"{compiled.name}.{name}",
                    len(arguments.posonlyargs) + len(arguments.args),
                    [argument.arg for argument in arguments.kwonlyargs],
                    is_standard_schema(statement),
                ]
                while len(metadata) > 1 and metadata[-1] in (0, [], False):
                    metadata.pop()
                value = f"$f($.{js_name},{','.join(json.dumps(item, separators=(',', ':')) for item in metadata)})"
            elif isinstance(statement, ast.ClassDef) and _is_exception_class(statement, tree):
                value = f"$e($.{js_name})"
            elif isinstance(statement, ast.ClassDef):
                value = f"$.{js_name}"
            else:
                value = f"$v($.{js_name})"
            if _DECLARABLE.match(name) and name not in shake.RESERVED:
                lines.append(f"export const {name}={value};")
            else:
                lines.append(f"const $_{len(exported)}={value};export{{$_{len(exported)} as {_export_name(name)}}};")
            numbers.append(statement.lineno)
    used = [f"{helper} as {local}" for helper, local in _HELPERS.items() if any(f"{local}(" in line for line in lines)]
    if used:
        lines.insert(1, f"import{{{','.join(used)}}}from'{private}/m_shared.interop.js';")
        numbers.insert(1, 0)
    return "\n".join(lines) + "\n", numbers


_HELPERS = {"exportFunction": "$f", "exportValue": "$v", "errorClassFor": "$e"}  # js_runtime's, as the wrappers name them
_DECLARABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_standard_schema(function: ast.FunctionDef) -> bool:
    """Decorated with ``m_shared.schema.standard_schema``: published as a Standard Schema V1 object too."""
    return any(
        (decorator.id if isinstance(decorator, ast.Name) else getattr(decorator, "attr", None)) == "standard_schema"
        for decorator in function.decorator_list
    )


def _export_name(name: str) -> str:
    return name if name.isascii() else json.dumps(name)


def _is_exception_class(node: ast.ClassDef, tree: ast.Module) -> bool:
    local_classes = {s.name: s for s in tree.body if isinstance(s, ast.ClassDef)}
    seen: set[str] = set()
    pending = list(node.bases)
    while pending:
        base = pending.pop()
        name = base.id if isinstance(base, ast.Name) else base.attr if isinstance(base, ast.Attribute) else ""
        if name in seen:
            continue
        seen.add(name)
        if name.endswith(("Error", "Exception")) or name in {"BaseException", "Warning"}:
            return True
        if name in local_classes:
            pending.extend(local_classes[name].bases)
    return False


# ---- type declarations --------------------------------------------------------------------------
_SIMPLE_TYPES = {
    "str": "string", "int": "number", "float": "number", "bool": "boolean", "None": "null",
    "Any": "unknown", "object": "unknown", "dict": "Record<string, unknown>", "list": "unknown[]",
    "tuple": "unknown[]", "set": "unknown[]", "frozenset": "unknown[]",
}
_SEQUENCES = {"list", "List", "Sequence", "Iterable", "set", "Set", "frozenset", "FrozenSet", "MutableSequence"}
_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping"}


def _ts_type(node: ast.expr | None, known: set[str]) -> str:
    if node is None:
        return "unknown"
    if isinstance(node, ast.Constant):
        if node.value is None:
            return "null"
        if isinstance(node.value, str):
            try:
                return _ts_type(ast.parse(node.value, mode="eval").body, known)
            except SyntaxError:
                return "unknown"
        return "unknown"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return f"{_union_member(_ts_type(node.left, known))} | {_union_member(_ts_type(node.right, known))}"
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
    if name == "Callable" and name not in known:
        return _callable_type(None, None, known)
    if name is not None:
        return name if name in known else _SIMPLE_TYPES.get(name, "unknown")
    if isinstance(node, ast.Subscript):
        head = node.value.id if isinstance(node.value, ast.Name) else getattr(node.value, "attr", "")
        items = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head in _SEQUENCES:
            return f"Array<{_ts_type(items[0], known)}>"
        if head in _MAPPINGS and len(items) == 2:
            return f"Record<string, {_ts_type(items[1], known)}>"
        if head in {"tuple", "Tuple"}:
            if len(items) == 2 and isinstance(items[1], ast.Constant) and items[1].value is Ellipsis:
                return f"Array<{_ts_type(items[0], known)}>"
            return "[" + ", ".join(_ts_type(item, known) for item in items) + "]"
        if head == "Optional":
            return f"{_union_member(_ts_type(items[0], known))} | null"
        if head == "Union":
            return " | ".join(_union_member(_ts_type(item, known)) for item in items)
        if head == "Callable" and len(items) == 2:
            return _callable_type(items[0], items[1], known)
        if head == "Literal":
            return " | ".join(json.dumps(item.value) if isinstance(item, ast.Constant) else "unknown" for item in items)
    return "unknown"


def _callable_type(parameters: ast.expr | None, returns: ast.expr | None, known: set[str]) -> str:
    """``Callable[[int, str], bool]`` as ``(arg0: number, arg1: string) => boolean``.

    The function is called with plain values and what it returns is converted back (a JS callback's
    undefined is None: js_runtime/src/interop.js toPythonFunction), so a callback typed to return None
    may return anything (``void``), and one whose type includes None may return undefined too.
    ``Callable[..., R]`` and a bare ``Callable`` take any arguments (``any``: a callback of narrower
    parameters must be assignable to it under --strict).
    """
    if isinstance(parameters, ast.List):
        params = ", ".join(f"arg{index}: {_ts_type(item, known)}" for index, item in enumerate(parameters.elts))
    else:
        params = "...args: any[]"
    result = _ts_type(returns, known)
    if result == "null":
        result = "void"
    elif "null" in result.split(" | "):
        result += " | undefined"
    return f"({params}) => {result}"


def _union_member(kind: str) -> str:
    """A function type inside a union is parenthesized: ``(() => number) | null``, not ``() => number | null``."""
    return f"({kind})" if kind.startswith("(") else kind


def _value_type(value: ast.expr | None) -> str:
    if isinstance(value, ast.Constant):
        kind = type(value.value)
        return {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}.get(kind, "unknown")
    if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        return "unknown[]"
    if isinstance(value, ast.Dict):
        return "Record<string, unknown>"
    return "unknown"


def _exception_fields(node: ast.ClassDef, known: set[str]) -> list[str]:
    """``self.x = parameter`` in ``__init__``: the attributes a JS caller finds on the Error."""
    init = next((s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
    if init is None:
        return []
    annotations = {a.arg: a.annotation for a in [*init.args.args, *init.args.kwonlyargs]}
    fields: dict[str, str] = {}
    for statement in ast.walk(init):
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                        and target.value.id == "self" and not target.attr.startswith("_")):
                    value = statement.value
                    kind = (_ts_type(annotations.get(value.id), known) if isinstance(value, ast.Name)
                            else _value_type(value))
                    fields.setdefault(target.attr, kind)
    return [f"  {name}: {kind};" for name, kind in fields.items()]


def _declarations(module: SourceModule) -> str:
    tree = ast.parse(module.source)
    aliases = type_aliases(tree)
    known = {s.name for s in tree.body if isinstance(s, ast.ClassDef)} | set(aliases)
    out = [f"// Type declarations for {package_path(module)}, generated by m_shared from its annotations."]
    for name, value in aliases.items():
        if not name.startswith("_"):
            out.append(f"export type {name} = {_ts_type(value, known - {name})};")
    for statement in _public_definitions(tree):
        if isinstance(statement, ast.FunctionDef):
            arguments = statement.args
            positional = [*arguments.posonlyargs, *arguments.args]
            first_default = len(positional) - len(arguments.defaults)
            params = [
                f"{a.arg}{'?' if i >= first_default else ''}: {_ts_type(a.annotation, known)}"
                for i, a in enumerate(positional)
            ]
            if arguments.vararg is not None:
                params.append(f"...{arguments.vararg.arg}: Array<{_ts_type(arguments.vararg.annotation, known)}>")
            if arguments.kwonlyargs:
                fields = "; ".join(
                    f"{a.arg}{'?' if d is not None else ''}: {_ts_type(a.annotation, known)}"
                    for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults)
                )
                params.append(f"options?: {{ {fields} }}")
            returns = _ts_type(statement.returns, known)
            if is_standard_schema(statement):
                # callable as usual, and a Standard Schema V1 object (https://standardschema.dev)
                value = _ts_type(positional[0].annotation, known) if positional else "unknown"
                out.append(
                    f"export declare const {statement.name}: {{\n  ({', '.join(params)}): {returns};\n"
                    '  readonly "~standard": {\n    readonly version: 1;\n    readonly vendor: "m_shared";\n'
                    f"    readonly validate: (value: unknown) => {{ value: {value}; issues?: undefined }}"
                    " | { issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey> }> };\n"
                    "  };\n};"
                )
            else:
                out.append(f"export declare function {statement.name}({', '.join(params)}): {returns};")
        elif isinstance(statement, ast.ClassDef):
            if _is_exception_class(statement, tree):
                fields = _exception_fields(statement, known)
                body = "\n" + "\n".join(fields) + "\n" if fields else ""
                out.append(f"export declare class {statement.name} extends Error {{{body}}}")
            else:
                fields = [
                    f"  {s.target.id}: {_ts_type(s.annotation, known)};" for s in statement.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
                body = "\n" + "\n".join(fields) + "\n" if fields else ""
                out.append(f"export interface {statement.name} {{{body}}}")
        else:
            annotation = statement.annotation if isinstance(statement, ast.AnnAssign) else None
            for name in _names(statement):
                if name in aliases:
                    continue
                kind = _ts_type(annotation, known) if annotation is not None else _value_type(statement.value)
                out.append(f"export declare const {name}: {kind};")
    return "\n".join(out) + "\n"


def _names(statement: ast.stmt) -> list[str]:
    targets = statement.targets if isinstance(statement, ast.Assign) else [getattr(statement, "target", None)]
    return [t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_")]


__all__ = ["MANIFEST", "PRIVATE_DIR", "link_library", "link_module", "manifest", "public_path"]
