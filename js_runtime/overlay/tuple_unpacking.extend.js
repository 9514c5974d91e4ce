// Parity fix for unpacking, appended to Transcrypt's runtime at build time (called by the code generator,
// m_shared/compile.py visit_Assign, for every target list: assignments, for loops, comprehensions).
// Observed: Transcrypt unpacked `a, b = value` as `a = value [0]; b = value [1]`, so
// `a, b = (re.compile (p) for p in ps)`, a generator, a dict (CPython: its keys), `5` gave None values,
// `a, b = [1, 2, 3]` gave 1 and 2 and `a, b, c = [1, 2]` gave c None (CPython: ValueError), also in
// `for k, v in pairs` and comprehensions; and a starred target (`a, *rest = xs`) did not compile.
// Returns the values to assign as an array: `count` of them; __m_shared_unpack_star__, for a starred target at
// index `star`, `count` + 1 of them, the starred one a list.
export function __m_shared_unpack__ (value, count) {
    // Speed: a list or tuple of the right length, as functions return them, is its own result; this test alone
    // is small enough for V8 to inline it where it is called
    return Array.isArray (value) && value.length === count ? value : __m_shared_unpacked__ (value, count);
}

export function __m_shared_unpack_star__ (value, count, star) {
    const items = __m_shared_unpacked__ (value, count, star), after = items.length + star - count;
    return [...items.slice (0, star), items.slice (star, after), ...items.slice (after)];
}

function __m_shared_unpacked__ (value, count, star) {  // the values of `value`, `count` of them or with `star` at least
    const items = [], single = star === undefined;
    if (value == null || typeof value [Symbol.iterator] != 'function') {
        throw py_TypeError ('cannot unpack non-iterable ' + __m_shared_typename__ (value) + ' object', new Error ());
    }
    // a str by code points, a dict by its keys; CPython takes one value more than it needs from an iterator (which
    // may never end) to tell that there are too many, and leaves the iterator open (no `for of`, whose break closes it)
    const iterator = (py_typeof (value) == dict ? value.py_keys () : value) [Symbol.iterator] ();
    for (let next; !(single && items.length > count) && !(next = iterator.next ()).done;) {
        items.push (next.value);
    }
    const got = items.length;
    if (single ? got != count : got < count) {
        throw ValueError ((got > count ? 'too many' : 'not enough') + ' values to unpack (expected ' + (single ? '' : 'at least ') +
            count + (got > count ? ')' : ', got ' + got + ')'), new Error ());
    }
    return items;
}
