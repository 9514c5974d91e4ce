// Parity fix, appended to Transcrypt's runtime at build time.
// Observed: "banana".count("a") and "abc".index("b") crashed in JS (no such String methods),
// so shared code using them could not run. Implemented with CPython's semantics, including
// ValueError for a missing substring and the count of an empty substring.

function __m_shared_bounds__ (text, start, end) {
    const length = text.length;
    let from = start == null ? 0 : start < 0 ? Math.max (length + start, 0) : Math.min (start, length);
    let to = end == null ? length : end < 0 ? Math.max (length + end, 0) : Math.min (end, length);
    return [from, to];
}

function __m_shared_plain__ (value) {
    return __m_shared_kwargs__ (value) ? undefined : value;
}

// Observed: "012345".index(5) was 5 and "a1".count(1) 1 (JavaScript turns the number into "5" and
// "1"); CPython raises TypeError: must be str, not int (3.13: index() argument 1 must be str, not int;
// "rfind() argument 1 must be str, not None" where 3.12 says NoneType; the callers pass their name only
// when tool.m_shared.python is 3.13 or newer, read as arguments [1]: no parameter published for the others).
function __m_shared_substring__ (sub) {
    if (typeof sub != 'string') {
        throw py_TypeError (__m_shared_python__ >= 313 ? arguments [1] + '() argument 1 must be str, not ' + (sub == null ? 'None' : __m_shared_typename__ (sub)) :
            'must be str, not ' + __m_shared_typename__ (sub), new Error ());
    }
    return sub;
}

__setproperty__ (String.prototype, 'index', {value: function (sub, start, end) {
    __m_shared_python__ >= 313 ? __m_shared_substring__ (sub, 'index') : __m_shared_substring__ (sub);
    if (start === undefined && end === undefined) {  // the usual call: no slice, no bounds to compute
        const found = this.indexOf (sub);
        if (found < 0) {
            throw ValueError ('substring not found', new Error ());
        }
        return found;
    }
    const [from, to] = __m_shared_bounds__ (this, __m_shared_plain__ (start), __m_shared_plain__ (end));
    const found = this.slice (0, to).indexOf (sub, from);
    if (found < 0 || found + sub.length > to) {
        throw ValueError ('substring not found', new Error ());
    }
    return found;
}, enumerable: false, writable: true, configurable: true});

__setproperty__ (String.prototype, 'rindex', {value: function (sub, start, end) {
    __m_shared_python__ >= 313 ? __m_shared_substring__ (sub, 'rindex') : __m_shared_substring__ (sub);
    const [from, to] = __m_shared_bounds__ (this, __m_shared_plain__ (start), __m_shared_plain__ (end));
    const found = this.slice (from, to).lastIndexOf (sub);
    if (found < 0) {
        throw ValueError ('substring not found', new Error ());
    }
    return found + from;
}, enumerable: false, writable: true, configurable: true});

__setproperty__ (String.prototype, 'count', {value: function (sub, start, end) {
    __m_shared_python__ >= 313 ? __m_shared_substring__ (sub, 'count') : __m_shared_substring__ (sub);
    const [from, to] = __m_shared_bounds__ (this, __m_shared_plain__ (start), __m_shared_plain__ (end));
    const text = this.slice (from, to);
    if (from > this.length) {
        return 0;
    }
    if (sub.length == 0) {
        return Array.from (text).length + 1;
    }
    return text.split (sub).length - 1;
}, enumerable: false, writable: true, configurable: true});

// `str.lower` used as a function (lowered to `lambda s, *a: __m_shared_str_self__ (s, 'lower').lower (*a)`,
// see m_shared/lower/): CPython's TypeError when the value is not a str.
export function __m_shared_str_self__ (value, name) {
    if (typeof value != 'string') {
        throw py_TypeError ("descriptor '" + name + "' for 'str' objects doesn't apply to a '" + __m_shared_typename__ (value) + "' object", new Error ());
    }
    return value;
}

// Observed: "abcabc".find("a", -3) was 0 (CPython 3: a negative start counts from the end), "abc".find("c", 0, 2)
// was 2 (CPython -1: Transcrypt ignored the end), "abcabc".rfind("a", 1) was 0 (CPython 3: Transcrypt searched
// backwards from the start) and "abc".find(1) was -1 (CPython: TypeError).
function __m_shared_find__ (text, sub, start, end, last) {
    __m_shared_python__ >= 313 ? __m_shared_substring__ (sub, last ? 'rfind' : 'find') : __m_shared_substring__ (sub);
    start = __m_shared_plain__ (start);
    end = __m_shared_plain__ (end);
    if (start == null && end == null) {
        return last ? text.lastIndexOf (sub) : text.indexOf (sub);
    }
    if (start != null && start > text.length) {
        return -1;
    }
    const [from, to] = __m_shared_bounds__ (text, start, end);
    if (from > to) {
        return -1;
    }
    const found = last ? text.slice (0, to).lastIndexOf (sub) : text.slice (0, to).indexOf (sub, from);
    return found >= from ? found : -1;
}

// (Transcrypt's own find and rfind are defined already, which __setproperty__ would keep.)
Object.defineProperty (String.prototype, 'find', {value: function (sub, start, end) {
    return __m_shared_find__ (this, sub, start, end, false);
}, enumerable: false, writable: true, configurable: true});

Object.defineProperty (String.prototype, 'rfind', {value: function (sub, start, end) {
    return __m_shared_find__ (this, sub, start, end, true);
}, enumerable: false, writable: true, configurable: true});

// Observed (CPython → JS before): "aaa".replace("", "-") '-a-a-a-' → 'a-a-a'; "aXYb".replace("XY", "-", 1)
// 'a-b' → 'a-Yb' (Transcrypt sliced off one character after the first match whatever the length of `old`).
// An empty `old` matches before every character and at the end; count < 0 is every match.
Object.defineProperty (String.prototype, 'py_replace', {value: function (old, replacement, count) {
    const wrong = typeof old != 'string' ? 1 : typeof replacement != 'string' ? 2 : 0;
    if (wrong) {
        const given = wrong == 1 ? old : replacement;  // "not None" for None, as CPython words it
        throw py_TypeError ('replace() argument ' + wrong + ' must be str, not ' + (given === null ? 'None' : __m_shared_typename__ (given)), new Error ());
    }
    const parts = old ? this.split (old) : ['', ...this, ''];  // the spread goes by code point, as CPython does
    const kept = count === undefined || count < 0 ? parts.length : count + 1;
    return parts.slice (0, kept).join (replacement) + (kept < parts.length ? old + parts.slice (kept).join (old) : '');
}, enumerable: false, writable: true, configurable: true});

// Observed: "a\u2028b".splitlines() ['a', 'b'] → ['a\u2028b'], "a\x0bb".splitlines() ['a', 'b'] → ['a\x0bb'].
// CPython ends a line at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, \u2028 and \u2029.
Object.defineProperty (String.prototype, 'splitlines', {value: function (keepends) {
    if (__m_shared_kwargs__ (keepends)) {
        keepends = keepends.keepends;
    }
    keepends = __t__ (keepends);
    const ends = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g, lines = [];
    let start = 0, found;
    while ((found = ends.exec (this))) {
        lines.push (this.slice (start, keepends ? ends.lastIndex : found.index));
        start = ends.lastIndex;
    }
    if (start < this.length) {
        lines.push (this.slice (start));
    }
    return lines;
}, enumerable: false, writable: true, configurable: true});
