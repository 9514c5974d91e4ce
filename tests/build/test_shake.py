"""Only the runtime the published code names is published, and it follows the code through rebuilds."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import call_in_cpython, run_node

import m_shared
from m_shared import shake

RUNTIME = "worker/src/shared/_m_shared/org.transcrypt.__runtime__.js"

DIVMOD_USER = '''
def split_minor_units(amount: int) -> list[int]:
    """Rupees and paise of an amount in paise."""
    rupees, paise = divmod(amount, 100)
    return [rupees, paise]
'''

CALL = """
import { split_minor_units } from './worker/src/shared/money.js';
console.log(JSON.stringify(split_minor_units(-12345)));
"""


def _runtime_declares(app: Path, name: str) -> bool:
    declaration = re.compile(rf"\bexport (?:var {name}\s*=|function {name}\s*\()")
    return declaration.search((app / RUNTIME).read_text(encoding="utf-8")) is not None


def test_runtime_omits_builtins_no_module_names_and_gains_them_when_code_does(app: Path) -> None:
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "divmod"), "the fixture app never calls divmod: it should not be shipped"
    assert _runtime_declares(app, "len")
    first_size = (app / RUNTIME).stat().st_size

    # A rebuild after a module starts using divmod must publish a runtime that has it: the result is CPython's.
    (app / "shared" / "money.py").write_text(DIVMOD_USER, encoding="utf-8")
    assert m_shared.build(app).ok
    assert _runtime_declares(app, "divmod")
    assert run_node(CALL, app) == call_in_cpython(app, "shared.money", "split_minor_units", [-12345]) == [-124, 55]

    # And it is dropped again when no module names it any more.
    (app / "shared" / "money.py").unlink()
    assert m_shared.build(app).ok
    assert not _runtime_declares(app, "divmod")
    assert (app / RUNTIME).stat().st_size == first_size


def test_every_module_imports_only_the_runtime_names_it_uses_and_still_loads_the_runtime() -> None:
    module = (
        "var x = 1;\n"
        "import {__call__, divmod, len, str as py_str} from './org.transcrypt.__runtime__.js';\n"
        "export var f = function (a) { return __call__ (len, null, py_str (a)); };\n"
    )
    assert shake.prune_imports(module) == (
        "var x = 1;\n"
        "import {__call__, len, str as py_str} from './org.transcrypt.__runtime__.js';\n"
        "export var f = function (a) { return __call__ (len, null, py_str (a)); };\n"
    )
    # A module that names nothing of the runtime still imports it: the runtime's prototype methods must exist.
    assert shake.prune_imports("import {len} from './org.transcrypt.__runtime__.js';\nvar y = 2;\n") == (
        "import {} from './org.transcrypt.__runtime__.js';\nvar y = 2;\n"
    )


def test_pruning_follows_names_through_the_runtime_and_keeps_what_declares_nothing() -> None:
    runtime = (
        "export var __envir__={};__envir__.executor_name='transcrypt';"
        "function helper(x){return x+1;}"
        "export function len(x){return helper(x.length);}"
        "export function unused(x){return x;}"
        "String.prototype.strip=function(){return this.trim();};"
        "String.prototype.lstrip=function(){return this.trimStart();};"
        "String.prototype.toString=function(){return 'engine calls this';};"
        "__m_shared_str_method__('isalpha',function(){return ALPHA.test(this);});"
        "const ALPHA=/^[a-z]+$/;"
    )
    pruned = shake.prune_runtime(runtime, shake.words("len(s.strip())"))
    assert "__envir__.executor_name='transcrypt'" in pruned
    assert "function helper" in pruned and "function len" in pruned
    assert "unused" not in pruned and "lstrip" not in pruned
    assert "isalpha" not in pruned and "ALPHA" not in pruned  # a str method js_runtime defines, and its table
    assert "ALPHA" in shake.prune_runtime(runtime, shake.words("s.isalpha()"))
    assert "String.prototype.strip=" in pruned and "String.prototype.toString=" in pruned


def test_a_runtime_that_does_not_parse_is_published_whole() -> None:
    broken = "export function len(x) { return x.length; \nexport function unused() {}"
    assert shake.prune_runtime(broken, frozenset()) == broken
