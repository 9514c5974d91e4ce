// Parity fixes for lists, tuples and sets, appended to Transcrypt's runtime at build time.
//
// Observed (Transcrypt 3.9.5, -o, Node 20):
// * [{"a": 1}] == [{"a": 1}] was False and [1, 2] == (1, 2) / {1, 2} == [1, 2] True: elements were
//   compared with JS `!=`, the container kind was ignored, and comparing two sets sorted both in place;
// * [1, 2] < [1, 2, 0] was False: a shorter prefix did not order first;
// * [{"b": 2}].index({"b": 2}) returned -1 (no ValueError for a missing element), [[1]].count([1])
//   crashed, and list.remove compared by identity.
// Python semantics: element-wise ==, lexicographic order, ValueError naming the missing element.

function __m_shared_kind__ (sequence) {
    return sequence.__class__ === set ? 'set' : sequence.__class__ === tuple ? 'tuple' : 'list';
}

Array.prototype.__eq__ = function (other) {
    if (!Array.isArray (other) || __m_shared_kind__ (this) != __m_shared_kind__ (other) || this.length != other.length) {
        return false;
    }
    if (this.__class__ === set) {
        return this.every (item => __in__ (item, other));
    }
    for (let i = 0; i < this.length; i++) {
        if (!__eq__ (this [i], other [i])) {
            return false;
        }
    }
    return true;
};

function __m_shared_compare__ (a, b) {  // -1, 0, 1 for non-set sequences, as CPython orders them
    const n = Math.min (a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!__eq__ (a [i], b [i])) {
            return __lt__ (a [i], b [i]) ? -1 : 1;
        }
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

Array.prototype.__lt__ = function (other) {
    return this.__class__ === set ? this.issubset (other) && !this.issuperset (other) : __m_shared_compare__ (this, other) < 0;
};
Array.prototype.__le__ = function (other) {
    return this.__class__ === set ? this.issubset (other) : __m_shared_compare__ (this, other) <= 0;
};
Array.prototype.__gt__ = function (other) {
    return this.__class__ === set ? this.issuperset (other) && !this.issubset (other) : __m_shared_compare__ (this, other) > 0;
};
Array.prototype.__ge__ = function (other) {
    return this.__class__ === set ? this.issuperset (other) : __m_shared_compare__ (this, other) >= 0;
};

Array.prototype.index = function (element, start, stop) {
    const from = start == null || start.hasOwnProperty ('__kwargtrans__') ? 0 : start < 0 ? Math.max (this.length + start, 0) : start;
    const to = stop == null || stop.hasOwnProperty ('__kwargtrans__') ? this.length : stop < 0 ? this.length + stop : Math.min (stop, this.length);
    for (let i = from; i < to; i++) {
        if (__eq__ (this [i], element)) {
            return i;
        }
    }
    throw ValueError (this.__class__ === tuple ? 'tuple.index(x): x not in tuple' : repr (element) + ' is not in list', new Error ());
};

Array.prototype.count = function (element) {
    let found = 0;
    for (const item of this) {
        if (__eq__ (item, element)) {
            found++;
        }
    }
    return found;
};

Array.prototype.remove = function (element) {
    for (let i = 0; i < this.length; i++) {
        if (__eq__ (this [i], element)) {
            this.splice (i, 1);
            return;
        }
    }
    throw ValueError ('list.remove(x): x not in list', new Error ());
};

function __m_shared_dict_eq__ (a, b) {  // used by the __eq__ patch: same keys, equal values, any order
    const keys = Object.keys (a);
    if (keys.length != Object.keys (b).length) {
        return false;
    }
    return keys.every (key => Object.prototype.hasOwnProperty.call (b, key) && __eq__ (a [key], b [key]));
}
