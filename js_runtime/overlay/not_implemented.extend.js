// Parity fix, appended to Transcrypt's runtime at build time: CPython's NotImplemented.
// Observed: a class whose operator methods return NotImplemented for a type they do not take (the
// usual `if not isinstance(other, Money): return NotImplemented`) failed at the first comparison with a
// JavaScript ReferenceError ('NotImplemented is not defined'), which reached the caller as an m_shared
// error: Money(1) == 1 (CPython: False), Money(1) != 1 (True), Money(1) in [1, 2] (False), sorted() of
// Moneys, Money(1) < 3 (TypeError "'<' not supported between instances of 'Money' and 'int'") and
// Money(1) + 1 (TypeError "unsupported operand type(s) for +: 'Money' and 'int'").
//
// The operators of a program that names NotImplemented answer it as CPython's do: the left operand's
// method, then the right operand's reflected one (for arithmetic only when the types differ), then
// identity for == and !=, CPython's TypeError for the others; `a += b` asks __iadd__, then does
// `a + b`. The operator functions are replaced when NotImplemented is created, so a program that never
// names it does not ship this and its operators stay as fast as they were.
function __m_shared_answers__ (value, method) {  // an instance of a class with the method (lists, tuples and sets: the runtime's own)
    return value !== null && typeof value == 'object' && !Array.isArray (value) && typeof value [method] == 'function';
}

// kind: 0 arithmetic (the reflected method only for another type, as CPython), 1 an ordering (the
// reflected method whatever the types), 2 == or != (then identity)
function __m_shared_binary__ (plain, method, reflected, op, kind) {
    return function (a, b) {
        let result;
        if (__m_shared_answers__ (a, method)) {
            result = a [method] (b);
            if (result === NotImplemented && (kind || a.__class__ !== b.__class__) && __m_shared_answers__ (b, reflected)) {
                result = b [reflected] (a);
            }
        }
        else {
            result = plain (a, b);  // the runtime's own operator, which asks b's reflected method
        }
        if (result !== NotImplemented) {
            return result;
        }
        if (kind == 2) {
            return op == '==' ? a === b : a !== b;
        }
        if (typeof a == 'string' && (op == '+' || op == '*')) {  // str's own TypeError: "can only concatenate str..."
            return op == '+' ? __m_shared_concatenate__ (a, b, op) : a.__mul__ (b);
        }
        const types = "'" + __m_shared_typename__ (a) + "' and '" + __m_shared_typename__ (b) + "'";
        throw py_TypeError (kind ? "'" + op + "' not supported between instances of " + types
                                 : 'unsupported operand type(s) for ' + op + ': ' + types, new Error ());
    };
}

function __m_shared_in_place__ (plain, method, binary, forward, reflected) {
    return function (a, b) {
        if (__m_shared_answers__ (a, method)) {
            const result = a [method] (b);
            if (result !== NotImplemented) {
                return result;
            }
        }
        else if (!__m_shared_answers__ (a, forward) && !__m_shared_answers__ (b, reflected)) {
            return plain (a, b);  // a list's += extends it in place
        }
        return binary (a, b);
    };
}

function __m_shared_not_implemented__ () {
    // the reflection of a < b is b > a; == and != reflect to themselves
    __eq__ = __m_shared_binary__ (__eq__, '__eq__', '__eq__', '==', 2);
    __ne__ = __m_shared_binary__ (__ne__, '__ne__', '__ne__', '!=', 2);
    __lt__ = __m_shared_binary__ (__lt__, '__lt__', '__gt__', '<', 1);
    __le__ = __m_shared_binary__ (__le__, '__le__', '__ge__', '<=', 1);
    __gt__ = __m_shared_binary__ (__gt__, '__gt__', '__lt__', '>', 1);
    __ge__ = __m_shared_binary__ (__ge__, '__ge__', '__le__', '>=', 1);
    __add__ = __m_shared_binary__ (__add__, '__add__', '__radd__', '+', 0);
    __sub__ = __m_shared_binary__ (__sub__, '__sub__', '__rsub__', '-', 0);
    __mul__ = __m_shared_binary__ (__mul__, '__mul__', '__rmul__', '*', 0);
    __truediv__ = __m_shared_binary__ (__truediv__, '__truediv__', '__rtruediv__', '/', 0);
    __floordiv__ = __m_shared_binary__ (__floordiv__, '__floordiv__', '__rfloordiv__', '//', 0);
    __mod__ = __m_shared_binary__ (__mod__, '__mod__', '__rmod__', '%', 0);
    __pow__ = __m_shared_binary__ (__pow__, '__pow__', '__rpow__', '** or pow()', 0);
    __and__ = __m_shared_binary__ (__and__, '__and__', '__rand__', '&', 0);
    __or__ = __m_shared_binary__ (__or__, '__or__', '__ror__', '|', 0);
    __xor__ = __m_shared_binary__ (__xor__, '__xor__', '__rxor__', '^', 0);
    __lshift__ = __m_shared_binary__ (__lshift__, '__lshift__', '__rlshift__', '<<', 0);
    __rshift__ = __m_shared_binary__ (__rshift__, '__rshift__', '__rrshift__', '>>', 0);
    __iadd__ = __m_shared_in_place__ (__iadd__, '__iadd__', __add__, '__add__', '__radd__');
    __isub__ = __m_shared_in_place__ (__isub__, '__isub__', __sub__, '__sub__', '__rsub__');
    __imul__ = __m_shared_in_place__ (__imul__, '__imul__', __mul__, '__mul__', '__rmul__');
    __idiv__ = __m_shared_in_place__ (__idiv__, '__itruediv__', __truediv__, '__truediv__', '__rtruediv__');
    __imod__ = __m_shared_in_place__ (__imod__, '__imod__', __mod__, '__mod__', '__rmod__');
    __ipow__ = __m_shared_in_place__ (__ipow__, '__ipow__', __pow__, '__pow__', '__rpow__');
    __iand__ = __m_shared_in_place__ (__iand__, '__iand__', __and__, '__and__', '__rand__');
    __ior__ = __m_shared_in_place__ (__ior__, '__ior__', __or__, '__or__', '__ror__');
    __ixor__ = __m_shared_in_place__ (__ixor__, '__ixor__', __xor__, '__xor__', '__rxor__');
    __ilshift__ = __m_shared_in_place__ (__ilshift__, '__ilshift__', __lshift__, '__lshift__', '__rlshift__');
    __irshift__ = __m_shared_in_place__ (__irshift__, '__irshift__', __rshift__, '__rshift__', '__rrshift__');
    return Object.freeze (Object.create (null, {
        __repr__: {value: () => 'NotImplemented'},
        __str__: {value: () => 'NotImplemented'},
    }));
}
export var NotImplemented = __m_shared_not_implemented__ ();
