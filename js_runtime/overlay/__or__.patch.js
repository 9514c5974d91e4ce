// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: {"a": 1} | {"b": 2} was 0 in JS (bitwise or of two objects); CPython 3.9+ merges the
// dicts into a new one, right operand winning.
export function __or__ (a, b) {
    if (a !== null && typeof a == 'object' && a.__class__ === dict && b !== null && typeof b == 'object' && b.__class__ === dict) {
        const result = a.py_copy ();
        result.py_update (b);
        return result;
    }
    if (typeof a == 'object' && a !== null && '__or__' in a) {
        return a.__or__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__ror__' in b) {
        return b.__ror__ (a);
    }
    else {
        return a | b;
    }
}
