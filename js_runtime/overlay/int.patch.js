// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: int(3e9) was -1294967296 in JS and int(-2.5e9) 1794967296 (CPython: 3000000000 and
// -2500000000): Transcrypt's int() truncated with `| 0`, which wraps at 32 bits. A number is now
// truncated toward zero as CPython does; beyond 2**53 it fails loudly; int(inf) raises CPython's
// OverflowError (numbers.extend.js) and int(nan) its ValueError. Strings keep Transcrypt's parsing
// (int(x, base) is int_base.extend.js's). A text CPython reads with digits of another script fails loudly; observed
// (CPython -> JS before): int('12€'), int('\u200b12') ValueError -> that m_shared error too (any non-ASCII
// character beside an ASCII digit), which a validator's `except ValueError` does not catch.
export function int (any) {
    if (typeof any == 'number') {
        if (Number.isNaN (any)) {
            throw ValueError ('cannot convert float NaN to integer', new Error ());
        }
        if (!Number.isFinite (any)) {
            throw OverflowError ('cannot convert float infinity to integer', new Error ());
        }
        const result = Math.trunc (any);
        if (!Number.isSafeInteger (result)) {
            throw __m_shared_loud__ ('int(' + any + ') is beyond 2**53 (9007199254740992): JavaScript numbers ' +
                'cannot hold it exactly, CPython ints can; keep integers below 2**53 or carry large numbers as strings');
        }
        return result === 0 ? 0 : result;  // int(-0.5) is 0, not -0
    }
    if (typeof any == 'boolean') {
        return any ? 1 : 0;
    }
    // Observed: int(None) and int({}) raised ValueError, int([3]) was 3, int("1_000") ValueError (CPython:
    // TypeError, TypeError, 1000): a value that is not a str goes by CPython's rules, a str by its grammar.
    if (typeof any == 'string') {
        const text = __m_shared_strip__ (any, true, true);
        if (!/^[+-]?\d(?:_?\d)*$/.test (text)) {
            // loud only for a text CPython reads as a number: int('12€') and int('\u200b12') are its ValueError
            if (/^[+-]?\d(?:_?\d)*$/.test (text.replace (/\p{Nd}/gu, '0'))) {
                throw __m_shared_loud__ ('int() of digits other than 0-9 (' + repr (any) + ') is a number in CPython; ' +
                    'JavaScript reads only ASCII digits: convert them first');
            }
            throw ValueError ('invalid literal for int() with base 10: ' + repr (any), new Error ());
        }
        return int (Number (text.replace (/_/g, '')));
    }
    if (any !== null && typeof any == 'object' && typeof any.__int__ == 'function') {
        return any.__int__ ();
    }
    throw py_TypeError ("int() argument must be a string, a bytes-like object or a real number, not '" +
        __m_shared_typename__ (any) + "'", new Error ());
}
