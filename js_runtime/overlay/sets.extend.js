// Parity fix for the order of sets, appended to Transcrypt's runtime at build time (used by the
// list and tuple patches).
//
// Observed: list({3, 1, 2}) was [3, 1, 2] in JS (Transcrypt's sets are arrays in insertion order),
// [1, 2, 3] in CPython, whose order comes from the hash table (and, for str items, from the hash
// seed of the process). No JS order can match, so turning a set of two or more items into a list or
// tuple throws an m_shared error that points at sorted().

function __m_shared_set_order__ (iterable) {
    if (Array.isArray (iterable) && iterable.__class__ === set && iterable.length > 1) {
        const error = new Error (
            'm_shared: set order: list() or tuple() of a set depends on CPython\'s hash table ' +
            '(and its hash seed for str items), JavaScript keeps insertion order; use sorted(the_set)'
        );
        error.name = 'MSharedError';
        throw error;
    }
}
