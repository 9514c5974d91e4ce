// Parity fixes for getattr / setattr / hasattr / delattr, appended to Transcrypt's runtime at build time.
//
// Observed: getattr(Base("a"), "name") was 'cls' in JS (CPython: 'a') and setattr(b, "name", "z")
// threw "Cannot assign to read only property 'name'": Transcrypt renames attribute names that clash
// with JavaScript (its alias table in compiler.py Generator.aliases: name -> py_name, ...; m_shared's
// compile.JS_RESERVED: delete -> py_delete, ...), so `obj.name` in Python source is `obj.py_name`
// in JS, but a name given as a string reached the JS property of that name (a function's `name`).
// getattr of an attribute that does not exist returned undefined (None) instead of AttributeError.
// Fix: map the string through the same aliases, and raise CPython's AttributeError.

const __m_shared_aliases__ = new Set ((
    'arguments case clear default del enumerate false get Infinity is isNaN iter items keys name NaN new next pop ' +
    'popitem replace selector sort split switch TypeError update copy deepcopy values fromkeys reversed ' +
    'setdefault true undefined ' +
    // m_shared compile.JS_RESERVED
    'catch const debugger delete do enum eval export extends function implements instanceof interface let ' +
    'null package private protected public static this throw typeof var void'
).split (' '));

// Observed (CPython -> JS before): hasattr([1], "add") and hasattr([1], "union") True (CPython False: Transcrypt's
// lists, tuples and sets are one JS array type, which carries the methods of all three), hasattr([], "push") and
// hasattr([], "join") True (JavaScript's own array methods), hasattr({"a": 1}, "a") True (a dict's keys are its
// JS properties), hasattr("a", "upper") and hasattr(5, "real") False (`in` throws for a JS string or number), and
// getattr([1], "add", None) a function. For None, bools, numbers, str, list, tuple, dict and set the answer is
// now CPython's, from this table of dir() of each type in CPython 3.11, 3.12 and 3.13 (less object's own names,
// which every value has). A whole number is an int or a float in CPython, which JavaScript cannot tell: a name
// only one of them has (bit_length, hex, is_integer, which int has from 3.12 on) throws an MSharedError.
const __m_shared_object_names__ = new Set (["__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__"]);
const __m_shared_builtin_names__ = {
    int: '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes',
    float: '__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real',
    str: '__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
    list: '__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove reverse sort',
    tuple: '__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__ count index',
    dict: '__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault update values',
    set: '__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update',
    NoneType: '__bool__'
};
__m_shared_builtin_names__.bool = __m_shared_builtin_names__.int;

// Whether a builtin value has an attribute in CPython; undefined for an instance, a class or a function
function __m_shared_builtin_has__ (obj, name) {
    const type = obj == null || typeof obj != 'object' && typeof obj != 'function' || Array.isArray (obj) ||
        obj.__class__ === dict ? __m_shared_typename__ (obj) : null;
    const table = __m_shared_builtin_names__ [type];
    if (table === undefined) {
        return undefined;
    }
    const has = (row) => __m_shared_object_names__.has (name) || (' ' + row + ' ').includes (' ' + name + ' ');
    if (type == 'int' && typeof obj == 'number' && has (table) != has (__m_shared_builtin_names__.float)) {
        throw __m_shared_loud__ ('hasattr()/getattr() of ' + JSON.stringify (name) + ' on the whole number ' + obj +
            ': CPython has it on ' + (has (table) ? 'an int, not a float' : 'a float, not an int') + ' (or not in ' +
            'every version), and JavaScript cannot tell 2 from 2.0; test isinstance(x, int) instead');
    }
    return has (table);
}

// Whether an instance of the program's classes, a class or an exception has attribute `key` as CPython sees it.
// Observed (CPython -> JS before): a class is a JavaScript function and the prototype of its instances, so
// hasattr(Order(1), "call"), "bind", "apply", "length", "toString" and hasattr(Order, "prototype") were True
// (CPython False), getattr(Order(1), "length", 0) was the function's 0 and getattr(obj, "valueOf", "-") a function.
// Found only on Function.prototype or Object.prototype, or as a non-enumerable own data property of a function (its
// length, name, prototype, caller and arguments: a class's attributes are enumerable, as its body defined them, and
// the runtime's getters, dataclasses.Field's, are no data properties), the attribute is JavaScript's. A class's __name__ and __bases__ are the class's own, not its instances'
// (hasattr(Order(1), "__name__") was True, CPython False), and __metaclass__ is Transcrypt's.
function __m_shared_present__ (obj, key) {
    for (let o = obj; o != null && o !== Function.prototype && o !== Object.prototype; o = Object.getPrototypeOf (o)) {
        const own = Object.getOwnPropertyDescriptor (o, key);
        if (own !== undefined && (own.enumerable || typeof o != 'function' || !('value' in own))) {
            return key != '__metaclass__' && (o === obj || key != '__name__' && key != '__bases__');
        }
    }
    return false;
}

// Names CPython gives every instance of a class, every exception and every class (dir() of each in CPython 3.11-3.13,
// beyond object's own names, which all three have), that the JS runtime may lack. Observed: hasattr(obj,
// "__dict__"), hasattr(obj, "__doc__") and hasattr(ValueError("x"), "__context__") were False (CPython True), and
// getattr(error, "__context__", None) was None where CPython gives the exception being handled when it was raised.
// hasattr answers True; getattr of one the JS object lacks fails loudly. Names whose answer depends on the CPython
// version or on what JavaScript does not keep (annotations, line numbers) fail loudly in hasattr too.
const __m_shared_cpython_names__ = {
    instance: '__dict__ __doc__ __module__ __weakref__',
    exception: '__dict__ __doc__ __module__ __weakref__ __cause__ __context__ __suppress_context__ __traceback__ ' +
        '__setstate__ add_note with_traceback args',
    class: '__dict__ __doc__ __module__ __weakref__ __name__ __qualname__ __mro__ __bases__ __base__ __basicsize__ ' +
        '__call__ __dictoffset__ __flags__ __instancecheck__ __itemsize__ __or__ __prepare__ __ror__ ' +
        '__subclasscheck__ __subclasses__ __text_signature__ __weakrefoffset__ __annotations__ mro',
    // a function of the program, of the runtime (len), a bound method or a lambda: hasattr(f, "__name__") was False
    function: '__name__ __qualname__ __module__ __doc__ __call__',
    dataclass: '__dataclass_fields__ __dataclass_params__ __match_args__',
    // an instance's __annotations__ are its class's, if the class body annotates a name; __notes__ exist once
    // add_note ran; a class of the program has __firstlineno__ and __static_attributes__ from 3.13 on (the
    // runtime's classes do not), as a dataclass has __replace__: loud on every version, so that the answer does not
    // depend on which CPython the corpus runs
    unknown: '__annotations__ __notes__ __firstlineno__ __static_attributes__ __replace__',
    // what a Python function has and a builtin function or a bound method has not, or the other way round
    unknown_function: '__annotations__ __dict__ __get__ __code__ __defaults__ __kwdefaults__ __globals__ __closure__ ' +
        '__builtins__ __self__ __func__ __wrapped__ __type_params__ __text_signature__'
};

// The names of __m_shared_cpython_names__'s rows that a CPython version added: 3.12 gave classes __type_params__ (3.13's
// __firstlineno__, __static_attributes__ and a dataclass's __replace__ are unknown on every version). Read when
// asked, not written into the table: the runtime's module code runs unspecialized where the library is loaded as it
// is cached (tests/build/test_regex_table.py), and __m_shared_python__ exists only in published code.
function __m_shared_cpython_version_names__ (row) {
    return row != 'class' ? '' : __m_shared_python__ >= 312 ? ' __type_params__' : '';
}

function __m_shared_cpython_has__ (obj, name) {  // obj: an object or a function, not a builtin value
    const kind = typeof obj == 'function' && obj.__metaclass__ !== undefined &&
        !Object.prototype.hasOwnProperty.call (obj, '__class__') ? 'class' :
        obj.__class__ !== undefined ? (isinstance (obj, BaseException) ? 'exception' : 'instance') :
        typeof obj == 'function' ? 'function' : null;
    const listed = (row) => (' ' + __m_shared_cpython_names__ [row] + __m_shared_cpython_version_names__ (row) + ' ')
        .includes (' ' + name + ' ');
    if (kind === null || __m_shared_object_names__.has (name) || listed (kind) ||
            '__m_shared_fields__' in obj && listed ('dataclass')) {  // `in`: a Proxy's get would ask __getattr__
        return kind !== null;
    }
    if (listed (kind == 'function' ? 'unknown_function' : 'unknown')) {
        throw __m_shared_loud__ ('hasattr()/getattr() of ' + JSON.stringify (name) + ': whether CPython has it depends ' +
            'on what JavaScript cannot tell here (the CPython version, a class\'s annotations, the kind of function: ' +
            'a def, a builtin, a bound method); write the code without it');
    }
    return false;
}

// `obj.type` is compiled to obj.py_metatype (Transcrypt's name of the builtin type). Observed: getattr(doc, "type",
// None) was None and asdict() of a dataclass with a field `type` lost its value, where CPython reads doc.type.
function __m_shared_attr__ (name) {
    return __m_shared_aliases__.has (name) ? 'py_' + name : name == 'type' ? 'py_metatype' : name;
}

// The JS key of an attribute name given as a value (getattr, hasattr, setattr, delattr). Observed: getattr(obj, 1,
// "d") was "d", hasattr(obj, None) False and setattr(obj, 5, "x") stored a property "5", where CPython raises
// TypeError: attribute name must be string, not 'int'.
function __m_shared_named__ (name) {
    if (typeof name != 'string') {
        throw py_TypeError ("attribute name must be string, not '" + __m_shared_typename__ (name) + "'", new Error ());
    }
    return __m_shared_attr__ (name);
}

function __m_shared_no_attr__ (obj, name) {  // CPython's message; a class is a `type object`
    const shown = name.startsWith ('py_') ? name.slice (3) : name;
    if (typeof obj == 'function' && obj.__metaclass__ && !Object.prototype.hasOwnProperty.call (obj, '__class__')) {
        return AttributeError ("type object '" + obj.__name__ + "' has no attribute '" + shown + "'", new Error ());
    }
    return AttributeError ("'" + __m_shared_typename__ (obj) + "' object has no attribute '" + shown + "'", new Error ());
}

// Observed: Base("a").missing was None in JS (a missing JS property is undefined), where CPython
// raises AttributeError: 'Base' object has no attribute 'missing'; `(5).strip ()` and `None.x` threw
// bare TypeErrors. The code generator checks each attribute read and method call of the package
// (m_shared/compile.py, marked by lower/_attributes.py): `obj.x` compiles to
// `__m_shared_checked__ ((obj ?? __m_shared_none__ ('x')).x, obj, 'x')`, and `obj.m (a)` to
// `(__m_shared_has__ ((obj ?? __m_shared_none__ ('m')).m, obj, 'm') && obj.m (a))`. No Python value is
// undefined (None is null), so undefined means missing, unless the property exists with that value.
// (An earlier version put a Proxy raising AttributeError at the root of every class's prototype
// chain; every store of a new attribute then walked into the Proxy, ~35x slower than a plain store.)
export function __m_shared_checked__ (value, obj, name) {
    if (typeof value == 'function' && obj !== null && typeof obj == 'object' && obj.__class__ === dict) {
        // d.get read, not called (max(d, key=d.get)): dicts' methods live unbound on their prototype
        // (dict.patch.js), and called without the dict they threw "Cannot convert undefined or null to object"
        return value.bind (obj);
    }
    return value !== undefined ? value : __m_shared_missing__ (obj, name, value);
}

export function __m_shared_read__ (obj, key, name) {  // obj is an expression, evaluated once
    if (obj === null || obj === undefined) {
        throw __m_shared_no_attr__ (obj, name);
    }
    const value = obj [key];
    return value !== undefined ? value : __m_shared_missing__ (obj, name, value);
}

export function __m_shared_has__ (value, obj, name) {
    return value !== undefined || __m_shared_missing__ (obj, name, true);
}

export function __m_shared_none__ (name) {
    throw __m_shared_no_attr__ (null, name);
}

function __m_shared_missing__ (obj, name, present) {
    if ((typeof obj == 'object' || typeof obj == 'function') && __m_shared_attr__ (name) in obj) {
        return present;  // a property that exists, holding undefined
    }
    // An attribute CPython has but the JS runtime lacks must not look missing: `except AttributeError`
    // would then run where CPython's code goes on. The public attributes of the built-in types (CPython
    // 3.12) and any dunder name (object's __dict__, __module__, ...) fail loudly instead.
    const type = __m_shared_typename__ (obj);
    const builtin = __m_shared_builtin_attributes__ [type == 'int' || type == 'float' ? 'number' : type];
    if ((builtin !== undefined && builtin.has (name)) || (name.length > 4 && name.startsWith ('__') && name.endsWith ('__'))) {
        throw __m_shared_loud__ (
            type + '.' + name + ' exists in CPython but not in JavaScript, where Transcrypt\'s runtime lacks it; ' +
            'write the code without it (`m shared lint` reports the ones known)'
        );
    }
    throw __m_shared_no_attr__ (obj, name);
}

const __m_shared_builtin_attributes__ = Object.fromEntries (Object.entries ({
    str: 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha ' +
         'isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower ' +
         'lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip ' +
         'split splitlines startswith strip swapcase title translate upper zfill',
    number: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real ' +
            'to_bytes fromhex hex',
    bool: 'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real to_bytes',
    list: 'append clear copy count extend index insert pop remove reverse sort',
    tuple: 'count index',
    dict: 'clear copy fromkeys get items keys pop popitem setdefault update values',
    set: 'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset ' +
         'issuperset pop remove symmetric_difference symmetric_difference_update union update',
}).map (([type, names]) => [type, new Set (names.split (' '))]));

// A read of an attribute JavaScript's own prototypes have and CPython's built-in types lack (compile.py
// _JAVASCRIPT_ONLY_ATTRIBUTES: push, length, toUpperCase, and a list's join...): CPython's AttributeError for
// a str, number, bool, list, tuple, set or dict, and for any other object (an instance of the program's classes,
// a class, a compiled regular expression) that has it from JavaScript only. Observed: [1, 2].push(3) appended in
// JS; Order(1).length was 0, Order(1).call and Order.bind functions (CPython: AttributeError).
export function __m_shared_python_only__ (obj, name) {
    const type = __m_shared_typename__ (obj);
    const builtin = __m_shared_builtin_attributes__ [type == 'int' || type == 'float' ? 'number' : type];
    if (builtin !== undefined ? !builtin.has (name) :
            // an instance, a class: JavaScript's call, bind, length, valueOf... (__m_shared_present__) are not its
            obj !== null && (typeof obj == 'object' || typeof obj == 'function') && !__m_shared_present__ (obj, __m_shared_attr__ (name))) {
        if (builtin === undefined && '__getattr__' in obj) {  // CPython calls __getattr__; JavaScript's own property is read first
            throw __m_shared_loud__ ('.' + name + ' of an object whose class defines __getattr__: JavaScript finds its own ' +
                name + ' before __getattr__ runs; write getattr(obj, ' + JSON.stringify (name) + ') instead');
        }
        throw __m_shared_no_attr__ (obj, name);
    }
    return obj;
}

export function __m_shared_method__ (obj, key, name) {  // the object of `expr.m (...)`, once m is known to exist
    if (obj === null || obj === undefined) {
        throw __m_shared_no_attr__ (obj, name);
    }
    if (obj [key] === undefined) {
        __m_shared_missing__ (obj, name, true);
    }
    return obj;
}

// The setter m_shared/lower/ gives a property defined without one (only programs that define such a property
// ship it). Observed (CPython 3.11-3.13 → JS before): invoice.total = 0 and setattr(invoice, "total", 0) raised
// AttributeError "property 'total' of 'Invoice' object has no setter" → nothing happened (Transcrypt's default
// setter did nothing), and the code went on where CPython's `except AttributeError` branch ran.
export function __m_shared_no_setter__ (obj, name) {
    throw AttributeError ("property '" + name + "' of '" + __m_shared_typename__ (obj) + "' object has no setter", new Error ());
}
