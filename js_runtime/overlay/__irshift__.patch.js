// Parity fix, applied to Transcrypt's runtime at build time (the rest in bitwise.extend.js).
// Observed: x = 1; x >>= ... gave JavaScript's 32-bit result, as __rshift__.patch.js says for `>>`.
// Speed: the int32 case is a function small enough for V8 to inline; the rest (a's __irshift__ first,
// then __rshift__, CPython's messages for `>>=`) goes on to __m_shared_bitwise__.
export function __irshift__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && (a | 0) === a && (b & 31) === b) {
        return a >> b;
    }
    return __m_shared_bitwise__ (a, b, '>>=');
}
