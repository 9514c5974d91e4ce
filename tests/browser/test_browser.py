"""The published modules in a real browser: Debian's Chromium driven by Playwright, pages served on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import launch, serve
from playwright.sync_api import Browser

import m_shared

PAGE = """<!doctype html>
<meta charset="utf-8">
<script type="module">
import { validate_order, order_total, OrderError, MAX_LINES } from './frontend/src/shared/orders.js';
import { run_hook } from './frontend/src/shared/hooks.js';
import { formatPythonTraceback } from './frontend/src/shared/_m_shared/m_shared.interop.js';
const caught = (call) => { try { call(); } catch (error) { return error; } };
const raised = caught(() => order_total([{ quantity: 1, unit_price: 5 }], { discount: 10 }));
const crashed = caught(() => run_hook({ check: 5 }, 'check'));
const none = caught(() => validate_order(null));
const mine = new RangeError('no such hook');
window.results = {
  // JS functions given to shared code inside a dict: called with plain values; what one throws comes back as it was
  hooked: run_hook({ check: (name) => ({ name, tags: [name.toUpperCase()] }) }, 'check'),
  thrownBack: caught(() => run_hook({ fail: () => { throw mine; } }, 'fail')) === mine,
  missing: validate_order({}),
  total: order_total([{ quantity: 2, unit_price: 150 }], { discount: 9 }),
  max: MAX_LINES,
  raised: { isError: raised instanceof Error, isClass: raised instanceof OrderError, name: raised.name,
            message: raised.message, field: raised.field_name, traceback: formatPythonTraceback(raised) },
  crashed: { name: crashed.name, file: crashed.pythonFile, line: crashed.pythonLine, message: crashed.message },
  none: { name: none.name, message: none.message },
};
</script>
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as launched:
        yield launched


@pytest.fixture
def served(app: Path) -> Iterator[str]:
    assert m_shared.build(app).ok
    (app / "index.html").write_text(PAGE, encoding="utf-8")
    with serve(app) as url:
        yield url


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), start=1) if text in line)


def test_published_module_runs_in_chromium_with_python_errors(browser: Browser, served: str, app: Path) -> None:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{served}/index.html")
    page.wait_for_function("window.results !== undefined", timeout=20_000)
    results = page.evaluate("window.results")
    page.close()
    assert errors == []
    orders = app / "shared" / "orders.py"
    assert results["missing"] == [{"field": "gstin", "message": "This field is required", "codes": []}]
    assert results["total"] == 291 and results["max"] == 50
    raised = results["raised"]
    assert (raised["isError"], raised["isClass"], raised["name"], raised["message"], raised["field"]) == (
        True, True, "OrderError", "Discount exceeds the order total", "discount")
    assert raised["traceback"].splitlines() == [
        "Traceback (most recent call last):",
        f'  File "shared/orders.py", line {_line_of(orders, "raise OrderError")}, in order_total',
        "OrderError: Discount exceeds the order total",
    ]
    crashed = results["crashed"]
    assert (crashed["name"], crashed["file"], crashed["line"]) == (
        "MSharedError", "shared/hooks.py", _line_of(app / "shared" / "hooks.py", "return hook(name)"))
    assert results["none"] == {"name": "AttributeError", "message": "'NoneType' object has no attribute 'get'"}
    assert results["hooked"] == {"name": "check", "tags": ["CHECK"]}
    assert results["thrownBack"] is True
