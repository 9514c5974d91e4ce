"""Order validation: the rules the server enforces and the page and worker preview."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import messages
from .tax import gstin

if TYPE_CHECKING:
    from collections.abc import Mapping

EMAIL = r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"
TAX_RATE_BASIS_POINTS = 1800  # 18% GST


@dataclass
class Issue:
    field: str
    message: str


def validate_email(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip() == "":
        return messages.REQUIRED
    if re.fullmatch(EMAIL, value.strip()) is None:
        return messages.INVALID_EMAIL
    return None


def validate_gstin(value: Any) -> str | None:
    if not isinstance(value, str) or value.strip() == "":
        return messages.REQUIRED
    normalised = value.strip().upper()
    if not gstin.is_well_formed(normalised):
        return messages.INVALID_GSTIN
    if not gstin.is_valid(normalised):
        return messages.GSTIN_CHECKSUM
    return None


def line_total(quantity: int, unit_price: int) -> int:
    """Price of a line in minor units (paise)."""
    return quantity * unit_price


def tax_on(amount: int) -> int:
    """GST in minor units, rounded half up to the paisa, in integers only.

    >>> tax_on(1005)
    181
    """
    return (amount * TAX_RATE_BASIS_POINTS + 5000) // 10000


def validate_order(doc: Mapping[str, Any]) -> list[Issue]:
    """All problems with an order document, in field order; empty when it is valid."""
    issues: list[Issue] = []
    email_problem = validate_email(doc.get("email"))
    if email_problem is not None:
        issues.append(Issue("email", email_problem))
    gstin_problem = validate_gstin(doc.get("gstin"))
    if gstin_problem is not None:
        issues.append(Issue("gstin", gstin_problem))
    lines = doc.get("lines") or []
    if len(lines) == 0:
        issues.append(Issue("lines", messages.NO_LINES))
    subtotal = 0
    for index, line in enumerate(lines):
        quantity = line.get("quantity", 0)
        unit_price = line.get("unit_price", 0)
        if quantity < 1:
            issues.append(Issue(f"lines.{index}.quantity", messages.QUANTITY_POSITIVE))
        if unit_price < 0:
            issues.append(Issue(f"lines.{index}.unit_price", messages.PRICE_NOT_NEGATIVE))
        subtotal += line_total(quantity, unit_price)
    if doc.get("discount", 0) > subtotal:
        issues.append(Issue("discount", messages.DISCOUNT_TOO_LARGE))
    return issues
