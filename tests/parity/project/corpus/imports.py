"""Imports of the allowed stdlib modules, in their various forms."""

import math
import re
from math import floor, pi

from . import helpers
from .helpers import RATE, double


def case_math_constant():
    return round(math.pi, 5)


def case_from_import_alias():
    from math import floor as round_down
    return round_down(2.5)


def case_from_math_import():
    return [floor(3.7), round(pi, 3)]


def case_relative_import_function():
    return double(21)


def case_relative_module_attribute():
    return helpers.RATE * 2


def case_relative_import_constant():
    return RATE


def case_absolute_self_import():
    from corpus.helpers import triple
    return triple(3)


def case_re_module_attribute():
    return re.IGNORECASE == re.I


def case_math_functions():
    return [math.trunc(-2.5), math.floor(-2.5), math.ceil(2.1)]


def case_math_pow_exp():
    return [math.pow(2, 10), math.exp(0)]


def case_math_inf():
    return [math.inf > 1e308, -math.inf < 0]


def case_helper_class():
    return helpers.Money(150).label()
