// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): chr(128512) == "😀" True → False (a lone surrogate) → True;
// chr(-1) ValueError → '\uffff' → ValueError.
export function chr (charCode) {
    if (typeof charCode != 'number' || !Number.isInteger (charCode)) {
        throw py_TypeError ("'" + (typeof charCode == 'number' ? 'float' : py_typeof (charCode).__name__) +
                            "' object cannot be interpreted as an integer", new Error ());
    }
    if (charCode < 0 || charCode > 0x10FFFF) {
        throw ValueError ('chr() arg not in range(0x110000)', new Error ());
    }
    return String.fromCodePoint (charCode);
};
