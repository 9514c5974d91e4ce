// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: 2 ** 40 ^ 1 was 1 in JS (CPython 1099511627777), True ^ True 0 (CPython False),
// None ^ 1 1 (CPython TypeError).
// JavaScript's bitwise operators work on 32-bit integers; CPython's on ints of any size.
// Speed: the int32 case (JavaScript's operator is exact there) is a function small enough for V8 to
// inline at each call site; everything else goes on to __m_shared_bitwise__.
export function __xor__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b | 0) === b) {
        return a ^ b;
    }
    return __m_shared_bitwise__ (a, b, '^');
}
