// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: {"a": 1} | {"b": 2} was 0 in JS (bitwise or of two objects); CPython 3.9+ merges the
// dicts into a new one, right operand winning.
// Observed: 2 ** 40 | 1 was 1 in JS (CPython 1099511627777), True | False 1 (CPython True), None | 1 1
// (CPython TypeError). JavaScript's bitwise operators work on 32-bit integers; CPython's on ints of any size.
// Speed: the int32 case (JavaScript's operator is exact there) is a function small enough for V8 to
// inline at each call site; everything else goes on to __m_shared_or_slow__.
export function __or__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a | b;
    }
    return __m_shared_or_slow__ (a, b);
}
function __m_shared_or_slow__ (a, b) {
    if (a !== null && typeof a == 'object' && a.__class__ === dict && b !== null && typeof b == 'object' && b.__class__ === dict) {
        const result = a.py_copy ();
        result.py_update (b);
        return result;
    }
    return __m_shared_bitwise__ (a, b, '|');
}
