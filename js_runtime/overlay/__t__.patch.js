// Parity fix, applied to Transcrypt's runtime at build time.
// Keeps the truth of a string independent of len(), which fails loudly for strings with
// characters outside the BMP (len.patch.js): `if "😀":` is True in CPython and stays true here.
// Speed: every `if`, `while`, `and`, `or` and `not` calls this; Transcrypt built a two-element array on each
// call to test the type (`['boolean', 'number'] .indexOf (typeof target)`). Otherwise Transcrypt's __t__.
// The booleans, numbers and strings of the usual `if` are a function small enough for V8 to inline;
// objects go on to __m_shared_truth__.
// Observed: bool(float('nan')) was False in JS, `if nan:` took the else branch and `not nan` was True: NaN is
// falsy in JavaScript, true in CPython (it is not 0). Here it is `true`; where the value of `x or y` is used,
// lowering (m_shared/lower/_lowering.py visit_BoolOp) keeps `x` itself, NaN included.
// Observed: bool(iter([])), bool(reversed([])) and bool(zip()) were False in JS: an iterator is always true in
// CPython, and these are arrays (or have a __len__) in JS: py_reversed and zip mark theirs, py_iter gives its own a
// __bool__.
export function __t__ (target) {
    const type = typeof target;
    if (type == 'boolean' || type == 'number') {
        return target === target ? target : true;  // NaN !== NaN
    }
    if (type == 'string') {
        return target.length !== 0 ? target : false;
    }
    return __m_shared_truth__ (target);
}
function __m_shared_truth__ (target) {
    return (
        target === undefined || target === null ? false :
        Array.isArray (target) ? (target.length !== 0 || target.__m_shared_iterator__ ? target : false) :  // list, tuple, set
        target.__bool__ instanceof Function ? (target.__bool__ () ? target : false) :
        target.__len__ instanceof Function ?  (target.__len__ () !== 0 ? target : false) :
        target instanceof Function || typeof target.next == 'function' ? target :  // a generator is true, as in CPython
        len (target) !== 0 ? target :
        false
    );
}
