"""Indian GST identification numbers: format and check character (mod-36 Luhn)."""

from __future__ import annotations

import re

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PATTERN = r"[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]"


def check_character(first14: str) -> str:
    """The 15th character of a GSTIN, computed from the first 14.

    >>> check_character("27AAPFU0939F1Z")
    'V'
    """
    total = 0
    for index, char in enumerate(first14):
        value = ALPHABET.index(char) * (2 if index % 2 else 1)
        total += value // 36 + value % 36
    return ALPHABET[(36 - total % 36) % 36]


def is_well_formed(value: str) -> bool:
    return re.fullmatch(PATTERN, value) is not None


def is_valid(value: str) -> bool:
    """
    >>> is_valid("27AAPFU0939F1ZV")
    True
    >>> is_valid("27AAPFU0939F1ZX")
    False
    """
    return is_well_formed(value) and check_character(value[:14]) == value[14]
