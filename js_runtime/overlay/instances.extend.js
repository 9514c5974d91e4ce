// Creating instances, appended to Transcrypt's runtime at build time.
//
// Callable instances. m_shared's code generator calls functions directly, `f (x)`, where Transcrypt
// (with operator overloading) called every function through `__call__ (f, null, x)` so that an
// instance of a class with a `__call__` method could be called as well. An instance of such a class
// is therefore a function itself, which runs its `__call__` method; it still has the class as its
// prototype, so attributes, methods and isinstance are those of any instance.
//
// Speed, no change in behaviour: Transcrypt created each instance with
// `Object.create (cls, {__class__: {value: cls, enumerable: true}})`, whose descriptor form V8 runs
// ~30x slower than `Object.create (cls)` and a store, and passed the arguments on through a
// concatenated array.
object.__new__ = function (args) {
    let instance;
    if ('__call__' in this) {
        instance = (...params) => instance.__call__ (...params);
        Object.setPrototypeOf (instance, this);
    }
    else {
        instance = Object.create (this);
    }
    instance.__class__ = this;
    if ('__getattr__' in this || '__setattr__' in this) {  // as Transcrypt's __new__: a Proxy in front
        instance.__proxy__ = new Proxy (instance, {
            get: function (target, name) {
                const result = target [name];
                return result == undefined ? target.__getattr__ (name) : result;
            },
            set: function (target, name, value) {
                try {
                    target.__setattr__ (name, value);
                }
                catch (exception) {  // no __setattr__ method
                    target [name] = value;
                }
                return true;
            }
        });
        instance = instance.__proxy__;
    }
    this.__init__ (instance, ...args);
    return instance;
};

// A class's __bool__ must return a bool in CPython (TypeError "__bool__ should return bool, returned int");
// JavaScript's truth took 1 or None as they came, so a bug in a class's __bool__ showed on the server only.
// Lowering (m_shared/lower/_lowering.py visit_ClassDef) makes a class's __bool__ return through this.
export function __m_shared_bool_result__ (result) {
    if (typeof result != 'boolean') {
        throw py_TypeError ('__bool__ should return bool, returned ' + __m_shared_typename__ (result), new Error ());
    }
    return result;
}
