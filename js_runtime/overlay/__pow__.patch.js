// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 2 ** 53 + 1 was 9007199254740992 in JS and 9007199254740993 in CPython: JS numbers are
// doubles. Integer results beyond 2**53 cannot be exact, so they fail loudly (an m_shared error,
// not catchable by Python `except`) instead of returning a different number (see numbers.extend.js).
// Observed: 0 ** -1 was Infinity in JS (CPython: ZeroDivisionError), and (-8) ** (1 / 3) NaN (CPython:
// a complex number, which JS does not have: an m_shared error). A negative integer exponent gives
// a float in CPython (10 ** -2 == 0.01), so its result is not held to the integer check.
export function __pow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__pow__' in a) {
        return a.__pow__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rpow__' in b) {
        return b.__rpow__ (a);
    }
    else if (!__m_shared_arithmetic__ (a, b, '** or pow()') && typeof a == 'number' && typeof b == 'number' && b < 0 && a == 0) {
        throw ZeroDivisionError ('0.0 cannot be raised to a negative power', new Error ());
    }
    else if (typeof a == 'number' && typeof b == 'number' && a < 0 && !Number.isInteger (b) && Number.isFinite (b)) {
        const error = new Error (
            'm_shared: ' + a + ' ** ' + b + ' is a complex number in CPython; JavaScript has no complex numbers'
        );
        error.name = 'MSharedError';
        throw error;
    }
    else if (typeof b == 'number' && b < 0) {
        return Math.pow (a, b);
    }
    else {
        return __m_shared_int__ (Math.pow (a, b), a, b, '**');
    }
}
