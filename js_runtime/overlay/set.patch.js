// Parity fix, applied to Transcrypt's runtime at build time (helpers in set_members.extend.js).
// Observed: set(x for x in xs) and set({"a": 1}) were empty in JS (CPython: the items, the keys):
// Transcrypt's set() read its argument by index and length, which generators and dicts lack.
export function set (iterable) {
    let instance = [];
    if (iterable !== undefined) {  // set(None) was set() (CPython: TypeError)
        for (const item of __m_shared_items_of__ (iterable)) {
            instance.add (item);
        }
    }
    instance.__class__ = set;
    return instance;
}
