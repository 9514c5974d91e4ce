"""Mark a shared validator as a Standard Schema (https://standardschema.dev) for JavaScript callers.

::

    from m_shared.schema import standard_schema

    @standard_schema
    def validate_order(doc: dict) -> list[Issue]:
        ...

In CPython the decorator does nothing. ``m shared build`` publishes the function
as usual and also makes it a Standard Schema V1 object (``validate_order["~standard"]``,
vendor ``"m_shared"``), so form and router libraries that accept Standard Schema
can use it directly. The function must return a list of issues: strings, or
objects with a ``message`` and optionally a ``field`` or ``path`` (a dotted
string such as ``"lines.0.quantity"`` or a list of keys); an empty list means
the value is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

Validator = TypeVar("Validator", bound=Callable[..., object])


def standard_schema(function: Validator) -> Validator:
    """Publish ``function`` as a Standard Schema V1 object in JavaScript; a no-op in CPython."""
    return function
