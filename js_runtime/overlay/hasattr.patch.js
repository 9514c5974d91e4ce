// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: hasattr(obj, "name") looked at the JS property `name` (every class has one) instead of
// `py_name`, where Transcrypt stores `self.name`. The name is mapped through Transcrypt's aliases.
// A builtin value (None, bool, number, str, list, tuple, dict, set) answers from CPython's table
// (__m_shared_builtin_has__): hasattr([1], "add") was True, hasattr("a", "upper") False. An instance
// no longer has Object.prototype's members (JavaScript's, which no CPython object has):
// hasattr(obj, "toString") and "constructor" were True.
export function hasattr (obj, name) {
    const builtin = __m_shared_builtin_has__ (obj, name);
    if (builtin !== undefined) {
        return builtin;
    }
    try {
        const key = __m_shared_attr__ (name);
        return key in obj && !Object.prototype.hasOwnProperty.call (Object.prototype, key);
    }
    catch (exception) {
        return false;
    }
}
