// Parity checks of the arguments of str and list methods that every program ships (split, startswith, pop, sort...),
// which took what CPython refuses as JavaScript would take it. Speed and size: lowering (m_shared/lower/
// _argument_checks) calls one of these at the top of a shared module that can pass such an argument (a separator
// other than a non-empty str literal, an index other than an int literal...); each wraps the methods once, for
// the whole program. A program that never can ships none of them.

// Observed: "ab".split("") and "ab".rsplit("") were ['a', 'b'] in JS (CPython: ValueError "empty separator"), and
// "a1b".split(1) ['a', 'b'] (CPython: TypeError "must be str or None, not int").
export function __m_shared_split_checks__ () {
    for (const name of ['py_split', 'rsplit']) {
        const method = String.prototype [name];
        if (method.__m_shared_checked__) {
            continue;
        }
        const checked = function (sep, maxsplit) {
            const given = __m_shared_kwargs__ (sep) ? sep.sep : sep;
            if (given === '') {
                throw ValueError ('empty separator', new Error ());
            }
            if (given != null && typeof given != 'string') {
                throw py_TypeError ('must be str or None, not ' + __m_shared_typename__ (given), new Error ());
            }
            return method.call (this, sep, maxsplit);
        };
        checked.__m_shared_checked__ = true;
        __m_shared_str_method__ (name, checked);
    }
}

// Observed: "ab".startswith(["a"]) was True in JS (CPython: TypeError "startswith first arg must be str or a tuple of
// str, not list"), "ab".endswith(None) False and "ab".startswith(("x", 1)) False (CPython: TypeError "tuple for
// startswith must only contain str, not int"). CPython tries a tuple's items in turn: an item after the first
// that matches is not looked at.
export function __m_shared_affix_checks__ () {
    for (const name of ['startswith', 'endswith']) {
        const method = String.prototype [name];
        if (method.__m_shared_checked__) {
            continue;
        }
        const checked = function (affix, start, end) {
            if (typeof affix == 'string') {
                return method.call (this, affix, start, end);
            }
            if (!Array.isArray (affix) || affix.__class__ !== tuple) {
                throw py_TypeError (name + ' first arg must be str or a tuple of str, not ' + __m_shared_typename__ (affix), new Error ());
            }
            for (const item of affix) {
                if (typeof item != 'string') {
                    throw py_TypeError ('tuple for ' + name + ' must only contain str, not ' + __m_shared_typename__ (item), new Error ());
                }
                if (method.call (this, item, start, end)) {
                    return true;
                }
            }
            return false;
        };
        checked.__m_shared_checked__ = true;
        String.prototype [name] = checked;
    }
}

// Observed: items.pop("1") and items.insert("1", x) removed or inserted at 1 in JS, items.pop(1.0) too (CPython:
// TypeError "'str' object cannot be interpreted as an integer"): JavaScript's splice made a number of the index.
export function __m_shared_index_checks__ () {
    const {insert, py_pop} = Array.prototype;
    if (py_pop.__m_shared_checked__) {
        return;
    }
    Array.prototype.insert = function (index, element) {
        return insert.call (this, __m_shared_index_arg__ (index), element);
    };
    Array.prototype.py_pop = function (index) {
        return py_pop.call (this, index === undefined ? index : __m_shared_index_arg__ (index));
    };
    Array.prototype.py_pop.__m_shared_checked__ = true;
}
function __m_shared_index_arg__ (index) {  // an int argument (a bool is one), as CPython's __index__ takes it
    if (typeof index == 'boolean' || Number.isInteger (index)) {
        return +index;
    }
    throw py_TypeError ("'" + __m_shared_typename__ (index) + "' object cannot be interpreted as an integer", new Error ());
}

// Observed: items.sort(len) sorted by len in JS (CPython: TypeError "sort() takes no positional arguments"; the key
// is keyword-only), and items.sort(len, True) sorted it in reverse.
export function __m_shared_sort_checks__ () {
    const sort = Array.prototype.py_sort;
    if (sort.__m_shared_checked__) {
        return;
    }
    Array.prototype.py_sort = function (...args) {
        if (args.length > 1 || (args.length == 1 && !__m_shared_kwargs__ (args [0]))) {
            throw py_TypeError ('sort() takes no positional arguments', new Error ());
        }
        return sort.apply (this, args);
    };
    Array.prototype.py_sort.__m_shared_checked__ = true;
}

// Observed: timedelta(days=None) and timedelta(weeks="1") were timedeltas in JS (CPython: TypeError "unsupported type
// for timedelta days component: NoneType"): Transcrypt's datetime added the components with JavaScript's + and *.
// Lowering calls this, with the class, for a timedelta() whose arguments are not all number literals.
export function __m_shared_timedelta__ (timedelta, ...args) {
    const keywords = args.length && __m_shared_kwargs__ (args [args.length - 1]) ? args [args.length - 1] : {};
    const positional = args.length - (keywords === args [args.length - 1] ? 1 : 0);
    const given = {};
    ['days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks'].forEach ((name, index) => {
        given [name] = index < positional ? args [index] : keywords [name];
    });
    for (const name of ['microseconds', 'milliseconds', 'seconds', 'minutes', 'hours', 'days', 'weeks']) {  // CPython's order
        const value = given [name];
        if (value !== undefined && typeof value != 'number' && typeof value != 'boolean') {
            throw py_TypeError ('unsupported type for timedelta ' + name + ' component: ' + __m_shared_typename__ (value), new Error ());
        }
    }
    return timedelta (...args);
}
