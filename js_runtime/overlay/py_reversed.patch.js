// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): "-".join(reversed("abc")) 'c-b-a' → crash
// (TypeError: iterable.reverse is not a function) → 'c-b-a'. reversed() of a string walks its
// characters (code points, as CPython does).
// Also observed: reversed({"a": 1, "b": 2}) crashed (CPython 3.8+: the keys, last first), reversed() of a
// set gave its items (CPython: TypeError "'set' object is not reversible"), and reversed() of a generator
// or a map crashed with a JavaScript error ("a.slice is not a function") where CPython raises that
// TypeError. A class's own __reversed__ is asked first, as in CPython.
// Also observed: bool(reversed([])) was False (CPython: True, as every iterator): the array is marked an iterator
// for __t__ (__t__.patch.js).
export function py_reversed (iterable) {
    if (typeof iterable == 'string') {
        return __m_shared_iterator_array__ (Array.from (iterable).reverse ());
    }
    if (iterable !== null && typeof iterable == 'object') {
        if (typeof iterable.__reversed__ == 'function') {
            return iterable.__reversed__ ();
        }
        if (Array.isArray (iterable) && iterable.__class__ !== set) {
            return __m_shared_iterator_array__ (iterable.slice ().reverse ());
        }
        if (iterable.__class__ === dict) {
            return __m_shared_iterator_array__ (Array.from (iterable.py_keys ()).reverse ());
        }
    }
    const generator = iterable !== null && typeof iterable == 'object' && typeof iterable.next == 'function'
        && iterable.__class__ === undefined;
    throw py_TypeError ("'" + (generator ? 'generator' : __m_shared_typename__ (iterable)) + "' object is not reversible", new Error ());
};
function __m_shared_iterator_array__ (array) {  // the items of an iterator, which is true even when it is empty
    Object.defineProperty (array, '__m_shared_iterator__', {value: true});
    return array;
}
