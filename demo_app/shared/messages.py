"""Messages shown to end users, in one place so that the server, the page and the worker say the same thing."""

REQUIRED = "This field is required."
UNREADABLE_ORDER = "The order could not be read."

NAME_MARKUP = "A name cannot contain < or >."

INVALID_EMAIL = "Enter an email address like name@example.com."
EMAIL_TOO_LONG = "An email address can have at most 254 characters."

CUSTOMER_TYPE = "Choose whether the customer is an individual or a business."

INVALID_GSTIN = "Enter a 15-character GSTIN, for example 27AAPFU0939F1ZV."
GSTIN_STATE = "A GSTIN starts with a state code, such as 27 for Maharashtra."
GSTIN_CHECKSUM = "This GSTIN's check character is wrong; please check for typos."
GSTIN_REQUIRED = "A business customer must give its GSTIN."

PLACE_OF_SUPPLY = "Choose the state the goods are delivered to."

INVALID_DATE = "Enter a date as YYYY-MM-DD, for example 2025-03-31."
NO_SUCH_DATE = "This date does not exist."
DATES_ORDER = "The delivery date must be on or after the order date."
DELIVERY_TOO_LATE = "The delivery date can be at most 90 days after the order date."

NO_LINES = "Add at least one line item."
TOO_MANY_LINES = "An order can have at most 50 line items."
UNREADABLE_LINES = "The line items could not be read."
UNREADABLE_LINE = "This line item could not be read."
INVALID_SKU = "Enter an item code of up to 20 letters, digits and dashes, like TEA-250."
DUPLICATE_SKU = "This item is already on another line; change that line's quantity instead."
QUANTITY = "Enter a whole number of items, from 1 to 10,000."
PRICE = "Enter a price in rupees, like 450 or 450.50."
PRICE_TOO_HIGH = "A price can be at most ₹10,00,000.00."
LINE_TOO_LARGE = "A line item can total at most ₹1,00,00,000.00; split it into several orders."
TAX_RATE = "Choose a GST rate: 0, 5, 12, 18 or 28%."

DISCOUNT = "Enter a discount in percent, like 5 or 12.5, from 0 to 50."
DISCOUNT_NEEDS_SUBTOTAL = "A discount above 10% needs an order of at least ₹5,000.00 before discount."


def gstin_state_mismatch(state: str) -> str:
    """The place of supply of a business customer is the state its GSTIN is registered in.

    >>> gstin_state_mismatch("Karnataka")
    'This GSTIN is registered in Karnataka: choose Karnataka as the place of supply.'
    """
    return f"This GSTIN is registered in {state}: choose {state} as the place of supply."
