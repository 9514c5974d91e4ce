// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 2 ** 53 + 1 was 9007199254740992 in JS and 9007199254740993 in CPython: JS numbers are
// doubles. Integer results beyond 2**53 cannot be exact, so they fail loudly (an m_shared error,
// not catchable by Python `except`) instead of returning a different number (see numbers.extend.js).
// Observed: 0 * -5 was -0 in JS, which CPython's ints do not have: f"{0 * -5:.2f}" was '-0.00' (CPython
// '0.00') and f"{0 * -5:d}" a ValueError (the formatter takes -0 for a float). A zero result goes to
// __m_shared_int__, which makes an int's zero 0 (numbers.extend.js).
// Speed: the number case is a function small enough for V8 to inline at each call site; everything
// else (and a result beyond 2**53) goes on to __m_shared_mul_slow__, the full operator.
export function __mul__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        const result = a * b;
        if (result <= 9007199254740991 && result >= -9007199254740991 && result !== 0) {
            return result;
        }
        return __m_shared_int__ (result, a, b, '*');
    }
    return __m_shared_mul_slow__ (a, b);
}
function __m_shared_mul_slow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__mul__' in a) {
        return a.__mul__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rmul__' in b) {
        return b.__rmul__ (a);
    }
    else if (typeof a == 'string') {
        return a.__mul__ (b);
    }
    else if (typeof b == 'string') {
        return b.__rmul__ (a);
    }
    else {
        __m_shared_arithmetic__ (a, b, '*');
        return __m_shared_int__ (a * b, a, b, '*');
    }
}
