"""The README's main command, `bash scripts/demo`, as a user runs it: URLs, live edits, tracebacks, Ctrl-C.

It runs on a copy of demo_app/ (`--project`), never on the checked-in one.
"""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser.chromium import launch
from conftest import REPO
from demo_process import Demo, alive, copy_demo, post_json

pytestmark = pytest.mark.timeout(300)

RELOAD_SECONDS = 30  # a save is republished in well under a second; workerd and uvicorn reload within a few
VALID = {
    "name": "Asha Rao",
    "email": "asha.rao@example.com",
    "customer_type": "individual",
    "place_of_supply": "27",
    "order_date": "2025-03-01",
    "delivery_date": "2025-03-05",
    "lines": [{"sku": "TEA-250", "quantity": 3, "unit_price": 33333, "tax_rate": 18}],
}
OLD_MESSAGE = "Enter an email address like name@example.com."
NEW_MESSAGE = "Please enter an email address such as name@example.in."


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    running = Demo.start(copy_demo(tmp_path / "demo_app"))
    try:
        yield running
    finally:
        if running.process.poll() is None:
            running.kill()


def _email_message(url: str) -> str | None:
    issues = post_json(url, {"email": "asha@"}).json()["issues"]
    return next((issue["message"] for issue in issues if issue["field"] == "email"), None)


def _wait_for(what: str, check: object, timeout: float = RELOAD_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} within {timeout} s")
        time.sleep(0.2)


def _line_of(path: Path, text: str) -> int:
    [number] = [n for n, line in enumerate(path.read_text().splitlines(), start=1) if text in line]
    return number


def _last_traceback(log: str, name: str, file: str) -> list[tuple[str, int, str]]:
    """The shared/ frames (file, line, function) of the last Python traceback a child printed in full.

    The log is read when a first error line shows up; a later request's traceback may be half written
    by then, so what follows the last error line is not looked at.
    """
    ends = list(re.finditer(rf"^{re.escape(name)} \| \w*(?:Error|Exception): .*$", log, re.MULTILINE))
    complete = log[: ends[-1].start()] if ends else log
    last = complete.rsplit(f"{name} | Traceback (most recent call last):", 1)[1]
    frame = re.compile(rf"^{re.escape(name)} \| {{3}}File {file}, line (\d+), in (\w+)$", re.MULTILINE)
    return [(path, int(line), function) for path, line, function in frame.findall(last)]


def _workerd_pids(demo: Demo) -> set[int]:
    return {
        pid for pid in demo.descendants() if b"workerd" in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
    }


def test_demo_command_serves_reloads_logs_python_tracebacks_and_stops_on_ctrl_c(demo: Demo) -> None:
    # It printed its URLs, and they answer.
    assert set(demo.urls) == {"page", "backend", "worker"}
    with urllib.request.urlopen(demo.urls["page"], timeout=20) as response:
        assert response.status == 200 and b'<form id="order"' in response.read()
    with urllib.request.urlopen(demo.urls["page"] + "src/shared/orders.js", timeout=20) as response:
        assert response.headers["cache-control"] == "no-cache"  # a reload revalidates republished modules
    assert _email_message(demo.urls["backend"]) == _email_message(demo.urls["worker"]) == OLD_MESSAGE
    workerd = _workerd_pids(demo)
    assert len(workerd) == 1

    with launch() as browser:
        page = browser.new_page()
        page.goto(demo.urls["page"])
        page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
        page.locator("#email").press_sequentially("asha@")
        assert page.locator("#email-error").inner_text() == OLD_MESSAGE

        # Edit a message in the copy: the worker and the backend change without a restart, the page on a reload.
        messages = demo.project / "shared" / "messages.py"
        messages.write_text(messages.read_text().replace(OLD_MESSAGE, NEW_MESSAGE))
        _wait_for("the worker did not change its message", lambda: _email_message(demo.urls["worker"]) == NEW_MESSAGE)
        _wait_for("the backend did not change its message", lambda: _email_message(demo.urls["backend"]) == NEW_MESSAGE)
        assert _workerd_pids(demo) == workerd  # the same workerd, reloaded by its --watch
        page.reload()
        page.wait_for_selector("body[data-ready=yes]", timeout=20_000)
        page.locator("#email").press_sequentially("asha@")
        assert page.locator("#email-error").inner_text() == NEW_MESSAGE
        page.close()

    # A bug in shared code: both answer 500, and both logs show the Python traceback, at the same lines.
    gst = demo.project / "shared" / "tax" / "gst.py"
    gst.write_text(gst.read_text().replace("central = tax // 2", 'central = tax // {"central": 2}["centre"]'))
    since = demo.mark()
    _wait_for("the worker did not pick up the bug", lambda: post_json(demo.urls["worker"], VALID).status == 500)
    _wait_for("the backend did not pick up the bug", lambda: post_json(demo.urls["backend"], VALID).status == 500)
    assert post_json(demo.urls["worker"], VALID).body == post_json(demo.urls["backend"], VALID).body
    worker_log = demo.wait_for_output(r"^ worker \| KeyError: 'centre'$", since).string
    backend_log = demo.wait_for_output(r"^backend \| KeyError: 'centre'$", since).string
    worker_frames = _last_traceback(worker_log, " worker", r'"(shared/[^"]+\.py)"')
    backend_frames = _last_traceback(backend_log, "backend", r'"[^"]*/(shared/[^"]+\.py)"')
    bug_line = _line_of(gst, '["centre"]')
    assert worker_frames[-1] == ("shared/tax/gst.py", bug_line, "split_tax"), worker_log
    assert [frame[2] for frame in worker_frames] == ["review_order", "quote_order", "split_tax"]
    assert worker_frames == backend_frames  # CPython's own traceback, frame for frame

    # Ctrl-C: the command exits and every process it started is gone.
    started = demo.descendants()
    assert len(started) >= 4, started  # m shared build --watch, uvicorn (+ its server process), workerd
    assert demo.interrupt() == 0
    _wait_for("processes outlived the demo", lambda: not any(alive(pid) for pid in started), timeout=10)
    assert demo.output().splitlines()[-1].endswith("| stopped")


def test_a_port_in_use_is_reported_before_anything_starts(tmp_path: Path) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    port = taken.getsockname()[1]
    try:
        result = subprocess.run(
            [
                "bash",
                str(REPO / "scripts" / "demo"),
                "--no-setup",
                "--project",
                str(copy_demo(tmp_path / "demo_app")),
                "--port",
                str(port),
                "--worker-port",
                "0",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        taken.close()
    assert result.returncode == 1
    assert not (tmp_path / "demo_app" / "worker" / "src" / "shared").exists()  # nothing was built
    assert result.stdout.rstrip().splitlines()[-1] == (
        f"   demo | error: cannot listen on 127.0.0.1:{port} for the page and backend (Address already in use): "
        f"pass --port N, or --port 0 for any free port"
    )
