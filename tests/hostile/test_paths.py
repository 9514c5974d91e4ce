"""Paths: m_shared reads and writes only inside the project.

A battery of bad configurations and hostile symlinks, each in a project of its own beside a directory
``outside`` full of files; every one is refused with a message naming the culprit, and a snapshot of
the whole tree (bytes, modes, mtimes, symlinks) taken before and after shows that nothing outside the
project, and nothing in it besides m_shared's own ``.m_shared``, was written or deleted.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_m, snapshot

SOURCES = {"shared/__init__.py": "", "shared/rules.py": "def ok(x: int) -> bool:\n    return x > 0\n"}


def _config(source: str = "shared", **targets: str) -> str:
    text = f'[tool.m_shared]\nsource = "{source}"\n'
    for name, path in (targets or {"web": '"web/shared"'}).items():
        text += f"\n[tool.m_shared.targets.{name}]\npath = {path}\n"
    return text


def _tree(root: Path) -> dict[str, tuple]:
    """Everything under ``root`` without following symlinks: kind, bytes or link target, mode, mtime of files."""
    found: dict[str, tuple] = {}
    for directory, subdirectories, files in os.walk(root):
        relative_dir = Path(directory).relative_to(root)
        subdirectories[:] = [d for d in subdirectories if d != ".m_shared"]  # m_shared's own, inside the project
        for name in [*subdirectories, *files]:
            path = Path(directory, name)
            info = path.lstat()
            key = (relative_dir / name).as_posix()
            if stat.S_ISLNK(info.st_mode):
                found[key] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):  # its entries are listed themselves; its mtime moves with .m_shared
                found[key] = ("dir", info.st_mode)
            else:
                found[key] = ("file", path.read_bytes(), info.st_mode, info.st_mtime_ns)
    return found


# name -> (pyproject text, setup(project, outside), exit code, what the message must say)
Setup = Callable[[Path, Path], None]


def _nothing(project: Path, outside: Path) -> None:
    pass


def _link(relative: str, to: str) -> Setup:
    def setup(project: Path, outside: Path) -> None:
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(outside / to)
    return setup


CASES: dict[str, tuple[str, Setup, int, list[str]]] = {
    "target above the project": (
        _config(web='"../outside/web"'), _nothing, 2,
        ["tool.m_shared.targets.web.path: '../outside/web' must be a relative path inside the project, without '..'"],
    ),
    "target with .. inside": (
        _config(web='"web/../../outside/web"'), _nothing, 2, ["tool.m_shared.targets.web.path", "without '..'"],
    ),
    "absolute target": (
        _config(web='"/tmp/m_shared_absolute_target"'), _nothing, 2,
        ["tool.m_shared.targets.web.path: '/tmp/m_shared_absolute_target' must be a relative path"],
    ),
    "target that is a symlink out": (
        _config(web='"web/shared"'), _link("web/shared", "web"), 2,
        ["tool.m_shared.targets.web.path: 'web/shared' leaves the project directory (through a symlink)"],
    ),
    "target below a symlinked directory": (
        _config(web='"web/src/shared"'), _link("web", "web"), 2,
        ["tool.m_shared.targets.web.path: 'web/src/shared' leaves the project directory (through a symlink)"],
    ),
    "source that is a symlink out": (
        _config(source="shared"),
        lambda p, o: (os.rename(p / "shared", p / "own"), (p / "shared").symlink_to(o / "pkg")), 2,
        ["tool.m_shared.source: 'shared' leaves the project directory (through a symlink)"],
    ),
    "module that is a symlink out": (
        _config(), _link("shared/stolen.py", "pkg/secret.py"), 1,
        ["shared/stolen.py: build/symlink symlink to", "leads out of the project", "nothing was published"],
    ),
    "package directory that is a symlink out": (
        _config(), _link("shared/vendor", "pkg"), 1,
        ["shared/vendor: build/symlink symlink to", "nothing was published"],
    ),
    "dangling module symlink": (
        _config(), lambda p, o: (p / "shared" / "gone.py").symlink_to("nowhere.py"), 1,
        ["shared/gone.py: build/read cannot read the module: No such file or directory"],
    ),
    "state directory that is a symlink out": (
        _config(), _link(".m_shared", "state"), 2, [".m_shared is a symlink to", "outside the project"],
    ),
    "NUL byte in a target path": (
        _config(web='"web/\\u0000shared"'), _nothing, 2,
        ["tool.m_shared.targets.web.path must be a non-empty string path"],
    ),
    "target is the project": (
        _config(web='"."'), _nothing, 2, ["tool.m_shared.targets.web.path must be a directory of its own"],
    ),
    "target inside the source": (
        _config(web='"shared/out"'), _nothing, 2, ["tool.m_shared.targets.web.path must be a directory of its own"],
    ),
    "overlapping targets": (
        _config(web='"web"', edge='"web/edge"'), _nothing, 2, ["overlaps targets."],
    ),
    "target is a file": (
        _config(web='"web/shared"'), lambda p, o: ((p / "web").mkdir(), (p / "web" / "shared").write_text("mine\n")), 1,
        ["target 'web' (web/shared) exists and is not a directory"],
    ),
}


@pytest.fixture
def world(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    for relative, text in {"pkg/__init__.py": "", "pkg/secret.py": "KEY = 'outside'\n", "web/index.js": "mine\n",
                           "state/keep.txt": "keep\n", "notes.txt": "do not touch\n"}.items():
        (outside / relative).parent.mkdir(parents=True, exist_ok=True)
        (outside / relative).write_text(text)
    return tmp_path


def test_bad_paths_are_refused_and_nothing_outside_is_touched(world: Path) -> None:
    outside = world / "outside"
    projects = world / "projects"
    for index, (_, (config, setup, _, _)) in enumerate(sorted(CASES.items())):
        project = projects / f"case{index}"
        for relative, text in SOURCES.items():
            (project / relative).parent.mkdir(parents=True, exist_ok=True)
            (project / relative).write_text(text)
        (project / "pyproject.toml").write_text(config)
        setup(project, outside)
    before = _tree(world)
    failures = []
    for index, (name, (_, _, code, messages)) in enumerate(sorted(CASES.items())):
        result = run_m("build", "--project", str(projects / f"case{index}"))
        output = result.stdout + result.stderr
        if result.returncode != code or "Traceback" in output or any(m not in output for m in messages):
            failures.append(f"{name}: exit {result.returncode}, wanted {code} and {messages}:\n{output}")
    assert not failures, "\n\n".join(failures)
    # lint is refused a path outside the project, too (in a project whose configuration is fine)
    valid = sorted(CASES).index("module that is a symlink out")
    lint = run_m("lint", "--project", str(projects / f"case{valid}"), str(outside / "pkg" / "secret.py"))
    assert lint.returncode == 2 and "not inside the project" in lint.stderr and "Traceback" not in lint.stderr
    assert _tree(world) == before


def test_a_symlink_planted_in_a_published_target_is_not_followed(world: Path) -> None:
    """The target is m_shared's: a rebuild shares unchanged files with the previous build by hard
    links, but a symlink put there must neither be kept nor lead the new build outside."""
    outside = world / "outside"
    project = world / "app"
    for relative, text in SOURCES.items():
        (project / relative).parent.mkdir(parents=True, exist_ok=True)
        (project / relative).write_text(text)
    (project / "pyproject.toml").write_text(_config())
    run_m("build", "--project", str(project), check=True)
    target = project / "web" / "shared"
    good = snapshot(target)
    planted = target / "_m_shared" / "m_shared.interop.js"
    (outside / "interop.js").write_bytes(planted.read_bytes())  # same bytes: the manifest cannot tell
    planted.unlink()
    planted.symlink_to(outside / "interop.js")
    outside_before = _tree(outside)
    (project / "shared" / "rules.py").write_text("def ok(x: int) -> bool:\n    return x > 1\n")
    result = run_m("build", "--project", str(project))
    assert result.returncode == 0, result.stderr
    assert not planted.is_symlink() and planted.read_bytes() == good["_m_shared/m_shared.interop.js"]
    assert planted.stat().st_ino != (outside / "interop.js").stat().st_ino
    assert _tree(outside) == outside_before
    assert run_m("check", "--project", str(project)).returncode == 0
