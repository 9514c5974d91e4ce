"""Debugging shared Python in Chromium's devtools, driven through the Chrome DevTools Protocol as devtools drive it.

Devtools learn of each script from ``Debugger.scriptParsed``, fetch the sourcemap it names, show the map's
sources in their file tree, turn a breakpoint on a source line into one on the generated position, and show
a paused location as the source position the map gives for it. The tests do the same and decode the maps
with Mozilla's ``source-map`` library, not with m_shared's own encoder.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sourcemaps
from chromium import launch, serve
from conftest import REPO, call_in_cpython, copy_fixture
from playwright.sync_api import Browser, CDPSession, Page

import m_shared

FIXTURES = Path(__file__).parent / "fixtures"
PAUSE_TIMEOUT = 10.0  # seconds; a pause arrives within milliseconds of the event that causes it


@dataclass(frozen=True)
class Served:
    project: Path
    url: str  # the page
    target: str  # URL of the published target (the directory holding orders.js)


@dataclass(frozen=True)
class Pause:
    reason: str
    script_url: str
    line: int  # 1-based, as sourcemaps count
    column: int
    watched: dict[str, object]


@dataclass
class Debugger:
    """A page under the CDP Debugger: the scripts it parsed, with their sourcemaps, and where it paused."""

    page: Page
    cdp: CDPSession
    scripts: dict[str, dict] = field(default_factory=dict)  # scriptId -> Debugger.scriptParsed params
    pauses: list[Pause] = field(default_factory=list)
    breakpoints: list[str] = field(default_factory=list)
    watch: list[str] = field(default_factory=list)  # evaluated in the paused frame, like devtools' Watch pane
    steps: int = 0  # how many of the next pauses answer "Step into" instead of "Resume"

    @classmethod
    def open(cls, browser: Browser, url: str) -> Debugger:
        page = browser.new_page()
        debugger = cls(page, page.context.new_cdp_session(page))
        debugger.cdp.on("Debugger.scriptParsed", lambda event: debugger.scripts.__setitem__(event["scriptId"], event))
        debugger.cdp.on("Debugger.paused", debugger._paused)
        debugger.cdp.send("Debugger.enable")  # before loading, so that every script is reported
        page.goto(url)
        page.wait_for_selector("body[data-ready=yes]", state="attached", timeout=20_000)
        return debugger

    def _paused(self, event: dict) -> None:
        # The page's JavaScript is stopped until resumed: inspect the frame now, then resume.
        frame = event["callFrames"][0]
        watched = {}
        for expression in self.watch:
            answer = self.cdp.send("Debugger.evaluateOnCallFrame", {
                "callFrameId": frame["callFrameId"], "expression": expression, "returnByValue": True})
            watched[expression] = answer.get("exceptionDetails") or answer["result"].get("value")
        location = frame["location"]
        self.pauses.append(Pause(event["reason"], self.scripts[location["scriptId"]]["url"],
                                 location["lineNumber"] + 1, location["columnNumber"], watched))
        if self.steps:
            self.steps -= 1
            self.cdp.send("Debugger.stepInto")
        else:
            self.cdp.send("Debugger.resume")

    def wait_for_pauses(self, count: int) -> list[Pause]:
        deadline = time.monotonic() + PAUSE_TIMEOUT
        while len(self.pauses) < count and time.monotonic() < deadline:
            self.page.wait_for_timeout(20)  # lets Playwright deliver the CDP events meanwhile
        assert len(self.pauses) >= count, f"paused {len(self.pauses)} times, expected {count}: {self.pauses}"
        return self.pauses

    def source_maps(self) -> dict[str, sourcemaps.Map]:
        """By script URL, the map of every parsed script that names one, fetched over HTTP as devtools fetch it."""
        return {script["url"]: sourcemaps.fetch(script["url"], script["sourceMapURL"])
                for script in self.scripts.values() if script.get("sourceMapURL")}

    def set_breakpoint(self, maps: dict[str, sourcemaps.Map], source_url: str, line: int, workdir: Path) -> list[str]:
        """A breakpoint on a source line, placed as devtools place it; the scripts it went into.

        Devtools look up the line's generated positions in every script whose map has that source and
        break at the first position in each.
        """
        candidates = [m for m in maps.values() if source_url in m.source_urls]
        placed_in = []
        for script, positions in sourcemaps.generated_positions(candidates, source_url, line, workdir).items():
            if not positions:
                continue
            generated_line, generated_column = min(positions)
            placed = self.cdp.send("Debugger.setBreakpointByUrl", {
                "url": script, "lineNumber": generated_line - 1, "columnNumber": generated_column})
            assert placed["locations"], f"V8 found no code at {script}:{generated_line}"
            self.breakpoints.append(placed["breakpointId"])
            placed_in.append(script)
        return placed_in

    def remove_breakpoints(self) -> None:
        for breakpoint_id in self.breakpoints:
            self.cdp.send("Debugger.removeBreakpoint", {"breakpointId": breakpoint_id})
        self.breakpoints.clear()

    def close(self) -> None:
        self.page.close()


def _line_of(path: Path, text: str) -> int:
    lines = [number for number, line in enumerate(path.read_text().splitlines(), start=1) if text in line]
    assert len(lines) == 1, f"{text!r} is on lines {lines} of {path}: the test needs one"
    return lines[0]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as launched:
        yield launched


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("devtools")


@pytest.fixture(scope="module")
def demo(workdir: Path) -> Iterator[Served]:
    """The demo app built into a fresh copy; its order form (frontend/index.html) validates as you type.

    The demo's backend serves frontend/ as static files at / (its API only answers "Check with the
    server"); the same directory is served here, so the page loads the same URLs.
    """
    project = copy_fixture(REPO / "demo_app", workdir / "demo")
    assert m_shared.build(project).ok
    with serve(project / "frontend") as base:
        yield Served(project, f"{base}/", f"{base}/src/shared/")


@pytest.fixture(scope="module")
def failing(workdir: Path) -> Iterator[Served]:
    """The build fixture app (its shared code raises), served with a page that shows tracebacks."""
    project = copy_fixture(REPO / "tests" / "build" / "fixtures" / "app", workdir / "app")
    assert m_shared.build(project).ok
    shutil.copy(FIXTURES / "errors.html", project / "frontend" / "src" / "errors.html")
    with serve(project / "frontend" / "src") as base:
        yield Served(project, f"{base}/errors.html", f"{base}/shared/")


def _python_source_url(maps: dict[str, sourcemaps.Map], module: str) -> str:
    """The one URL under which devtools list ``module`` (a path like shared/orders.py), whichever map names it."""
    urls = {url for source_map in maps.values() for url in source_map.source_urls if url.endswith(f"/{module}")}
    assert len(urls) == 1, f"{module} appears under {sorted(urls)}: devtools would list it more than once"
    return urls.pop()


def _ignore_list_pattern() -> str:
    """The ignore-list pattern docs/debugging.md tells users to add: the one line of a code block naming _m_shared."""
    [pattern] = [line for line in (REPO / "docs" / "debugging.md").read_text().splitlines() if line.startswith("/_m_shared/")]
    return pattern


def test_devtools_list_each_python_file_with_its_exact_source(browser: Browser, demo: Served) -> None:
    debugger = Debugger.open(browser, demo.url)
    maps = debugger.source_maps()
    debugger.close()
    listed: dict[str, set[str]] = {}
    for script, source_map in maps.items():
        assert source_map.document["version"] == 3
        [url] = source_map.source_urls
        # Under the target's private folder, by its path in the project: shared/orders.py, shared/tax/gstin.py
        assert url.startswith(f"{demo.target}_m_shared/shared/") and url.endswith(".py"), url
        module = url.removeprefix(f"{demo.target}_m_shared/")
        if "/_m_shared/" in script:  # Transcrypt's module names its source package-relative
            assert source_map.document["sources"] == [module]
        [content] = source_map.document["sourcesContent"]
        assert content == (demo.project / module).read_bytes().decode("utf-8"), f"{url}: not the text of {module}"
        listed.setdefault(module, set()).add(script)
    # The page imports orders.js and others, which load the modules they import; the public wrapper
    # and Transcrypt's module both map to the one orders.py.
    assert listed["shared/orders.py"] == {f"{demo.target}orders.js", f"{demo.target}_m_shared/shared.orders.js"}
    assert {"shared/messages.py", "shared/tax/gstin.py"} <= listed.keys()
    _python_source_url(maps, "shared/orders.py")


def test_breakpoint_on_a_python_line_pauses_when_the_form_validates(
    browser: Browser, demo: Served, workdir: Path
) -> None:
    orders = demo.project / "shared" / "orders.py"
    # validate_email's verdict on an address that does not match the pattern (validate_order calls it)
    line = _line_of(orders, "re.fullmatch(EMAIL, address) is None") + 1
    assert orders.read_text().splitlines()[line - 1].strip() == "return messages.INVALID_EMAIL"
    debugger = Debugger.open(browser, demo.url)
    maps = debugger.source_maps()
    source_url = _python_source_url(maps, "shared/orders.py")
    # Only Transcrypt's module holds the function's body; the public wrapper maps only its exports.
    assert debugger.set_breakpoint(maps, source_url, line, workdir) == [f"{demo.target}_m_shared/shared.orders.js"]

    debugger.watch = ["value"]  # validate_email's parameter
    typed = "ada@"
    debugger.page.locator("#email").press_sequentially(typed)
    pauses = debugger.wait_for_pauses(len(typed))  # one validation per keystroke, each an invalid address
    found = sourcemaps.original_positions([(maps[p.script_url], p.line, p.column) for p in pauses], workdir)
    assert found == [(source_url, line)] * len(typed), pauses
    assert [pause.watched["value"] for pause in pauses] == [typed[:n] for n in range(1, len(typed) + 1)]
    expected = call_in_cpython(demo.project, "shared.orders", "validate_email", [typed])
    assert debugger.page.locator("#email-error").inner_text() == expected

    # Without the breakpoint the same form validates without stopping: the pauses were the breakpoint's.
    debugger.remove_breakpoints()
    debugger.page.locator("#email").press_sequentially("example.com")
    assert call_in_cpython(demo.project, "shared.orders", "validate_email", [typed + "example.com"]) is None
    debugger.page.wait_for_selector("#issues li[data-field=email]", state="detached", timeout=10_000)
    debugger.close()
    assert len(debugger.pauses) == len(typed)


def test_step_into_goes_from_a_python_call_to_the_called_python_function(
    browser: Browser, demo: Served, workdir: Path
) -> None:
    orders = demo.project / "shared" / "orders.py"
    call = _line_of(orders, "email_problem = validate_email(")
    callee = _line_of(orders, "def validate_email(")
    debugger = Debugger.open(browser, demo.url)
    # With the runtime on the ignore list (as docs/debugging.md says), stepping skips Transcrypt's helpers.
    debugger.cdp.send("Debugger.setBlackboxPatterns", {"patterns": [_ignore_list_pattern()]})
    maps = debugger.source_maps()
    source_url = _python_source_url(maps, "shared/orders.py")
    debugger.set_breakpoint(maps, source_url, call, workdir)
    debugger.steps = 12  # the call's argument, doc.get("email"), takes a few steps of its own
    debugger.page.locator("#email").press_sequentially("a")
    pauses = debugger.wait_for_pauses(1 + 12)
    debugger.close()
    assert all(pause.script_url in maps for pause in pauses), "stepped into a script without Python source"
    lines = [found_line for found_source, found_line in sourcemaps.original_positions(
        [(maps[p.script_url], p.line, p.column) for p in pauses], workdir) if found_source == source_url]
    visited = [number for index, number in enumerate(lines) if index == 0 or lines[index - 1] != number]
    # As pdb's step does: the called function's def line (its arguments are bound), then its first line.
    assert visited[:3] == [call, callee, callee + 1], lines


@pytest.mark.parametrize(("button", "module", "function", "marker"), [
    ("discount", "orders", "order_total", 'raise OrderError("Discount exceeds the order total"'),
    ("hook", "hooks", "run_hook", "return hook(name)"),  # calls an int: a TypeError in the JS engine
])
def test_exception_in_shared_code_is_reported_at_its_python_line(
    browser: Browser, failing: Served, workdir: Path, button: str, module: str, function: str, marker: str
) -> None:
    source = failing.project / "shared" / f"{module}.py"
    line = _line_of(source, marker)
    debugger = Debugger.open(browser, failing.url)
    maps = debugger.source_maps()
    source_url = _python_source_url(maps, f"shared/{module}.py")
    debugger.cdp.send("Debugger.setPauseOnExceptions", {"state": "caught"})  # the page catches it to show it
    debugger.page.click(f"#{button}")
    traceback = debugger.page.locator("#traceback")
    traceback.filter(has_text="Traceback").wait_for(timeout=10_000)
    shown = traceback.inner_text().splitlines()
    [first, *_] = debugger.wait_for_pauses(1)
    debugger.close()

    # The js_runtime's traceback helper, in the page: the .py file, the line and the Python function.
    assert shown[:2] == ["Traceback (most recent call last):", f'  File "shared/{module}.py", line {line}, in {function}']
    if button == "discount":
        message = re.search(r'raise OrderError\("([^"]+)"', source.read_text()).group(1)
        assert shown[2:] == [f"OrderError: {message}"]
    else:
        assert shown[2].startswith(f"MSharedError: m_shared: JavaScript error in shared/{module}.py, line {line} ")
    # Devtools, pausing on the exception, stop in shared code at the same Python line.
    assert first.reason == "exception"
    assert sourcemaps.original_positions([(maps[first.script_url], first.line, first.column)], workdir) == [
        (source_url, line)]
