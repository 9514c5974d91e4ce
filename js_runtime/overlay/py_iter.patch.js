// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): it = iter("ab"); next(it) 'a' → crash ("Cannot set properties of
// undefined (setting 'next')": a str has no __iter__) → 'a'; iter(5) TypeError "'int' object is not iterable" →
// crash ("Cannot use 'in' operator to search for '__iter__' in 5") → that TypeError; iter(f, sentinel), which
// calls f until it returns the sentinel, → IterableError "Can't iterate over non-iterable" → CPython's items.
// A str is iterated by its characters (code points, as CPython does).
// Also observed: bool(iter([])) and `if iter({}):` were False in JS (CPython: True, an iterator is always true): the
// runtime's list iterator has a __len__, which __t__ asked; iter () now gives it a __bool__.
export function py_iter (iterable, sentinel) {
    if (arguments.length == 2) {
        return __m_shared_callable_iterator__ (iterable, sentinel);
    }
    if (typeof iterable == 'string') {
        iterable = Array.from (iterable);
    }
    else if (iterable === null || (typeof iterable != 'object' && typeof iterable != 'function')) {
        throw __m_shared_not_iterable__ (iterable);
    }
    if ('__iter__' in iterable) {                                   // a list, tuple, dict or Python iterable
        var result = iterable.__iter__ ();
        if (result instanceof __PyIterator__) {
            result.__bool__ = __m_shared_iterator_true__;
        }
        result.next = __jsUsePyNext__;
    }
    else if ('next' in iterable) {                                  // a JavaScript iterator already (a generator)
        var result = iterable;
        if (! ('__next__' in result)) {
            result.__next__ = __pyUseJsNext__;
        }
    }
    else if (Symbol.iterator in iterable) {                         // a JavaScript iterable that is no iterator
        var result = iterable [Symbol.iterator] ();
        result.__next__ = __pyUseJsNext__;
    }
    else {
        throw __m_shared_not_iterable__ (iterable);
    }
    result [Symbol.iterator] = function () {return result;};
    return result;
}
function __m_shared_iterator_true__ () {
    return true;
}

// iter(f, sentinel): f called for each item, until it returns the sentinel (==), as CPython's callable_iterator;
// an exception of f leaves the iterator as it is, for the next call
function __m_shared_callable_iterator__ (callable, sentinel) {
    let done = false;
    return __m_shared_lazy_iterator__ (__m_shared_callable_iterator__, () => {
        if (!done) {
            const value = callable ();
            if (!__eq__ (value, sentinel)) {
                return {value, done: false};
            }
            done = true;
        }
        return __m_shared_lazy_done__;
    });
}
__m_shared_callable_iterator__.__name__ = 'callable_iterator';
