"""The watch loop on real files with real inotify events: saves, editor patterns, errors, deletions, config."""
# ruff: noqa: F811 - the fixtures `project` and `template_project` come from watch_helpers

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from watch_helpers import (  # noqa: F401 - fixtures
    FILES,
    PYPROJECT,
    project,
    running,
    save,
    snapshot,
    staging_dirs,
    template_project,
)

from m_shared import bundle
from m_shared.shake import RUNTIME_FILE
from m_shared.watch import ProgressBar, is_relevant_source_path

# What the table's translate() (m_shared/regex.py) says of a pattern it lacks: tells it from re.translate.js in
# the published library, whose top-level names are short (shake.mangle)
TABLE = "was not known when this package was built"

pytestmark = pytest.mark.timeout(60)

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def targets(project: Path) -> dict[str, dict[str, bytes]]:
    return {name: snapshot(project / path) for name, path in (("web", "web/shared"), ("worker", "worker/src/shared"))}


# ---- saving ------------------------------------------------------------------------------------
@pytest.mark.parametrize("style", ["inplace", "rename", "vim", "emacs"])
def test_one_save_is_one_rebuild_of_that_module(project: Path, style: str) -> None:
    util = project / "shared" / "util.py"
    with running(project) as run:
        save(util, FILES["shared/util.py"].replace("util: ", f"saved by {style}: "), style)
        report = run.next()
        assert report.ok
        assert report.compiled == ["shared.util"]
        assert sorted(report.published) == ["web", "worker"]
        for target in ("web/shared", "worker/src/shared"):
            assert f"saved by {style}: " in (project / target / "_m_shared" / "shared.util.js").read_text()
        run.no_more_work()  # the editor's temporary files cause no other rebuild
        line = ANSI.sub("", run.out.text.splitlines()[-1])
        assert re.search(r"\[m_shared\] shared/util\.py changed · 1 module rebuilt · \d+ ms · web, worker updated$",
                         line), line
    assert not staging_dirs(project)


def test_editor_litter_alone_triggers_no_rebuild(project: Path) -> None:
    shared = project / "shared"
    with running(project) as run:
        (shared / ".orders.py.swp").write_bytes(b"swap")
        (shared / ".orders.py.swx").write_bytes(b"swap")
        (shared / "orders.py~").write_text("backup", encoding="utf-8")
        (shared / "#orders.py#").write_text("autosave", encoding="utf-8")
        (shared / "orders.py.bak").write_text("backup", encoding="utf-8")
        (shared / "4913").write_bytes(b"")
        (shared / "notes.txt").write_text("not python", encoding="utf-8")
        (shared / "__pycache__").mkdir(exist_ok=True)
        (shared / "__pycache__" / "orders.cpython-312.pyc").write_bytes(b"\0")
        os.symlink("user@host.1:1", shared / ".#orders.py")
        (shared / ".hidden").mkdir()
        (shared / ".hidden" / "x.py").write_text("x = 1\n", encoding="utf-8")
        (project / "README.md").write_text("readme", encoding="utf-8")
        (shared / "orders.py").read_text(encoding="utf-8")  # reading (the build does it too) is not a change
        assert run.settle(0.8) == 0, run.out.text


def test_relevant_paths() -> None:
    assert is_relevant_source_path("orders.py")
    assert is_relevant_source_path("tax/gstin.py")
    for path in (".orders.py.swp", "orders.py~", "#orders.py#", ".#orders.py", "4913", "orders.py.bak",
                 "__pycache__/orders.cpython-312.pyc", ".hidden/x.py", "tax/.gstin.py.tmp", "notes.txt"):
        assert not is_relevant_source_path(path), path


def test_burst_of_saves_is_coalesced_into_one_rebuild(project: Path) -> None:
    """A `git checkout` touching many files at once: one rebuild of exactly those modules."""
    shared = project / "shared"
    with running(project, debounce=0.15) as run:
        for index, name in enumerate(["util.py", "tax/gstin.py", "customers.py"]):
            text = (shared / name).read_text(encoding="utf-8")
            save(shared / name, text + f"\nCHECKOUT_{index} = {index}\n", "rename")
            time.sleep(0.02)
        report = run.next()
        assert report.ok
        # gstin's exports changed, so its importer orders recompiles too; nothing else does.
        assert sorted(report.compiled) == ["shared.customers", "shared.orders", "shared.tax.gstin", "shared.util"]
        run.no_more_work()
        assert "shared/customers.py, shared/tax/gstin.py, shared/util.py changed" in ANSI.sub("", run.out.text)


def test_rename_and_new_subpackage(project: Path) -> None:
    shared = project / "shared"
    with running(project) as run:
        os.rename(shared / "util.py", shared / "helpers.py")
        report = run.next()
        assert report.ok and report.compiled == ["shared.helpers"]
        assert "shared/util.py → shared/helpers.py renamed" in run.out.text
        for target in ("web/shared", "worker/src/shared"):
            assert (project / target / "helpers.js").is_file()
            assert not (project / target / "util.js").exists()

        (shared / "billing" / "rules").mkdir(parents=True)
        (shared / "billing" / "__init__.py").write_text("", encoding="utf-8")
        (shared / "billing" / "rules" / "__init__.py").write_text("", encoding="utf-8")
        (shared / "billing" / "rules" / "due.py").write_text(
            "from ...messages import REQUIRED\n\n\ndef due(doc: dict) -> str:\n    return REQUIRED\n", encoding="utf-8"
        )
        run.until(lambda: (project / "web/shared/billing/rules/due.js").is_file(), what="new sub-package published")
        assert run.watcher.reports[-1].ok


# ---- errors ------------------------------------------------------------------------------------
def test_syntax_error_keeps_last_good_build_and_fix_republishes(project: Path) -> None:
    orders = project / "shared" / "orders.py"
    good = orders.read_text(encoding="utf-8")
    with running(project) as run:
        before = targets(project)
        save(orders, good.replace("    issues = []\n", "    issues = [\n"))
        report = run.next()
        assert not report.ok and report.built
        assert targets(project) == before
        assert not staging_dirs(project)
        err = run.err.text
        assert "\x1b[" not in err  # not a TTY: no colour
        assert re.search(r"shared/orders\.py:\d+:\d+: build/syntax", err), err
        assert "^" in err and "targets keep the last good build" in err

        save(orders, good.replace("bad gstin", "fixed gstin"))
        report = run.next()
        assert report.ok and "shared.orders" in report.compiled
        assert "fixed gstin" in (project / "web/shared/_m_shared/shared.orders.js").read_text()
        assert "errors fixed" in run.out.text


def test_bad_import_then_fix(project: Path) -> None:
    util = project / "shared" / "util.py"
    with running(project) as run:
        save(util, "import os\n" + FILES["shared/util.py"])
        report = run.next()
        assert not report.ok
        assert "shared/util.py:1:1: build/import" in run.err.text
        save(util, FILES["shared/util.py"] + "\nX = 2\n")
        assert run.next().ok


def test_deleted_module_is_unpublished(project: Path) -> None:
    with running(project) as run:
        (project / "shared" / "util.py").unlink()
        report = run.next()
        assert report.ok and report.deleted_modules == ["shared.util"]
        for target in ("web/shared", "worker/src/shared"):
            assert not (project / target / "util.js").exists()
            assert not (project / target / "util.js.map").exists()
            assert "util.js" not in (project / target / "manifest.json").read_text()
        assert "shared/util.py deleted" in run.out.text


CODES = (
    "import re\n\nCODE = r'[A-Z]{3}'\n\n\n"
    "def is_code(value: str) -> bool:\n    return re.fullmatch(CODE, value) is not None\n"
)
# the same module with a second check whose pattern is made at run time
CODES_BUILT = CODES + "\n\ndef only(letters: str, value: str) -> bool:\n    return re.fullmatch('[' + letters + ']+', value) is not None\n"


def test_a_pattern_made_at_run_time_publishes_the_translator_and_its_removal_drops_it(project: Path) -> None:
    # re's translations are decided from every module at each rebuild (m_shared/regex.py): one edit of one
    # module switches re between its table and re.translate, in the library file of every target
    libraries = [project / target / "_m_shared" / RUNTIME_FILE for target in ("web/shared", "worker/src/shared")]
    with running(project) as run:
        save(project / "shared" / "codes.py", CODES)
        assert run.next().ok
        for library in libraries:
            text = library.read_text(encoding="utf-8")
            assert "re" in bundle.bundled_modules(text) and "re.translate" not in bundle.bundled_modules(text)
            assert TABLE in text
        save(project / "shared" / "codes.py", CODES_BUILT)
        report = run.next()
        assert report.ok and report.compiled == ["shared.codes"]
        for library in libraries:
            text = library.read_text(encoding="utf-8")
            assert "re.translate" in bundle.bundled_modules(text) and TABLE not in text
        save(project / "shared" / "codes.py", CODES)
        assert run.next().ok
        for library in libraries:
            assert "re.translate" not in bundle.bundled_modules(library.read_text(encoding="utf-8"))


def test_deleted_module_names_the_modules_still_importing_it(project: Path) -> None:
    shared = project / "shared"
    with running(project) as run:
        before = targets(project)
        (shared / "messages.py").unlink()
        report = run.next()
        assert not report.ok
        assert report.deleted_modules == ["shared.messages"]
        assert report.still_imported_by == {"shared/messages.py": ["shared/customers.py", "shared/orders.py"]}
        assert targets(project) == before  # still published: its importers need it
        err = run.err.text
        assert "shared/messages.py was deleted but is still imported by shared/customers.py, shared/orders.py" in err
        assert re.search(r"shared/orders\.py:3:1: build/import", err), err

        # Fix the importers: now the module is unpublished.
        save(shared / "customers.py", FILES["shared/customers.py"].replace(
            "from shared.messages import REQUIRED\n", 'REQUIRED = "required"\n'))
        save(shared / "orders.py", FILES["shared/orders.py"].replace(
            "from .messages import REQUIRED\n", 'REQUIRED = "required"\n'))
        run.until(lambda: run.watcher.reports[-1].ok, what="fixed build")
        assert not (project / "web/shared/messages.js").exists()


def test_unexpected_internal_error_is_reported_and_the_loop_goes_on(project: Path) -> None:
    util = project / "shared" / "util.py"
    with running(project, verbose=True) as run:
        builder = run.builder
        real_build = builder.build
        calls = {"n": 0}

        def flaky_build():
            calls["n"] += 1
            if calls["n"] == 1:
                raise RuntimeError("simulated bug in a stage")
            return real_build()

        builder.build = flaky_build
        save(util, FILES["shared/util.py"] + "\nA = 1\n")
        report = run.next()
        assert report.internal_error == "RuntimeError: simulated bug in a stage"
        assert "internal error" in run.err.text and "still watching" in run.err.text
        assert "Traceback" in run.err.text  # --verbose
        save(util, FILES["shared/util.py"] + "\nA = 2\n")
        report = run.next()
        assert report.ok and report.compiled == ["shared.util"]
        assert "A = 2" in (project / "web/shared/util.js.map").read_text()


def test_publish_error_is_reported_and_the_loop_goes_on(project: Path) -> None:
    """A target taken over by the user's own files: m_shared refuses to overwrite it, says so, and keeps going."""
    web = project / "web" / "shared"
    with running(project) as run:
        shutil.rmtree(web)
        web.mkdir()
        (web / "mine.js").write_text("// the user's own code\n", encoding="utf-8")
        report = run.next()
        assert not report.ok
        assert "without an m_shared manifest.json" in run.err.text
        assert (web / "mine.js").read_text() == "// the user's own code\n"
        shutil.rmtree(web)
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nB = 1\n")
        run.until(lambda: (web / "util.js").is_file() and run.watcher.reports[-1].ok, what="republished")


# ---- targets and source directory --------------------------------------------------------------
def test_deleted_target_is_recreated(project: Path) -> None:
    with running(project) as run:
        before = targets(project)
        shutil.rmtree(project / "web")
        report = run.next()
        assert report.ok and report.published == ["web"]
        assert targets(project) == before
        assert "target web deleted" in run.out.text


def test_deleted_target_is_restored_from_the_last_good_build_while_sources_are_broken(project: Path) -> None:
    with running(project) as run:
        before = targets(project)
        save(project / "shared" / "util.py", "def broken(:\n")
        assert not run.next().ok
        shutil.rmtree(project / "worker" / "src" / "shared")
        report = run.next()
        assert not report.ok and report.restored == ["worker"]
        assert targets(project) == before
        assert "worker restored from the last good build" in run.err.text


def test_source_directory_removed_and_restored(project: Path) -> None:
    with running(project) as run:
        before = targets(project)
        os.rename(project / "shared", project / "shared_moved")
        run.until(lambda: "source directory missing" in run.err.text, what="missing source reported")
        time.sleep(0.3)
        assert targets(project) == before  # an empty package must not unpublish everything
        os.rename(project / "shared_moved", project / "shared")
        count = run.watcher.rebuilds
        run.until(lambda: run.watcher.rebuilds > count and run.watcher.reports[-1].ok, what="rebuilt after return")
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nC = 3\n")
        run.until(lambda: "C = 3" in (project / "web/shared/util.js.map").read_text(), what="watching again")


# ---- configuration ------------------------------------------------------------------------------
def test_config_edit_is_reloaded(project: Path) -> None:
    with running(project) as run:
        save(project / "pyproject.toml", PYPROJECT.replace('path = "web/shared"', 'path = "site/js/shared"'), "rename")
        report = run.next()
        assert report.config_reloaded and report.ok
        assert (project / "site/js/shared/orders.js").is_file()
        assert "configuration reloaded" in run.out.text
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nD = 4\n")
        run.until(lambda: "D = 4" in (project / "site/js/shared/util.js.map").read_text(), what="new target used")


@pytest.mark.parametrize("bad", [
    "[tool.m_shared\nsource = 'shared'\n",  # invalid TOML
    PYPROJECT + "\n[tool.m_shared.targets.edge]\npath = 'edge'\nruntime = 'deno'\n",  # unknown runtime
    PYPROJECT.replace('source = "shared"', 'source = "shared"\nsorce = "typo"'),  # unknown key
])
def test_invalid_config_edit_is_reported_and_the_old_config_kept(project: Path, bad: str) -> None:
    with running(project) as run:
        save(project / "pyproject.toml", bad)
        report = run.next()
        assert report.config_error and not report.built
        assert "invalid configuration" in run.err.text and "keeping the previous configuration" in run.err.text
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nE = 5\n")
        report = run.next()
        assert report.ok and report.compiled == ["shared.util"]
        assert "E = 5" in (project / "web/shared/util.js.map").read_text()
        save(project / "pyproject.toml", PYPROJECT)
        run.until(lambda: "valid again" in run.out.text, what="fixed configuration noticed")


def test_unrelated_pyproject_edit_rebuilds_nothing(project: Path) -> None:
    with running(project) as run:
        save(project / "pyproject.toml", PYPROJECT.replace('version = "0"', 'version = "1"'))
        report = run.next()
        assert report.ok and not report.built and not report.config_reloaded


# ---- terminal ------------------------------------------------------------------------------------
def test_colour_only_on_a_tty(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    with running(project, tty=True) as run:
        save(project / "shared" / "util.py", "def broken(:\n")
        run.next()
        assert "\x1b[31m" in run.err.text and "\x1b[" in run.out.text
        plain = ANSI.sub("", run.err.text)
        assert re.search(r"shared/util\.py:1:\d+: build/syntax", plain)


def test_quiet_prints_errors_only(project: Path) -> None:
    with running(project, quiet=True) as run:
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nF = 6\n")
        assert run.next().ok
        save(project / "shared" / "util.py", "def broken(:\n")
        assert not run.next().ok
        assert run.out.text == ""
        assert "build/syntax" in run.err.text


def test_verbose_names_compiled_modules(project: Path) -> None:
    with running(project, verbose=True) as run:
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nG = 7\n")
        assert run.next().ok
        assert "compiled: shared.util" in run.out.text


def test_banner_says_where_it_publishes(project: Path) -> None:
    with running(project) as run:
        text = run.out.text
        assert "built 7 modules" in text
        assert "watching shared/ and pyproject.toml" in text
        assert "web → web/shared/" in text and "worker → worker/src/shared/" in text


def test_progress_bar_draws_on_a_tty_and_erases_itself() -> None:
    from watch_helpers import Capture

    stream = Capture(tty=True)
    bar = ProgressBar(stream, enabled=True, delay=0)
    for done in range(0, 100, 10):
        bar(done, 100)
        time.sleep(0.06)
    bar.close()
    assert "compiling" in stream.text and "/100 modules" in stream.text
    assert stream.text.endswith("\r\x1b[K")
    silent = Capture(tty=False)
    ProgressBar(silent)(5, 10)
    assert silent.text == ""


def test_stop_leaves_no_threads_or_staging(project: Path) -> None:
    before = {t.ident for t in threading.enumerate()}
    with running(project) as run:
        save(project / "shared" / "util.py", FILES["shared/util.py"] + "\nH = 8\n")
        run.next()
    time.sleep(0.1)
    leftover = [t for t in threading.enumerate() if t.ident not in before]
    assert not leftover, leftover
    assert not staging_dirs(project)


def test_deleted_module_imported_in_a_way_the_build_accepts_is_still_named(project: Path) -> None:
    """`from . import util`: whether or not the build flags it, the watcher names the importer."""
    shared = project / "shared"
    with running(project) as run:
        (shared / "report.py").write_text("from . import util\n\n\ndef show(x: str) -> str:\n    return util.label(x)\n",
                                          encoding="utf-8")
        # the rebuild's report, not only its file: the file is published before the rebuild is counted
        run.until(lambda: any("shared.report" in r.compiled for r in run.watcher.reports), what="report published")
        assert (project / "web/shared/report.js").is_file()
        run.no_more_work()  # the build of report.py is over, a late event of its save included
        (shared / "util.py").unlink()
        report = run.next()
        assert report.deleted_modules == ["shared.util"]
        assert report.still_imported_by == {"shared/util.py": ["shared/report.py"]}
        assert "shared/util.py was deleted" in run.err.text and "shared/report.py" in run.err.text


def test_directory_rename_is_reported_as_one(project: Path) -> None:
    shared = project / "shared"
    with running(project) as run:
        os.rename(shared / "tax", shared / "taxes")
        report = run.next()
        assert not report.ok  # orders still imports .tax.gstin
        assert "shared/tax/ → shared/taxes/ renamed" in run.err.text
        assert report.still_imported_by == {"shared/tax/gstin.py": ["shared/orders.py"]}


def test_lint_error_keeps_last_good_build_and_fix_republishes(project: Path) -> None:
    """Code that would behave differently in JavaScript is reported like a syntax error (watch-mode lint)."""
    util = project / "shared" / "util.py"
    with running(project) as run:
        before = targets(project)
        save(util, 'def label(text: str) -> str:\n    return "util: %s" % text\n')
        report = run.next()
        assert not report.ok
        assert any(d.path == "shared/util.py" and d.line == 2 for d in report.diagnostics), report.diagnostics
        assert re.search(r"shared/util\.py:2:\d+: ", run.err.text), run.err.text
        assert targets(project) == before
        save(util, 'def label(text: str) -> str:\n    return "util: {}".format(text)\n')
        report = run.next()
        assert report.ok and report.compiled == ["shared.util"]


@pytest.mark.parametrize(("code", "rule", "col"), [
    ('    return text.format_map({})\n', "MS101", 12),  # a str method Transcrypt's runtime lacks
    ('    return "util: " + str(pow(len(text), 2, 7))\n', "MS105", 27),  # pow() with a modulus
    ('    return "util: " + ",".join(sorted({text: 1}.keys() | {"x"}))\n', "MS104", 39),  # the rule with YAML aliases
])
def test_semgrep_only_finding_is_reported_not_published_and_fix_republishes(
    project: Path, code: str, rule: str, col: int
) -> None:
    """Only a semgrep rule flags these lines (not ruff, not our syntax-tree checks): the watch loop runs them too."""
    util = project / "shared" / "util.py"
    with running(project) as run:
        before = targets(project)
        save(util, "def label(text: str) -> str:\n" + code)
        report = run.next()
        assert not report.ok and not report.published
        assert [(d.path, d.line, d.col, d.rule) for d in report.diagnostics] == [("shared/util.py", 2, col, rule)]
        assert re.search(rf"shared/util\.py:2:{col}: {rule} \S", ANSI.sub("", run.err.text)), run.err.text
        assert targets(project) == before  # byte for byte: nothing was published
        run.no_more_work()
        save(util, FILES["shared/util.py"].replace("util: ", "fixed: "))
        report = run.next()
        assert report.ok and report.compiled == ["shared.util"] and sorted(report.published) == ["web", "worker"]
        assert "fixed: " in (project / "web/shared/_m_shared/shared.util.js").read_text()
