// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: `for i, x in enumerate(items)` and `for x in some_generator()` ran zero times in JS.
// With operator overloading on, Transcrypt loops `for (i = 0; i < len (it); i++)`, and len () of a
// JS iterator is 0, silently. Loops pass their iterable through __i__ (), so materialise iterators here.
export function __i__ (any) {  //  Convert to iterable
    if (py_typeof (any) == dict) {
        return any.py_keys ();
    }
    if (any !== null && typeof any == 'object' && !Array.isArray (any) && typeof any [Symbol.iterator] == 'function') {
        return Array.from (any);
    }
    // Observed: `for line in 5` and `for line in None` ran zero times (len () of them was 0); CPython
    // raises TypeError: 'int' object is not iterable.
    if (typeof any != 'string' && !Array.isArray (any) && !ArrayBuffer.isView (any)
            && !(any !== null && (typeof any == 'object' || typeof any == 'function') && typeof any.__iter__ == 'function')) {
        throw __m_shared_not_iterable__ (any);
    }
    return any;
}
