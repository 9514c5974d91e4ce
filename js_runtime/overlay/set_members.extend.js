// Parity fixes for set members, appended to Transcrypt's runtime at build time.
// Observed: {(1, 2)} plus .add((1, 2)) had 2 items in JS (CPython: 1), len(set([(1, 2), (1, 2)])) was 2,
// {1, True} kept both, and .discard((1, 2)) left the tuple in: Transcrypt's set compared members with
// JS identity (indexOf). CPython compares with ==, and refuses unhashable members ({[1]}: TypeError).
function __m_shared_member_index__ (members, element) {
    if (typeof element == 'string') {  // a str equals only a str: identity is equality
        return members.indexOf (element);
    }
    for (let index = 0; index < members.length; index++) {
        if (__eq__ (members [index], element)) {
            return index;
        }
    }
    return -1;
}

// CPython's TypeError for a member that is not hashable: a list, dict or set, or a tuple holding one.
// Observed: {(1, [2])} had one member and [1] in {1} was False (CPython: TypeError: unhashable type:
// 'list'). A probe (`x in s`, s.discard(x), s.remove(x)) takes a set x as the frozenset of its items,
// as CPython does; those call this only when x is not found (no member can equal an unhashable x).
function __m_shared_hashable__ (element, probe) {
    if (element === null || typeof element != 'object') {
        return;
    }
    const kind = element.__class__;
    if (kind === tuple) {
        for (const item of element) {
            __m_shared_hashable__ (item);
        }
    }
    else if ((Array.isArray (element) || kind === dict) && !(probe && kind === set) || element.__hash__ === null) {
        // (__hash__ None: an instance of a class with __eq__ and no __hash__, as lowering marks it)
        throw py_TypeError ("unhashable type: '" + __m_shared_typename__ (element) + "'", new Error ());
    }
}

Object.defineProperty (Array.prototype, 'add', {
    value: function (element) {
        __m_shared_hashable__ (element);
        if (__m_shared_member_index__ (this, element) == -1) {
            this.push (element);
        }
        return null;
    },
    writable: true, configurable: true, enumerable: false
});

Object.defineProperty (Array.prototype, 'discard', {
    value: function (element) {
        const index = __m_shared_member_index__ (this, element);
        if (index != -1) {
            this.splice (index, 1);
        }
        else {
            __m_shared_hashable__ (element, true);
        }
        return null;
    },
    writable: true, configurable: true, enumerable: false
});
