"""Goods and services tax on a sale: the rates, and how the tax is split between centre and states."""

from __future__ import annotations

from ..money import percent_of

RATES = (0, 5, 12, 18, 28)  # percent


def tax_on(net: int, rate: int) -> int:
    """GST at ``rate`` percent on ``net`` paise, rounded half up to the paisa.

    >>> tax_on(1005, 18)
    181
    >>> tax_on(45000, 5)
    2250
    """
    return percent_of(net, rate * 100)


def split_tax(tax: int, intra_state: bool) -> tuple[int, int, int]:
    """GST as (CGST, SGST, IGST): halved between the centre and the state within a state, else all IGST.

    An odd paisa goes to the state, so the two halves always add up to the tax.

    >>> split_tax(181, True)
    (90, 91, 0)
    >>> split_tax(181, False)
    (0, 0, 181)
    """
    if not intra_state:
        return (0, 0, tax)
    central = tax // 2
    return (central, tax - central, 0)
