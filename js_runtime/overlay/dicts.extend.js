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
        if (!Object.prototype.hasOwnProperty.call (container, key)) {
            throw KeyError (key, new Error ());
        }
        return container [key];
    }
    return __getitem__ (container, key);
}
