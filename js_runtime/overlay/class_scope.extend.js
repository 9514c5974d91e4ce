// Parity fix, appended to Transcrypt's runtime at build time.
// Observed: `class C: factor = 3; scaled = list(x * factor for x in items)` raised CPython's NameError
// ("name 'factor' is not defined": the nested scopes of a class body do not see its names) and a JavaScript
// ReferenceError in JS. Lowering (m_shared/lower.py _class_scope_reads) calls this for such a read of a name
// that nothing else in the module binds.
export function __m_shared_name_error__ (name) {
    throw NameError ("name '" + name + "' is not defined");
}
