// Parity fix for `and`, appended to Transcrypt's runtime at build time (used by lowering).
// Observed: `"" and x` was False in JS and '' in CPython, `None and x` False (CPython None), `[] and x`
// False ([]): Transcrypt compiles `a and b` to `__t__ (a) && b`, and __t__ gives false for every falsy
// value. Where the value of `a and b` is used, lowering calls this with `b` delayed, so that `a` is
// evaluated once and `b` only when `a` is true, as in CPython.
export function __m_shared_and__ (left, right) {
    return __t__ (left) ? right () : left;
}
// And for `or`, where its left side may be NaN (lowering, visit_BoolOp): `a or b` is `__t__ (a) || b`, which gave
// `b` for NaN (falsy in JavaScript, true in CPython: `nan or 0` is nan), and __t__ gives `true` for it.
export function __m_shared_or__ (left, right) {
    return __t__ (left) ? left : right ();
}
