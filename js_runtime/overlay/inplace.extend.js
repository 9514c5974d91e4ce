// Parity fix for in-place operators on lists, appended to Transcrypt's runtime at build time.
// Observed: after `y = x; y += [2]` x was still [1] in JS and [1, 2] in CPython (also `y *= 2`, and
// `d["k"] += [3]` replaced the list in the dict instead of extending the list others hold): the
// operators built a new list, where CPython's list.__iadd__ / __imul__ change the list itself.
// Tuples stay immutable (`t += (1,)` makes a new tuple, as in CPython); sets keep their own rules.
Object.defineProperty (Array.prototype, '__iadd__', {
    value: function (other) {
        const kind = __m_shared_kind__ (this);
        if (kind != 'list') {
            return this.__add__ (other);
        }
        // list += iterable extends with any iterable (CPython: [1] += "ab" -> [1, 'a', 'b'])
        if (other === null || other === undefined || (typeof other != 'object' && typeof other != 'string')) {
            throw py_TypeError ("'" + __m_shared_typename__ (other) + "' object is not iterable", new Error ());
        }
        const items = list (other);  // a copy first: `x += x` doubles x
        for (const item of items) {
            this.push (item);
        }
        return this;
    },
    writable: true, configurable: true, enumerable: false
});

Object.defineProperty (Array.prototype, '__imul__', {
    value: function (scalar) {
        if (__m_shared_kind__ (this) != 'list') {
            return this.__mul__ (scalar);
        }
        const repeated = this.__mul__ (scalar);  // CPython's checks and messages (non-int factor)
        this.length = 0;
        for (const item of repeated) {
            this.push (item);
        }
        return this;
    },
    writable: true, configurable: true, enumerable: false
});
