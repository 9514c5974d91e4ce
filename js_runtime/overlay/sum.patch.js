// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython 3.12 → JS before → after): sum([0.1, 0.2, 0.3]) 0.6 → 0.6000000000000001 → 0.6.
// CPython 3.12 adds floats with Neumaier's compensated summation (Python/bltinmodule.c,
// builtin_sum_impl); JS added them one by one. This follows CPython step by step: ints are
// summed exactly until the first float, then floats are added with a running compensation and
// ints (safe integers: what JSON inputs give CPython) without it, and the compensation is added
// at the end when it is finite. A whole float below 2**53 (2.0) counts as an int here, which
// CPython would compensate: sum([1e100, 1.0, -1e100]) is 1.0 in CPython and 0 here; such
// mixes of huge and whole floats are the only ones that differ.
// CPython 3.11 added floats one by one (sum([0.1, 0.2, 0.3]) 0.6000000000000001): with
// tool.m_shared.python = "3.11" the link stage keeps that branch alone (m_shared/overlay.py specialize).
// Also observed: sum(xs, start) and sum(xs, start=10) ignored start (sum([1, 2], 10) was 3, CPython 13), and
// sum() of objects that add (a class with __add__/__radd__, lists with a list start) raised TypeError. As in
// CPython, from the first item or start that is not a number on, the rest is added with `+` itself
// (__add__: __radd__ of the item, list concatenation, its TypeErrors), after the floats' compensation.
export function sum (iterable, start) {
    if (__m_shared_kwargs__ (start)) {  // sum(xs, start=10)
        __m_shared_keywords_known__ (start, ['start'], 'sum');
        start = start.start;
    }
    if (typeof start == 'string') {
        throw py_TypeError ("sum() can't sum strings [use ''.join(seq) instead]", new Error ());
    }
    let result = start === undefined ? 0 : typeof start == 'boolean' ? +start : start;
    let floating = typeof result == 'number' && !Number.isSafeInteger (result);
    let compensation = 0;
    for (let item of iterable) {
        if (typeof item == 'boolean') {
            item = +item;
        }
        if (typeof item != 'number' || typeof result != 'number') {  // sum([1, None]) was 1 (CPython: TypeError)
            if (floating && compensation && Number.isFinite (compensation)) {
                result += compensation;
            }
            floating = false;
            compensation = 0;
            result = __add__ (result, item);
            continue;
        }
        if (__m_shared_python__ < 312) {
            result += item;
            continue;
        }
        if (typeof item != 'number' || Number.isSafeInteger (item) || !floating) {
            if (!floating && typeof item == 'number' && !Number.isSafeInteger (item)) {
                floating = true;
            }
            result += item;
            continue;
        }
        const total = result + item;
        if (Math.abs (result) >= Math.abs (item)) {
            compensation += (result - total) + item;
        }
        else {
            compensation += (item - total) + result;
        }
        result = total;
    }
    if (floating && compensation && Number.isFinite (compensation)) {
        result += compensation;
    }
    return result;
}
