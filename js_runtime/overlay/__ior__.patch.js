// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: d |= {"b": 2} turned d into 0 in JS (bitwise or of two objects); CPython 3.9+ updates
// the dict in place.
// Observed: x = 1; x |= 2 ** 40 gave JavaScript's 32-bit result, as __or__.patch.js says for `|`.
// Speed: the int32 case is a function small enough for V8 to inline; the rest (a's __ior__ first, then
// __or__, CPython's messages for `|=`) goes on to __m_shared_ior_slow__.
export function __ior__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a | b;
    }
    return __m_shared_ior_slow__ (a, b);
}
function __m_shared_ior_slow__ (a, b) {
    if (a !== null && typeof a == 'object' && a.__class__ === dict && b !== null && typeof b == 'object') {
        a.py_update (b);
        return a;
    }
    return __m_shared_bitwise__ (a, b, '|=');
}
