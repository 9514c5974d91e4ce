// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before): -"5" TypeError → -5, -[1] TypeError → -1, -None TypeError → a bare JS
// TypeError ("Cannot use 'in' operator"): JavaScript negates anything it can turn into a number.
// Observed: -x of x = 0 was -0, which CPython's ints do not have: f"{-refund:.2f}" '-0.00' (CPython '0.00'),
// f"{-count:d}" ValueError. 0 - x is -x with 0 for 0 (and 0.0 for -0.0, as CPython).
export function __neg__ (a) {
    if (typeof a == 'number') {
        return 0 - a;
    }
    if (typeof a == 'boolean') {
        return a ? -1 : 0;
    }
    if (a !== null && typeof a == 'object' && '__neg__' in a) {
        return a.__neg__ ();
    }
    throw py_TypeError ("bad operand type for unary -: '" + __m_shared_typename__ (a) + "'", new Error ());
}
