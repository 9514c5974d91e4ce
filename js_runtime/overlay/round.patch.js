// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): round(-0.5) 0 → -0 (a float -0.0 to CPython eyes) → 0;
// round(-0.4) 0 → -0 → 0; round(float('nan')) ValueError → NaN → ValueError; round(float('inf'))
// OverflowError → Infinity → OverflowError (numbers.extend.js).
// round(x) without ndigits is banker's rounding to an int: halves go to the even neighbour
// (round(0.5) 0, round(1.5) 2, round(2.5) 2, round(-2.5) -2), and an int has no negative zero.
// round(x, ndigits) is unchanged (it rounds the scaled binary value: MS112 flags it).
export function round (number, ndigits) {
    // round(None) and round("2.5") reported an infinite float; CPython: TypeError
    if (typeof number == 'boolean') {
        number = +number;
    }
    if (typeof number != 'number') {
        if (number !== null && typeof number == 'object' && typeof number.__round__ == 'function') {
            return number.__round__ (ndigits);
        }
        throw py_TypeError ('type ' + __m_shared_typename__ (number) + " doesn't define __round__ method", new Error ());
    }
    if (ndigits === undefined || ndigits === null) {
        if (Number.isNaN (number)) {
            throw ValueError ('cannot convert float NaN to integer', new Error ());
        }
        if (!Number.isFinite (number)) {
            throw OverflowError ('cannot convert float infinity to integer', new Error ());
        }
        var rounded = Math.round (number);
        if (rounded - number == 0.5 && rounded % 2) {
            rounded -= 1;
        }
        return rounded + 0;
    }
    if (ndigits) {
        var scale = Math.pow (10, ndigits);
        number *= scale;
    }
    var rounded = Math.round (number);
    if (rounded - number == 0.5 && rounded % 2) {
        rounded -= 1;
    }
    if (ndigits) {
        rounded /= scale;
    }
    return rounded;
};
