// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: int(3e9) was -1294967296 in JS and int(-2.5e9) 1794967296 (CPython: 3000000000 and
// -2500000000): Transcrypt's int() truncated with `| 0`, which wraps at 32 bits. A number is now
// truncated toward zero as CPython does; beyond 2**53, or infinite, it fails loudly, and int(nan)
// raises CPython's ValueError. Strings keep Transcrypt's parsing (lint rule MS106).
export function int (any) {
    if (typeof any == 'number') {
        if (Number.isNaN (any)) {
            throw ValueError ('cannot convert float NaN to integer', new Error ());
        }
        if (!Number.isFinite (any)) {
            throw __m_shared_loud__ ('int() of an infinite float raises OverflowError in CPython ' +
                '("cannot convert float infinity to integer"); check math.isinf() first');
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
    return float (any) | 0;
}
