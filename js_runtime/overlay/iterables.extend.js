// Parity fixes for methods that take any iterable, appended to Transcrypt's runtime at build time.
// Observed: out.extend(x for x in xs if x) added nothing in JS (CPython adds the items), out.extend({"a": 1})
// added nothing (CPython: the keys), out.extend("ab") crashed ("CreateListFromArrayLike called on
// non-object"), and s.update(x for x in xs) raised "'<' not supported between instances of 'int' and
// 'object'": Transcrypt's list.extend and set.update accept arrays only (and set.update sorted the set).
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
