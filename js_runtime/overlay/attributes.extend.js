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

function __m_shared_attr__ (name) {
    return __m_shared_aliases__.has (name) ? 'py_' + name : name;
}

function __m_shared_no_attr__ (obj, name) {
    const type = obj !== null && obj !== undefined && obj.__class__ && obj.__class__.__name__ ? obj.__class__.__name__ : typeof obj;
    return AttributeError ("'" + type + "' object has no attribute '" + name + "'", new Error ());
}
