// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: getattr(Base("a"), "name") was 'cls' (the JS function's own `name`) where CPython gives
// 'a' (Transcrypt stores `self.name` as `py_name`), and getattr(obj, "missing") was None instead of
// AttributeError. The name is mapped through Transcrypt's aliases; getattr(obj, name, default) works.
// A builtin value has CPython's attributes only (__m_shared_builtin_has__): getattr([1], "add", None) was a
// function (Transcrypt's lists carry set methods), CPython None; getattr("ab", "upper")() crashed, the method unbound.
export function getattr (obj, name, dflt) {
    const key = __m_shared_attr__ (name);
    const builtin = obj != null ? __m_shared_builtin_has__ (obj, name) : false;
    if (builtin !== false && (typeof obj == 'object' || typeof obj == 'function' ? key in obj : obj [key] !== undefined)) {
        const value = obj [key];
        // a method of a builtin value is bound, as CPython's: getattr("ab", "upper")() crashed (no `this`)
        return builtin && typeof value == 'function' ? value.bind (obj) : value;
    }
    if (dflt !== undefined) {
        return dflt;
    }
    throw __m_shared_no_attr__ (obj, name);
}
