// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before): -"5" TypeError → -5, -[1] TypeError → -1, -None TypeError → a bare JS
// TypeError ("Cannot use 'in' operator"): JavaScript negates anything it can turn into a number.
export function __neg__ (a) {
    if (typeof a == 'number') {
        return -a;
    }
    if (typeof a == 'boolean') {
        return a ? -1 : 0;
    }
    if (a !== null && typeof a == 'object' && '__neg__' in a) {
        return a.__neg__ ();
    }
    throw py_TypeError ("bad operand type for unary -: '" + __m_shared_typename__ (a) + "'", new Error ());
}
