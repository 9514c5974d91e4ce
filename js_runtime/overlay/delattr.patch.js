// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: delattr(obj, "name") deleted the JS property `name`, not `py_name` where Transcrypt
// stores `self.name`, and a missing attribute passed silently (CPython: AttributeError).
// CPython deletes from the object's own attributes only: delattr(Order(1), "region") (a class attribute)
// and delattr(Order(1), "toString") (JavaScript's) deleted nothing and raised nothing in JS (CPython:
// AttributeError), and delattr({"a": 1}, "a") removed the key (CPython: AttributeError, a dict's keys
// are no attributes and its methods are read-only). A class's __delattr__ is called, and a frozen dataclass raises
// FrozenInstanceError: `del point.x` (lowered to delattr) was a JavaScript TypeError.
export function delattr (obj, name) {
    const key = __m_shared_named__ (name);
    const builtin = __m_shared_builtin_has__ (obj, name);
    if (builtin) {
        throw AttributeError ("'" + __m_shared_typename__ (obj) + "' object attribute '" + name + "' is read-only", new Error ());
    }
    if (builtin === undefined && obj.__class__ !== undefined) {
        if ('__delattr__' in obj) {  // a class's own __delattr__ decides (del g.x deleted where it raised)
            obj.__delattr__ (name);
            return;
        }
        if (!Object.isExtensible (obj)) {  // a frozen dataclass (__m_shared_freeze__): a JS TypeError before
            throw FrozenInstanceError ("cannot delete field '" + name + "'", new Error ());
        }
    }
    const own = builtin === undefined ? Object.getOwnPropertyDescriptor (obj, key) : undefined;
    if (own === undefined || typeof obj == 'function' && !own.enumerable) {
        // a property (lowering gives each a setter; a method has none): delattr(amount, "euros") said "'Amount'
        // object has no attribute 'euros'"
        const found = typeof obj == 'object' && obj !== null && obj.__class__ !== undefined ?
            Object.getOwnPropertyDescriptor (obj.__class__, key) : undefined;
        if (found !== undefined && found.set !== undefined) {
            throw AttributeError ("property '" + name + "' of '" + __m_shared_typename__ (obj) + "' object has no deleter", new Error ());
        }
        const error = __m_shared_no_attr__ (obj, name);
        if (builtin === false) {  // a str, list, dict...: 3.13 says why it cannot have one
            if (__m_shared_python__ >= 313) {
                error.__args__ = tuple ([error.__args__ [0] + ' and no __dict__ for setting new attributes']);
            }
        }
        throw error;
    }
    delete obj [key];
}
