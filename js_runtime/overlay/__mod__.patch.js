// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 1 % 0 was NaN in JS where CPython raises ZeroDivisionError, so `except
// ZeroDivisionError` never ran and the value flowed on. Raise it, with CPython's message (the float one
// changed in 3.13: "float modulo by zero", "float modulo" before).
// Observed: (0.3 - (0.1 + 0.2)) % 1 was 0 in JS, 1.0 in CPython, and -5 % inf NaN vs inf: the remainder
// was ((a % b) + b) % b, whose second % undoes a sum rounded up to b. CPython's float_rem adds b once
// when the remainder's sign is not b's, and a zero remainder takes b's sign. True % False was NaN (a bool
// divisor of zero raised nothing): the slow path takes a bool as the int it is. A zero remainder of ints is 0,
// not -0 (0 % -3 was -0: f"{0 % -3:d}" ValueError).
// Speed: the number case is a function small enough for V8 to inline at each call site; everything
// else (and division by zero) goes on to __m_shared_mod_slow__, the full operator.
export function __mod__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && b !== 0) {
        var m = a % b;
        return m === 0 ? (b < 0 && !Number.isInteger (b) ? -0 : 0) : (m < 0) !== (b < 0) ? m + b : m;
    }
    return __m_shared_mod_slow__ (a, b);
}
function __m_shared_mod_slow__ (a, b) {
    if (typeof a == 'object' && a !== null && '__mod__' in a) {
        return a.__mod__ (b);
    }
    else if (typeof b == 'object' && b !== null && '__rmod__' in b) {
        return b.__rmod__ (a);
    }
    else if (typeof a == 'string') {  // printf-style formatting, which Transcrypt does not compile (lint UP031)
        throw __m_shared_loud__ ('printf-style % formatting of a str is not supported in JavaScript; use str.format or an f-string');
    }
    else {
        __m_shared_arithmetic__ (a, b, '%');
        if (b === 0 && typeof a == 'number') {
            __m_shared_zero__ (a, b, 'integer modulo by zero', __m_shared_python__ >= 313 ? 'float modulo by zero' : 'float modulo');
        }
        return __mod__ (+a, +b);  // a bool is an int
    }
}
