// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 1 / 0 was Infinity in JS where CPython raises ZeroDivisionError, so `except
// ZeroDivisionError` never ran and the value flowed on. Raise it, with CPython's message.
export function __truediv__ (a, b) {
    if (typeof a == 'object' && a !== null && '__truediv__' in a) {
        return a.__truediv__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rtruediv__' in b) {
        return b.__rtruediv__ (a);
    }
    else if (typeof a == 'object' && a !== null && '__div__' in a) {
        return a.__div__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rdiv__' in b) {
        return b.__rdiv__ (a);
    }
    else {
        __m_shared_arithmetic__ (a, b, '/');
        if (b === 0 && typeof a == 'number') {
            __m_shared_zero__ (a, b, 'division by zero', 'float division by zero');
        }
        return a / b;
    }
}
