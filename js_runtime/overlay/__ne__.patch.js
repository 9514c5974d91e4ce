// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: for a class defining only __eq__, `a != b` compared identity in JS (True for two equal
// instances); CPython's default __ne__ inverts __eq__. Also "1" != 1 was False in JS.
export function __ne__ (a, b) {
    if (a !== null && typeof a == 'object' && '__ne__' in a) {
        return a.__ne__ (b);
    }
    return !__eq__ (a, b);
}
