// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 2 ** 53 + 1 was 9007199254740992 in JS and 9007199254740993 in CPython: JS numbers are
// doubles. Integer results beyond 2**53 cannot be exact, so they fail loudly (an m_shared error,
// not catchable by Python `except`) instead of returning a different number (see numbers.extend.js).
export function __pow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__pow__' in a) {
        return a.__pow__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rpow__' in b) {
        return b.__rpow__ (a);
    }
    else {
        return __m_shared_int__ (Math.pow (a, b), a, b, '**');
    }
}
