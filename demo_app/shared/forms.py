"""The order form's inputs (strings, as the page reads them) as an order document.

Numbers the user typed become the integers the document holds: quantities, prices in paise,
the discount in basis points. Text that is not such a number is kept as typed, so that
`orders.validate_order` reports it with the message for that field.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .money import parse_amount, parse_percent
from .text import ASCII_DIGITS, clean, digits_value, only_chars

if TYPE_CHECKING:
    from collections.abc import Mapping

TEXT_FIELDS = ("name", "email", "customer_type", "gstin", "place_of_supply", "order_date", "delivery_date")
COUNT = r"[0-9]{1,9}"


def parse_count(text: str) -> int | None:
    """A whole number typed by a user; None if it is not one.

    >>> [parse_count(t) for t in ("12", " 12 ", "007", "1.5", "-3", "", "1e3")]
    [12, 12, 7, None, None, None, None]
    """
    text = clean(text)
    if not only_chars(text, ASCII_DIGITS) or re.fullmatch(COUNT, text) is None:
        return None
    return digits_value(text)


def _typed(value: Any, parse: Any) -> Any:
    """``parse(value)`` if it is a number the user typed, else the value as typed."""
    if not isinstance(value, str):
        return value
    number = parse(clean(value))
    return value if number is None else number


def order_from_form(form: Mapping[str, Any]) -> dict[str, Any]:
    """The order document for the order form's values.

    >>> order_from_form({"name": " Asha ", "discount_bp": "12.5",
    ...                  "lines": [{"sku": "tea-250", "quantity": "3", "unit_price": "450.50", "tax_rate": "5"},
    ...                            {"sku": "", "quantity": "two", "unit_price": "", "tax_rate": "18"}]})
    ... # doctest: +NORMALIZE_WHITESPACE
    {'name': ' Asha ', 'email': '', 'customer_type': '', 'gstin': '', 'place_of_supply': '', 'order_date': '',
     'delivery_date': '', 'lines': [{'sku': 'tea-250', 'quantity': 3, 'unit_price': 45050, 'tax_rate': 5},
     {'sku': '', 'quantity': 'two', 'unit_price': '', 'tax_rate': 18}], 'discount_bp': 1250}
    """
    doc: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        doc[key] = form.get(key, "")
    lines: list[dict[str, Any]] = []
    for line in form.get("lines", []):
        lines.append({
            "sku": line.get("sku", ""),
            "quantity": _typed(line.get("quantity", ""), parse_count),
            "unit_price": _typed(line.get("unit_price", ""), parse_amount),
            "tax_rate": _typed(line.get("tax_rate", ""), parse_count),
        })
    doc["lines"] = lines
    doc["discount_bp"] = _typed(form.get("discount_bp", ""), parse_percent)
    return doc
