// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: bool(iter([])) and `if iter({}):` were False in JS (CPython: True, an iterator is always true): the
// runtime's list iterator has a __len__, which __t__ asked; iter () now gives it a __bool__.
// Also observed: iter("ab") threw a JavaScript TypeError (String.prototype.__iter__ forgot its `return`), and
// iter(None), iter(5) a JavaScript TypeError where CPython raises "'NoneType' object is not iterable".
// Otherwise Transcrypt's py_iter (without its jQuery branch).
export function py_iter (iterable) {
    if (iterable === null || iterable === undefined || typeof iterable == 'number' || typeof iterable == 'boolean') {
        throw __m_shared_not_iterable__ (iterable);
    }
    if (typeof iterable == 'string' || '__iter__' in iterable) {
        var result = typeof iterable == 'string' ? new __PyIterator__ (iterable) : iterable.__iter__ ();
        if (result instanceof __PyIterator__) {
            result.__bool__ = __m_shared_iterator_true__;
        }
        result.next = __jsUsePyNext__;
    }
    else if ('next' in iterable) {  // a JavaScript iterator already (a generator): true in __t__
        var result = iterable;
        if (! ('__next__' in result)) {
            result.__next__ = __pyUseJsNext__;
        }
    }
    else if (Symbol.iterator in iterable) {
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
