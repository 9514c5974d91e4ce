// Parity fix, applied to Transcrypt's runtime at build time (helpers in sets.extend.js and
// containers.extend.js).
// Observed: tuple(x for x in items) was () in JS ([].slice.apply of a generator), tuple(d) of a dict
// () instead of its keys; and tuple({3, 1, 2}) kept insertion order where CPython has hash-table
// order: a set of two or more items now fails loudly, pointing at sorted().
export function tuple (iterable) {
    __m_shared_set_order__ (iterable);
    let instance = iterable === undefined ? [] : __m_shared_items_of__ (iterable);  // tuple(None) was ()
    instance.__class__ = tuple;
    return instance;
}
