// Parity fixes for methods that take any iterable, appended to Transcrypt's runtime at build time.
// Observed: out.extend(x for x in xs if x) added nothing in JS (CPython adds the items), out.extend({"a": 1})
// added nothing (CPython: the keys), out.extend("ab") crashed ("CreateListFromArrayLike called on
// non-object"), and s.update(x for x in xs) raised "'<' not supported between instances of 'int' and
// 'object'": Transcrypt's list.extend and set.update accept arrays only (and set.update sorted the set).
// Observed: ",".join([1, 2]) was '1,2' in JS; CPython raises TypeError: sequence item 0: expected str
// instance, int found. And ",".join(None) said "'NoneType' object is not iterable" (CPython: "can only join an
// iterable").
Object.defineProperty (Array.prototype, 'extend', {
    value: function (iterable) {
        for (const item of __m_shared_items_of__ (iterable)) {  // a copy first: `x.extend(x)` doubles x
            this.push (item);
        }
        return null;
    },
    writable: true, configurable: true, enumerable: false
});

Object.defineProperty (Array.prototype, 'py_update', {  // set.update(*iterables), keeping insertion order
    value: function (...iterables) {
        for (const iterable of iterables) {
            for (const item of __m_shared_items_of__ (iterable)) {
                this.add (item);
            }
        }
        return null;
    },
    writable: true, configurable: true, enumerable: false
});

Object.defineProperty (String.prototype, 'join', {
    value: function (iterable) {
        const items = __m_shared_items_of__ (iterable, () => py_TypeError ('can only join an iterable', new Error ()));
        for (let index = 0; index < items.length; index++) {
            if (typeof items [index] != 'string') {
                throw py_TypeError ('sequence item ' + index + ': expected str instance, ' +
                                    __m_shared_typename__ (items [index]) + ' found', new Error ());
            }
        }
        return items.join (String (this));
    },
    writable: true, configurable: true, enumerable: false
});
