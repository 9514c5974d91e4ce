// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: True & False was 0 in JS (CPython False),
// 2 ** 40 & (2 ** 40 + 1) 0 (CPython 1099511627776), 1.5 & 1 1 (CPython TypeError).
// JavaScript's bitwise operators work on 32-bit integers; CPython's on ints of any size.
// Speed: the int32 case (JavaScript's operator is exact there) is a function small enough for V8 to
// inline at each call site; everything else goes on to __m_shared_bitwise__.
export function __and__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a & b;
    }
    return __m_shared_bitwise__ (a, b, '&');
}
