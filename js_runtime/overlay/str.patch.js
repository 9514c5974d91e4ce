// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): str(1e-07) '1e-07' → '1e-7' → '1e-07' (CPython's float
// repr, see float_str.extend.js). A __str__ that raises: str(obj), "{}".format(obj) and f"{obj}"
// raise its exception in CPython; JS returned repr(obj) instead, or '<object of type: object>'
// (Transcrypt caught any exception of __str__ and fell back to repr; that also hid datetime's
// isoformat crash behind the repr of an aware datetime, see datetime.isoformat.edit.json). The fallback
// is for what has no __str__ method: None, True, a dict, an instance of a class that defines none
// (Transcrypt's classes define no default one), and a class or function (whose __str__, if any, is
// an instance's, unbound): those still go to repr. Whatever else has one, str() calls, and its
// exception propagates, as in CPython. So does repr's: str(len) fails loudly, as repr(len) (repr.patch.js).
export function str (stringable) {
    if (typeof stringable === 'number')
        return __m_shared_float_str__ (stringable);
    if (stringable != null && typeof stringable != 'function' && typeof stringable.__str__ == 'function')
        return stringable.__str__ ();
    return repr (stringable);  // Transcrypt's fallback to String () on an exception printed a function's source
};
