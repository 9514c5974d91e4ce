// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): str(1e-07) '1e-07' → '1e-7' → '1e-07' (CPython's float
// repr, see float_str.extend.js). Otherwise Transcrypt's str unchanged.
export function str (stringable) {
    if (typeof stringable === 'number')
        return __m_shared_float_str__ (stringable);
    else {
        try {
            return stringable.__str__ ();
        }
        catch (exception) {
            try {
                return repr (stringable);
            }
            catch (exception) {
                return String (stringable);
            }
        }
    }
};
