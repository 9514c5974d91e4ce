// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before): float("1.5abc") ValueError → NaN, float("0x10") ValueError → 16,
// float("1_000") 1000.0 → ValueError, float("Infinity") inf → ValueError, float([3]) TypeError → 3,
// float(None) TypeError → ValueError. Transcrypt tested the text with parseFloat and converted it with
// unary +, which accept and reject other texts than CPython's float(). The text is now checked with
// CPython's grammar (surrounding whitespace, sign, digits with single underscores, point, exponent, inf,
// infinity, nan); digits of other scripts, which CPython also accepts, fail loudly. Only those: observed
// (CPython -> JS before) float('1.5 €'), float('€1.5') ValueError -> that m_shared error too.
const __m_shared_float_text__ = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

export function float (any) {
    if (typeof any == 'number') {
        return any;
    }
    if (typeof any == 'boolean') {
        return any ? 1 : 0;
    }
    if (typeof any == 'string') {
        const text = __m_shared_strip__ (any, true, true);
        if (!__m_shared_float_text__.test (text)) {
            // loud only for a text CPython reads as a number: float('12€') and float('\u200b1') are its ValueError
            if (__m_shared_float_text__.test (text.replace (/\p{Nd}/gu, '0'))) {
                throw __m_shared_loud__ ('float() of digits other than 0-9 (' + repr (any) + ') is a number in CPython; ' +
                    'JavaScript reads only ASCII digits: convert them first');
            }
            throw ValueError ('could not convert string to float: ' + repr (any), new Error ());
        }
        const lowered = text.toLowerCase ();
        if (lowered.endsWith ('inf') || lowered.endsWith ('infinity')) {
            return lowered.startsWith ('-') ? -Infinity : Infinity;
        }
        return lowered.endsWith ('nan') ? NaN : Number (text.replace (/_/g, ''));
    }
    if (any !== null && typeof any == 'object' && typeof any.__float__ == 'function') {
        return any.__float__ ();
    }
    throw py_TypeError ("float() argument must be a string or a real number, not '" + __m_shared_typename__ (any) + "'", new Error ());
}
