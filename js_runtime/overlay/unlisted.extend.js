// Hygiene fix, appended to Transcrypt's runtime at build time; extensions are appended in name order,
// and this one must come last.
// Observed: importing any shared module added 42 enumerable properties to built-in prototypes
// (Array.prototype.append, __class__, __eq__, py_sort, ...; String.prototype.format, join, strip,
// ...; Uint8Array.prototype.__add__, ...), because the runtime assigns its methods with `=`. The
// host application's own `for (const key in array)` and object walkers (deep merge, serializers,
// old libraries) then met '__class__', 'append', ... in every array and string.
// A built-in prototype has no enumerable property of its own, so each one found here was assigned
// with `=`: it stays, with its value, but no longer shows up in `for ... in`.
for (const __m_shared_builtin__ of [
    Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Function.prototype, Uint8Array.prototype,
]) {
    for (const key of Object.keys (__m_shared_builtin__)) {
        Object.defineProperty (__m_shared_builtin__, key, {enumerable: false});
    }
    __m_shared_fast_prototype__ (__m_shared_builtin__);
}

// Speed: changing a property's attributes (above) turns the prototype into a dictionary in V8, and every
// method call on a string, number or array then looked its method up by hash: String.prototype.index ran
// at a fifth of its speed, even the native indexOf at 0.6x (validate_gstin, a checksum loop, 1.3x
// slower). V8 makes a prototype fast again when a property lookup through it updates an inline cache,
// which it does once the looking function has feedback: so the probe looks a few dozen times.
function __m_shared_fast_prototype__ (prototype) {
    const probe = Object.setPrototypeOf ({}, prototype);
    for (let turn = 0; turn < 64; turn++) {
        void probe.__m_shared_fast__;
    }
}
