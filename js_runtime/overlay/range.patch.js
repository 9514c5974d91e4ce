// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython -> JS before): list(range(1, 10, 0)) ValueError "range() arg 3 must not be zero" -> [];
// list(range("3")) and list(range(1.5)) TypeError -> [0, 1, 2] and [0, 1]; range(None) and range([]) TypeError
// -> []; list(range(True, 3)) [1, 2] -> [True, 2]; range() and range(1, 2, 3, 4) TypeError -> [] and [1].
// Its arguments are ints (a bool is one), counted, and the step is not 0, as in CPython. (A `for` loop over
// range() with literal or precomputed bounds is a JavaScript loop of lowering's, which does not come here.)
export function range (start, stop, step) {
    const count = arguments.length;
    if (count && __m_shared_kwargs__ (arguments [count - 1])) {
        throw py_TypeError ('range() takes no keyword arguments', new Error ());
    }
    if (count < 1 || count > 3) {
        throw py_TypeError ('range expected ' + (count ? 'at most 3 arguments' : 'at least 1 argument') + ', got ' + count, new Error ());
    }
    start = __m_shared_index_arg__ (start);
    stop = count > 1 ? __m_shared_index_arg__ (stop) : undefined;
    step = count > 2 ? __m_shared_index_arg__ (step) : 1;
    if (step === 0) {
        throw ValueError ('range() arg 3 must not be zero', new Error ());
    }
    if (stop === undefined) {
        stop = start;
        start = 0;
    }
    const result = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) {
        result.push (i);
    }
    return result;
};
