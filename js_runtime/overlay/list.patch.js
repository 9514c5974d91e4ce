// Parity fix, applied to Transcrypt's runtime at build time (helper in sets.extend.js).
// Observed: list({3, 1, 2}) was [3, 1, 2] in JS, [1, 2, 3] in CPython (hash-table order): a set of
// two or more items now fails loudly, pointing at sorted().
export function list (iterable) {
    __m_shared_set_order__ (iterable);
    // list(None), list(5) and list(True) were [] (CPython: TypeError, not iterable); list() is []
    let instance = iterable === undefined ? [] : __m_shared_items_of__ (iterable);
    return instance;
}
