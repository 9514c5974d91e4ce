"""The overlay files themselves: each documents its divergence, and conflicting patches fail loudly."""

from __future__ import annotations

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
