"""Amounts in integer paise (1 rupee = 100 paise): parsing, rounding and Indian-style formatting.

Amounts never become floats: a price typed as "450.50" is 45050 paise, percentages are basis points
(12.5% = 1250), and every rounding is an explicit integer operation, so CPython and JavaScript give
the same paisa. The bounds keep every product below 2**53, where JavaScript numbers stop being exact.
"""

from __future__ import annotations

import re
from typing import Any

from .text import ASCII_DIGITS, digits_value, only_chars

MAX_UNIT_PRICE = 1_000_000_00  # ₹10,00,000.00
MAX_LINE_TOTAL = 1_00_00_000_00  # ₹1,00,00,000.00 (one crore)
MAX_DISCOUNT_BASIS_POINTS = 50_00  # 50%
# The fraction's group always takes part in a match (".50" or ""): in the published JavaScript,
# .group() of a group that took no part raises IndexError where CPython returns None.
AMOUNT = r"([0-9]{1,9})(\.[0-9]{1,2}|)"
PERCENT = r"([0-9]{1,3})(\.[0-9]{1,2}|)"


def is_number(value: Any) -> bool:
    """A JSON number: not a bool, and never a string that looks like one.

    JavaScript has one number type, so 2 and 2.0 are the same value there; callers check for a
    fraction with `% 1`, never with the type.

    >>> [is_number(v) for v in (3, 2.5, True, "3", None)]
    [True, True, False, False, False]
    """
    return isinstance(value, (int, float)) and not isinstance(value, bool)  # m-shared: ignore[MS111] int or float alike


def is_whole_in_range(value: Any, low: int, high: int) -> bool:
    """Whether ``value`` is a number without a fraction between ``low`` and ``high`` inclusive.

    >>> [is_whole_in_range(v, 1, 10) for v in (1, 10, 2.0, 2.5, 0, 11, "5")]
    [True, True, True, False, False, False, False]
    """
    # The range first: a huge or infinite number is out of range before its fraction is looked at.
    return is_number(value) and low <= value <= high and value % 1 == 0


def _fixed_point(text: str, pattern: str) -> int | None:
    """``text`` as an integer count of hundredths (``"12.5"`` -> 1250), or None if it does not match."""
    if not only_chars(text, ASCII_DIGITS + "."):
        return None
    match = re.fullmatch(pattern, text)
    if match is None:
        return None
    return digits_value(match.group(1)) * 100 + digits_value((match.group(2)[1:] + "00")[:2])


def parse_amount(text: str) -> int | None:
    """A rupee amount typed by a user, in paise; None if it is not one.

    >>> parse_amount("450")
    45000
    >>> parse_amount("450.5")
    45050
    >>> parse_amount("0.05")
    5
    >>> [parse_amount(t) for t in ("", "4.505", "-1", "1,000", "१२")]
    [None, None, None, None, None]
    """
    return _fixed_point(text, AMOUNT)


def parse_percent(text: str) -> int | None:
    """A percentage typed by a user, in basis points (hundredths of a percent); None if it is not one.

    >>> parse_percent("12.5")
    1250
    >>> parse_percent("7")
    700
    >>> parse_percent("7.125") is None
    True
    """
    return _fixed_point(text, PERCENT)


def whole(number: float) -> int:
    """A number known to have no fraction as an int: JSON's 2.0 (a float in CPython) is 2.

    >>> whole(2.0), whole(7)
    (2, 7)
    """
    return int(number)


def percent_of(amount: int, basis_points: int) -> int:
    """``basis_points``/10000 of ``amount`` paise, rounded half up to the paisa, in integers only.

    >>> percent_of(1005, 1800)   # 180.9 paise
    181
    >>> percent_of(250, 1800)    # 45 exactly
    45
    >>> percent_of(25, 200)      # 0.5 paise rounds up
    1
    >>> percent_of(99_999_99, 1250)  # 1249999.875 paise
    1250000
    """
    return (amount * basis_points + 5000) // 10000


def format_inr(paise: int) -> str:
    """An amount as Indians write it: ₹ with lakh and crore grouping (12,34,567.89).

    >>> format_inr(123456789)
    '₹12,34,567.89'
    >>> format_inr(5)
    '₹0.05'
    >>> format_inr(-100000)
    '-₹1,000.00'
    """
    sign = "-" if paise < 0 else ""
    paise = abs(paise)
    rupees = str(paise // 100)
    fraction = str(paise % 100)
    if len(fraction) < 2:
        fraction = "0" + fraction
    # The last three digits form one group; the ones before them go in pairs.
    groups = [rupees[-3:]]
    rest = rupees[:-3]
    while rest != "":
        groups.insert(0, rest[-2:])
        rest = rest[:-2]
    return sign + "₹" + ",".join(groups) + "." + fraction
