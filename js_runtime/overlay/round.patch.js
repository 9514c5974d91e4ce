// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): round(-0.5) 0 → -0 (a float -0.0 to CPython eyes) → 0;
// round(-0.4) 0 → -0 → 0; round(float('nan')) ValueError → NaN → ValueError; round(float('inf'))
// OverflowError → Infinity → OverflowError (numbers.extend.js).
// round(x) without ndigits is banker's rounding to an int: halves go to the even neighbour
// (round(0.5) 0, round(1.5) 2, round(2.5) 2, round(-2.5) -2), and an int has no negative zero.
// round(x, ndigits) rounds the exact binary value of x to ndigits decimal places, halves to even, as
// CPython's does (its dtoa, then the nearest double): round(2.675, 2) 2.67 (the double is below the
// half; JS gave 2.68 from Math.round (267.49999999999997)), round(0.125, 2) 0.12, round(1250, -2)
// 1200, round(-0.4, 0) -0.0; `ndigits=` as a keyword gave NaN. Lowering (m_shared/lower/) calls
// __m_shared_round__ for a call with ndigits, so a program that rounds only to ints (datetime's
// timedelta does) does not ship the digits; reached another way (`f = round; f(x, 2)`), it is loud.
export function round (number, ndigits) {
    if (ndigits !== undefined && ndigits !== null) {
        throw __m_shared_loud__ ('round() with ndigits called through another name: call round(x, ndigits) itself');
    }
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
};

export function __m_shared_round__ (x, ndigits) {  // round (x, ndigits) as lowering calls it
    if (__m_shared_kwargs__ (ndigits)) {  // round(x, ndigits=2)
        ndigits = ndigits.ndigits;
    }
    if (ndigits === undefined || ndigits === null) {
        return round (x);
    }
    if (typeof x == 'boolean') {
        x = +x;
    }
    if (typeof x != 'number') {
        if (x !== null && typeof x == 'object' && typeof x.__round__ == 'function') {
            return x.__round__ (ndigits);
        }
        return round (x);  // its TypeError
    }
    if (typeof ndigits == 'boolean') {  // round(2.567, True) was a TypeError (CPython: 2.6, a bool is an int)
        ndigits = +ndigits;
    }
    if (typeof ndigits != 'number' || !Number.isInteger (ndigits)) {
        throw py_TypeError ("'" + __m_shared_typename__ (ndigits) + "' object cannot be interpreted as an integer", new Error ());
    }
    if (!Number.isFinite (x) || x == 0) {
        return x;
    }
    const size = Math.abs (x);
    if (ndigits >= 0) {
        if (size >= 2 ** 52 || ndigits > 100) {
            return x;  // no fractional digits to round (toFixed stops at 100 digits; a double has fewer)
        }
        // toFixed gives the exact value rounded to ndigits places, a half away from zero (the larger n);
        // a half is a value with at most ndigits + 1 fractional decimals, so at most that many binary ones
        let digits = size.toFixed (ndigits);
        let scaled = size;
        let binary = 0;
        while (binary <= ndigits + 1 && !Number.isInteger (scaled)) {
            scaled *= 2;
            binary++;
        }
        if (binary <= ndigits + 1) {
            const longer = size.toFixed (ndigits + 1);  // exact here
            if (longer [longer.length - 1] == '5') {
                const down = longer.slice (0, ndigits ? -1 : -2);  // toward zero ("2.5" -> "2", "0.125" -> "0.12")
                if (+down [down.length - 1] % 2 == 0) {
                    digits = down;
                }
            }
        }
        const rounded = Number (digits);
        return x < 0 ? -rounded : rounded;
    }
    // ndigits < 0: to a multiple of 10 ** -ndigits; only an integral x can lie halfway (exactly, in BigInt)
    // (an integral x may be an int, which has no -0: round(-4, -1) is 0; a float's -0.0 prints as MS212 says)
    const unit = 10 ** -ndigits;
    if (!Number.isFinite (unit) || size < unit / 2) {
        return x < 0 && !Number.isInteger (x) ? -0 : 0;
    }
    if (Number.isInteger (size)) {
        const big = BigInt (size);
        const step = 10n ** BigInt (-ndigits);
        let quotient = big / step;
        const twice = (big % step) * 2n;
        if (twice > step || twice == step && quotient % 2n == 1n) {
            quotient += 1n;
        }
        const rounded = Number (quotient * step);
        return x < 0 && rounded ? -rounded : rounded;
    }
    const low = Math.floor (size / unit) * unit;
    const rounded = size - low < low + unit - size ? low : low + unit;
    return x < 0 ? -rounded : rounded;
}
