// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 1 % 0 was NaN in JS where CPython raises ZeroDivisionError, so `except
// ZeroDivisionError` never ran and the value flowed on. Raise it, with CPython's message.
export function __mod__ (a, b) {
    if (typeof a == 'object' && a !== null && '__mod__' in a) {
        return a.__mod__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rmod__' in b) {
        return b.__rmod__ (a);
    }
    else {
        if (b === 0 && typeof a == 'number') {
            __m_shared_zero__ (a, b, 'integer modulo by zero', 'float modulo');
        }
        return ((a % b) + b) % b;
    }
}
