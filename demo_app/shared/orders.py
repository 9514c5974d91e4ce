"""Order validation and pricing: the rules the server enforces and the page and the worker preview.

An order document is what the API receives as JSON (and what `forms.order_from_form` makes of the
page's inputs)::

    {"name": "Asha Traders", "email": "accounts@asha.example", "customer_type": "business",
     "gstin": "27AAPFU0939F1ZV", "place_of_supply": "27",
     "order_date": "2025-03-01", "delivery_date": "2025-03-05",
     "lines": [{"sku": "TEA-250", "quantity": 2, "unit_price": 45000, "tax_rate": 5}],
     "discount_bp": 1000}

Prices are integer paise and the discount is in basis points (1000 = 10%). `review_order` answers
with the verdict, every issue (field and message, in the order of the form) and, for a valid order,
its totals.

>>> review_order({"name": "Asha", "email": "asha@example.com", "customer_type": "individual",
...               "place_of_supply": "27", "order_date": "2025-03-01", "delivery_date": "2025-03-05",
...               "lines": [{"sku": "TEA-250", "quantity": 3, "unit_price": 33333, "tax_rate": 18}],
...               "discount_bp": 500}).quote
Quote(subtotal=99999, discount=5000, taxable=94999, cgst=8550, sgst=8550, igst=0, total=112099, line_totals=[94999])
>>> [issue.field for issue in validate_order({"email": "asha@", "lines": [{"quantity": 0}]})]
['name', 'email', 'customer_type', 'place_of_supply', 'order_date', 'delivery_date', 'lines.0.sku', 'lines.0.quantity', 'lines.0.unit_price', 'lines.0.tax_rate']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import messages
from .dates import date_problem, delivery_problem, parse_date
from .money import MAX_DISCOUNT_BASIS_POINTS, MAX_LINE_TOTAL, MAX_UNIT_PRICE, is_number, is_whole_in_range, percent_of, whole
from .tax import gst, gstin
from .tax.states import SELLER_STATE, state_name
from .text import ASCII_DIGITS, ASCII_LOWER, ASCII_UPPER, clean, only_chars

if TYPE_CHECKING:
    from collections.abc import Mapping

EMAIL = r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"
EMAIL_CHARACTERS = ASCII_LOWER + ASCII_UPPER + ASCII_DIGITS + ".!#$%&'*+/=?^_`{|}~-@"
MAX_EMAIL_LENGTH = 254
SKU = r"[A-Z0-9]+(-[A-Z0-9]+)*"
MAX_SKU_LENGTH = 20
CUSTOMER_TYPES = ("individual", "business")
MAX_LINES = 50
MAX_QUANTITY = 10_000
LARGE_DISCOUNT_BASIS_POINTS = 10_00  # above 10% ...
LARGE_DISCOUNT_MIN_SUBTOTAL = 5_000_00  # ... the order must be worth at least ₹5,000.00


@dataclass
class Issue:
    field: str  # the document's key, dotted for line items: "lines.0.quantity"
    message: str


@dataclass
class Quote:
    subtotal: int  # paise, before discount
    discount: int
    taxable: int  # subtotal - discount
    cgst: int
    sgst: int
    igst: int
    total: int  # taxable + all taxes
    line_totals: list[int]  # each line after discount, before tax


@dataclass
class Review:
    valid: bool
    issues: list[Issue]
    quote: Quote | None


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, str) and clean(value) == "")


def validate_email(value: Any) -> str | None:
    if _missing(value):
        return messages.REQUIRED
    if not isinstance(value, str):
        return messages.INVALID_EMAIL
    address = clean(value)
    # Checked before anything measures or matches the address (see text.py).
    if not only_chars(address, EMAIL_CHARACTERS) or re.fullmatch(EMAIL, address) is None:
        return messages.INVALID_EMAIL
    if len(address) > MAX_EMAIL_LENGTH:
        return messages.EMAIL_TOO_LONG
    return None


def validate_gstin(value: Any, *, required: bool = False) -> str | None:
    """What is wrong with a GSTIN; None if it is valid, or empty and not required.

    >>> validate_gstin(" 27aapfu0939f1zv ") is None
    True
    >>> validate_gstin("27AAPFU0939F1ZX")
    "This GSTIN's check character is wrong; please check for typos."
    >>> validate_gstin("", required=True)
    'A business customer must give its GSTIN.'
    """
    if _missing(value):
        return messages.GSTIN_REQUIRED if required else None
    if not isinstance(value, str):
        return messages.INVALID_GSTIN
    normalised = clean(value).upper()
    if not gstin.is_well_formed(normalised):
        return messages.INVALID_GSTIN
    if gstin.registered_state(normalised) is None:
        return messages.GSTIN_STATE
    if not gstin.is_valid(normalised):
        return messages.GSTIN_CHECKSUM
    return None


def _validate_line(index: int, line: Any, skus: list[str]) -> list[Issue]:
    """The issues of one line item; a valid item code is added to ``skus``."""
    where = f"lines.{index}"
    if not isinstance(line, dict):
        return [Issue(where, messages.UNREADABLE_LINE)]
    issues: list[Issue] = []
    sku = line.get("sku")
    if _missing(sku):
        issues.append(Issue(f"{where}.sku", messages.REQUIRED))
    else:
        code = clean(sku).upper() if isinstance(sku, str) else ""
        if (not only_chars(code, ASCII_UPPER + ASCII_DIGITS + "-") or len(code) > MAX_SKU_LENGTH
                or re.fullmatch(SKU, code) is None):
            issues.append(Issue(f"{where}.sku", messages.INVALID_SKU))
        elif code in skus:
            issues.append(Issue(f"{where}.sku", messages.DUPLICATE_SKU))
        else:
            skus.append(code)

    quantity = line.get("quantity")
    unit_price = line.get("unit_price")
    quantity_ok = is_whole_in_range(quantity, 1, MAX_QUANTITY)
    price_ok = is_whole_in_range(unit_price, 0, MAX_UNIT_PRICE)
    if _missing(quantity):
        issues.append(Issue(f"{where}.quantity", messages.REQUIRED))
    elif not quantity_ok:
        issues.append(Issue(f"{where}.quantity", messages.QUANTITY))
    if _missing(unit_price):
        issues.append(Issue(f"{where}.unit_price", messages.REQUIRED))
    elif not price_ok:
        too_high = is_number(unit_price) and unit_price > MAX_UNIT_PRICE
        issues.append(Issue(f"{where}.unit_price", messages.PRICE_TOO_HIGH if too_high else messages.PRICE))
    if quantity_ok and price_ok and quantity * unit_price > MAX_LINE_TOTAL:
        issues.append(Issue(f"{where}.quantity", messages.LINE_TOO_LARGE))

    tax_rate = line.get("tax_rate")
    if _missing(tax_rate):
        issues.append(Issue(f"{where}.tax_rate", messages.REQUIRED))
    elif not is_number(tax_rate) or tax_rate not in gst.RATES:
        issues.append(Issue(f"{where}.tax_rate", messages.TAX_RATE))
    return issues


def validate_order(doc: Mapping[str, Any]) -> list[Issue]:
    """All problems with an order document, in the order of the form; empty when it is valid."""
    if not isinstance(doc, dict):
        return [Issue("order", messages.UNREADABLE_ORDER)]
    issues: list[Issue] = []

    name = doc.get("name")
    if _missing(name) or not isinstance(name, str):
        issues.append(Issue("name", messages.REQUIRED))
    elif "<" in name or ">" in name:
        issues.append(Issue("name", messages.NAME_MARKUP))

    email_problem = validate_email(doc.get("email"))
    if email_problem is not None:
        issues.append(Issue("email", email_problem))

    customer_type = doc.get("customer_type")
    if _missing(customer_type):
        issues.append(Issue("customer_type", messages.REQUIRED))
    elif customer_type not in CUSTOMER_TYPES:
        issues.append(Issue("customer_type", messages.CUSTOMER_TYPE))

    business = customer_type == "business"
    gstin_problem = validate_gstin(doc.get("gstin"), required=business)
    if gstin_problem is not None:
        issues.append(Issue("gstin", gstin_problem))

    place = doc.get("place_of_supply")
    if _missing(place):
        issues.append(Issue("place_of_supply", messages.REQUIRED))
    elif state_name(place) is None:
        issues.append(Issue("place_of_supply", messages.PLACE_OF_SUPPLY))
    elif business and gstin_problem is None:
        # Cross-field: a business buys in the state it is registered in.
        registered = clean(doc.get("gstin")).upper()
        if registered[:2] != place:
            issues.append(Issue("place_of_supply", messages.gstin_state_mismatch(gstin.registered_state(registered))))

    order_date_problem = date_problem(doc.get("order_date"))
    if order_date_problem is not None:
        issues.append(Issue("order_date", order_date_problem))
    delivery_date_problem = date_problem(doc.get("delivery_date"))
    if delivery_date_problem is None and order_date_problem is None:
        delivery_date_problem = delivery_problem(parse_date(doc.get("order_date")), parse_date(doc.get("delivery_date")))
    if delivery_date_problem is not None:
        issues.append(Issue("delivery_date", delivery_date_problem))

    lines = doc.get("lines")
    lines_ok = False
    if lines is None or lines == []:
        issues.append(Issue("lines", messages.NO_LINES))
    elif not isinstance(lines, list):
        issues.append(Issue("lines", messages.UNREADABLE_LINES))
    elif len(lines) > MAX_LINES:
        issues.append(Issue("lines", messages.TOO_MANY_LINES))
    else:
        skus: list[str] = []
        line_issues: list[Issue] = []
        for index, line in enumerate(lines):
            line_issues.extend(_validate_line(index, line, skus))
        issues.extend(line_issues)
        lines_ok = len(line_issues) == 0

    discount = doc.get("discount_bp")
    if _missing(discount):
        pass  # no discount
    elif not is_whole_in_range(discount, 0, MAX_DISCOUNT_BASIS_POINTS):
        issues.append(Issue("discount_bp", messages.DISCOUNT))
    elif lines_ok and discount > LARGE_DISCOUNT_BASIS_POINTS:
        subtotal = 0
        for line in lines:
            subtotal += line["quantity"] * line["unit_price"]
        if subtotal < LARGE_DISCOUNT_MIN_SUBTOTAL:
            issues.append(Issue("discount_bp", messages.DISCOUNT_NEEDS_SUBTOTAL))
    return issues


def quote_order(doc: Mapping[str, Any]) -> Quote:
    """The totals of an order that `validate_order` accepts: discount per line, then GST per line.

    Each line's discount and tax are rounded half up to the paisa, and the totals are their sums,
    as the invoice lists them.
    """
    discount_bp = 0 if _missing(doc.get("discount_bp")) else whole(doc["discount_bp"])
    intra_state = doc["place_of_supply"] == SELLER_STATE
    subtotal = discount = cgst = sgst = igst = 0
    line_totals: list[int] = []
    for line in doc["lines"]:
        gross = whole(line["quantity"]) * whole(line["unit_price"])
        line_discount = percent_of(gross, discount_bp)
        net = gross - line_discount
        central, state, integrated = gst.split_tax(gst.tax_on(net, whole(line["tax_rate"])), intra_state)
        subtotal += gross
        discount += line_discount
        cgst += central
        sgst += state
        igst += integrated
        line_totals.append(net)
    taxable = subtotal - discount
    return Quote(subtotal, discount, taxable, cgst, sgst, igst, taxable + cgst + sgst + igst, line_totals)


def review_order(doc: Mapping[str, Any]) -> Review:
    """The verdict on an order document: valid or not, its issues, and its totals when it is valid."""
    issues = validate_order(doc)
    if len(issues) > 0:
        return Review(False, issues, None)
    return Review(True, [], quote_order(doc))
