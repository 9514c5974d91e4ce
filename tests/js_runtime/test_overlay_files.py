"""The overlay files themselves: each documents its divergence, and conflicting patches fail loudly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from m_shared import overlay
from m_shared.diagnostics import MSharedError

RUNTIME = "export function len (x) {\n    return 1;\n};\nexport function ord (c) {\n    return 2;\n}\n"


def test_every_overlay_file_starts_with_its_header_comment() -> None:
    for path in sorted(overlay.overlay_dir().glob("*.js")):
        assert path.read_text(encoding="utf-8").startswith("//"), f"{path.name} lacks its header comment"


def test_patch_replaces_the_named_function(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "len.patch.js").write_text("// fix\nexport function len (x) {\n    return 3;\n};\n")
    monkeypatch.setattr(overlay, "overlay_dir", lambda: tmp_path)
    assert overlay.apply(RUNTIME) == RUNTIME.replace("return 1;", "return 3;").replace("export function len", "// fix\nexport function len")


def test_two_patches_of_one_function_are_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a_len.patch.js", "len.patch.js"):
        (tmp_path / name).write_text("// fix\nexport function len (x) {\n    return 3;\n};\n")
    monkeypatch.setattr(overlay, "overlay_dir", lambda: tmp_path)
    with pytest.raises(MSharedError, match="another overlay already patches `len`"):
        overlay.apply(RUNTIME)


def test_patch_of_a_missing_function_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "chr.patch.js").write_text("// fix\nexport function chr (x) {\n    return 3;\n};\n")
    monkeypatch.setattr(overlay, "overlay_dir", lambda: tmp_path)
    with pytest.raises(MSharedError, match="no `export function chr`"):
        overlay.apply(RUNTIME)


def test_an_extension_that_defines_a_runtime_method_again_drops_the_first_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = (
        "export function min (...args) {\n    return 1;\n}\n"
        "Array.prototype.index = function (x) {\n    return 'old index';\n};\n"
        "Array.prototype.__mul__ = function (n) {\n    return 'old mul';\n};\n"
        "Array.prototype.__rmul__ = Array.prototype.__mul__;\n"  # read as the runtime loads: stays
        "String.prototype.join = function (x) {\n    return 'old join';\n};\n"
    )
    (tmp_path / "new.extend.js").write_text(
        "// fix\nmin = function (...args) {\n    return 2;\n};\n"
        "Array.prototype.index = function (x) {\n    return 'new index';\n};\n"
        "Array.prototype.__mul__ = function (n) {\n    return 'new mul';\n};\n"
        "Object.defineProperty (String.prototype, 'join', {value: function (x) {\n    return 'new join';\n}});\n"
    )
    monkeypatch.setattr(overlay, "overlay_dir", lambda: tmp_path)
    applied = overlay.apply(runtime)
    assert "return 1;" not in applied and "export var min;" in applied and "return 2;" in applied
    assert "old index" not in applied and "new index" in applied
    assert "old join" not in applied and "new join" in applied
    assert "old mul" in applied and "new mul" in applied


# ---- overlay.specialize: the conditions on __m_shared_python__ decided for the target version ----------------
# minified as the library is (rjsmin): statements run together, the last one of a block has no `;`
VERSIONED = (
    "function total(a){let r=0;for(let i of a){if(typeof i!='number')throw E(i);"
    "if(__m_shared_python__<312){r+=i;continue}r=add(r,i)}return r}\n"
    "var unknown=function(k,m){throw T(__m_shared_python__>=313?m+\"() got an unexpected keyword argument '\"+k+\"'\""
    ":\"'\"+k+\"' is an invalid keyword argument for \"+m+'()')};\n"
    "function order(s,o){if(__m_shared_python__<313){if(s&&o)throw T(\"can't compare\")}throw T('not supported')}\n"
    "function nested(x){if(x)if(__m_shared_python__!=312)a();else b();return __m_shared_python__>=312?"
    "__m_shared_python__<313?'12':'13':'11'}\n"
)


@pytest.mark.parametrize(("python", "expected"), [
    ((3, 11), ("function total(a){let r=0;for(let i of a){if(typeof i!='number')throw E(i);r+=i;continue;r=add(r,i)}return r}\n"
              "var unknown=function(k,m){throw T(\"'\"+k+\"' is an invalid keyword argument for \"+m+'()')};\n"
              "function order(s,o){if(s&&o)throw T(\"can't compare\");throw T('not supported')}\n"
              "function nested(x){if(x)a();return '11'}\n")),
    ((3, 12), ("function total(a){let r=0;for(let i of a){if(typeof i!='number')throw E(i);r=add(r,i)}return r}\n"
              "var unknown=function(k,m){throw T(\"'\"+k+\"' is an invalid keyword argument for \"+m+'()')};\n"
              "function order(s,o){if(s&&o)throw T(\"can't compare\");throw T('not supported')}\n"
              "function nested(x){if(x)b();return '12'}\n")),
    ((3, 13), ("function total(a){let r=0;for(let i of a){if(typeof i!='number')throw E(i);r=add(r,i)}return r}\n"
              "var unknown=function(k,m){throw T(m+\"() got an unexpected keyword argument '\"+k+\"'\")};\n"
              "function order(s,o){throw T('not supported')}\n"
              "function nested(x){if(x)a();return '13'}\n")),
])
def test_specialize_keeps_the_branch_of_the_target_version(python: tuple[int, int], expected: str) -> None:
    import subprocess

    assert overlay.specialize(VERSIONED, python) == expected
    checked = subprocess.run(["node", "--check", "--input-type=module"], input=expected, text=True,
                             capture_output=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_specialize_rejects_the_constant_outside_a_condition() -> None:
    with pytest.raises(MSharedError, match=r"__m_shared_python__ at line 2 .* is not the condition of a ternary"):
        overlay.specialize("var a = 1;\nvar version = __m_shared_python__ + 1;\n", (3, 12))
    assert overlay.specialize("var a = 1;\n", (3, 12)) == "var a = 1;\n"


def test_no_two_overlay_files_declare_one_name() -> None:
    # the extensions and patches share one module: a name declared twice stops the runtime from loading
    # (SyntaxError: Identifier has already been declared), which two fixes written apart can easily do
    declared: dict[str, str] = {}
    clashes = []
    for path in sorted([*overlay.overlay_dir().glob("*.extend.js"), *overlay.overlay_dir().glob("*.patch.js")]):
        for name in re.findall(r"^(?:export )?(?:function\*?|let|const|var) +([A-Za-z_$][\w$]*)",
                               path.read_text(encoding="utf-8"), re.MULTILINE):
            if name in declared:
                clashes.append(f"{name}: {declared[name]} and {path.name}")
            declared.setdefault(name, path.name)
    assert not clashes
