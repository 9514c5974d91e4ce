// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): "-".join(reversed("abc")) 'c-b-a' → crash
// (TypeError: iterable.reverse is not a function) → 'c-b-a'. reversed() of a string walks its
// characters (code points, as CPython does); other iterables as before.
export function py_reversed (iterable) {
    if (typeof iterable == 'string') {
        return Array.from (iterable).reverse ();
    }
    iterable = iterable.slice ();
    iterable.reverse ();
    return iterable;
};
