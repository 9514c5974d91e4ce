// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython -> JS before): oct(True) '0o1' -> '0oNaN', oct(None) TypeError -> '0oNaN', oct(1.5) and
// oct('1') TypeError ("'float' object cannot be interpreted as an integer") -> '0o1': Transcrypt's oct() parsed
// its argument with parseInt. It takes an int (or a bool) now, as CPython's __index__ does.
export function oct (nbr) {
    const value = __m_shared_index_arg__ (nbr);
    return (value < 0 ? '-' : '') + '0o' + Math.abs (value).toString (8);
};
