// Parity fix, applied to Transcrypt's runtime at build time.
// Keeps the truth of a string independent of len(), which fails loudly for strings with
// characters outside the BMP (len.patch.js): `if "😀":` is True in CPython and stays true here.
// Otherwise Transcrypt's __t__ unchanged.
export function __t__ (target) {
    return (
        target === undefined || target === null ? false :
        ['boolean', 'number'] .indexOf (typeof target) >= 0 ? target :
        typeof target == 'string' ? (target.length !== 0 ? target : false) :
        target.__bool__ instanceof Function ? (target.__bool__ () ? target : false) :
        target.__len__ instanceof Function ?  (target.__len__ () !== 0 ? target : false) :
        target instanceof Function ? target :
        len (target) !== 0 ? target :
        false
    );
}
