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

// Observed: Base("a").missing was None in JS (a missing JS property is undefined), where CPython
// raises AttributeError: 'Base' object has no attribute 'missing'. Transcrypt's instances are
// Object.create (cls), and each class is a function whose own properties are its attributes, so a
// lookup that misses the instance and the class reaches the class's prototype. That prototype
// becomes a Proxy (in front of Function.prototype) whose `get` raises AttributeError for a plain attribute
// name: found attributes never reach it, `in`/hasattr/getattr with a default do not use it. Names
// starting with "_" (the runtime's own probes: __repr__, __iter__, ...), symbols and the names JS
// itself probes (then, toJSON, stack, message, ...) pass through as undefined.
const __m_shared_js_probes__ = new Set ([
    'then', 'toJSON', 'constructor', 'stack', 'message', 'name', 'cause', 'code', 'errors', 'length',
    'prototype', 'caller', 'callee', 'arguments', 'inspect', 'nodeType', 'asymmetricMatch', '$$typeof', 'next'
]);

// The proxy's target is an empty object inheriting from Function.prototype, so the chain still
// reaches Function.prototype (`instance instanceof Function` is what the runtime's truthiness tests).
const __m_shared_attribute_guard__ = new Proxy (Object.create (Function.prototype), {
    get: function (target, name, receiver) {
        if (name in target || typeof name != 'string' || name.startsWith ('_') || __m_shared_js_probes__.has (name)) {
            return Reflect.get (target, name, receiver);
        }
        const shown = name.startsWith ('py_') ? name.slice (3) : name;
        const isClass = typeof receiver == 'function';
        const owner = isClass ? receiver : receiver.__class__;
        const type = owner && owner.__name__ ? owner.__name__ : 'object';
        throw AttributeError (
            isClass ? "type object '" + type + "' has no attribute '" + shown + "'"
                    : "'" + type + "' object has no attribute '" + shown + "'",
            new Error ()
        );
    }
});

// Every method call reads `instance.__proxy__` and `instance.hasOwnProperty` (Transcrypt's __get__),
// both misses on the instance and its class; a plain object between the classes and the guard
// answers them (and the other methods of Object.prototype and Function.prototype) without a trip
// through the proxy trap, which measured ~3x slower per method call.
const __m_shared_attribute_shortcuts__ = Object.create (__m_shared_attribute_guard__);
for (const source of [Function.prototype, Object.prototype]) {  // the order of the chain they replace
    for (const key of Object.getOwnPropertyNames (source)) {
        const descriptor = Object.getOwnPropertyDescriptor (source, key);
        if ('value' in descriptor && !(key in __m_shared_attribute_shortcuts__ && Object.prototype.hasOwnProperty.call (__m_shared_attribute_shortcuts__, key))) {
            Object.defineProperty (__m_shared_attribute_shortcuts__, key, descriptor);
        }
    }
}
Object.defineProperty (__m_shared_attribute_shortcuts__, '__proxy__', {value: undefined, writable: true, enumerable: false});

(function () {
    const create = py_metatype.__new__;
    py_metatype.__new__ = function (meta, name, bases, attribs) {
        const cls = create.call (this, meta, name, bases, attribs);
        Object.setPrototypeOf (cls, __m_shared_attribute_shortcuts__);
        return cls;
    };
}) ();
