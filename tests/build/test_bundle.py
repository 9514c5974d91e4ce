"""The library as one ES module (m_shared/bundle.py): the same behaviour as its modules loaded one by one.

The fixture modules (tests/build/fixtures/bundle/) are stand-ins for Transcrypt's library with what
the bundler must get right: names two modules declare (`__name__`, `helper`), imports under other
names, a local that shadows an imported name, a namespace import that must follow a live binding,
an export clause, and an import cycle whose order of evaluation shows.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, run_node

from m_shared import bundle
from m_shared.shake import RUNTIME_MODULE

FIXTURE = REPO / "tests" / "build" / "fixtures" / "bundle"
MODULES = ("a", "b", "c", "d")
# what the probe imports: (module, export; None for the module as a namespace, local name)
IMPORTS = [
    ("a", "measure", "measure"), ("a", "twice", "twice"), ("a", "described", "described"),
    ("a", "shorthand", "shorthand"), ("a", None, "a"), ("b", "read", "read"), ("c", "fromC", "fromC"),
    ("d", "early", "early"), ("d", "viaC", "viaC"),
]  # c before d: ES then runs d first (c imports it), as the bundle runs modules imported in a cycle
PROBE = """
const results = [measure ('abc'), twice (21), described (), read (), read (), a.counter, shorthand (),
                 early, fromC (), viaC (), log];
console.log (JSON.stringify (results));
"""


def _texts() -> dict[str, str]:
    texts = {name: (FIXTURE / f"{name}.js").read_text(encoding="utf-8") for name in MODULES}
    texts[RUNTIME_MODULE] = (FIXTURE / f"{RUNTIME_MODULE}.js").read_text(encoding="utf-8")
    return texts


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for path in FIXTURE.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "bundle.mjs").write_text(
        bundle.bundle(_texts(), [(module, name) for module, name, _ in IMPORTS]), encoding="utf-8"
    )
    (tmp_path / "package.json").write_text('{"type": "module"}', encoding="utf-8")
    return tmp_path


def _run(files: Path, imports: str) -> list:
    return run_node(f"{imports}\nimport {{log}} from './org.transcrypt.__runtime__.js';\n{PROBE}", cwd=files)


def test_the_bundle_behaves_as_the_modules_one_by_one(files: Path) -> None:
    separate = "\n".join(
        f"import * as {local} from './{module}.js';" if name is None else f"import {{{name} as {local}}} from './{module}.js';"
        for module, name, local in IMPORTS
    )
    # the runtime's names are its own in the bundle too: the probe reads its log from the bundle
    bundled = "\n".join(
        f"import {{{bundle.exported_name(module, name)} as {local}}} from './bundle.mjs';" for module, name, local in IMPORTS
    )
    expected = _run(files, separate)
    assert expected[0] == 3 + 100 and expected[1] == 42 and expected[2] == ["a", "a private helper"]
    assert expected[3][:2] == [1, 1] and expected[5] == 2  # the namespace and the import follow `counter`
    assert expected[7] == "undefined" and expected[8] == "late"  # d ran before c, as their import cycle orders them
    assert run_node(f"{bundled}\nimport {{log}} from './bundle.mjs';\n{PROBE}", cwd=files) == expected


def test_a_runtime_export_read_as_a_global_is_that_export(files: Path) -> None:
    # b.js calls OverflowError without importing it (as Transcrypt's datetime.js does): a ReferenceError
    # on its own, the runtime's builtin in the bundle
    script = "import { b$overflow as overflow } from './bundle.mjs'; console.log(JSON.stringify(overflow()));"
    (files / "bundle.mjs").write_text(bundle.bundle(_texts(), [("b", "overflow")]), encoding="utf-8")
    assert run_node(script, cwd=files) == "OverflowError: too big"


def test_names_declared_twice_are_kept_apart_and_only_what_is_imported_is_exported() -> None:
    text = bundle.bundle(_texts(), [("a", "twice")])
    assert "var __name__ = 'org.transcrypt.__runtime__'" in text
    assert "var __name__$a = 'a'" in text and "var helper$a = 'a private helper'" in text
    exported = text[text.rindex("export{"):]
    assert "as a$twice" in exported and "a$measure" not in exported and "as double" in exported
    assert text.index("// Transcrypt 3.9.5: d") < text.index("// Transcrypt 3.9.5: c")  # c imports d first
    assert bundle.bundled_modules(text) == [RUNTIME_MODULE, "a", "b", "d", "c"]


def test_a_namespace_object_has_getters_for_the_exports_code_can_name_only(files: Path) -> None:
    # `a` is imported as a namespace (the probe reads a.counter): with the attribute names the published code
    # reaches (shake.shaken_library), its other exports get no getter; None (not known) keeps them all
    imported = [(module, name) for module, name, _ in IMPORTS]
    every = bundle.bundle(_texts(), imported)
    named = bundle.bundle(_texts(), imported, frozenset({"counter", "measure", "late"}))  # c.js calls d.late ()
    assert "get bump(){" in every and "get described(){" in every
    namespace = named[named.index("var a$={"):named.index("};\n", named.index("var a$={"))]
    assert namespace == "var a$={__proto__:null,get counter(){return counter},get measure(){return measure}"
    (files / "bundle.mjs").write_text(named, encoding="utf-8")
    bundled = "\n".join(
        f"import {{{bundle.exported_name(module, name)} as {local}}} from './bundle.mjs';" for module, name, local in IMPORTS
    )
    separate = "\n".join(
        f"import * as {local} from './{module}.js';" if name is None else f"import {{{name} as {local}}} from './{module}.js';"
        for module, name, local in IMPORTS
    )
    assert run_node(f"{bundled}\nimport {{log}} from './bundle.mjs';\n{PROBE}", cwd=files) == _run(files, separate)


def test_an_unknown_form_is_refused_rather_than_guessed_at() -> None:
    texts = _texts()
    texts["a"] += "export default 1;\n"
    with pytest.raises(bundle.BundleError, match="default"):
        bundle.bundle(texts)
    texts = _texts()
    texts["a"] = texts["a"].replace("var double = 100;", "var len = 100;").replace("+ double", "+ len")
    with pytest.raises(bundle.BundleError, match="size renamed len would be shadowed"):
        bundle.bundle(texts)  # `size` is the runtime's `len`, which a local `len` would hide
    with pytest.raises(bundle.BundleError, match="not in the library"):
        bundle.bundle({RUNTIME_MODULE: texts[RUNTIME_MODULE], "b": texts["b"]})


def test_published_targets_hold_one_library_file(app: Path) -> None:
    import m_shared

    (app / "shared" / "dates.py").write_text(
        "import re\nfrom datetime import date\n\n\ndef year(text: str) -> int:\n"
        "    if re.fullmatch('[0-9]{4}-[0-9][0-9]-[0-9][0-9]', text) is None:\n        return 0\n"
        "    return date(int(text[:4]), int(text[5:7]), int(text[8:])).year\n",
        encoding="utf-8",
    )
    assert m_shared.build(app).ok
    private = app / "worker/src/shared/_m_shared"
    library = sorted(p.name for p in private.glob("*.js") if not p.name.startswith("shared"))
    assert library == ["m_shared.interop.js", "org.transcrypt.__runtime__.js"]
    raw = (private / "shared.dates.js").read_text(encoding="utf-8")
    assert "from'./org.transcrypt.__runtime__.js'" in raw and "./datetime.js" not in raw and "./re.js" not in raw
    script = "import { year } from './worker/src/shared/dates.js'; console.log(JSON.stringify([year('2024-02-29'), year('x')]));"
    assert run_node(script, cwd=app) == [2024, 0]
    assert json.loads((app / "worker/src/shared/manifest.json").read_text())["files"]
