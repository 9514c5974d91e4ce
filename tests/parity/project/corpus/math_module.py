"""The math module: CPython's values and errors, where Transcrypt handed the work to JavaScript's Math.

Results that CPython gives as whole floats are compared (``== 3``) rather than returned: JavaScript
has no separate float type (MS212, MS111).
"""

import math

from .helpers import outcome


def case_log10_of_powers_of_ten():
    return [math.log10(1000) == 3, math.log10(1e-06) == -6, math.log10(1e21) == 21, math.log10(2)]


def case_log2_of_powers_of_two():
    return [math.log2(2 ** 29) == 29, math.log2(2 ** 51) == 51, math.log2(0.125) == -3, math.log2(3)]


def case_expm1_log1p_small():
    return [math.expm1(1e-10), math.log1p(1e-10), math.expm1(-1e-05), math.log1p(1e-05)]


def case_log_with_base():
    return [math.log(8, 2) == 3, math.log(1000, 10), math.log(125, 5), math.log(2, 0.5) == -1, math.log(1, 0.5)]


def case_domain_errors():
    return [
        outcome(lambda: math.sqrt(-1)), outcome(lambda: math.log(0)), outcome(lambda: math.log(-1)),
        outcome(lambda: math.log10(0)), outcome(lambda: math.log2(0)), outcome(lambda: math.log1p(-1)),
        outcome(lambda: math.acos(2)), outcome(lambda: math.asin(2)), outcome(lambda: math.acosh(0.5)),
        outcome(lambda: math.atanh(1)), outcome(lambda: math.sin(math.inf)), outcome(lambda: math.log(10, 0)),
    ]


def case_domain_error_caught():
    try:
        return math.sqrt(-4.0)
    except ValueError as error:
        return "caught: " + str(error)


def case_log_base_one():
    return math.log(10, 1)


def case_log_base_one_caught():
    try:
        return math.log(10.5, 1.0)
    except ZeroDivisionError as error:
        return "caught: " + str(error)


def case_nan_and_infinity_are_no_domain_error():
    return [math.isnan(math.sqrt(math.nan)), math.log(math.inf) == math.inf, math.exp(-math.inf) == 0,
            math.exp(-1000) == 0, math.atanh(0.5), math.tan(math.pi / 2) > 1e16]


def case_exp_overflow():
    return math.exp(1000)


def case_expm1_overflow():
    return math.expm1(1000)


def case_cosh_overflow():
    return math.cosh(1000)


def case_sinh_overflow():
    return math.sinh(-1000)


def case_floor_of_infinity():
    return math.floor(math.inf)


def case_ceil_of_infinity():
    return math.ceil(-math.inf)


def case_trunc_of_infinity():
    return math.trunc(math.inf)


def case_floor_ceil_trunc_of_nan():
    return [outcome(lambda: math.floor(math.nan)), outcome(lambda: math.ceil(math.nan)),
            outcome(lambda: math.trunc(math.nan))]


def case_floor_beyond_2_53():
    return str(math.floor(1e300))


def case_floor_ceil_trunc_never_negative_zero():
    return [math.ceil(-0.5), math.trunc(-0.5), math.floor(-0.0), math.ceil(-0.0), math.floor(-2.5), math.trunc(True)]


def case_copysign_sign_bits():
    return [math.copysign(0.0, -1), math.copysign(1.5, -0.0), math.copysign(1.5, math.copysign(-0.0, 1)), math.copysign(1.5, math.nan),
            math.copysign(2.5, -2), math.copysign(-2.5, 0.0)]


def case_degrees_radians_one_rounding():
    return [math.degrees(0.1), math.degrees(1.1), math.radians(3), math.radians(45), math.degrees(math.pi) == 180]


def case_isclose_infinities_and_tolerances():
    return [math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(1e308, math.inf),
            math.isclose(math.nan, math.nan), math.isclose(0, 1e-10, abs_tol=1e-09),
            math.isclose(a=1.0, b=1.0 + 1e-10), outcome(lambda: math.isclose(1, 2, rel_tol=-1))]


def case_isclose_tolerance_is_keyword_only():
    return [outcome(lambda: math.isclose(1, 2, 0.5)), outcome(lambda: math.isclose(1, tol=1)),
            outcome(lambda: math.isclose(1, 2, a=1))]


def case_isclose_unknown_keyword():
    # worded differently from CPython 3.13 on (tool.m_shared.python picks the wording)
    return [outcome(lambda: math.isclose(1, 2, tol=1)), outcome(lambda: math.isclose(1.0, 1.0, rel_tol=0.1, tol=1))]


def case_modf_signs():
    results = []
    for x in [-0.0, -3.5, 3.25, -2.0, -math.inf]:
        fraction, whole = math.modf(x)
        results.append([math.copysign(1.5, fraction), fraction + 0.125, math.copysign(1.5, whole), whole == int(x)
                        if not math.isnan(x) and abs(x) != math.inf else whole])
    return results


def case_hypot_last_digit():
    return [math.hypot(-0.14380407702185494, 29.80293587596853), math.hypot(3, 4) == 5, math.hypot(1.5, 2.5, 3.5),
            math.hypot() == 0, math.hypot(math.inf, math.nan) == math.inf, math.hypot(1e-320, 3e-320),
            math.hypot(1e308, 1e308) / 1e300]


def case_atan2_signed_zeros():
    return [math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(-0.0, 0.0), math.atan2(1, 1)]


def case_constants():
    return [math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan)]


def case_wrong_types():
    return [outcome(lambda: math.isnan("abc")), outcome(lambda: math.sqrt("4")), outcome(lambda: math.floor("2.5")),
            outcome(lambda: math.isnan(None)), outcome(lambda: math.trunc(None)), outcome(lambda: math.log(10, "e")),
            outcome(lambda: math.hypot(3, [4])), math.sqrt(True) == 1]


def case_wrong_arguments():
    return [outcome(lambda: math.sqrt(x=4)), outcome(lambda: math.sqrt(1, 2)), outcome(lambda: math.atan2(1)),
            outcome(lambda: math.log()), outcome(lambda: math.log(8, base=2)), outcome(lambda: math.floor())]


def case_str_of_whole_float_results():
    return [str(math.tanh(1000)), str(math.acosh(1)), str(math.modf(2.5)[1])]


def case_isfinite_spelt_out():
    # TID251's hint for the missing math.isfinite (math.isinf is missing too)
    return [not math.isnan(x) and abs(x) != math.inf for x in [1.5, math.inf, -math.inf, math.nan]]
