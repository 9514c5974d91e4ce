"""The demo app end to end: one order, three runtimes, the same verdict.

`bash scripts/demo` runs a fresh copy of demo_app/ (module fixture). Each payload of the table goes
to the backend (CPython, over HTTP), to the worker (workerd, over HTTP) and to the page's published
modules in Chromium; the three answers must be the same bytes. Each row also names the fields its
issues must be on, worked out from the rules in demo_app/shared/, so that the table checks the
validators and not only that the runtimes agree. The form is driven as a user drives it, and what
it shows is compared with what CPython's validators say about the same input.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser.chromium import launch
from demo_process import Demo, copy_demo, post
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.timeout(300)

VALID_LINE = {"sku": "TEA-250", "quantity": 2, "unit_price": 45000, "tax_rate": 5}
VALID = {
    "name": "Asha Rao",
    "email": "asha.rao@example.com",
    "customer_type": "individual",
    "gstin": "",
    "place_of_supply": "27",
    "order_date": "2025-03-01",
    "delivery_date": "2025-03-05",
    "lines": [VALID_LINE],
    "discount_bp": 0,
}


def order(**changes: object) -> str:
    return json.dumps({**VALID, **changes}, ensure_ascii=False)


def line(**changes: object) -> dict:
    return {**VALID_LINE, **changes}


def raw(json_text: str) -> str:
    """A body whose numbers must be written exactly as given (json.dumps would rewrite them)."""
    json.loads(json_text, parse_int=float, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))
    return json_text


def _valid_with(**literals: str) -> str:
    """VALID with some values replaced by literal JSON text."""
    doc = {**VALID, **{key: f"@{key}@" for key in literals}}
    text = json.dumps(doc, ensure_ascii=False)
    for key, literal in literals.items():
        text = text.replace(f'"@{key}@"', literal)
    return raw(text)


HUGE_INTEGER = "9" * 5000  # CPython will not make an int of it; JSON.parse reads Infinity
LINES_OF = "lines.{}.{}".format
VALID_BODY = order()

# (label, JSON body, the fields its issues are on: () for a valid order)
PAYLOADS: list[tuple[str, str, tuple[str, ...]]] = [
    ("valid: individual, same state", VALID_BODY, ()),
    (
        "valid: business, 15% off ₹9,000",
        order(customer_type="business", gstin="27AAPFU0939F1ZV", lines=[line(quantity=20)], discount_bp=1500),
        (),
    ),
    (
        "valid: business in another state (IGST)",
        order(customer_type="business", gstin="29AAACR5055K1Z3", place_of_supply="29"),
        (),
    ),
    (
        "valid: whole numbers written as floats",
        _valid_with(
            lines='[{"sku": "TEA-250", "quantity": 2.0, "unit_price": 45000.0, "tax_rate": 5.0}]', discount_bp="0.0"
        ),
        (),
    ),
    (
        "valid: Devanagari and CJK name, GSTIN padded and in lower case",
        order(name="आशा ट्रेडर्स 東京商事", customer_type="business", gstin=" 27aapfu0939f1zv "),
        (),
    ),
    (
        "valid: every bound at its limit",
        order(
            lines=[
                line(sku="A", quantity=10000, unit_price=10000),
                line(sku="B-2", unit_price=100000000, quantity=1, tax_rate=28),
                line(sku="FREE", quantity=1, unit_price=0, tax_rate=0),
            ],
            discount_bp=5000,
            delivery_date="2025-05-30",
        ),
        (),
    ),
    (
        "valid: leap day, paise rounded half up",
        order(
            order_date="2024-02-29",
            delivery_date="2024-02-29",
            lines=[line(quantity=3, unit_price=33333, tax_rate=18)],
            discount_bp=500,
        ),
        (),
    ),
    (
        "valid: unknown and JavaScript-special keys are ignored",
        _valid_with(
            notes='{"deep": [[[{"x": null}]]]}',
            constructor="1",
            **{"1": '"one"'},
            lines='[{"sku": "TEA-250", "quantity": 2, "unit_price": 45000, "tax_rate": 5, "0": 1, "hasOwnProperty": 2,'
            ' "__proto__": {"quantity": 0}}]',
        ),
        (),
    ),
    ("valid: emoji and a lone surrogate in the name", _valid_with(name='"Chai \\ud83d Point \\ud83c\\udf75"'), ()),
    (
        "empty object",
        "{}",
        ("name", "email", "customer_type", "place_of_supply", "order_date", "delivery_date", "lines"),
    ),
    (
        "every field an empty string",
        json.dumps(dict.fromkeys(VALID, "")),
        ("name", "email", "customer_type", "place_of_supply", "order_date", "delivery_date", "lines"),
    ),
    (
        "wrong types everywhere",
        order(
            name=42,
            email=["asha@example.com"],
            customer_type=True,
            gstin=123,
            place_of_supply=27,
            order_date=20250301,
            delivery_date=None,
            lines="TEA-250",
            discount_bp="10",
        ),
        (
            "name",
            "email",
            "customer_type",
            "gstin",
            "place_of_supply",
            "order_date",
            "delivery_date",
            "lines",
            "discount_bp",
        ),
    ),
    ("lines as an object", order(lines={"0": VALID_LINE}), ("lines",)),
    (
        "line items that are not objects",
        order(lines=[1, None, "TEA-250", []]),
        ("lines.0", "lines.1", "lines.2", "lines.3"),
    ),
    (
        "a line item without fields",
        order(lines=[{}]),
        (LINES_OF(0, "sku"), LINES_OF(0, "quantity"), LINES_OF(0, "unit_price"), LINES_OF(0, "tax_rate")),
    ),
    (
        "quantities: zero, negative, fraction, too many, bool, text",
        order(lines=[line(sku=f"Q{i}", quantity=q) for i, q in enumerate([0, -1, 1.5, 10001, True, "3"])]),
        tuple(LINES_OF(i, "quantity") for i in range(6)),
    ),
    (
        "huge numbers: 1e400, 2**53 + 1, 5000 digits, -1e308",
        _valid_with(
            lines=f'[{{"sku": "H1", "quantity": 1e400, "unit_price": 1, "tax_rate": 5}},'
            f' {{"sku": "H2", "quantity": 1, "unit_price": 9007199254740993, "tax_rate": 5}},'
            f' {{"sku": "H3", "quantity": {HUGE_INTEGER}, "unit_price": 1, "tax_rate": 5}},'
            f' {{"sku": "H4", "quantity": -1e308, "unit_price": 1, "tax_rate": 5}}]',
            discount_bp="1e999",
        ),
        (
            LINES_OF(0, "quantity"),
            LINES_OF(1, "unit_price"),
            LINES_OF(2, "quantity"),
            LINES_OF(3, "quantity"),
            "discount_bp",
        ),
    ),
    (
        "a price over ₹10 lakh, a line over ₹1 crore",
        order(lines=[line(sku="P1", unit_price=100000001), line(sku="P2", quantity=10000, unit_price=1000000)]),
        (LINES_OF(0, "unit_price"), LINES_OF(1, "quantity")),
    ),
    (
        "prices: negative, half a paisa, text",
        order(lines=[line(sku="N", unit_price=-1), line(sku="F", unit_price=0.5), line(sku="T", unit_price="450.00")]),
        tuple(LINES_OF(i, "unit_price") for i in range(3)),
    ),
    (
        "GST rates that do not exist",
        order(lines=[line(sku=f"R{i}", tax_rate=rate) for i, rate in enumerate([7, 18.5, "18", None])]),
        tuple(LINES_OF(i, "tax_rate") for i in range(4)),
    ),
    (
        "item codes: repeated, with a space, too long, underscore, leading dash",
        order(lines=[line(sku=sku) for sku in ["TEA-250", "tea-250", "TEA 250", "A" * 21, "TEA_250", "-A"]]),
        tuple(LINES_OF(i, "sku") for i in range(1, 6)),
    ),
    ("51 line items", order(lines=[line(sku=f"SKU-{i}") for i in range(51)]), ("lines",)),
    ("email without a domain", order(email="asha@"), ("email",)),
    ("email without a dot in the domain", order(email="asha@example"), ("email",)),
    ("email with a space", order(email="asha rao@example.com"), ("email",)),
    ("email in Devanagari", order(email="आशा@example.com"), ("email",)),
    ("email with an emoji", order(email="\U0001f600@example.com"), ("email",)),
    ("email of 302 characters", order(email="a" * 290 + "@example.com"), ("email",)),
    ("name with markup", order(name="<b>Asha</b>"), ("name",)),
    ("name of no-break and ideographic spaces", order(name="\u00a0\u3000 "), ("name",)),
    ("GSTIN with a wrong check character", order(gstin="27AAPFU0939F1ZX"), ("gstin",)),
    ("GSTIN of a state code that does not exist", order(gstin="99AAPFU0939F1ZK"), ("gstin",)),
    ("business without a GSTIN", order(customer_type="business"), ("gstin",)),
    (
        "business registered in another state",
        order(customer_type="business", gstin="29AAACR5055K1Z3"),
        ("place_of_supply",),
    ),
    (
        "unknown customer type and place of supply",
        order(customer_type="company", place_of_supply="25"),
        ("customer_type", "place_of_supply"),
    ),
    (
        "dates: no such day, day first",
        order(order_date="2025-02-29", delivery_date="05/03/2025"),
        ("order_date", "delivery_date"),
    ),
    ("delivery before the order", order(delivery_date="2025-02-28"), ("delivery_date",)),
    ("delivery 91 days after the order", order(delivery_date="2025-05-31"), ("delivery_date",)),
    (
        "dates with an emoji and with Devanagari digits",
        order(order_date="2025-03-0\U0001f600", delivery_date="२०२५-०३-०५"),
        ("order_date", "delivery_date"),
    ),
    ("discount over 50%", order(discount_bp=5001), ("discount_bp",)),
    ("discount negative", order(discount_bp=-1), ("discount_bp",)),
    ("discount in fractions of a basis point", order(discount_bp=12.5), ("discount_bp",)),
    ("more than 10% off an order under ₹5,000", order(discount_bp=1500), ("discount_bp",)),
    (
        "a large discount on invalid lines: only the lines are reported",
        order(discount_bp=1500, lines=[line(quantity=0)]),
        (LINES_OF(0, "quantity"),),
    ),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    running = Demo.start(copy_demo(tmp_path_factory.mktemp("demo") / "demo_app"))
    try:
        yield running
    finally:
        running.interrupt()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser, demo: Demo) -> Iterator[Page]:
    opened = browser.new_page(viewport={"width": 1120, "height": 1000})
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(demo.urls["page"])
    opened.wait_for_selector("body[data-ready=yes]", timeout=20_000)
    yield opened
    opened.close()
    assert errors == [], errors


def cpython(project: Path, module: str, function: str, *args: object) -> object:
    """``function(*args)`` of the project's shared package in this CPython, as plain JSON data."""
    sys.path.insert(0, str(project))
    try:
        result = getattr(importlib.import_module(module), function)(*args)
        return json.loads(json.dumps(dataclasses.asdict(result) if dataclasses.is_dataclass(result) else result))
    finally:
        sys.path.remove(str(project))
        for name in [name for name in sys.modules if name == "shared" or name.startswith("shared.")]:
            del sys.modules[name]


def test_payload_table_has_the_same_verdict_in_backend_worker_and_page(demo: Demo, page: Page) -> None:
    labels = [label for label, _, _ in PAYLOADS]
    assert len(PAYLOADS) >= 30 and len(set(labels)) == len(labels)
    page_answers = page.evaluate(
        "bodies => bodies.map((body) => JSON.stringify(window.demo.review_order(JSON.parse(body))))",
        [body for _, body, _ in PAYLOADS],
    )
    mismatches = []
    for (label, body, fields), in_page in zip(PAYLOADS, page_answers, strict=True):
        backend = post(demo.urls["backend"], body.encode(), {"content-type": "application/json"})
        worker = post(demo.urls["worker"], body.encode(), {"content-type": "application/json"})
        assert (backend.status, worker.status) == (200, 200), (label, backend, worker)
        if not backend.body == worker.body == in_page.encode():
            mismatches.append((label, backend.body, worker.body, in_page))
            continue
        review = backend.json()
        assert review["valid"] == (fields == ()), (label, review)
        assert tuple(issue["field"] for issue in review["issues"]) == fields, (label, review["issues"])
        assert (review["quote"] is None) == (fields != ()), label
    assert mismatches == []


def test_a_valid_order_is_priced_in_integer_paise(demo: Demo) -> None:
    """Discount per line, then GST per line, each rounded half up; within the seller's state, CGST + SGST."""
    body = order(
        lines=[line(quantity=3, unit_price=33333, tax_rate=18), line(sku="B", quantity=1, unit_price=1005, tax_rate=5)],
        discount_bp=1000,
    )
    review = post(demo.urls["worker"], body.encode()).json()
    # line 1: 99999 gross, 10% = 9999.9 -> 10000, net 89999, 18% = 16199.82 -> 16200 (8100 + 8100)
    # line 2: 1005 gross, 10% = 100.5 -> 101, net 904, 5% = 45.2 -> 45 (22 + 23: the odd paisa to the state)
    assert review["quote"] == {
        "subtotal": 101004,
        "discount": 10101,
        "taxable": 90903,
        "cgst": 8122,
        "sgst": 8123,
        "igst": 0,
        "total": 107148,
        "line_totals": [89999, 904],
    }
    assert post(demo.urls["backend"], body.encode()).json() == review


HTTP_CASES: list[tuple[str, bytes, dict[str, str], int]] = [
    ("not JSON", b"{", {}, 400),
    ("empty body", b"", {}, 400),
    ("single quotes", b"{'name': 'Asha'}", {}, 400),
    ("NaN (Python's json would take it)", b'{"discount_bp": NaN}', {}, 400),
    ("trailing comma", b'{"lines": [1,]}', {}, 400),
    ("not UTF-8 and not JSON", b"\xff\xfe\x00{", {}, 400),
    ("an array", b"[]", {}, 400),
    ("null", b"null", {}, 400),
    ("a number", b"42", {}, 400),
    ("a string", b'"order"', {}, 400),
    ("a byte-order mark before the object", b"\xef\xbb\xbf{}", {}, 200),
    ("invalid UTF-8 inside a string", b'{"name": "Asha \xff"}', {}, 200),
    ("exactly 64 KiB", b"{}" + b" " * (64 * 1024 - 2), {}, 200),
    ("64 KiB and one byte", b"{}" + b" " * (64 * 1024 - 1), {}, 413),
    ("a declared length over 64 KiB", b"{}" + b" " * (200 * 1024), {}, 413),
]


@pytest.mark.parametrize(("label", "body", "headers", "status"), HTTP_CASES, ids=[case[0] for case in HTTP_CASES])
def test_request_errors_are_answered_alike(demo: Demo, label: str, body: bytes, headers: dict, status: int) -> None:
    backend = post(demo.urls["backend"], body, headers)
    worker = post(demo.urls["worker"], body, headers)
    assert backend.status == worker.status == status, (backend, worker)
    assert backend.body == worker.body
    answer = backend.json()
    if status == 400:
        assert set(answer) == {"error"} and answer["error"].startswith("The request body ")
    if status == 413:
        assert answer == {"error": "The request body is larger than 65536 bytes."}


def _post_chunked(url: str, chunks: list[bytes]) -> tuple[int, bytes]:
    """POST a chunked body in one write and read the answer, also when the server answers and closes early.

    A server may refuse an oversized body before it has read all of it; writing the rest then fails with a
    broken pipe or a reset (http.client wrote chunk by chunk and lost the answer that way, now and then).
    """
    import http.client
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    head = (f"POST {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode()
    body = b"".join(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for chunk in chunks) + b"0\r\n\r\n"
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        try:
            sock.sendall(head + body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server has answered already: read it
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, response.read()


def test_a_chunked_body_over_the_limit_is_refused(demo: Demo) -> None:
    """Without a Content-Length the size is counted while reading."""
    chunks = [b"{", *[b" " * 8192] * 9, b"}"]  # 72 KiB and 2 bytes
    answers = [_post_chunked(demo.urls[name], chunks) for name in ("backend", "worker")]
    assert answers[0] == answers[1] == (413, b'{"error":"The request body is larger than 65536 bytes."}')


def _error_texts(page: Page) -> dict[str, str]:
    """Every field's error line as the page shows it, by input id."""
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('.error')]"
        ".map((node) => [node.id.replace(/-error$/, ''), node.textContent]))"
    )


def test_typing_shows_the_messages_of_the_python_validators(demo: Demo, page: Page) -> None:
    typed = {
        "#name": "Asha <Traders>",
        "#email": "asha@example",
        "#gstin": "27AAPFU0939F1ZX",
        "#order_date": "2025-02-30",
        "#delivery_date": "2025-02-01",
        "#lines-0-sku": "TEA 250",
        "#lines-0-quantity": "1.5",
        "#lines-0-unit_price": "450.505",
        "#discount_bp": "60",
    }
    for selector, text in typed.items():
        page.locator(selector).press_sequentially(text)
    page.select_option("#customer_type", "business")

    form = page.evaluate("window.demo.readForm()")
    doc = cpython(demo.project, "shared.forms", "order_from_form", form)
    assert page.evaluate("window.demo.doc()") == doc  # the page read the form as CPython does
    review = cpython(demo.project, "shared.orders", "review_order", doc)
    expected: dict[str, str] = {}
    for issue in review["issues"]:
        expected.setdefault(issue["field"].replace(".", "-"), issue["message"])
    changed = {selector[1:] for selector in typed} | {"customer_type"}
    shown = _error_texts(page)
    # Each field the user changed shows CPython's first message for it; the others stay quiet until "Check".
    assert {field: text for field, text in shown.items() if text} == {
        field: message for field, message in expected.items() if field in changed
    }
    assert shown["email"] == "Enter an email address like name@example.com."
    assert shown["lines-0-quantity"] == "Enter a whole number of items, from 1 to 10,000."
    issues_list = page.locator("#issues li").evaluate_all(
        "items => items.map((li) => [li.dataset.field, li.textContent])"
    )
    assert issues_list == [
        [i["field"], i["message"]] for i in review["issues"] if i["field"].replace(".", "-") in changed
    ]

    screenshot = Path(os.environ.get("DEMO_SCREENSHOT") or demo.project.parent / "demo.png")
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000


def test_check_asks_the_backend_and_the_worker_and_they_agree_with_the_page(demo: Demo, page: Page) -> None:
    values = {
        "#name": "Asha Rao",
        "#email": "asha.rao@example.com",
        "#order_date": "2025-03-01",
        "#delivery_date": "2025-03-05",
        "#lines-0-sku": "TEA-250",
        "#lines-0-quantity": "2",
        "#lines-0-unit_price": "450",
    }
    for selector, text in values.items():
        page.fill(selector, text)
    page.select_option("#place_of_supply", "27")
    page.select_option("#lines-0-tax_rate", "5")
    page.click("#check")
    verdicts = page.locator("#verdicts li[data-same]")
    verdicts.nth(1).wait_for(timeout=20_000)
    texts = verdicts.all_inner_texts()
    assert [text.split(":")[0] for text in texts] == ["Server (CPython)", "Worker (workerd)"]
    assert page.locator("#verdicts li[data-same=true]").count() == 2, texts
    # 2 x ₹450 at 5% GST within Maharashtra
    assert page.locator("#quote-total").inner_text() == "₹945.00"
    assert all("valid, total ₹945.00" in text for text in texts), texts
