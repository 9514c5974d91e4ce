// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: {"a": 1}["b"] was None in JS where CPython raises KeyError('b') (so `except KeyError`
// never ran and a missing key flowed on as None), and an index past the end raised IndexError with
// "index out of range" instead of CPython's "list index out of range" / "string index out of range".
export function __getitem__ (container, key) {
    if (typeof container == 'object' && container !== null && '__getitem__' in container) {
        return container.__getitem__ (key);
    }
    else if (Array.isArray (container) || typeof container == 'string') {
        const result = container[key < 0 ? container.length + key : key];
        if (result === undefined) {
            const kind = typeof container == 'string' ? 'string' : container.__class__ === tuple ? 'tuple' : 'list';
            throw IndexError (kind + ' index out of range', new Error());
        }
        return result;
    }
    else if (container !== null && typeof container == 'object' && container.__class__ === dict
             && !Object.prototype.hasOwnProperty.call (container, key)) {
        throw KeyError (repr (key), new Error ());
    }
    else {
        return container [key];
    }
}
