// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: an index past the end raised IndexError with "index out of range" instead of CPython's
// "list index out of range" / "string index out of range".
// A dict carries its own __getitem__ (Transcrypt's __dgetitem__, `return this [key]`), so the dict
// branch below never runs and a missing key gives undefined here. That is kept on purpose: the
// compiled stdlib (re.js looks up optional groups with it) relies on it. The shared package's own
// `d[k]` is lowered to __m_shared_getitem__ (dicts.extend.js), which raises KeyError as CPython does.
// Speed: an index that is found in a list or a str is a function small enough for V8 to inline at each
// call site; the rest goes on to __m_shared_getitem_slow__.
export function __getitem__ (container, key) {
    if (typeof key == 'number' && (typeof container == 'string' || Array.isArray (container))) {
        const result = container [key < 0 ? container.length + key : key];
        if (result !== undefined) {
            return result;
        }
    }
    return __m_shared_getitem_slow__ (container, key);
}
function __m_shared_getitem_slow__ (container, key) {
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
