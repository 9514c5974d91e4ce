// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython -> JS before): bin(True) '0b1' -> '0bNaN', bin(None) TypeError -> '0bNaN', bin(1.5) and
// bin('1') TypeError ("'float' object cannot be interpreted as an integer") -> '0b1': Transcrypt's bin() parsed
// its argument with parseInt. It takes an int (or a bool) now, as CPython's __index__ does.
export function bin (nbr) {
    const value = __m_shared_index_arg__ (nbr);
    return (value < 0 ? '-' : '') + '0b' + Math.abs (value).toString (2);
};
