// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: getattr(Base("a"), "name") was 'cls' (the JS function's own `name`) where CPython gives
// 'a' (Transcrypt stores `self.name` as `py_name`), and getattr(obj, "missing") was None instead of
// AttributeError. The name is mapped through Transcrypt's aliases; getattr(obj, name, default) works.
export function getattr (obj, name, dflt) {
    const key = __m_shared_attr__ (name);
    if (obj !== null && obj !== undefined && (typeof obj == 'object' || typeof obj == 'function') && key in obj) {
        return obj [key];
    }
    if (obj !== null && obj !== undefined && typeof obj != 'object' && typeof obj != 'function' && obj [key] !== undefined) {
        return obj [key];
    }
    if (dflt !== undefined) {
        return dflt;
    }
    throw __m_shared_no_attr__ (obj, name);
}
