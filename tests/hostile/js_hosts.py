"""The JavaScript engines of tests/hostile, each kept running for a whole test module.

* :class:`NodeHost` - a Node process answering one JSON line per batch (fixtures/node_host.mjs);
* :func:`chromium` / :func:`serve` - Debian's Chromium through Playwright, pages served on loopback;
* :func:`workerd` - a real ``workerd serve`` of a built workerd target (fixtures/worker.js).

Values cross back to Python through ``fixtures/harness.js``'s exact encoding; :func:`encode` is its
CPython twin, so a JS result and a CPython result are compared as equal data, not as printed text.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import shutil
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WORKERD = REPO / "js_runtime" / "node_modules" / ".bin" / "workerd"
CHROMIUM = "/usr/bin/chromium"  # Playwright's own browser download is not available; scripts/setup installs this
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
HOST_FILES = ("harness.js", "host.js")


def encode(value: object) -> object:
    """A CPython value as fixtures/harness.js encodes the JS value (numbers by their float64 bits)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if abs(value) > 2**53:
            raise ValueError(f"{value} is not a JavaScript number")
        return ["n", struct.pack(">d", float(value)).hex()]
    if isinstance(value, float):
        return ["n", struct.pack(">d", value).hex()]
    if isinstance(value, (list, tuple)):
        return ["a", [encode(item) for item in value]]
    if isinstance(value, dict):
        return ["o", [[key, encode(item)] for key, item in value.items()]]
    raise TypeError(f"no JavaScript twin for {type(value).__name__}")


def place_host(directory: Path, *extra: str) -> None:
    """Copy the harness and host modules beside a target directory named ``shared``."""
    for name in (*HOST_FILES, *extra):
        shutil.copy(FIXTURES / name, directory / name)


class NodeHost:
    """One Node process running ``node_host.mjs``: a batch in, its results out, one JSON line each."""

    def __init__(self, directory: Path) -> None:
        place_host(directory, "node_host.mjs")
        self.process = subprocess.Popen(
            ["node", "node_host.mjs"], cwd=directory, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.imported = self._read()

    def _read(self) -> object:
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"node exited ({self.process.wait()}):\n{self.process.stderr.read()}")
        return json.loads(line)

    def run(self, batch: list) -> dict:
        self.process.stdin.write(json.dumps(batch) + "\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.process.stdout.close()
        self.process.stderr.close()


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a directory on a loopback port; yields its URL."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium (a Playwright Browser)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise AssertionError(f"{CHROMIUM} is missing: run scripts/setup (it installs Debian's chromium package)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def _modules_capnp(worker_dir: Path, target: Path) -> str:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    names = sorted(name for name in manifest["files"] if name.endswith(".js"))
    src = target.parent.relative_to(worker_dir).as_posix()
    entries = [f'  (name = "worker.js", esModule = embed "{src}/worker.js"),']
    entries += [f'  (name = "{name}", esModule = embed "{src}/{name}"),' for name in HOST_FILES]
    entries += [f'  (name = "shared/{name}", esModule = embed "{src}/shared/{name}"),' for name in names]
    return (
        "# Generated by tests/hostile/js_hosts.py from the built target's manifest.json.\n"
        'using Workerd = import "/workerd/workerd.capnp";\n'
        "const modules :List(Workerd.Worker.Module) = [\n" + "\n".join(entries) + "\n];\n"
    )


class Worker:
    def __init__(self, url: str) -> None:
        self.url = url

    def get(self, path: str) -> object:
        with urllib.request.urlopen(self.url + path, timeout=20) as response:
            return json.loads(response.read())

    def post(self, path: str, payload: object) -> object:
        request = urllib.request.Request(self.url + path, data=json.dumps(payload).encode())
        with urllib.request.urlopen(request, timeout=20) as response:
            return json.loads(response.read())


@contextlib.contextmanager
def workerd(worker_dir: Path, target: Path, ready: str = "/imported") -> Iterator[Worker]:
    """Serve ``worker_dir`` (its target published in ``target``, a directory named ``shared``) with workerd."""
    if not WORKERD.exists():
        raise AssertionError(f"{WORKERD} is missing: run scripts/setup (npm install in js_runtime)")
    place_host(target.parent, "worker.js")
    shutil.copy(FIXTURES / "config.capnp", worker_dir / "config.capnp")
    (worker_dir / "modules.capnp").write_text(_modules_capnp(worker_dir, target), encoding="utf-8")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    log = (worker_dir / "workerd.log").open("w+", encoding="utf-8")
    process = subprocess.Popen(
        [str(WORKERD), "serve", "config.capnp", "--socket-fd", f"http={listener.fileno()}"],
        cwd=worker_dir, stdout=log, stderr=subprocess.STDOUT, pass_fds=[listener.fileno()],
    )
    try:
        listener.close()  # workerd holds its own descriptor now
        worker = Worker(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise AssertionError(f"workerd exited with {process.returncode}:\n{log.read()}")
            try:
                worker.get(ready)
                break
            except OSError:
                if time.monotonic() > deadline:
                    log.seek(0)
                    raise AssertionError(f"workerd did not answer within 30 s:\n{log.read()}") from None
                time.sleep(0.1)
        yield worker
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
