// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): ord("😀") 128512 → 55357 (the first UTF-16 unit) → 128512;
// ord("ab") TypeError → 97 → TypeError. A character outside the BMP is two UTF-16 units in JS.
// ord(5) and ord(None) failed inside JavaScript (aChar.codePointAt is not a function; CPython: TypeError "ord() expected
// string of length 1, but int found").
export function ord (aChar) {
    if (typeof aChar != 'string') {
        throw py_TypeError ('ord() expected string of length 1, but ' + __m_shared_typename__ (aChar) + ' found', new Error ());
    }
    const code = aChar.codePointAt (0);
    const length = Array.from (aChar).length;
    if (length != 1) {
        throw py_TypeError ('ord() expected a character, but string of length ' + length + ' found', new Error ());
    }
    return code;
};
