// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: getattr(Base("a"), "name") was 'cls' (the JS function's own `name`) where CPython gives
// 'a' (Transcrypt stores `self.name` as `py_name`), and getattr(obj, "missing") was None instead of
// AttributeError. The name is mapped through Transcrypt's aliases; getattr(obj, name, default) works.
// An instance or a class has none of JavaScript's Function.prototype and Object.prototype members
// (__m_shared_present__): getattr(Order(1), "length", 0) was the function's 0, getattr(obj, "call", None) a function.
// A builtin value has CPython's attributes only (__m_shared_builtin_has__): getattr([1], "add", None) was a
// function (Transcrypt's lists carry set methods), CPython None; getattr("ab", "upper")() crashed, the method unbound.
export function getattr (obj, name, dflt) {
    const key = __m_shared_named__ (name);
    const builtin = obj != null ? __m_shared_builtin_has__ (obj, name) : false;
    let error = null;
    if (builtin === undefined && __m_shared_present__ (obj, key)) {
        // a property's getter runs here: its AttributeError means "missing" to CPython, which then asks __getattr__
        // or returns the default (getattr(lazy, "value", "d") raised the getter's AttributeError)
        try {
            return obj [key];
        }
        catch (exception) {
            if (!isinstance (exception, AttributeError)) {
                throw exception;
            }
            error = exception;
        }
    }
    else if (builtin !== false && (typeof obj != 'object' && typeof obj != 'function' ? obj [key] !== undefined :
            builtin && key in obj)) {
        const value = obj [key];
        // a method of a builtin value is bound, as CPython's: getattr("ab", "upper")() crashed (no `this`)
        return builtin && typeof value == 'function' ? value.bind (obj) : value;
    }
    else if (builtin === undefined && __m_shared_cpython_has__ (obj, name)) {
        throw __m_shared_loud__ ('getattr(..., ' + JSON.stringify (name) + '): CPython has it on every ' +
            (typeof obj == 'function' ? 'class' : 'such object') + ', and Transcrypt\'s runtime lacks it here; ' +
            'write the code without it');
    }
    if (builtin === undefined && '__getattr__' in obj) {
        // CPython calls a class's __getattr__ when the attribute is missing: getattr(f, "x") raised AttributeError
        try {
            return obj.__getattr__ (name);
        }
        catch (exception) {
            if (dflt === undefined || !isinstance (exception, AttributeError)) {
                throw exception;
            }
        }
    }
    if (dflt !== undefined) {
        return dflt;
    }
    throw error ?? __m_shared_no_attr__ (obj, name);
}
