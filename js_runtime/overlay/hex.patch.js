// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython -> JS before): hex(True) '0x1' -> '0xNaN', hex(None) TypeError -> '0xNaN', hex(1.5) and
// hex('1') TypeError ("'float' object cannot be interpreted as an integer") -> '0x1': Transcrypt's hex() parsed
// its argument with parseInt. It takes an int (or a bool) now, as CPython's __index__ does.
export function hex (nbr) {
    const value = __m_shared_index_arg__ (nbr);
    return (value < 0 ? '-' : '') + '0x' + Math.abs (value).toString (16);
};
