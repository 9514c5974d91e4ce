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
            if (__m_shared_kwargs__ (affix)) {  // keywords: __m_shared_keyword_checks__ refuses them
                return method.call (this, affix);
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
        return py_pop.call (this, index === undefined || __m_shared_kwargs__ (index) ? index : __m_shared_index_arg__ (index));
    };
    Array.prototype.py_pop.__m_shared_checked__ = true;
}
// A bound of a for loop over range(), or the start of one over enumerate(), as lowering's loops take them
// (m_shared/lower.py _range_loop, _enumerate_loop). Observed: `for i in range(n)` with n = "3" ran 3 turns, with None
// or [] none, with 2.5 three; range(True, 3) began with True; enumerate(xs, 1.5) counted 1.5, 2.5 (CPython: TypeError
// "'str' object cannot be interpreted as an integer", and 1 for True).
export function __m_shared_range_bound__ (value) {
    return Number.isInteger (value) ? value : __m_shared_index_arg__ (value);
}
function __m_shared_index_arg__ (index) {  // an int argument (a bool is one), as CPython's __index__ takes it
    if (typeof index == 'boolean' || Number.isInteger (index)) {
        return +index;
    }
    throw py_TypeError ("'" + __m_shared_typename__ (index) + "' object cannot be interpreted as an integer", new Error ());
}

// Observed: "abc".find("b", "0") was 1, "abc".startswith("a", "0") True, "abc".index("b", 1.5) 1 and [1, 2].index(2, None)
// 1 in JS (CPython: TypeError "slice indices must be integers or None or have an __index__ method", without "or None"
// for list.index), and "abcb".replace("b", "x", None) 'abcb' (TypeError "'NoneType' object cannot be interpreted as an
// integer"): the start and end of find, rfind, index, rindex, count, startswith and endswith, and replace's count,
// are ints (a bool is one) or, for a start or end of a str's, None. Lowering installs this for a program passing
// them other than int literals.
let __m_shared_bound_checks_installed__ = false;
export function __m_shared_bound_checks__ () {
    if (__m_shared_bound_checks_installed__) {
        return;
    }
    __m_shared_bound_checks_installed__ = true;
    const methods = [[String.prototype, ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith', 'py_replace']],
                     [Array.prototype, ['index']]];
    for (const [owner, names] of methods) {
        for (const name of names) {
            const method = owner [name];
            if (typeof method != 'function') {
                continue;
            }
            const none = owner === String.prototype;
            const checked = function (a, b, c) {
                if ((name == 'py_replace' || b === undefined || Number.isInteger (b)) && (c === undefined || Number.isInteger (c))) {
                    return method.apply (this, arguments);  // ints: passed on as they are, without copying them
                }
                const args = Array.prototype.slice.call (arguments);
                for (let index = name == 'py_replace' ? 2 : 1; index < args.length && index < 3; index++) {
                    if (!__m_shared_kwargs__ (args [index])) {  // (keywords: __m_shared_keyword_checks__'s)
                        args [index] = name == 'py_replace' ? __m_shared_index_arg__ (args [index]) :
                            __m_shared_slice_index__ (args [index], none);
                    }
                }
                return method.apply (this, args);
            };
            checked.__m_shared_checked__ = method.__m_shared_checked__;
            Object.defineProperty (owner, name, {value: checked, enumerable: false, writable: true, configurable: true});
        }
    }
}
function __m_shared_slice_index__ (value, none) {
    if (value === undefined || Number.isInteger (value) || (none && value === null)) {
        return value;
    }
    if (typeof value == 'boolean') {
        return +value;
    }
    throw py_TypeError ('slice indices must be integers ' + (none ? 'or None ' : '') + 'or have an __index__ method', new Error ());
}

// Observed: d.update(5) and d.update(None) did nothing and d.update(a, b) added both (CPython: TypeError "'int' object
// is not iterable", "update expected at most 1 argument, got 2"). Lowering installs this for a program calling update
// with an argument other than a display.
export function __m_shared_update_checks__ () {
    const prototype = __m_shared_dict_prototype__ ();
    const update = prototype.py_update;
    if (update.__m_shared_update_checked__) {
        return;
    }
    const checked = function (other) {
        const given = arguments.length - (arguments.length && __m_shared_kwargs__ (arguments [arguments.length - 1]) ? 1 : 0);
        if (given > 1) {
            throw py_TypeError ('update expected at most 1 argument, got ' + given, new Error ());
        }
        if (given && (other === null || typeof other == 'number' || typeof other == 'boolean')) {
            throw __m_shared_not_iterable__ (other);
        }
        return update.apply (this, arguments);
    };
    checked.__m_shared_update_checked__ = true;
    Object.defineProperty (prototype, 'py_update', {value: checked, enumerable: false, writable: true, configurable: true});
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

// Observed: {"a": 5}.get("b", default=0) and .pop("b", default=1) returned the keywords' object ({'default': 0}) in
// JS, .setdefault("z", default=3) stored it, [1, 2].count(value=1) was 0, "abc".strip(chars="a") 'abc',
// "abc".zfill(width=5) 'abc' and [1, 2].insert(0, object=9) inserted it (CPython: TypeError "dict.get() takes no
// keyword arguments", and so on): the methods of str, list and dict CPython calls with positional arguments only took
// the object carrying the keywords for one more positional argument. Lowering installs this for a program that calls
// a method of one of these names with a keyword (or **); an empty ** passes nothing, as in CPython.
const __m_shared_positional_methods__ = {
    str: ['capitalize', 'casefold', 'center', 'count', 'endswith', 'find', 'format_map', 'index', 'isalnum', 'isalpha',
          'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace',
          'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix',
          'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rstrip', 'startswith', 'strip', 'swapcase', 'title',
          'translate', 'upper', 'zfill'],
    list: ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse'],
    dict: ['clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'values'],
};
// Observed: "a b".split(max_split=1) was ['a', 'b'] and xs.sort(reversed=True) sorted ascending in JS (CPython:
// TypeError "'max_split' is an invalid keyword argument for split()"): the methods taking keywords ignored a misspelt
// one. They fail loudly on one (__m_shared_keywords_known__), in programs that pass one they do not take, or **.
const __m_shared_keyword_methods__ = {
    str: {split: ['sep', 'maxsplit'], rsplit: ['sep', 'maxsplit'], splitlines: ['keepends'], expandtabs: ['tabsize']},
    list: {sort: ['key', 'reverse']},
};
let __m_shared_keyword_checks_installed__ = false;
export function __m_shared_keyword_checks__ () {
    if (__m_shared_keyword_checks_installed__) {
        return;
    }
    __m_shared_keyword_checks_installed__ = true;
    const owners = {str: String.prototype, list: Array.prototype, dict: __m_shared_dict_prototype__ ()};
    for (const type in __m_shared_positional_methods__) {
        for (const name of __m_shared_positional_methods__ [type]) {
            const owner = owners [type];
            const key = ['clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'replace', 'setdefault', 'values']
                .includes (name) ? 'py_' + name : name;  // Transcrypt's names of them
            const method = owner [key];
            if (typeof method != 'function') {
                continue;
            }
            const checked = function (a, b) {  // the common calls without rest parameters: ~5 ns less a call
                const count = arguments.length;
                if (count && __m_shared_kwargs__ (arguments [count - 1])) {
                    return __m_shared_keywords_given__ (this, method, type, name, Array.prototype.slice.call (arguments));
                }
                return count == 0 ? method.call (this) : count == 1 ? method.call (this, a) : count == 2 ?
                    method.call (this, a, b) : method.apply (this, arguments);
            };
            checked.__m_shared_checked__ = method.__m_shared_checked__;  // the other checks' mark, kept
            Object.defineProperty (owner, key, {value: checked, enumerable: false, writable: true, configurable: true});
        }
    }
    for (const type in __m_shared_keyword_methods__) {
        for (const name in __m_shared_keyword_methods__ [type]) {
            const owner = owners [type];
            const key = name == 'split' || name == 'sort' ? 'py_' + name : name;
            const method = owner [key];
            const known = __m_shared_keyword_methods__ [type][name];
            if (typeof method != 'function') {  // a str method the program never names is not shipped
                continue;
            }
            const checked = function (a, b) {
                const count = arguments.length;
                if (count && __m_shared_kwargs__ (arguments [count - 1])) {
                    __m_shared_keywords_known__ (arguments [count - 1], known, name);
                }
                return count == 0 ? method.call (this) : count == 1 ? method.call (this, a) : count == 2 ?
                    method.call (this, a, b) : method.apply (this, arguments);
            };
            checked.__m_shared_checked__ = method.__m_shared_checked__;
            Object.defineProperty (owner, key, {value: checked, enumerable: false, writable: true, configurable: true});
        }
    }
    const fromkeys = dict.py_fromkeys;
    dict.py_fromkeys = function (...args) {
        if (args.length && __m_shared_kwargs__ (args [args.length - 1]) && Object.keys (args.pop ()).length) {
            __m_shared_keywords_refused__ ('dict', 'fromkeys', args, []);
        }
        return fromkeys.apply (this, args);
    };
}
function __m_shared_keywords_given__ (self, method, type, name, args) {
    const given = args.pop ();
    const keywords = Object.keys (given);
    if (keywords.length && name == 'replace' && args.length == 2 && keywords.join () == 'count') {
        if (__m_shared_python__ >= 313) {  // CPython 3.13's replace (old, new, /, count=-1)
            return method.call (self, args [0], args [1], given.count);
        }
    }
    if (keywords.length) {
        __m_shared_keywords_refused__ (type, name, args, keywords);
    }
    return method.apply (self, args);  // an empty **
}
function __m_shared_keywords_refused__ (type, name, args, keywords) {
    if (name == 'replace') {
        if (__m_shared_python__ >= 313) {  // CPython 3.13's replace (old, new, /, count=-1)
            __m_shared_replace_keywords__ (args, keywords);
        }
    }
    throw py_TypeError (type + '.' + name + '() takes no keyword arguments', new Error ());
}
function __m_shared_replace_keywords__ (args, keywords) {
    if (args.length < 2) {
        throw py_TypeError ('replace() takes at least 2 positional arguments (' + args.length + ' given)', new Error ());
    }
    const other = keywords.find (keyword => keyword != 'count');
    throw py_TypeError (other === undefined || args.length > 2 ? 'replace() takes at most 3 arguments (' +
        (args.length + keywords.length) + ' given)' : "replace() got an unexpected keyword argument '" + other + "'", new Error ());
}
