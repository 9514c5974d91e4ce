// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 2 ** 53 + 1 was 9007199254740992 in JS and 9007199254740993 in CPython: JS numbers are
// doubles. Integer results beyond 2**53 cannot be exact, so they fail loudly (an m_shared error,
// not catchable by Python `except`) instead of returning a different number (see numbers.extend.js).
// Speed: the number case is a function small enough for V8 to inline at each call site; everything
// else (and a result beyond 2**53) goes on to __m_shared_iadd_slow__, the full operator.
export function __iadd__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number') {
        const result = a + b;
        if (result <= 9007199254740991 && result >= -9007199254740991) {
            return result;
        }
        return __m_shared_int__ (result, a, b, '+=');
    }
    return __m_shared_iadd_slow__ (a, b);
}
function __m_shared_iadd_slow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__iadd__' in a) {
        return a.__iadd__ (b);
    }
    else if (typeof a == 'object' && a !== null && '__add__' in a) {
        return a = a.__add__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__radd__' in b) {
        return a = b.__radd__ (a);
    }
    else if (typeof a == 'string' || typeof b == 'string') {
        return __m_shared_concatenate__ (a, b, '+=');
    }
    else {
        __m_shared_arithmetic__ (a, b, '+=');
        return __m_shared_int__ (a + b, a, b, '+=');
    }
}
