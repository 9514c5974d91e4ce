// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: `it = iter(int(x) for x in ["1", "a"]); next(it); next(it, None)` was None in JS (CPython: ValueError):
// Transcrypt's py_next called __next__ (which iter () gives a generator) and, on any exception, the generator's
// own next (), which a generator that has just raised answers with done. A JS iterator (a generator, a generator
// expression, enumerate ()) is now asked with its own next () alone, and its exceptions propagate; the runtime's
// Python iterators (iter () of a list or str) as before.
// Speed: next() of a generator expression threw and caught a TypeError (it has no __next__) on every call.
// Also observed: next([1, 2]) crashed with a JavaScript error (CPython: TypeError "'list' object is not an
// iterator"), and the value a generator returns was not the StopIteration's .value (AttributeError).
export function py_next (iterator, value) {
    if (iterator != null && typeof iterator.next == 'function' && iterator.next !== __jsUsePyNext__) {
        const step = iterator.next ();
        if (!step.done) {
            return step.value;
        }
        if (value !== undefined) {
            return value;
        }
        const stop = StopIteration (new Error ());
        stop.value = step.value === undefined ? null : step.value;
        throw stop;
    }
    if (typeof iterator?.__next__ != 'function') {
        throw py_TypeError ("'" + __m_shared_typename__ (iterator) + "' object is not an iterator", new Error ());
    }
    try {
        var result = iterator.__next__ ();
    }
    catch (exception) {
        var result = iterator.next ();
        if (result.done) {
            if (value !== undefined) {
                return value;
            }
            throw StopIteration (new Error ());
        }
        return result.value;
    }
    if (result === undefined) {
        if (value !== undefined) {
            return value;
        }
        throw StopIteration (new Error ());
    }
    return result;
}
