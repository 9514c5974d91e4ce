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
// address in memory ("<function f at 0x7f...>", "<bound method ...>"), fails loudly, as does an instance whose
// class has no __repr__ (CPython "<shared.orders.Line object at 0x7f...>"; JS printed '<object of type: object>'
// or the instance's __str__; str() still calls a __str__). So does a generator or another iterator (CPython
// "<generator object f.<locals>.<genexpr> at 0x7f...>"; JS printed '[object Generator]').
export function repr (anObject) {
    if (anObject !== null && typeof anObject == 'object' && anObject.__class__ === dict) {
        const parts = [];
        for (const key of anObject.py_keys ()) {
            parts.push (repr (key) + ': ' + repr (anObject.__getitem__ (key)));
        }
        return '{' + parts.join (', ') + '}';
    }
    const type = typeof anObject;
    if (type == 'function' ? typeof anObject.__name__ != 'string' :  // classes (int, str... too) have a __name__
            anObject != null && type == 'object' && ('__class__' in anObject ? typeof anObject.__repr__ != 'function'
                                                                            : typeof anObject.next == 'function')) {
        throw __m_shared_loud__ ('repr of a function or of an object without __repr__: CPython shows an address; ' +
            'print a name, define __repr__');
    }
    if (type == 'function' || anObject === object || anObject === py_metatype) {
        const module = anObject.__module__;  // the runtime's classes are CPython's builtins
        return "<class '" + (module && module != 'org.transcrypt.__runtime__' ? module + '.' : '') +
            __m_shared_class_name__ (anObject) + "'>";
    }
    if (anObject != null && typeof anObject.__repr__ == 'function') {
        return anObject.__repr__ ();
    }
    // What is left has no __repr__ (None, a bool, a number, a plain JavaScript object): Transcrypt's repr, without
    // its tries of a __repr__ and a __str__ that are not there. A plain object's keys are str keys, quoted by repr:
    // Transcrypt printed a numeric one bare, as an int, and asking str.isnumeric() which one is kept CPython's
    // Unicode tables (0.7 KB gzipped) in every program that prints anything
    try {
        if (anObject == null) {
            return 'None';
        }
        else if (anObject.constructor == Object) {
            var result = '{';
            var comma = false;
            for (var attrib in anObject) {
                if (!__specialattrib__ (attrib)) {
                    var attribRepr = repr (attrib);
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
            return type == 'boolean' ? (anObject ? 'True' : 'False') : anObject.toString ();
        }
    }
    catch (exception) {
        return '<object of type: ' + type + '>';
    }
}
