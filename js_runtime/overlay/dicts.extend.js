// Parity fixes for dicts, appended to Transcrypt's runtime at build time (used by dict.patch.js).
//
// Observed: {"b": 1, "2": 2, "1": 3} listed its keys as ['1', '2', 'b'] in JS, ['b', '2', '1'] in
// CPython: JS objects, which hold Transcrypt's dicts, order integer-like keys ("0", "1", ... below
// 2**32 - 1) first and ascending, whatever the insertion order. When integer-like keys sit beside
// other keys the order CPython would give is lost, so listing the keys throws an m_shared error.
// (A dict whose keys are all integer-like is left alone: its order is right when the keys were
// inserted ascending, the common case; the lint rule MS206 flags int keys in literals.)

const __m_shared_index_key__ = /^(0|[1-9][0-9]{0,9})$/;

function __m_shared_ordered_keys__ (instance) {
    const keys = [];
    let indexLike = 0;
    for (const attrib in instance) {
        if (!__specialattrib__ (attrib)) {
            keys.push (attrib);
            if (__m_shared_index_key__.test (attrib) && Number (attrib) < 4294967295) {
                indexLike++;
            }
        }
    }
    if (indexLike && indexLike < keys.length) {
        const error = new Error (
            'm_shared: dict key order with integer-like keys: this dict mixes keys such as ' +
            JSON.stringify (keys.filter (key => __m_shared_index_key__.test (key)).slice (0, 3)) +
            ' with other keys; JavaScript objects list integer-like keys first, CPython keeps insertion ' +
            'order, so iterating it cannot give CPython\'s order; prefix such keys (e.g. "n1") or keep a list'
        );
        error.name = 'MSharedError';
        throw error;
    }
    return keys;
}

function __m_shared_keys__ () {
    return __m_shared_ordered_keys__ (this);
}

function __m_shared_items__ () {
    return __m_shared_ordered_keys__ (this).map (key => [key, this [key]]);
}

function __m_shared_values__ () {
    return __m_shared_ordered_keys__ (this).map (key => this [key]);
}

// Observed: {"a": 1}["b"] was None in JS where CPython raises KeyError('b') (so `except KeyError`
// never ran and a missing key flowed on as None). The runtime's __getitem__ must stay lenient (see
// __getitem__.patch.js), so lowering (m_shared/lower.py) turns the shared package's subscripts into
// calls of this function.
export function __m_shared_getitem__ (container, key) {
    if (container !== null && typeof container == 'object' && container.__class__ === dict) {
        if (!__m_shared_has_key__ (container, key)) {
            throw KeyError (key, new Error ());
        }
        return container [key];
    }
    return __getitem__ (container, key);
}

// Observed: 1 in {"1": "a"} was True in JS, False in CPython, and {"1": "a"}[1] was 'a' where CPython
// raises KeyError(1): a JS object stores every key as a string, so an int key and its digits collide.
// d[k] = v records which keys were stored with a number (__m_shared_numeric__); a number lookup that
// finds a key stored any other way (a literal, JSON input, update()) cannot tell whether CPython
// would find it, so it throws an m_shared error; a str lookup of a key stored as a number is a miss,
// as in CPython. The lint rule MS206 flags dict literals with non-str keys.

function __m_shared_key_found__ (instance, key) {  // key is an own property: does CPython find it too?
    const numeric = instance.__m_shared_numeric__;
    if (typeof key == 'number' || typeof key == 'boolean') {
        if (numeric === undefined || !numeric.has (String (key))) {
            const error = new Error (
                'm_shared: dict lookup with a non-str key (' + __m_shared_typename__ (key) + ' ' + String (key) + '): ' +
                'JavaScript dicts hold keys as strings, so this dict\'s key ' + JSON.stringify (String (key)) +
                ' may be the str or the number; use str keys and look up with str(...)'
            );
            error.name = 'MSharedError';
            throw error;
        }
        return true;
    }
    return numeric === undefined || !numeric.has (key);
}

function __m_shared_has_key__ (instance, key) {
    return Object.prototype.hasOwnProperty.call (instance, key) && __m_shared_key_found__ (instance, key);
}

function __m_shared_contains__ (key) {
    return __m_shared_has_key__ (this, key);
}

function __m_shared_dget__ (key, dflt) {
    if (__m_shared_has_key__ (this, key)) {
        return this [key];
    }
    // as Transcrypt's own get: dict(name=1) stores the keyword under its JS alias py_name
    const aliased = this ['py_' + key];
    return aliased !== undefined && typeof key == 'string' ? aliased : dflt === undefined ? null : dflt;
}

function __m_shared_dsetitem__ (key, value) {
    if (typeof key == 'number' || typeof key == 'boolean') {
        if (this.__m_shared_numeric__ === undefined) {
            Object.defineProperty (this, '__m_shared_numeric__', {value: new Set (), enumerable: false});
        }
        this.__m_shared_numeric__.add (String (key));
    }
    else if (this.__m_shared_numeric__ !== undefined) {
        this.__m_shared_numeric__.delete (key);
    }
    this [key] = value;
}
