"""The content-hash cache: a no-op build compiles nothing, a change compiles only what it must."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import run_m, snapshot

import m_shared
from m_shared.config import load
from m_shared.pipeline import Builder

ALL = {"shared", "shared.customers", "shared.hooks", "shared.messages", "shared.orders", "shared.tax", "shared.tax.gstin"}


def test_cold_build_compiles_every_module_and_noop_build_none(app: Path) -> None:
    first = m_shared.build(app)
    assert set(first.compiled) == ALL and first.reused == []
    second = m_shared.build(app)
    assert second.compiled == [] and set(second.reused) == ALL
    assert second.published == []  # targets already hold exactly this build


def test_cache_is_shared_across_processes(app: Path) -> None:
    run_m("build", "--project", str(app), check=True)
    result = run_m("build", "--project", str(app), check=True)
    assert "0 compiled, 7 cached" in result.stdout


def test_body_change_recompiles_only_that_module(app: Path) -> None:
    m_shared.build(app)
    gstin = app / "shared" / "tax" / "gstin.py"
    gstin.write_text(gstin.read_text().replace("is not None", "is not None and len(value) == 15"))
    result = m_shared.build(app)
    assert result.compiled == ["shared.tax.gstin"]
    assert set(result.published) == {"frontend", "worker"}


def test_export_change_recompiles_the_module_and_its_importers(app: Path) -> None:
    m_shared.build(app)
    messages = app / "shared" / "messages.py"
    messages.write_text(messages.read_text() + 'TOO_MANY = "Too many lines"\n')
    result = m_shared.build(app)
    # orders and customers import messages; gstin, tax and the package do not
    assert sorted(result.compiled) == ["shared.customers", "shared.messages", "shared.orders"]


def test_watch_style_builder_reuses_memory_without_reading_the_disk_cache(app: Path) -> None:
    builder = Builder(load(app))
    builder.build()
    for cached in (app / ".m_shared" / "cache" / "modules").iterdir():
        cached.unlink()
    result = builder.build()
    assert result.compiled == [] and len(result.reused) == len(ALL)


def test_deleted_target_is_republished_from_the_cache_even_without_compiled_files(app: Path) -> None:
    # The state remembers published digests; with the target and the compile cache both gone,
    # the files must be produced again, byte for byte.
    m_shared.build(app)
    before = snapshot(app / "worker/src/shared")
    shutil.rmtree(app / "worker")
    shutil.rmtree(app / ".m_shared" / "cache" / "modules")
    result = m_shared.build(app)
    assert result.compiled == [] and result.published == ["worker"]
    assert snapshot(app / "worker/src/shared") == before


def test_compile_cache_keeps_only_the_current_build(app: Path) -> None:
    builder = Builder(load(app))
    builder.build()
    gstin = app / "shared" / "tax" / "gstin.py"
    original = gstin.read_text()
    for number in range(5):  # five saves of one module, as in a watch session
        gstin.write_text(original.replace("is not None", f"is not None and {number} == {number}"))
        builder.build()
    assert len(list((app / ".m_shared" / "cache" / "modules").iterdir())) == len(ALL)
