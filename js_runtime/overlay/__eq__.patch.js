// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: {"a": 1} == {"a": 1} was False in JS (dicts compared by identity), "1" == 1 was True
// (JS loose equality), and `x == None` on an object crashed reading a property of null. Python
// equality: dicts compare by keys and values, a str never equals a number.
// 1 == obj (a number, str, bool or None on the left, an object on the right) crashed for an instance
// of a class ("Function.prototype.toString requires that 'this' be a Function": JavaScript's == made
// it a primitive), and so did `obj in [1, None]`; 1 == [1] was True. CPython asks the right side's
// __eq__ (the left's gives NotImplemented); without one, they are unequal.
// Speed: comparing two strs, two numbers or two bools is a function small enough for V8 to inline at
// each call site; the rest goes on to __m_shared_eq_slow__.
export function __eq__ (a, b) {
    const type = typeof a;
    if (type == typeof b && (type == 'string' || type == 'number' || type == 'boolean')) {
        return a === b;
    }
    return __m_shared_eq_slow__ (a, b);
}
function __m_shared_eq_slow__ (a, b) {
    if (a !== null && typeof a == 'object' && '__eq__' in a) {
        return a.__eq__ (b);
    }
    if (b !== null && typeof b == 'object' && (a === null || a === undefined || typeof a != 'object')) {
        return '__eq__' in b ? b.__eq__ (a) : false;
    }
    if (a !== null && b !== null && typeof a == 'object' && typeof b == 'object') {
        if (a === b) {
            return true;
        }
        return a.__class__ === dict && b.__class__ === dict ? __m_shared_dict_eq__ (a, b) : false;
    }
    if ((typeof a == 'string') != (typeof b == 'string')) {
        return false;
    }
    return a == b;
}
