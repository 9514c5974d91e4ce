// Parity fix, applied to Transcrypt's runtime at build time (helpers in dicts.extend.js).
// Observed: list(d), [*d] and sorted(d) threw "Result of the Symbol.iterator method is not an object"
// (Transcrypt's dict iterators forgot to `return` the iterator; CPython lists the keys), and a dict
// mixing integer-like keys with others listed them in a different order: {"b": 1, "2": 2, "1": 3}
// gave ['1', '2', 'b'] in JS (JS objects order integer-like keys first, ascending) where CPython keeps
// insertion order ['b', '2', '1']. The insertion order is lost, so keys()/values()/items() and
// iteration of such a dict throw an m_shared error instead of returning a different order.
// Also 1 in {"1": "a"} was True in JS (CPython: False): a key's type is lost in a JS object; `in`,
// d[k] and d.get(k) check it where they can and fail loudly where they cannot (dicts.extend.js).
export function dict (objectOrPairs) {
    let instance = {};
    if (!objectOrPairs || objectOrPairs instanceof Array) {
        if (objectOrPairs) {
            for (let index = 0; index < objectOrPairs.length; index++) {
                const pair = objectOrPairs [index];
                if ( !(pair instanceof Array) || pair.length !== 2) {
                    throw ValueError(
                        "dict update sequence element #" + index +
                        " has length " + pair.length +
                        "; 2 is required", new Error());
                }
                const key = pair [0];
                let val = pair [1];
                if (!(objectOrPairs instanceof Array) && objectOrPairs instanceof Object) {
                     if (!isinstance (objectOrPairs, dict)) {
                         val = dict (val);
                     }
                }
                instance [key] = val;
            }
        }
    }
    else {
        if (isinstance (objectOrPairs, dict)) {
            const aKeys = objectOrPairs.py_keys ();
            for (let index = 0; index < aKeys.length; index++ ) {
                const key = aKeys [index];
                instance [key] = objectOrPairs [key];
            }
        } else if (objectOrPairs instanceof Object) {
            instance = objectOrPairs;
        } else {
            throw ValueError ("Invalid type of object for dict creation", new Error ());
        }
    }
    __setproperty__ (instance, '__class__', {value: dict, enumerable: false, writable: true});
    __setproperty__ (instance, '__contains__', {value: __m_shared_contains__, enumerable: false});
    __setproperty__ (instance, 'py_keys', {value: __m_shared_keys__, enumerable: false});
    __setproperty__ (instance, '__iter__', {value: function () {return new __PyIterator__ (this.py_keys ());}, enumerable: false});
    __setproperty__ (instance, Symbol.iterator, {value: function () {return this.py_keys () [Symbol.iterator] ();}, enumerable: false});
    __setproperty__ (instance, 'py_items', {value: __m_shared_items__, enumerable: false});
    __setproperty__ (instance, 'py_del', {value: __del__, enumerable: false});
    __setproperty__ (instance, 'py_clear', {value: __clear__, enumerable: false});
    __setproperty__ (instance, 'py_get', {value: __m_shared_dget__, enumerable: false});
    __setproperty__ (instance, 'py_setdefault', {value: __setdefault__, enumerable: false});
    __setproperty__ (instance, 'py_pop', {value: __pop__, enumerable: false});
    __setproperty__ (instance, 'py_popitem', {value: __popitem__, enumerable: false});
    __setproperty__ (instance, 'py_update', {value: __update__, enumerable: false});
    __setproperty__ (instance, 'py_copy', {value: __copy__, enumerable: false});
    __setproperty__ (instance, 'py_values', {value: __m_shared_values__, enumerable: false});
    __setproperty__ (instance, 'py_fromkeys', {value: __fromkeys__, enumerable: false});
    __setproperty__ (instance, '__getitem__', {value: __dgetitem__, enumerable: false});
    __setproperty__ (instance, '__setitem__', {value: __m_shared_dsetitem__, enumerable: false});
    return instance;
}
