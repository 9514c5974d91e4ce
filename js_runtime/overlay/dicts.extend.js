// Parity fixes for dicts, appended to Transcrypt's runtime at build time (used by dict.patch.js).
//
// Observed: {"b": 1, "2": 2, "1": 3} listed its keys as ['1', '2', 'b'] in JS, ['b', '2', '1'] in
// CPython: JS objects, which hold Transcrypt's dicts, order integer-like keys ("0", "1", ... below
// 2**32 - 1) first and ascending, whatever the insertion order. When integer-like keys sit beside
// other keys the order CPython would give is lost, so listing the keys throws an m_shared error.
// A dict that m_shared code gives such a key (d["2"] = v, a display, a comprehension) remembers its
// keys' insertion order and lists them as CPython does (__m_shared_typed__, below); what is left
// is JSON input, whose order the JS object lost before it crossed the boundary (a dict whose keys
// are all integer-like is left alone there: its order is right when they came ascending).

const __m_shared_index_key__ = /^(0|[1-9][0-9]{0,9})$/;

function __m_shared_index_like__ (key) {  // a key JS objects list first: an array index
    return key.charCodeAt (0) < 58 && __m_shared_index_key__.test (key) && Number (key) < 4294967295;
}

function __m_shared_ordered_keys__ (instance) {
    // A dict's keys are its own enumerable properties, and nothing else is (dict.patch.js)
    const keys = Object.keys (instance);
    // Integer-like keys come first in Object.keys, so the dict mixes them with other keys exactly
    // when its first key is one and its last is not. Speed: two keys tested, not every key with the
    // regex (keys(), items(), iteration and the boundary's output of every dict list them).
    if (keys.length > 1 && __m_shared_index_like__ (keys [0]) && !__m_shared_index_like__ (keys [keys.length - 1])) {
        const error = new Error (
            'm_shared: dict key order with integer-like keys: this dict mixes keys such as ' +
            JSON.stringify (keys.filter (key => __m_shared_index_key__.test (key)).slice (0, 3)) +
            ' with other keys; JavaScript objects list integer-like keys first, CPython keeps insertion ' +
            'order, so iterating it cannot give CPython\'s order; prefix such keys (e.g. "n1") or keep a list'
        );
        error.name = 'MSharedError';
        throw error;
    }
    return keys;
}

// The dict's keys, and the properties holding them (the same for str keys), in CPython's order
function __m_shared_keys__ (names) {
    const typed = this.__m_shared_typed__;
    return typed === undefined ? __m_shared_ordered_keys__ (this) : Array.from (names ? typed.keys () : typed.values ());
}

function __m_shared_items__ () {
    const typed = this.__m_shared_typed__;
    return typed === undefined ? __m_shared_ordered_keys__ (this).map (key => __m_shared_as_tuple__ ([key, this [key]]))
        : Array.from (typed, ([name, key]) => __m_shared_as_tuple__ ([key, this [name]]));
}

function __m_shared_values__ () {
    return __m_shared_keys__.call (this, 1).map (name => this [name]);
}

// Observed: {"a": 1}["b"] was None in JS where CPython raises KeyError('b') (so `except KeyError`
// never ran and a missing key flowed on as None). The runtime's __getitem__ must stay lenient (see
// __getitem__.patch.js), so lowering (m_shared/lower/) turns the shared package's subscripts into
// calls of this function.
// Speed: an int index found in a list, tuple or str is a function small enough for V8 to inline;
// the rest goes on to __m_shared_subscript_slow__.
export function __m_shared_getitem__ (container, key) {
    if (typeof key == 'number' && (typeof container == 'string' || (Array.isArray (container) && container.__class__ !== set))) {
        const result = container [key < 0 ? container.length + key : key];
        if (result !== undefined) {
            return result;
        }
    }
    return __m_shared_subscript_slow__ (container, key);
}
function __m_shared_subscript_slow__ (container, key) {
    if (container !== null && typeof container == 'object' && container.__class__ === dict) {
        const name = __m_shared_dfind__ (container, key);
        if (name === null) {
            throw KeyError (key, new Error ());
        }
        return container [name];
    }
    // Observed: 5["a"], None["a"] and {1, 2}[0] gave None or an element, ["a"]["x"] an IndexError and
    // ["a", "b"][True] an IndexError; CPython raises TypeError, except for a bool index (an int).
    if (typeof container == 'string' || Array.isArray (container)) {
        if (typeof key == 'boolean') {
            key = Number (key);
        }
        if (typeof key != 'number' || !Number.isInteger (key) || container.__class__ === set) {
            throw py_TypeError (__m_shared_bad_index__ (container, key), new Error ());
        }
        return __getitem__ (container, key);
    }
    if (container === null || container === undefined || !(typeof container == 'object' || typeof container == 'function')
            || !('__getitem__' in container)) {
        throw py_TypeError ("'" + __m_shared_typename__ (container) + "' object is not subscriptable", new Error ());
    }
    return __getitem__ (container, key);
}

function __m_shared_bad_index__ (container, key) {
    if (container.__class__ === set) {
        return "'set' object is not subscriptable";
    }
    if (typeof container == 'string') {
        return "string indices must be integers, not '" + __m_shared_typename__ (key) + "'";
    }
    return __m_shared_typename__ (container) + ' indices must be integers or slices, not ' + __m_shared_typename__ (key);
}

// Observed: 1 in {"1": "a"} was True in JS, False in CPython, and {"1": "a"}[1] was 'a' where CPython
// raises KeyError(1): a JS object stores every key as a string, so an int key and its digits collide.
// And a dict that got int keys from d[k] = v, a comprehension, zip() or fromkeys() gave them back as
// str, in ascending order: counting [3, 1, 3, 2] into d gave list(d.items()) [('1', 1), ('2', 1),
// ('3', 2)] where CPython gives [(3, 2), (1, 1), (2, 1)], sorted(d) sorted '10' before '2', sum(d)
// was a TypeError; a date or an instance as a key threw "Function.prototype.toString requires that
// 'this' be a Function", and d[True] and d[1] were two keys (CPython: one, True == 1).
// Now a dict that is given a key other than a str remembers, from then on, every key it holds in
// insertion order (__m_shared_typed__: property name -> the Python key, a Map only such dicts
// have, and dicts given a str key that JS objects list first, such as "2"; a dict of other str keys
// costs nothing more): its keys come back with their type and in insertion order, and
// 1, 1.0 and True are one key. The property of a key (__m_shared_name__): a str is itself, a number
// its digits, True/False "1"/"0", None "null", a tuple its items in parentheses. Every other way a
// key gets into a dict stores a str: JSON input, keyword arguments, displays of str keys (a display
// with other keys is built from pairs, m_shared/lower/), so the keys of a dict without the Map
// are all str. Keys that are neither str, number, bool, None nor tuples of them (a date, an
// instance) fail loudly, and so does a dict that would hold both 1 and "1" (one property in JS).

function __m_shared_name__ (key) {
    const type = typeof key;
    if (type == 'string' || type == 'number') {
        return '' + key;
    }
    if (type == 'boolean' || key == null) {
        return key == null ? 'null' : key ? '1' : '0';
    }
    if (Array.isArray (key) && key.__class__ === tuple) {
        return '(' + key.map (item => typeof item == 'string' ? JSON.stringify (item) : __m_shared_name__ (item)) + ')';
    }
    // Observed: d[[1, 2]] = v stored the key '(1,2)', [1] in d was False and {[1]: 2} had one key (CPython:
    // TypeError: unhashable type: 'list'): a list was taken for a tuple. Tuples are marked (tuple(), the
    // pairs of zip(), enumerate() and items(), d[row, col] = v: m_shared/lower/); other arrays are lists.
    const name = __m_shared_typename__ (key);
    throw Array.isArray (key) || key.__class__ === dict || key.__hash__ === null ? py_TypeError ("unhashable type: '" + name + "'", new Error ())
        : __m_shared_loud__ ('dict key of type ' + name + ': JavaScript dicts take str, int, float, bool, None and ' +
                             'tuple keys; use e.g. d[day.isoformat()], d[item.id]');
}

function __m_shared_dfind__ (instance, key) {  // the property holding key in the dict, or null: CPython's lookup
    const name = typeof key == 'string' ? key : __m_shared_name__ (key);
    if (!Object.prototype.hasOwnProperty.call (instance, name)) {
        return null;
    }
    const typed = instance.__m_shared_typed__;
    // a str key is no other key (1 in {"1": "a"} is False); names of keys other than str are distinct
    return (typed === undefined || typeof typed.get (name) == 'string') == (typeof key == 'string') ? name : null;
}

function __m_shared_contains__ (key) {
    return __m_shared_dfind__ (this, key) !== null;
}

function __m_shared_dget__ (key, dflt) {
    const name = __m_shared_dfind__ (this, key);
    return name !== null ? this [name] : dflt === undefined ? null : dflt;
}

// Python names that Transcrypt renames to py_<name> in keyword arguments (its alias table, and the
// JS reserved words m_shared renames): f(name=1) passes {py_name: 1}.
const __m_shared_aliased__ = new Set ((
    'arguments case clear default del enumerate false get Infinity is isNaN iter items keys name NaN new next ' +
    'pop popitem replace selector sort split switch TypeError update copy deepcopy values fromkeys reversed ' +
    'setdefault true undefined catch const debugger delete do enum eval export extends function implements ' +
    'instanceof interface let null package private protected public static this throw typeof var void'
).split (' '));

function __m_shared_unalias__ (key) {
    return typeof key == 'string' && key.startsWith ('py_') && __m_shared_aliased__.has (key.slice (3)) ? key.slice (3) : key;
}

// Observed: `def f(**kw)` called as f(name=1) held the key 'py_name' (and d.update(name=1) too), which
// dict.get papered over by also looking up 'py_' + key in every dict, so {"py_name": 1}.get("name")
// was 1 where CPython says None. A keyword goes into **kw under its Python name; compiled
// functions call this (m_shared/compile.py) instead of storing the JS alias.
export function __m_shared_kwarg__ (kwargs, key, value) {
    __m_shared_dsetitem__.call (kwargs, __m_shared_unalias__ (key), value);
}

function __m_shared_dsetitem__ (key, value) {
    __m_shared_put__ (this, typeof key == 'string' ? key : __m_shared_name__ (key), key, value);
}

// Store value under key, whose property is name, keeping the typed keys of a dict that has them.
function __m_shared_put__ (instance, name, key, value) {
    let typed = instance.__m_shared_typed__;
    if (typed === undefined) {
        if (typeof key == 'string' && !__m_shared_index_like__ (key)) {
            return __m_shared_store__ (instance, name, value);
        }
        typed = new Map (__m_shared_ordered_keys__ (instance).map (held => [held, held]));
        Object.defineProperty (instance, '__m_shared_typed__', {value: typed});
    }
    const held = typed.has (name) ? typed.get (name) : key;  // held keys stay (d[1] = a; d[1.0] = b: key 1)
    if (typeof held == 'string' != (typeof key == 'string')) {
        throw __m_shared_loud__ ('dict keys ' + repr (held) + ' and ' + repr (key) + ' are one key in JavaScript; ' +
                                 'keep a dict\'s keys one type, e.g. d[str(k)]');
    }
    typed.set (name, held);
    __m_shared_store__ (instance, name, value);
}

function __m_shared_forget__ (instance, name) {  // name is no longer a key of the dict
    delete instance [name];
    instance.__m_shared_typed__?.delete (name);
}

// ---- Hostile keys (dict.patch.js) ------------------------------------------------------------
// Observed: {"__proto__": {...}} crossed the boundary as {} (assigning obj["__proto__"] sets the
// prototype); keys(), items() and copies left out "constructor", "__init__" and "py_x" (Transcrypt
// took them for its own attributes); setdefault, pop and `in`-less lookups found
// Object.prototype's members ({}.pop("toString", 0) returned a function); and
// {}.setdefault("__proto__", {})[k] = v wrote k into the prototype all dicts share, so every dict
// of the page gained the key (prototype pollution), while "constructor" wrote to Object itself.
// Every key is now an own property, and only own properties are keys.

// The boundary's dict of a plain JS object (m_shared.interop.js toPython): its own keys, each value converted,
// stored as dict() stores them, without the [key, value] pairs dict() takes.
// Speed: the keys __m_shared_store__ must treat apart are looked up in one Set, and every other key is
// stored directly (the boundary's input conversion took ~1.8x as long through __m_shared_store__);
// the Set is asked only about keys whose first character begins a reserved key ('_' and 'p' today),
// and a str, number or bool value is stored without a call to convert it (the draft order of
// benchmarks/runtime.py: 208 -> 176 ns). What remains is mostly V8's store of a key not known in
// advance (~16 ns a key: the draft's three dicts take 45 ns where code names the keys).
// The own keys are walked with for-in, whose `object [key]` V8 reads through its enum cache, in the
// order Object.keys gives them (~1.35x faster than over the array of Object.keys).
let __m_shared_reserved_keys__ = null;
let __m_shared_reserved_first__ = null;  // [code & 127] -> whether some reserved key starts with such a char
export function __m_shared_dict_of__ (object, convert) {
    const prototype = __m_shared_dict_prototype__ ();
    if (__m_shared_reserved_keys__ === null) {
        __m_shared_reserved_keys__ = new Set (['__proto__', '__m_shared_typed__', ...Object.getOwnPropertyNames (prototype)]);
        __m_shared_reserved_first__ = new Uint8Array (128);
        for (const key of __m_shared_reserved_keys__) {
            __m_shared_reserved_first__ [key.charCodeAt (0) & 127] = 1;
        }
    }
    const reservedFirst = __m_shared_reserved_first__;
    const instance = Object.create (prototype);
    for (const key in object) {
        if (!Object.prototype.hasOwnProperty.call (object, key)) {
            continue;  // an enumerable property a library added to Object.prototype is no key of the object
        }
        const value = object [key];
        // a str, number or bool is its own Python value: no call to convert it (a function is
        // converted too: the callback wrappers of m_shared.interop.js). Asked about the three kinds a
        // JSON value has, most often first, a str is stored after one test and an int after two
        // (a copy of this loop converting the valid order of benchmarks/runtime.py, median CPU time of 10 processes:
        // 225 -> 220 ns; the former test with `|| typeof value == 'function'` appended: 232 ns)
        const converted = typeof value == 'string' || typeof value == 'number' || typeof value == 'boolean'
            ? value : convert (value);
        if (reservedFirst [key.charCodeAt (0) & 127] === 1 && __m_shared_reserved_keys__.has (key)) {
            __m_shared_store__ (instance, key, converted);
        }
        else {
            instance [key] = converted;
        }
    }
    return instance;
}

function __m_shared_store__ (instance, key, value) {
    if (key === '__proto__') {  // an own data property, as JSON.parse makes it; never the prototype
        Object.defineProperty (instance, key, {value: value, enumerable: true, writable: true, configurable: true});
    }
    else if (typeof key == 'string' && (key == '__m_shared_typed__'
             || Object.prototype.hasOwnProperty.call (__m_shared_dict_prototype__ (), key))) {
        // An own property of that name would hide the dict's method: d.get(k), `in`, isinstance()
        // and the boundary would all misbehave, silently. CPython has no such limit: fail loudly.
        throw __m_shared_loud__ (
            'dict key ' + JSON.stringify (key) + ' is a name compiled dicts use for their own methods in ' +
            'JavaScript, so no dict can hold it as a key there (CPython can); rename the key'
        );
    }
    else {
        instance [key] = value;
    }
}

function __m_shared_dgetitem__ (key) {  // lenient (undefined when missing), as the compiled stdlib expects
    const name = typeof key == 'string' ? key : __m_shared_name__ (key);
    return Object.prototype.hasOwnProperty.call (this, name) ? this [name] : undefined;
}

function __m_shared_setdefault__ (key, dflt) {
    const name = __m_shared_dfind__ (this, key);
    if (name !== null) {
        return this [name];
    }
    const value = dflt === undefined ? null : dflt;
    __m_shared_dsetitem__.call (this, key, value);
    return value;
}

function __m_shared_pop__ (key, dflt) {
    const name = __m_shared_dfind__ (this, key);
    if (name !== null) {
        const value = this [name];
        __m_shared_forget__ (this, name);
        return value;
    }
    if (dflt === undefined) {
        throw KeyError (key, new Error ());
    }
    return dflt;
}

function __m_shared_popitem__ () {
    const name = __m_shared_keys__.call (this, 1).pop ();
    if (name === undefined) {
        throw KeyError ('popitem(): dictionary is empty', new Error ());
    }
    const result = tuple ([this.__m_shared_typed__?.get (name) ?? name, this [name]]);
    __m_shared_forget__ (this, name);
    return result;
}

function __m_shared_dclear__ () {
    __clear__.call (this);
    this.__m_shared_typed__?.clear ();
}

function __m_shared_pair__ (pair, index) {  // element #index of the pairs given to dict () or dict.update ()
    // CPython's: dict([1]) was a ValueError "... has length undefined ...", dict(["ab"]) one "... has length 2;
    // 2 is required" (CPython: {'a': 'b'}), and the messages said "dict" for "dictionary"
    if (!(pair instanceof Array) && typeof pair != 'string') {
        throw py_TypeError ('cannot convert dictionary update sequence element #' + index + ' to a sequence', new Error ());
    }
    if (pair.length !== 2) {
        throw ValueError ('dictionary update sequence element #' + index + ' has length ' + pair.length + '; 2 is required', new Error ());
    }
    return pair;
}
function __m_shared_copy_into__ (target, source) {  // own keys, in the source's order, with their types
    const typed = source.__m_shared_typed__;
    for (const name of __m_shared_keys__.call (source, 1)) {
        __m_shared_put__ (target, name, typed === undefined ? name : typed.get (name), source [name]);
    }
    return target;
}

function __m_shared_copy__ () {
    return __m_shared_copy_into__ (dict (), this);
}

function __m_shared_update__ (/* other?, keywords? */) {
    for (const other of arguments) {
        if (other === undefined || other === null) {
            continue;
        }
        if (Array.isArray (other) || (other.__class__ !== dict && !__m_shared_kwargs__ (other)
                                      && typeof other [Symbol.iterator] == 'function')) {
            // an iterable of pairs: a list of tuples, a generator, zip() (a generator used to be copied as
            // an object: d.update((k, 1) for k in "ab") gave {'iterable': [...], 'index': 0})
            // each pair checked as dict () checks it: d.update([("a",)]) stored a: None and d.update(["abc"]) a: "b"
            // (CPython: ValueError "dictionary update sequence element #0 has length 1; 2 is required")
            let index = 0;
            for (const pair of __m_shared_items_of__ (other)) {
                const [key, value] = __m_shared_pair__ (pair, index++);
                __m_shared_dsetitem__.call (this, key, value);
            }
        }
        else if (__m_shared_kwargs__ (other)) {  // keywords: d.update(name=1) passes {py_name: 1}
            for (const key of Object.keys (other)) {
                __m_shared_kwarg__ (this, key, other [key]);
            }
        }
        else {
            __m_shared_copy_into__ (this, other);
        }
    }
}

// dict(mapping, key=value), dict(mapping, **other) and dict(a, b), which m_shared/lower/ sends here (a
// program without them does not ship this). Observed: Transcrypt's dict() took its first argument alone:
// dict(defaults, **overrides) was a copy of defaults, dict(pairs, a=2) kept the pairs' a, and dict(a, b)
// ignored b; CPython sets the keywords after the first argument's items and raises TypeError for a second
// positional argument.
export function __m_shared_dict_call__ (...args) {
    const keywords = args.length && __m_shared_kwargs__ (args [args.length - 1]) ? args.pop () : null;
    if (args.length > 1) {
        throw py_TypeError ('dict expected at most 1 argument, got ' + args.length, new Error ());
    }
    let instance = args.length ? dict (args [0]) : dict ();
    if (instance === args [0]) {  // dict() of a plain JS object is that object: the keywords go into a copy
        instance = dict (instance);
    }
    if (keywords) {
        __m_shared_update__.call (instance, keywords);
    }
    return instance;
}

// The keywords of f(**a, **b) and f(**a, key=value), merged in order into the one ** that m_shared/lower/
// passes instead (Transcrypt's code for them read an undefined name or did not parse; programs without such
// calls do not ship this). A keyword given twice is CPython's TypeError, which names the function: loud here.
export function __m_shared_merge_kwargs__ (...parts) {
    const merged = dict ();
    for (const part of parts) {
        const keywords = __m_shared_keywords_of__ (part);
        for (const key of Object.keys (keywords)) {
            if (merged.__contains__ (key)) {
                throw __m_shared_loud__ ("keyword argument '" + key + "' given twice (by ** and by name, or by two **): " +
                                         'CPython raises TypeError (got multiple values for keyword argument); pass it once');
            }
            merged.__setitem__ (key, keywords [key]);
        }
    }
    return merged;
}

// The keywords of f(**value) and of each part of f(**a, **b), as a plain object (m_shared/lower/_passes.py
// lower_unpacked_arguments passes them through this; programs without such calls do not ship it).
// Observed: f(**[1, 2]) called f without keywords, and f(**{1: 2}) with a keyword '1', silently; CPython raises TypeError ("f() argument after ** must be a mapping,
// not list", "keywords must be strings"). A key other than a str is CPython's TypeError; a value other than a
// dict fails loudly: CPython's message names the function, which is not known here, and a class of the
// program's own with keys() and __getitem__ is a mapping CPython takes.
export function __m_shared_keywords_of__ (value) {
    if (value === null || typeof value != 'object' || value.__class__ !== dict) {
        throw __m_shared_loud__ ('** of a value of type ' + __m_shared_typename__ (value) + ': compiled code takes keyword ' +
                                 'arguments from a dict only (CPython takes any mapping, and raises TypeError for ' +
                                 'other values); pass a dict');
    }
    for (const key of value.__m_shared_typed__?.values () ?? []) {  // only a dict with keys other than str has these
        if (typeof key != 'string') {
            throw py_TypeError ('keywords must be strings', new Error ());
        }
    }
    return __m_shared_copy_into__ ({}, value);
}

function __m_shared_fromkeys__ (iterable, value) {
    if (iterable === undefined) {
        throw py_TypeError ('fromkeys expected at least 1 argument, got 0', new Error ());
    }
    const result = dict ();
    for (const key of __m_shared_items_of__ (iterable)) {
        __m_shared_dsetitem__.call (result, key, value === undefined ? null : value);
    }
    return result;
}

// dict.fromkeys([1, 2]) (Transcrypt's own version stored the keys as strings: ['1', '2'])
dict.py_fromkeys = __m_shared_fromkeys__;

// The boundary's keys of a dict it passes to JavaScript (js_runtime/src/interop.js toJavaScript).
// Observed: a dict with int keys came out with str keys ({3: 2} as {"3": 2}), while CPython's caller
// gets ints, and {"3": 1, "1": 2} as {"1": 2, "3": 1}: a JS object can do neither, so it fails loudly.
export function __m_shared_plain_keys__ (instance) {
    const names = __m_shared_keys__.call (instance, 1);
    const own = Object.keys (instance);
    if (instance.py_keys ().some ((key, index) => typeof key != 'string' || own [index] !== names [index])) {
        throw __m_shared_loud__ (
            'dict key order with integer-like keys, or keys other than str: ' + repr (instance.py_keys ().slice (0, 4)) +
            ' returned to JavaScript, whose object keys are str, "2" before "b"; return str keys in ascending ' +
            'order, e.g. {str(k): v for k, v in sorted(d.items())}'
        );
    }
    return names;
}
