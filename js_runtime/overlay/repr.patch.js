// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: repr({"it's": 1}) was "{'it's': 1}" in JS (CPython "{\"it's\": 1}"), repr({"1": 2}) "{1: 2}"
// (CPython "{'1': 2}"), repr({"__x__": 1}) "{}", and a dict with a "constructor" key printed
// '[object Object]': Transcrypt's repr of a dict quoted its JS property names by hand and skipped names
// it took for its own. str(), f-strings and "{}".format of a dict print this repr. A dict now prints its
// keys and values with repr(), in the dict's order. A __repr__ that raises: repr(obj), str([obj]) and
// f"{obj!r}" raise its exception in CPython; JS printed the object's __str__ instead (Transcrypt caught
// any exception of __repr__ and tried __str__). Whatever has a __repr__ method (not a class or function:
// theirs is an instance's, unbound) is now called, and its exception propagates; everything else is
// Transcrypt's repr, unchanged.
// A class printed its JavaScript source (str(int), f"{type(x)}", str(ValueError)): it is now CPython's
// "<class 'module.Qualname'>" ("<class 'int'>" for a builtin); a function, whose CPython repr shows its
// address in memory ("<function f at 0x7f...>", "<bound method ...>"), fails loudly.
export function repr (anObject) {
    if (anObject !== null && typeof anObject == 'object' && anObject.__class__ === dict) {
        const parts = [];
        for (const key of anObject.py_keys ()) {
            parts.push (repr (key) + ': ' + repr (anObject.__getitem__ (key)));
        }
        return '{' + parts.join (', ') + '}';
    }
    if (typeof anObject == 'function' || anObject === object || anObject === py_metatype) {
        if (typeof anObject.__name__ != 'string') {  // classes, Transcrypt's and int, str, list..., have a __name__
            throw __m_shared_loud__ ("a function's repr shows its address in CPython; print a name instead");
        }
        const module = anObject.__module__;  // the runtime's classes are CPython's builtins
        return "<class '" + (module && module != 'org.transcrypt.__runtime__' ? module + '.' : '') +
            __m_shared_class_name__ (anObject) + "'>";
    }
    if (anObject != null && typeof anObject.__repr__ == 'function') {
        return anObject.__repr__ ();
    }
    try {
        return anObject.__repr__ ();
    }
    catch (exception) {
        try {
            return anObject.__str__ ();
        }
        catch (exception) {
            try {
                if (anObject == null) {
                    return 'None';
                }
                else if (anObject.constructor == Object) {
                    var result = '{';
                    var comma = false;
                    for (var attrib in anObject) {
                        if (!__specialattrib__ (attrib)) {
                            if (attrib.isnumeric ()) {
                                var attribRepr = attrib;
                            }
                            else {
                                var attribRepr = '\'' + attrib + '\'';
                            }
                            if (comma) {
                                result += ', ';
                            }
                            else {
                                comma = true;
                            }
                            result += attribRepr + ': ' + repr (anObject [attrib]);
                        }
                    }
                    result += '}';
                    return result;
                }
                else {
                    return typeof anObject == 'boolean' ? anObject.toString () .capitalize () : anObject.toString ();
                }
            }
            catch (exception) {
                return '<object of type: ' + typeof anObject + '>';
            }
        }
    }
}
