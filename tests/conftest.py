"""Shared test helpers: real projects on disk, the real `m` command, real Node."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NODE_MODULES = REPO / "js_runtime" / "node_modules"
# ES modules ignore NODE_PATH: test scripts load the js_runtime's dev dependencies through require.
SOURCE_MAP_IMPORT = (
    "import { createRequire } from 'node:module';\n"
    f"const {{ SourceMapConsumer }} = createRequire({json.dumps(str(NODE_MODULES) + '/')})('source-map');\n"
)


WORKERD = NODE_MODULES / ".bin" / "workerd"


@contextlib.contextmanager
def serve_workerd(worker_dir: Path, ready: str, config: str = "config.capnp", seconds: float = 30) -> Iterator[str]:
    """A real `workerd serve` of ``worker_dir/config`` on an already-bound loopback socket; yields its URL.

    It is ready when a GET of ``ready`` answers; its log (``workerd.log``) is in the error if it exits or
    does not answer within ``seconds``. Stopped (terminated, then killed) on exit.
    """
    if not WORKERD.exists():
        raise AssertionError(f"{WORKERD} is missing: run scripts/setup (npm install in js_runtime)")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    log = (worker_dir / "workerd.log").open("w+", encoding="utf-8")
    process = subprocess.Popen(
        [str(WORKERD), "serve", config, "--socket-fd", f"http={listener.fileno()}"],
        cwd=worker_dir, stdout=log, stderr=subprocess.STDOUT, pass_fds=[listener.fileno()],
    )
    try:
        listener.close()  # workerd holds its own descriptor now
        deadline = time.monotonic() + seconds
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise AssertionError(f"workerd exited with {process.returncode}:\n{log.read()}")
            try:
                with urllib.request.urlopen(url + ready, timeout=seconds):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    log.seek(0)
                    raise AssertionError(f"workerd did not answer within {seconds} s:\n{log.read()}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def copy_fixture(source: Path, destination: Path) -> Path:
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns(".m_shared", "__pycache__"))
    return destination


def built_fixture(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of a fixture project, built by the real command line."""
    project = copy_fixture(source, tmp_path_factory.mktemp(source.name) / "project")
    run_m("build", "--project", str(project), check=True)
    return project


def node_project(directory: Path, modules: dict[str, str]) -> Path:
    """A project in ``directory`` whose package `shared` holds ``modules`` (name -> source), published for Node to `out`."""
    (directory / "shared").mkdir(parents=True)
    (directory / "pyproject.toml").write_text(
        '[tool.m_shared]\nsource = "shared"\n\n[tool.m_shared.targets.node]\npath = "out"\nruntime = "node"\n'
    )
    (directory / "shared" / "__init__.py").write_text("")
    for name, source in modules.items():
        (directory / "shared" / f"{name}.py").write_text(source, encoding="utf-8")
    return directory


def run_m(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run the real command line, as a user would (`python -m m_shared` is the `m` console script)."""
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "m_shared", "shared", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )
    if check and result.returncode != 0:
        raise AssertionError(f"m {' '.join(args)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def run_node(script: str, cwd: Path, timeout: float = 60) -> object:
    """Run an ES-module script in Node; it must print one JSON document, which is returned."""
    path = cwd / f"_test_{abs(hash(script))}.mjs"
    path.write_text(script, encoding="utf-8")
    try:
        result = subprocess.run(
            ["node", str(path)], cwd=cwd, capture_output=True, text=True, timeout=timeout,
        )
    finally:
        path.unlink()
    if result.returncode != 0:
        raise AssertionError(f"node failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout)


def call_in_cpython(project: Path, module: str, function: str, args: list) -> object:
    """Call a shared function of ``project`` in this CPython; its result as JSON would carry it.

    An exception is a result like any other: ``["error", class name, str(exception)]``.
    """
    sys.path.insert(0, str(project))
    try:
        imported = importlib.import_module(module)
        try:
            return json.loads(json.dumps(getattr(imported, function)(*args)))
        except Exception as error:  # noqa: BLE001 - compared with what JS raises
            return ["error", type(error).__name__, str(error)]
    finally:
        sys.path.remove(str(project))
        package = module.split(".")[0]
        for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
            del sys.modules[name]


def initialised_app(directory: Path) -> Path:
    """An existing project with a Vite frontend, set up by the real `m shared init`."""
    directory.mkdir()
    (directory / "pyproject.toml").write_text('[project]\nname = "app"\n')
    (directory / "web").mkdir()
    (directory / "web" / "package.json").write_text('{"devDependencies": {"vite": "5"}}')
    run_m("init", "--project", str(directory), check=True)
    return directory


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under a directory, by relative path (empty when it does not exist)."""
    if not directory.exists():
        return {}
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A fresh copy of the build fixture app."""
    return copy_fixture(REPO / "tests" / "build" / "fixtures" / "app", tmp_path / "app")
