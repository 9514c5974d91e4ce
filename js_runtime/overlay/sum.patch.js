// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython 3.12 → JS before → after): sum([0.1, 0.2, 0.3]) 0.6 → 0.6000000000000001 → 0.6.
// CPython 3.12 adds floats with Neumaier's compensated summation (Python/bltinmodule.c,
// builtin_sum_impl); JS added them one by one. This follows CPython step by step: ints are
// summed exactly until the first float, then floats are added with a running compensation and
// ints (safe integers: what JSON inputs give CPython) without it, and the compensation is added
// at the end when it is finite. A whole float below 2**53 (2.0) counts as an int here, which
// CPython would compensate: sum([1e100, 1.0, -1e100]) is 1.0 in CPython and 0 here; such
// mixes of huge and whole floats are the only ones that differ.
// sum(xs, start) still ignores start (MS109 flags it).
// CPython 3.11 added floats one by one (sum([0.1, 0.2, 0.3]) 0.6000000000000001): with
// tool.m_shared.python = "3.11" the link stage keeps that branch alone (m_shared/overlay.py specialize).
export function sum (iterable) {
    let result = 0;
    let floating = false;
    let compensation = 0;
    for (let item of iterable) {
        if (typeof item == 'boolean') {
            item = +item;
        }
        if (typeof item != 'number') {  // sum([1, None]) was 1 and sum([1, "7"]) '17' (CPython: TypeError)
            __m_shared_arithmetic__ (result, item, '+');
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
