// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: delattr(obj, "name") deleted the JS property `name`, not `py_name` where Transcrypt
// stores `self.name`, and a missing attribute passed silently (CPython: AttributeError).
export function delattr (obj, name) {
    const key = __m_shared_attr__ (name);
    if (!(key in obj)) {
        throw __m_shared_no_attr__ (obj, name);
    }
    delete obj [key];
}
