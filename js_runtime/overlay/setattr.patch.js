// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: setattr(b, "name", "z") threw "Cannot assign to read only property 'name'" in JS (a
// function's own `name`); CPython sets the attribute that `b.name` reads, which Transcrypt spells
// `b.py_name`. The name is mapped through Transcrypt's aliases.
export function setattr (obj, name, value) {
    obj [__m_shared_named__ (name)] = value;  // a name that is no str: TypeError, as CPython
}
