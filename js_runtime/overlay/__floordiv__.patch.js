// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 1 // 0 was Infinity in JS where CPython raises ZeroDivisionError, so `except
// ZeroDivisionError` never ran and the value flowed on. Raise it, with CPython's message.
// Speed: the number case is a function small enough for V8 to inline at each call site; everything
// else (and division by zero) goes on to __m_shared_floordiv_slow__, the full operator.
export function __floordiv__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && b !== 0) {
        return Math.floor (a / b);
    }
    return __m_shared_floordiv_slow__ (a, b);
}
function __m_shared_floordiv_slow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__floordiv__' in a) {
        return a.__floordiv__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rfloordiv__' in b) {
        return b.__rfloordiv__ (a);
    }
    else if (typeof a == 'object' && a !== null && '__div__' in a) {
        return a.__div__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rdiv__' in b) {
        return b.__rdiv__ (a);
    }
    else {
        __m_shared_arithmetic__ (a, b, '//');
        if (b === 0 && typeof a == 'number') {
            __m_shared_zero__ (a, b, 'integer division or modulo by zero', 'float floor division by zero');
        }
        return Math.floor (a / b);
    }
}

// `n //= d`, which Transcrypt with -o did not compile (m_shared/compile.py visit_AugAssign): the left operand's
// __ifloordiv__ if its class has one, else `n // d` as CPython's ints and floats, whose TypeError names //=
export function __m_shared_ifloordiv__ (a, b) {
    if (typeof a == 'object' && a !== null && '__ifloordiv__' in a) {
        return a.__ifloordiv__ (b);
    }
    if (!(typeof a == 'object' && a !== null && '__floordiv__' in a) && !(typeof b == 'object' && b !== null && '__rfloordiv__' in b)) {
        __m_shared_arithmetic__ (a, b, '//=');
    }
    return __floordiv__ (a, b);
}
