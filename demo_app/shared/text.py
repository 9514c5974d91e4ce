"""Text as users type it: whitespace collapsed, and character checks that never measure the text.

A string may hold characters outside Unicode's Basic Multilingual Plane (emoji, rarer CJK). JavaScript
stores each as two UTF-16 units, so `len()`, indexing and regular expressions on such a string cannot
agree with CPython, and the published code refuses them (an `MSharedError`). The helpers here use only
`split`, `join` and `replace`, which agree in both runtimes for any text: validators call them first,
and measure or match a value only once it is known to hold nothing but the characters they allow.
"""

from __future__ import annotations

ASCII_DIGITS = "0123456789"
ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def clean(value: str) -> str:
    """The text with leading and trailing whitespace removed and inner runs of it made one space.

    >>> clean("  Asha   Traders\\u00a0Pvt  Ltd ")
    'Asha Traders Pvt Ltd'
    >>> clean("\\u3000\\n")
    ''
    """
    return " ".join(value.split())


def only_chars(value: str, allowed: str) -> bool:
    """Whether every character of ``value`` is one of ``allowed`` (an empty value passes).

    >>> only_chars("TEA-250", ASCII_UPPER + ASCII_DIGITS + "-")
    True
    >>> only_chars("TEA 250", ASCII_UPPER + ASCII_DIGITS + "-")
    False
    >>> only_chars("chai\\U0001F375", ASCII_LOWER)
    False
    """
    rest = value
    for char in allowed:
        rest = rest.replace(char, "")
    return rest == ""


def digits_value(digits: str) -> int:
    """The number a string of ASCII digits writes (checked by the caller), without `int()` of text.

    >>> digits_value("0450")
    450
    """
    value = 0
    for char in digits:
        value = value * 10 + ASCII_DIGITS.index(char)
    return value
