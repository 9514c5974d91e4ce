// Parity fix, appended to Transcrypt's runtime at build time (used by str.patch.js).
// Observed (CPython → JS before → after): str(1e-07) '1e-07' → '1e-7' → '1e-07'; str(0.00001)
// '1e-05' → '0.00001' → '1e-05'; repr(1.5e-10) and f"{1e-05}" likewise.
// Both print the shortest digits that round-trip, but CPython switches to exponent notation
// below 1e-4 (JS: below 1e-6) and writes at least two exponent digits. A non-integral number is
// a float in CPython too, so this is exact for it. An integral float (2.0) cannot be told from
// an int in JS and still prints as one ('2', CPython '2.0'): MS117 flags where that shows.

function __m_shared_float_str__ (value) {
    if (Number.isFinite (value) && !Number.isInteger (value) && Math.abs (value) < 1e-4) {
        return value.toExponential ().replace (/e([+-])(\d)$/, 'e$10$2');
    }
    return value.toString ();
}

Object.defineProperty (Number.prototype, '__repr__', {value: function () {
    return __m_shared_float_str__ (this.valueOf ());
}, enumerable: false, writable: true, configurable: true});
