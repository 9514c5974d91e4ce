// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: hasattr(obj, "name") looked at the JS property `name` (every class has one) instead of
// `py_name`, where Transcrypt stores `self.name`. The name is mapped through Transcrypt's aliases.
export function hasattr (obj, name) {
    try {
        return __m_shared_attr__ (name) in obj;
    }
    catch (exception) {
        return false;
    }
}
