// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): "-".join(reversed("abc")) 'c-b-a' → crash
// (TypeError: iterable.reverse is not a function) → 'c-b-a'. reversed() of a string walks its
// characters (code points, as CPython does).
// Also observed: reversed({"a": 1, "b": 2}) crashed (CPython 3.8+: the keys, last first), reversed() of a
// set gave its items (CPython: TypeError "'set' object is not reversible"), and reversed() of a generator
// or a map crashed with a JavaScript error ("a.slice is not a function") where CPython raises that
// TypeError. A class's own __reversed__ is asked first, as in CPython.
// Observed next: reversed() gave a reversed copy, a list: next(reversed(xs)) crashed ("a.next is not a
// function"), len(reversed(xs)) and reversed(xs)[0] answered (CPython: TypeError), a second list(r) gave the
// items again (CPython: [], an iterator is used up), and reversed([]) was false. It is an iterator now, as
// CPython's list_reverseiterator: it reads the list from its end as it goes (an item the list no longer has
// ends it). `for x in reversed(xs)` and comprehensions keep the fast copy (lower.py, __m_shared_reversed_items__).
export function py_reversed (iterable) {
    if (iterable !== null && typeof iterable == 'object' && typeof iterable.__reversed__ == 'function') {
        return iterable.__reversed__ ();
    }
    const items = __m_shared_reversible__ (iterable);
    let index = items.length - 1;
    const type = iterable.__class__ === dict ? __m_shared_dict_reversekeyiterator__
        : Array.isArray (iterable) && iterable.__class__ !== tuple ? __m_shared_list_reverseiterator__ : py_reversed;
    return __m_shared_lazy_iterator__ (type, () => {
        if (index >= 0 && index < items.length) {
            return {value: items [index--], done: false};
        }
        index = -1;  // done for good, as CPython's
        return __m_shared_lazy_done__;
    });
};
py_reversed.__name__ = 'reversed';
function __m_shared_list_reverseiterator__ () {}
__m_shared_list_reverseiterator__.__name__ = 'list_reverseiterator';
function __m_shared_dict_reversekeyiterator__ () {}
__m_shared_dict_reversekeyiterator__.__name__ = 'dict_reversekeyiterator';

// `for x in reversed(xs)` (and a comprehension's): a reversed copy, for the speed of the loop over an array
export function __m_shared_reversed_items__ (iterable) {
    if (iterable !== null && typeof iterable == 'object' && typeof iterable.__reversed__ == 'function') {
        return iterable.__reversed__ ();
    }
    return __m_shared_reversible__ (iterable).slice ().reverse ();
}

// What reversed() reads from its end: a list or tuple itself, a str's characters, a dict's keys
function __m_shared_reversible__ (iterable) {
    if (typeof iterable == 'string') {
        return Array.from (iterable);
    }
    if (iterable !== null && typeof iterable == 'object') {
        if (Array.isArray (iterable) && iterable.__class__ !== set) {
            return iterable;
        }
        if (iterable.__class__ === dict) {
            return Array.from (iterable.py_keys ());
        }
    }
    const generator = iterable !== null && typeof iterable == 'object' && typeof iterable.next == 'function'
        && iterable.__class__ === undefined;
    throw py_TypeError ("'" + (generator ? 'generator' : __m_shared_typename__ (iterable)) + "' object is not reversible", new Error ());
}
