// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: 1 // 0 was Infinity in JS where CPython raises ZeroDivisionError, so `except
// ZeroDivisionError` never ran and the value flowed on. Raise it, with CPython's message.
// Observed: 1 // 0.1 was 10 in JS, 9.0 in CPython (Math.floor (1 / 0.1) floors a quotient already rounded up
// to 10; 0.1 is a little more than a tenth), so was 1 // 0.05 (20 vs 19.0), -5 // inf (-0 vs -1.0) and
// inf // 1 (Infinity vs nan). Numbers that are not both int32 take CPython's float_floor_div:
// (a - fmod (a, b)) / b, one less when the remainder's sign is not b's, rounded to the nearest whole.
// True // False was Infinity (a bool divisor of zero raised nothing): the slow path takes a bool as an int.
// 0 // -3 was -0, which CPython's ints do not have (f"{0 // -3:d}" ValueError): + 0 makes it 0.
// Speed: the number case is a function small enough for V8 to inline at each call site; everything
// else (and division by zero) goes on to __m_shared_floordiv_slow__, the full operator.
export function __floordiv__ (a, b) {
    if (typeof a == 'number' && typeof b == 'number' && b !== 0) {
        return (a | 0) === a && (b | 0) === b ? Math.floor (a / b) + 0 : __m_shared_floordiv_number__ (a, b);
    }
    return __m_shared_floordiv_slow__ (a, b);
}
function __m_shared_floordiv_number__ (a, b) {
    var m = a % b, q = (a - m) / b;
    if (m !== 0 && (m < 0) !== (b < 0)) {  // m !== 0 is true of NaN, as C's `if (mod)`
        q -= 1;
    }
    var f = Math.floor (q);
    // a zero takes the sign of a / b, but an int's is 0
    return q === 0 ? (Number.isInteger (a) && Number.isInteger (b) ? 0 : 0 * (a / b)) : q - f > 0.5 ? f + 1 : f;
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
        return __floordiv__ (+a, +b);  // a bool is an int
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
