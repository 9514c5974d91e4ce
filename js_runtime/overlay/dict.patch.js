// Parity fix, applied to Transcrypt's runtime at build time (helpers in dicts.extend.js).
// Observed: list(d), [*d] and sorted(d) threw "Result of the Symbol.iterator method is not an object"
// (Transcrypt's dict iterators forgot to `return` the iterator; CPython lists the keys), and a dict
// mixing integer-like keys with others listed them in a different order: {"b": 1, "2": 2, "1": 3}
// gave ['1', '2', 'b'] in JS (JS objects order integer-like keys first, ascending) where CPython keeps
// insertion order ['b', '2', '1']. A dict built by m_shared code remembers the order of such keys,
// and the type of keys other than str (dicts.extend.js); where the order is lost (JSON input),
// keys()/values()/items() and iteration of such a dict throw an m_shared error.
// Also 1 in {"1": "a"} was True in JS (CPython: False), and {i: v for i, v in enumerate(xs)} and
// dict(zip(ints, values)) held the keys as str: dict() of pairs stores them as d[k] = v does.
// Speed: every dict used to get its 18 methods as own properties (18 defineProperty calls, most
// of the cost of crossing the boundary with a JS object and of every dict literal); they now live
// on one shared, non-enumerable prototype. Keys, `in`, iteration and JSON are unchanged.
// Hostile keys (tests/hostile/test_payloads.py): a key is an own enumerable property of the dict and
// nothing else is, so keys named like Object.prototype's members ("constructor", "toString",
// "__proto__", ...) or like Transcrypt's internals ("__init__", "py_x") are listed, found and
// copied as CPython does. Observed before: {"__proto__": ...} lost its key, "constructor" and
// "__init__" were missing from keys(), and {}.setdefault("__proto__", {})[k] = v wrote k into the
// prototype every dict shares (prototype pollution; "constructor" wrote to Object itself).
// The names dicts keep their methods under cannot be keys in JavaScript and fail loudly when
// stored: __class__, __contains__, __iter__, __getitem__, __setitem__, py_keys, py_items, py_values,
// py_get, py_del, py_clear, py_setdefault, py_pop, py_popitem, py_update, py_copy, py_fromkeys.
let __m_shared_dict_prototype_cache__ = null;
function __m_shared_dict_prototype__ () {
    if (__m_shared_dict_prototype_cache__ === null) {
        const prototype = Object.create (Object.prototype);
        for (const [name, value] of [
            ['__class__', dict],
            ['__contains__', __m_shared_contains__],
            ['py_keys', __m_shared_keys__],
            ['__iter__', function () {return new __PyIterator__ (this.py_keys ());}],
            [Symbol.iterator, function () {return this.py_keys () [Symbol.iterator] ();}],
            ['py_items', __m_shared_items__],
            ['py_del', __del__],
            ['py_clear', __m_shared_dclear__],
            ['py_get', __m_shared_dget__],
            ['py_setdefault', __m_shared_setdefault__],
            ['py_pop', __m_shared_pop__],
            ['py_popitem', __m_shared_popitem__],
            ['py_update', __m_shared_update__],
            ['py_copy', __m_shared_copy__],
            ['py_values', __m_shared_values__],
            ['py_fromkeys', __m_shared_fromkeys__],
            ['__getitem__', __m_shared_dgetitem__],
            ['__setitem__', __m_shared_dsetitem__],
        ]) {
            Object.defineProperty (prototype, name, {value: value, enumerable: false, writable: true, configurable: true});
        }
        __m_shared_dict_prototype_cache__ = prototype;
    }
    return __m_shared_dict_prototype_cache__;
}

export function dict (objectOrPairs) {
    let instance = Object.create (__m_shared_dict_prototype__ ());
    if (objectOrPairs === null || typeof objectOrPairs == 'number' || typeof objectOrPairs == 'boolean') {
        throw __m_shared_not_iterable__ (objectOrPairs);  // dict(None) was {} (CPython: TypeError)
    }
    if (objectOrPairs !== null && typeof objectOrPairs == 'object' && !(objectOrPairs instanceof Array)
            && objectOrPairs.__class__ !== dict && !__m_shared_kwargs__ (objectOrPairs)
            && typeof objectOrPairs [Symbol.iterator] == 'function') {
        // dict(pairs for ...), dict(zip(...)): a generator was taken for a dict of its own fields
        objectOrPairs = __m_shared_items_of__ (objectOrPairs).map (pair => __m_shared_items_of__ (pair));
    }
    if (!objectOrPairs || objectOrPairs instanceof Array) {
        if (objectOrPairs) {
            let plain = true;  // no typed key yet (dicts.extend.js)
            for (let index = 0; index < objectOrPairs.length; index++) {
                const pair = __m_shared_pair__ (objectOrPairs [index], index);
                const key = pair [0];
                let val = pair [1];
                if (!(objectOrPairs instanceof Array) && objectOrPairs instanceof Object) {
                     if (!isinstance (objectOrPairs, dict)) {
                         val = dict (val);
                     }
                }
                // {k: v for ...}, zip(), a display of keys other than str: typed keys (dicts.extend.js)
                if (plain && typeof key == 'string' && !__m_shared_index_like__ (key)) {
                    __m_shared_store__ (instance, key, val);  // (speed: the str keys most comprehensions store)
                }
                else {
                    plain = false;
                    __m_shared_dsetitem__.call (instance, key, val);
                }
            }
        }
    }
    else {
        if (isinstance (objectOrPairs, dict)) {
            __m_shared_copy_into__ (instance, objectOrPairs);
        } else if (objectOrPairs instanceof Object) {
            instance = objectOrPairs;
            if (__m_shared_kwargs__ (instance)) {  // dict(**d): the keyword arguments' marker is no key
                delete instance.__kwargtrans__;
            }
        } else {
            throw ValueError ("Invalid type of object for dict creation", new Error ());
        }
    }
    const prototype = __m_shared_dict_prototype__ ();
    if (Object.getPrototypeOf (instance) !== prototype) {
        Object.setPrototypeOf (instance, prototype);
    }
    return instance;
}
