// Parity fix, appended to Transcrypt's runtime at build time: map () and filter () of shared code.
// Observed: `any(map(check, lines))` raised the KeyError of a later line lacking a key, and
// `next(filter(lambda x: int(x) > 5, ["1", "9", "a"]), None)` the ValueError of "a" (CPython: True, '9'):
// Transcrypt's map and filter built the whole list first. Also `for v in map(f, xs)` ran f on every item
// before the body's first turn, `m = map(str, xs); list(m); list(m)` gave the items twice (CPython: [] the
// second time), len(map(...)) and map(...)[0] answered (CPython: TypeError), and str(map(...)) printed a list.
// Lowering (m_shared/lower/) calls these for the names `map` and `filter` in shared code, unless the module
// binds them; Transcrypt's stdlib keeps its eager map (re.findall returns one and uses it as a list).
// A map or filter object is an iterator, as CPython's: one item per next (), taken from its iterables as a
// `for` loop takes them (__i__.patch.js: a list's length is read on every turn, an iterator is asked for one
// item at a time), the function called on that item alone; several iterables end with the first exhausted,
// and the later ones are not advanced. An exception of the function leaves the rest for the next call.
// Speed: an object with next () rather than a JS generator (which an exception would close for good);
// arrays are read directly.
export function __m_shared_map__ (func, ...iterables) {
    if (__m_shared_kwargs__ (iterables [iterables.length - 1])) {
        throw py_TypeError ('map() takes no keyword arguments', new Error ());
    }
    if (!iterables.length) {
        throw py_TypeError ('map() must have at least two arguments.', new Error ());
    }
    const sources = iterables.map (__i__);  // CPython's iter () of each at the call: TypeError for an int
    func = __m_shared_lazy_callable__ (func);
    let source = sources [0];
    let index = 0;
    return __m_shared_lazy_iterator__ (__m_shared_map__, sources.length == 1 ? () => {
        if (index >= len (source)) {
            source = [];  // done for good
            return __m_shared_lazy_done__;
        }
        return {value: func (Array.isArray (source) ? source [index++] : __getitem__ (source, index++)), done: false};
    } : () => {
        const items = [];
        for (const each of sources) {
            if (index >= len (each)) {
                sources.splice (0, sources.length, []);
                return __m_shared_lazy_done__;
            }
            items.push (__getitem__ (each, index));
        }
        index++;
        return {value: func (...items), done: false};
    });
}
__m_shared_map__.__name__ = 'map';

export function __m_shared_filter__ (func, iterable) {
    if (__m_shared_kwargs__ (arguments [arguments.length - 1])) {
        throw py_TypeError ('filter() takes no keyword arguments', new Error ());
    }
    if (arguments.length != 2) {
        throw py_TypeError ('filter expected 2 arguments, got ' + arguments.length, new Error ());
    }
    let source = __i__ (iterable);
    const test = func === null || func === undefined ? null : __m_shared_lazy_callable__ (func);
    let index = 0;
    return __m_shared_lazy_iterator__ (__m_shared_filter__, () => {
        if (Array.isArray (source)) {  // a list, tuple or set: no call of len () per item
            while (index < source.length) {
                const item = source [index++];
                if (__t__ (test ? test (item) : item)) {  // filter(None, xs): the items' own Python truth
                    return {value: item, done: false};
                }
            }
        }
        else {
            while (index < len (source)) {
                const item = __getitem__ (source, index++);
                if (__t__ (test ? test (item) : item)) {
                    return {value: item, done: false};
                }
            }
        }
        source = [];  // done for good
        return __m_shared_lazy_done__;
    });
}
__m_shared_filter__.__name__ = 'filter';

function __m_shared_lazy_callable__ (func) {  // CPython's TypeError at the first item (JS: "b is not a function")
    if (typeof func == 'function') {
        return func;
    }
    const name = __m_shared_typename__ (func);
    return () => {
        throw py_TypeError ("'" + name + "' object is not callable", new Error ());
    };
}

const __m_shared_lazy_done__ = {value: undefined, done: true};

// An iterator whose type is `type` (type(m).__name__ 'map', len() and m[0] its TypeErrors, repr loud as for
// any object without __repr__, true in `if m:`). Once done, it is done for good (its source is replaced by an
// empty list), as CPython's iterators over lists and generators are.
function __m_shared_lazy_iterator__ (type, next) {
    return {
        __class__: type,
        next,
        [Symbol.iterator] () {
            return this;
        },
        __bool__: () => true,  // an iterator is true (CPython has no __bool__ for it; __t__ would ask len ())
    };
}
