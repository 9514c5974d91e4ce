// Parity fix, applied to Transcrypt's runtime at build time (with __m_shared_kwargs__ in
// arguments.extend.js). Keyword arguments travel as an object marked with an own `__kwargtrans__`
// property, which every function checks with `last.hasOwnProperty ("__kwargtrans__")`.
// Observed: a dict with a key "hasOwnProperty" crashed every call it was passed to ("hasOwnProperty
// is not a function"); a dict with a key "__kwargtrans__" was taken for keyword arguments, so
// echo({"__kwargtrans__": null, "value": 5}) returned 5; and f(**d) marked the caller's dict d
// itself, which was then taken for keyword arguments wherever it went next.
// The marker is now a non-enumerable property (a dict key is always enumerable), checked by
// __m_shared_kwargs__, and a dict passed as **d is copied first. (`constructor = Object`, which
// Transcrypt also set, made a visible key of it and is not needed: the objects are plain.)
export function __kwargtrans__ (anObject) {
    if (anObject !== null && typeof anObject == 'object' && Object.getPrototypeOf (anObject) !== Object.prototype) {
        anObject = __m_shared_copy_into__ ({}, anObject);
    }
    Object.defineProperty (anObject, '__kwargtrans__', {value: null, enumerable: false, writable: true, configurable: true});
    return anObject;
};
