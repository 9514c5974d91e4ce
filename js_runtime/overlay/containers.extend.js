// Parity fixes for lists, tuples and sets, appended to Transcrypt's runtime at build time.
//
// Observed (Transcrypt 3.9.5, -o, Node 20):
// * [{"a": 1}] == [{"a": 1}] was False and [1, 2] == (1, 2) / {1, 2} == [1, 2] True: elements were
//   compared with JS `!=`, the container kind was ignored, and comparing two sets sorted both in place;
// * [1, 2] < [1, 2, 0] was False: a shorter prefix did not order first;
// * [{"b": 2}].index({"b": 2}) returned -1 (no ValueError for a missing element), [[1]].count([1])
//   crashed, and list.remove compared by identity; {1}.remove(5) raised ValueError, not KeyError(5);
// * [1, 2] * 0 was [1, 2] (CPython: []), and [1, 2] * 1 returned the same list, not a copy;
// * [1] + "ab" was [1, 'ab'] (CPython: TypeError: can only concatenate list (not "str") to list);
// * [1, 2][5:] was [2] (a start past the end was clamped to the last item; CPython: []);
// * `del items[0]` and `del items[1:3]` left the list unchanged (Transcrypt compiled them to
//   `delete __getitem__ (...)`): lowering turns them into __m_shared_delitem__ / __m_shared_delslice__;
// * sorted(rows, key=k, reverse=True) reversed the order of equal items (CPython's sort stays stable
//   in reverse), sorted([1, "a"]) returned [1, 'a'] (CPython: TypeError: '<' not supported between
//   instances of 'str' and 'int'), and sorted(), max() and min() of a generator or a string crashed.
// Python semantics: element-wise ==, lexicographic order, ValueError naming the missing element.

function __m_shared_kind__ (sequence) {
    return sequence.__class__ === set ? 'set' : sequence.__class__ === tuple ? 'tuple' : 'list';
}

// A tuple the runtime makes (the pairs of zip(), enumerate() and dict.items()): marked as tuple() marks
// it, so that it equals (1, 2), and is hashable where a list is not (set_members.extend.js, dicts.extend.js).
function __m_shared_as_tuple__ (array) {
    array.__class__ = tuple;
    return array;
}

Array.prototype.__eq__ = function (other) {
    if (!Array.isArray (other) || __m_shared_kind__ (this) != __m_shared_kind__ (other) || this.length != other.length) {
        return false;
    }
    if (this.__class__ === set) {
        return this.every (item => __in__ (item, other));
    }
    for (let i = 0; i < this.length; i++) {
        if (!__eq__ (this [i], other [i])) {
            return false;
        }
    }
    return true;
};

function __m_shared_compare__ (a, b) {  // -1, 0, 1 for non-set sequences, as CPython orders them
    const n = Math.min (a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!__eq__ (a [i], b [i])) {
            return __lt__ (a [i], b [i]) ? -1 : 1;
        }
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

Array.prototype.__lt__ = function (other) {
    return this.__class__ === set ? this.issubset (other) && !this.issuperset (other) : __m_shared_compare__ (this, other) < 0;
};
Array.prototype.__le__ = function (other) {
    return this.__class__ === set ? this.issubset (other) : __m_shared_compare__ (this, other) <= 0;
};
Array.prototype.__gt__ = function (other) {
    return this.__class__ === set ? this.issuperset (other) && !this.issubset (other) : __m_shared_compare__ (this, other) > 0;
};
Array.prototype.__ge__ = function (other) {
    return this.__class__ === set ? this.issuperset (other) : __m_shared_compare__ (this, other) >= 0;
};

Array.prototype.index = function (element, start, stop) {
    const from = start == null || __m_shared_kwargs__ (start) ? 0 : start < 0 ? Math.max (this.length + start, 0) : start;
    const to = stop == null || __m_shared_kwargs__ (stop) ? this.length : stop < 0 ? this.length + stop : Math.min (stop, this.length);
    for (let i = from; i < to; i++) {
        if (__eq__ (this [i], element)) {
            return i;
        }
    }
    throw ValueError (this.__class__ === tuple ? 'tuple.index(x): x not in tuple' : repr (element) + ' is not in list', new Error ());
};

Array.prototype.count = function (element) {
    let found = 0;
    for (const item of this) {
        if (__eq__ (item, element)) {
            found++;
        }
    }
    return found;
};

Array.prototype.remove = function (element) {
    for (let i = 0; i < this.length; i++) {
        if (__eq__ (this [i], element)) {
            this.splice (i, 1);
            return;
        }
    }
    if (this.__class__ === set) {  // {1}.remove(5): KeyError(5) in CPython, not list's ValueError
        __m_shared_hashable__ (element, true);  // {1}.remove([1]): TypeError
        throw KeyError (element, new Error ());
    }
    throw ValueError ('list.remove(x): x not in list', new Error ());
};

function __m_shared_dict_eq__ (a, b) {  // used by the __eq__ patch: same keys, equal values, any order
    const keys = Object.keys (a);
    if (keys.length != Object.keys (b).length) {
        return false;
    }
    // keys other than str (dicts.extend.js): {1: "a"} == {"1": "a"} is False, as in CPython
    const typed = a.__m_shared_typed__;
    return keys.every (name => {
        const found = __m_shared_dfind__ (b, typed ? typed.get (name) : name);
        return found !== null && __eq__ (a [name], b [found]);
    });
}

export function __m_shared_typename__ (value) {  // the CPython type name of a value, for messages (re.js too)
    if (value === null || value === undefined) {
        return 'NoneType';
    }
    if (typeof value == 'boolean') {
        return 'bool';
    }
    if (typeof value == 'number') {
        return Number.isInteger (value) ? 'int' : 'float';
    }
    if (typeof value == 'string') {
        return 'str';
    }
    if (Array.isArray (value)) {
        return __m_shared_kind__ (value);
    }
    if (typeof value == 'function' && !Object.prototype.hasOwnProperty.call (value, '__class__')) {  // not a callable instance
        return value.__name__ && value.__metaclass__ ? 'type' : 'function';
    }
    const type = value.__class__;
    // CPython names its datetime types by their module: "'<' not supported between instances of 'NoneType' and
    // 'datetime.date'" (JS said 'date'); a class's module, not the class, so as not to publish datetime's classes
    // a def with yield or a generator expression: "object of type 'generator' has no len()" (JS said 'object')
    return type && type.__name__ ? (type.__module__ == 'datetime' ? 'datetime.' : '') + type.__name__
        : value.throw ? 'generator' : 'object';  // (of JS objects, only a generator has throw ())
}

function __m_shared_not_iterable__ (value) {
    return py_TypeError ("'" + __m_shared_typename__ (value) + "' object is not iterable", new Error ());
}

// The arguments of f(*value) (m_shared/lower/_passes.py lower_unpacked_arguments; programs without such calls do
// not ship it). Observed: f(*None) and f(*5) failed inside JavaScript ("Spread syntax requires
// ...iterable[Symbol.iterator] to be a function"), where CPython raises TypeError ("f() argument after * must be an
// iterable, not NoneType"), whose message names the function, which is not known here: loud.
export function __m_shared_star_of__ (value) {
    if (typeof value == 'string' || (value !== null && typeof value == 'object' && typeof value [Symbol.iterator] == 'function')) {
        return value;
    }
    throw __m_shared_loud__ ('* of a value of type ' + __m_shared_typename__ (value) + ', which is not iterable: CPython ' +
                             'raises TypeError (argument after * must be an iterable); pass a list or a tuple');
}

// A new JS array of what iterating `iterable` yields in CPython; `refusal`, if given, makes the TypeError of a value
// that is not iterable (str.join's own message)
function __m_shared_items_of__ (iterable, refusal) {
    if (Array.isArray (iterable)) {
        return iterable.slice ();
    }
    if (typeof iterable == 'string') {
        return Array.from (iterable);
    }
    if (iterable !== null && typeof iterable == 'object') {
        if (iterable.__class__ === dict) {
            return iterable.py_keys ();
        }
        if (typeof iterable [Symbol.iterator] == 'function') {
            return Array.from (iterable);
        }
    }
    throw refusal ? refusal () : __m_shared_not_iterable__ (iterable);
}

function __m_shared_cmp_op__ (a, b, op) {  // a < b or a > b, as CPython orders values, TypeError across types
    const numeric = x => typeof x == 'number' || typeof x == 'boolean';
    if (numeric (a) && numeric (b)) {
        return op == '<' ? a < b : a > b;
    }
    if (typeof a == 'string' && typeof b == 'string') {  // by code point (ordering.extend.js)
        return op == '<' ? __m_shared_str_order__ (a, b) < 0 : __m_shared_str_order__ (a, b) > 0;
    }
    if (Array.isArray (a) && Array.isArray (b) && a.__class__ !== set && __m_shared_kind__ (a) == __m_shared_kind__ (b)) {
        const order = __m_shared_compare__ (a, b);
        return op == '<' ? order < 0 : order > 0;
    }
    if (a !== null && typeof a == 'object' && !Array.isArray (a)) {
        return op == '<' ? __lt__ (a, b) : __gt__ (a, b);
    }
    if (Array.isArray (a) && a.__class__ === set && Array.isArray (b) && b.__class__ === set) {
        return op == '<' ? a.__lt__ (b) : a.__gt__ (b);
    }
    throw py_TypeError ("'" + op + "' not supported between instances of '" + __m_shared_typename__ (a) +
                        "' and '" + __m_shared_typename__ (b) + "'", new Error ());
}

_sort = function (iterable, key, reverse) {
    // CPython: reverse, stable sort with `<` only, reverse again, so equal items keep their order
    if (__m_shared_python__ < 312) {  // CPython 3.11 takes an int: sorted(xs, reverse=[]) is a TypeError there
        reverse = __m_shared_index_arg__ (reverse);
    }
    reverse = __t__ (reverse);  // 3.12: Python's truth, sorted(xs, reverse=[]) sorted xs descending ([] is true in JS)
    if (reverse) {
        iterable.reverse ();
    }
    const keys = key ? iterable.map (item => key (item)) : iterable.slice ();
    const order = keys.map ((_, index) => index);
    order.sort ((i, j) => __m_shared_cmp_op__ (keys [i], keys [j], '<') ? -1 : __m_shared_cmp_op__ (keys [j], keys [i], '<') ? 1 : 0);
    const items = order.map (index => iterable [index]);
    for (let index = 0; index < items.length; index++) {
        iterable [index] = items [index];
    }
    if (reverse) {
        iterable.reverse ();
    }
};

sorted = function (iterable) {
    let key = null;
    let reverse = false;
    const last = arguments [arguments.length - 1];
    const given = arguments.length - (arguments.length && __m_shared_kwargs__ (last) ? 1 : 0);
    if (given != 1) {  // sorted(xs, key_fn) sorted by key_fn (CPython: key and reverse are keyword-only)
        throw py_TypeError ('sorted expected 1 argument, got ' + given, new Error ());
    }
    if (arguments.length > 1 && __m_shared_kwargs__ (last)) {
        __m_shared_keywords_known__ (last, ['key', 'reverse'], 'sort');  // CPython's sorted() names sort()
        if ('key' in last) {
            key = last.key;
        }
        if ('reverse' in last) {
            reverse = last.reverse;
        }
    }
    const result = __m_shared_items_of__ (iterable);
    _sort (result, key, reverse);
    return result;
};

function __m_shared_min_max__ (f_compare, ...args) {  // the runtime's min_max, with CPython comparisons and any iterable
    let dflt = undefined;
    let key = x => x;
    if (args.length > 0 && __m_shared_kwargs__ (args [args.length - 1])) {
        const kwargs = args [args.length - 1];
        __m_shared_keywords_known__ (kwargs, ['key', 'py_default'], f_compare.what);
        args = args.slice (0, -1);
        if (kwargs.hasOwnProperty ('py_default')) dflt = kwargs ['py_default'];
        if (kwargs.hasOwnProperty ('key') && kwargs.key !== null) key = kwargs ['key'];
    }
    // CPython names the function: max() was 'expected at least 1 argument, got 0' here, max(1, 2, default=0) 'Cannot
    // specify a default with multiple positional arguments'
    if (args.length === 0) throw py_TypeError (f_compare.what + ' expected at least 1 argument, got 0', new Error ());
    if (args.length > 1 && dflt !== undefined) throw py_TypeError ('Cannot specify a default for ' + f_compare.what + '() with multiple positional arguments', new Error ());
    if (args.length === 1) {
        args = __m_shared_items_of__ (args [0]);
    }
    if (args.length === 0) {
        // the wording of the target CPython (tool.m_shared.python): 3.12 changed it
        if (dflt === undefined) throw ValueError (f_compare.what + (__m_shared_python__ < 312 ? '() arg is an empty sequence' : '() iterable argument is empty'), new Error ());
        return dflt;
    }
    let best = args [0];
    let bestKey = key (best);
    for (let index = 1; index < args.length; index++) {
        const itemKey = key (args [index]);
        if (f_compare (itemKey, bestKey)) {
            best = args [index];
            bestKey = itemKey;
        }
    }
    return best;
}
max = function (...args) {
    const greater = (a, b) => __m_shared_cmp_op__ (a, b, '>');
    greater.what = 'max';
    return __m_shared_min_max__ (greater, ...args);
};
min = function (...args) {
    const less = (a, b) => __m_shared_cmp_op__ (a, b, '<');
    less.what = 'min';
    return __m_shared_min_max__ (less, ...args);
};

function __m_shared_slice__ (length, start, stop, step) {  // CPython's PySlice_AdjustIndices
    if (step === null || step === undefined) {
        step = 1;
    }
    if (step === 0) {
        throw ValueError ('slice step cannot be zero', new Error ());
    }
    const lowest = step < 0 ? -1 : 0;
    const highest = step < 0 ? length - 1 : length;
    const adjust = (index, dflt) => {
        if (index === null || index === undefined) {
            return dflt;
        }
        if (index < 0) {
            index += length;
            return index < 0 ? lowest : index;
        }
        return index >= length ? highest : index;
    };
    return [adjust (start, step < 0 ? highest : lowest), adjust (stop, step < 0 ? lowest : highest), step];
}

function __m_shared_slice_indices__ (length, start, stop, step) {
    const [from, to, by] = __m_shared_slice__ (length, start, stop, step);
    const indices = [];
    for (let index = from; by > 0 ? index < to : index > to; index += by) {
        indices.push (index);
    }
    return indices;
}

Array.prototype.__getslice__ = function (start, stop, step) {
    const result = __m_shared_slice_indices__ (this.length, start, stop, step).map (index => this [index]);
    return this.__class__ === tuple ? tuple (result) : result;
};

Array.prototype.__setslice__ = function (start, stop, step, source) {
    source = __m_shared_items_of__ (source);
    const [from, to, by] = __m_shared_slice__ (this.length, start, stop, step);
    if (by === 1) {
        this.splice (from, Math.max (0, to - from), ...source);
        return;
    }
    const indices = __m_shared_slice_indices__ (this.length, start, stop, step);
    if (indices.length != source.length) {
        throw ValueError ('attempt to assign sequence of size ' + source.length + ' to extended slice of size ' + indices.length, new Error ());
    }
    indices.forEach ((index, i) => {this [index] = source [i];});
};

export function __m_shared_delitem__ (container, key) {  // `del container[key]`, see lower.py
    if (container !== null && typeof container == 'object' && container.__class__ === dict) {
        const name = __m_shared_dfind__ (container, key);  // (dicts.extend.js: keys other than str)
        if (name === null) {
            throw KeyError (key, new Error ());
        }
        __m_shared_forget__ (container, name);
    }
    else if (Array.isArray (container)) {
        container.splice (__m_shared_slot__ (container, key, "doesn't support item deletion"), 1);
    }
    else if (container !== null && typeof container == 'object' && '__delitem__' in container) {
        container.__delitem__ (key);
    }
    else {
        delete container [key];
    }
}

// `container[key] = value` in shared code where the container may be a list (lowering, m_shared/lower/_lowering.py visit_Assign:
// the value first, as CPython evaluates it). Observed: items["1"] = 9 and items[1.0] = 9 wrote items[1] (CPython:
// TypeError "list indices must be integers or slices, not str"), items[5] = 9 on a list of two grew it with holes and
// items[None] = 9 wrote a property of the array (CPython: IndexError "list assignment index out of range", TypeError),
// (1, 2)[0] = 9 changed the tuple and "ab"[0] = "x" did nothing (CPython: TypeError "'tuple' object does not support
// item assignment"): Transcrypt's __setitem__ stores any key with JavaScript's brackets, and stays so for its stdlib.
export function __m_shared_setitem__ (value, container, key) {
    if (Array.isArray (container)) {
        container [__m_shared_slot__ (container, key, 'does not support item assignment')] = value;
    }
    else if (container === null || (typeof container != 'object' && typeof container != 'function')) {
        throw py_TypeError ("'" + __m_shared_typename__ (container) + "' object does not support item assignment", new Error ());
    }
    else {
        __setitem__ (container, key, value);
    }
}

// The index of items[key] that `items[key] = v` or `del items[key]` changes, or CPython's error.
// Observed: del items["1"] was an IndexError in JS (CPython: TypeError "list indices must be integers or slices, not str")
function __m_shared_slot__ (container, key, refused) {
    if (container.__class__ !== list && container.__class__ !== undefined) {
        throw py_TypeError ("'" + __m_shared_kind__ (container) + "' object " + refused, new Error ());
    }
    if (typeof key == 'boolean') {
        key = +key;
    }
    if (!Number.isInteger (key)) {
        throw py_TypeError (__m_shared_bad_index__ (container, key), new Error ());
    }
    const index = key < 0 ? container.length + key : key;
    if (index < 0 || index >= container.length) {
        throw IndexError ('list assignment index out of range', new Error ());
    }
    return index;
}

export function __m_shared_delslice__ (container, start, stop, step) {  // `del container[a:b:c]`, see lower.py
    if (Array.isArray (container) && (container.__class__ === list || container.__class__ === undefined)) {
        const indices = __m_shared_slice_indices__ (container.length, start, stop, step);
        indices.sort ((a, b) => b - a);
        for (const index of indices) {
            container.splice (index, 1);
        }
    }
    else if (container !== null && typeof container == 'object' && '__delitem__' in container) {
        container.__delitem__ ([start, stop, step]);
    }
    else {
        throw py_TypeError ("'" + __m_shared_typename__ (container) + "' object does not support item deletion", new Error ());
    }
}

Array.prototype.__mul__ = function (scalar) {
    if (typeof scalar == 'boolean') {
        scalar = Number (scalar);
    }
    if (typeof scalar != 'number' || !Number.isInteger (scalar)) {
        throw py_TypeError ("can't multiply sequence by non-int of type '" + __m_shared_typename__ (scalar) + "'", new Error ());
    }
    let result = [];
    for (let i = 0; i < scalar; i++) {
        result = result.concat (this);
    }
    return this.__class__ === tuple ? tuple (result) : result;
};
Array.prototype.__rmul__ = Array.prototype.__mul__;

Array.prototype.__add__ = function (other) {
    const kind = __m_shared_kind__ (this);
    if (!Array.isArray (other) || kind == 'set' || __m_shared_kind__ (other) != kind) {
        if (kind == 'set') {
            throw py_TypeError ("unsupported operand type(s) for +: 'set' and '" + __m_shared_typename__ (other) + "'", new Error ());
        }
        throw py_TypeError ('can only concatenate ' + kind + ' (not "' + __m_shared_typename__ (other) + '") to ' + kind, new Error ());
    }
    const result = this.concat (other);
    return kind == 'tuple' ? tuple (result) : result;
};
