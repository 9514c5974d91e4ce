// Parity fix, applied to Transcrypt's runtime at build time (helpers in attributes.extend.js).
// Observed: hasattr(obj, "name") looked at the JS property `name` (every class has one) instead of
// `py_name`, where Transcrypt stores `self.name`. The name is mapped through Transcrypt's aliases.
// A builtin value (None, bool, number, str, list, tuple, dict, set) answers from CPython's table
// (__m_shared_builtin_has__): hasattr([1], "add") was True, hasattr("a", "upper") False. An instance or a
// class has none of JavaScript's Function.prototype and Object.prototype members (__m_shared_present__):
// hasattr(obj, "toString"), "constructor", "call", "bind" and "length" were True. A class's __getattr__ is
// asked, as CPython does: hasattr(obj, "y") was False when __getattr__ answered for "y".
export function hasattr (obj, name) {
    const key = __m_shared_named__ (name);
    const builtin = __m_shared_builtin_has__ (obj, name);
    if (builtin !== undefined) {
        return builtin;
    }
    if (__m_shared_present__ (obj, key)) {
        // CPython reads it: a property's getter runs, its AttributeError means False and any other error is raised
        // (hasattr(lazy, "value") was True, and a getter's KeyError went unseen)
        try {
            obj [key];
            return true;
        }
        catch (exception) {
            if (!isinstance (exception, AttributeError)) {
                throw exception;
            }
        }
    }
    else if (obj === null || typeof obj != 'object' && typeof obj != 'function') {
        return false;
    }
    else if (__m_shared_cpython_has__ (obj, name)) {  // __dict__, __doc__, an exception's __context__...
        return true;
    }
    if (!('__getattr__' in obj)) {
        return false;
    }
    try {
        obj.__getattr__ (name);
        return true;
    }
    catch (exception) {  // only AttributeError means "has not" (CPython)
        if (isinstance (exception, AttributeError)) {
            return false;
        }
        throw exception;
    }
}
