// Parity fix, applied to Transcrypt's runtime at build time (see ordering.extend.js).
// Observed: 1 < "a" was a bool in JS (CPython: TypeError), None < 1 crashed with a JavaScript
// TypeError, and strings with characters beyond U+FFFF ordered by UTF-16 unit, not code point.
export function __lt__ (a, b) {
    return __m_shared_order__ (a, b, '<');
}
