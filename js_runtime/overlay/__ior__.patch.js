// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: d |= {"b": 2} turned d into 0 in JS (bitwise or of two objects); CPython 3.9+ updates
// the dict in place.
export function __ior__ (a, b) {
    if (a !== null && typeof a == 'object' && a.__class__ === dict && b !== null && typeof b == 'object') {
        a.py_update (b);
        return a;
    }
    if (typeof a == 'object' && a !== null && '__ior__' in a) {
        return a.__ior__ (b);
    }
    else if (typeof a == 'object' && a !== null && '__or__' in a) {
        return a = a.__or__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__ror__' in b) {
        return a = b.__ror__ (a);
    }
    else {
        return a |= b;
    }
}
