// Parity fix for the order of sets, appended to Transcrypt's runtime at build time (used by the
// list and tuple patches, and installed for sets by __m_shared_set_order_methods__).
//
// Observed: list({3, 1, 2}) was [3, 1, 2] in JS (Transcrypt's sets are arrays in insertion order),
// [1, 2, 3] in CPython, whose order comes from the hash table (and, for str items, from the hash
// seed of the process). No JS order can match, so turning a set of two or more items into a list or
// tuple throws an m_shared error that points at sorted().

function __m_shared_set_order__ (iterable, what) {
    if (Array.isArray (iterable) && iterable.__class__ === set && iterable.length > 1) {
        throw __m_shared_loud__ ('set order: ' + (what || 'list() or tuple() of a set') + ' depends on CPython\'s ' +
            'hash table (and its hash seed for str items), JavaScript keeps insertion order; use sorted(the_set)');
    }
}

// Observed (CPython -> JS before): str({3, 1, 2}) '{1, 2, 3}' -> '{3, 1, 2}', and likewise repr(), f"{s}",
// "{}".format(s), and a set inside a printed list or dict (str([{3, 1}]) '[{1, 3}]' -> '[{3, 1}]'); CPython
// prints str items in another order in every process (PYTHONHASHSEED). {3, 1, 2}.pop() 1 -> 2 (CPython pops
// the first item in hash-table order, Transcrypt the last inserted), and set().pop() raised IndexError('pop from
// empty list') (CPython: KeyError('pop from an empty set')); out.extend({3, 1, 2}) added 3, 1, 2 (CPython 1, 2, 3).
// Printing, popping from or extending with a set of two or more items now throws; a set of one item or
// none prints and pops as in CPython. Installed by __m_shared_set_operators__ (set_operators.extend.js), so
// only a program that makes sets ships it; lists and tuples take the original methods.
function __m_shared_set_order_methods__ () {
    const methods = {
        __repr__: (original) => function () {
            __m_shared_set_order__ (this, 'printing a set (str(), repr(), an f-string, str.format)');
            return original.call (this);
        },
        py_pop: (original) => function () {
            if (this.__class__ === set && !this.length) {
                throw KeyError ('pop from an empty set', new Error ());
            }
            __m_shared_set_order__ (this, 'set.pop()');
            return original.apply (this, arguments);
        },
        extend: (original) => function (iterable) {
            __m_shared_set_order__ (iterable, 'list.extend() with a set');
            return original.call (this, iterable);
        }
    };
    for (const name in methods) {
        const replaced = methods [name] (Array.prototype [name]);
        for (const key of name == '__repr__' ? [name, '__str__'] : [name]) {  // a list's __str__ is its __repr__
            Object.defineProperty (Array.prototype, key, {value: replaced, writable: true, configurable: true, enumerable: false});
        }
    }
}
