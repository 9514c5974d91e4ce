// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: zip("ab", (n * n for n in naturals())) never returned in JS (CPython: [('a', 0), ('b', 1)]), and
// `for a, b in zip(xs, gen)` ran the generator to its end before the first turn: Transcrypt's zip copied
// every argument with Array.from. With an iterator among its arguments, it now takes one item of each
// argument per turn, left to right, and stops at the first one that is done, as CPython's does. Its arguments
// are made iterable at the call (TypeError for an int, a dict's keys), as CPython's iter () of each.
// Speed: lists and strings alone are zipped at once, as before (half the time of a loop over the lazy zip);
// nothing runs while they are read, so the pairs are CPython's unless the loop body grows or shrinks one of
// the zipped lists (CPython's zip would see that, this one does not).
// Each pair is a tuple, as tuple() makes it: (1, 3) == next(zip([1], [3])) is True, and a pair can be a dict
// key or set member (a bare JS array is a list, which is unhashable).
// Also observed: list(zip("abc", [1, 2], strict=True)) was [] (CPython: ValueError "zip() argument 2 is shorter
// than argument 1"): the keyword arguments were zipped as a third, empty, iterable. strict=True checks the
// lengths with CPython's messages, when the first argument ends; another keyword is CPython's TypeError.
export function zip (...iterables) {
    let strict = false;
    if (__m_shared_kwargs__ (iterables [iterables.length - 1])) {
        const keywords = iterables.pop ();
        for (const key in keywords) {
            if (key != 'strict') {
                throw py_TypeError ("'" + key + "' is an invalid keyword argument for zip()", new Error ());
            }
        }
        strict = __t__ (keywords.strict);
    }
    const sources = iterables.map (__i__);
    if (sources.every (source => typeof source == 'string' || Array.isArray (source))) {  // Transcrypt's way
        const arrays = sources.map (source => typeof source == 'string' ? source.split ('') : source);
        const shortest = arrays.length ? arrays.reduce ((one, other) => one.length <= other.length ? one : other) : [];
        if (strict) {
            __m_shared_zip_strict__ (arrays.map (array => array.length > shortest.length), arrays.indexOf (shortest));
        }
        // an iterator in CPython, true even when empty: bool(zip()) was False (py_reversed.patch.js)
        return __m_shared_iterator_array__ (shortest.map ((item, index) => __m_shared_as_tuple__ (arrays.map (array => array [index]))));
    }
    return __m_shared_zip__ (sources, strict);
}
function* __m_shared_zip__ (sources, strict) {
    for (let index = 0; ; index++) {
        const items = [];
        for (let position = 0; position < sources.length; position++) {
            const source = sources [position];
            if (index >= len (source)) {
                if (strict) {  // CPython asks the others, in turn, whether they are done too
                    __m_shared_zip_strict__ (sources.map (other => index < len (other)), position);
                }
                return;
            }
            items.push (__getitem__ (source, index));
        }
        yield __m_shared_as_tuple__ (items);
    }
}
// CPython's ValueError of zip(strict=True): `longer` tells for each argument whether it has an item where
// argument `ended` (the first to run out, in argument order) has none
function __m_shared_zip_strict__ (longer, ended) {
    const other = ended ? ended : longer.indexOf (true);
    if (ended || other > 0) {
        throw ValueError ('zip() argument ' + (other + 1) + ' is ' + (ended ? 'shorter' : 'longer') +
            ' than argument' + (other == 1 ? ' 1' : 's 1-' + other), new Error ());
    }
}
function __m_shared_iterator_array__ (array) {  // the items of an iterator, which is true even when it is empty
    Object.defineProperty (array, '__m_shared_iterator__', {value: true});
    return array;
}
