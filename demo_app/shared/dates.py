"""Calendar dates as forms and JSON carry them: ISO 8601 text, YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from . import messages
from .text import ASCII_DIGITS, digits_value, only_chars

ISO_DATE = r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
MAX_DELIVERY_DAYS = 90


def parse_date(value: Any) -> date | None:
    """The date a YYYY-MM-DD string names; None if it is not one or names no real day.

    >>> parse_date("2024-02-29").isoformat()
    '2024-02-29'
    >>> [parse_date(v) for v in ("2025-02-29", "2025-13-01", "0000-01-01", "31/12/2025", "", None)]
    [None, None, None, None, None, None]
    """
    if not isinstance(value, str) or not only_chars(value, ASCII_DIGITS + "-"):
        return None
    match = re.fullmatch(ISO_DATE, value)
    if match is None:
        return None
    try:
        return date(digits_value(match.group(1)), digits_value(match.group(2)), digits_value(match.group(3)))
    except ValueError:
        return None


def date_problem(value: Any) -> str | None:
    """What is wrong with a date field, for the user; None when it names a real day.

    >>> date_problem("2025-04-31")
    'This date does not exist.'
    >>> date_problem("31.04.2025")
    'Enter a date as YYYY-MM-DD, for example 2025-03-31.'
    >>> date_problem("2025-04-30") is None
    True
    """
    if value is None or (isinstance(value, str) and value.split() == []):
        return messages.REQUIRED
    if parse_date(value) is not None:
        return None
    if isinstance(value, str) and only_chars(value, ASCII_DIGITS + "-") and re.fullmatch(ISO_DATE, value):
        return messages.NO_SUCH_DATE
    return messages.INVALID_DATE


def delivery_problem(ordered: date, delivery: date) -> str | None:
    """The delivery window: on or after the order date, and at most 90 days after it.

    >>> delivery_problem(parse_date("2025-12-01"), parse_date("2026-03-01")) is None
    True
    >>> delivery_problem(parse_date("2025-12-01"), parse_date("2026-03-02"))
    'The delivery date can be at most 90 days after the order date.'
    >>> delivery_problem(parse_date("2025-12-01"), parse_date("2025-11-30"))
    'The delivery date must be on or after the order date.'
    """
    days = (delivery - ordered).days
    if days < 0:
        return messages.DATES_ORDER
    if days > MAX_DELIVERY_DAYS:
        return messages.DELIVERY_TOO_LATE
    return None
