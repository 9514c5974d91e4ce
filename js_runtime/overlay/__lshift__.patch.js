// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: 1 << 40 was 256 in JS (CPython 1099511627776), 1 << -1 -2147483648 (CPython ValueError).
// JavaScript's bitwise operators work on 32-bit integers; CPython's on ints of any size.
// Speed: the int32 case (JavaScript's operator is exact there: a result that still fits in 32 bits) is a
// function small enough for V8 to inline at each call site; everything else goes on to __m_shared_bitwise__.
export function __lshift__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b & 31) === b && (a << b) >> b === a) {
        return a << b;
    }
    return __m_shared_bitwise__ (a, b, '<<');
}
