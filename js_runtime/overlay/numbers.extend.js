// Parity fixes for numbers, appended to Transcrypt's runtime at build time (used by the
// __add__/__sub__/__mul__/__pow__/__iadd__/__isub__/__imul__ and __truediv__/__floordiv__/__mod__
// patches).
//
// Observed: 2 ** 53 + 1 was 9007199254740992 in JS, 9007199254740993 in CPython; 1 / 0 was
// Infinity and 1 % 0 NaN in JS, ZeroDivisionError in CPython.
//
// Integers beyond 2**53 cannot be represented by JS numbers, so an integer operation whose result
// is not a safe integer throws an m_shared error (a plain JS Error named MSharedError: Python
// `except` clauses do not catch it, since CPython would not have raised). A float with an
// integral value is indistinguishable from an int in JS and is checked the same way.

function __m_shared_int__ (result, a, b, op) {
    // 0 * -5 is 0 in CPython, whose ints have no -0; a float operand (0.5, -0.0) makes it CPython's -0.0
    if (result === 0 && Number.isInteger (+a) && Number.isInteger (+b) && !Object.is (+a, -0) && !Object.is (+b, -0)) {
        return 0;
    }
    if (typeof result == 'number' && !Number.isSafeInteger (result) && Number.isInteger (a) && Number.isInteger (b)) {
        const error = new Error (
            'm_shared: integer result of ' + a + ' ' + op + ' ' + b + ' is beyond 2**53 (9007199254740992): ' +
            'JavaScript numbers cannot hold it exactly, CPython ints can; keep integers below 2**53 ' +
            'or carry large numbers as strings'
        );
        error.name = 'MSharedError';
        throw error;
    }
    return result;
}

// CPython's ArithmeticError and OverflowError, which Transcrypt's runtime lacks: int(inf), round(inf),
// math.exp(1000) raise OverflowError in CPython, and `except OverflowError` / `except ArithmeticError`
// were a ReferenceError in JavaScript. ZeroDivisionError derives from ArithmeticError, as in CPython.
export var ArithmeticError = __class__ ('ArithmeticError', [Exception], {
    __module__: __name__
});
export var OverflowError = __class__ ('OverflowError', [ArithmeticError], {
    __module__: __name__
});

export var ZeroDivisionError = __class__ ('ZeroDivisionError', [ArithmeticError], {
    __module__: __name__,
    get __init__ () {return __get__ (this, function (self, message, error) {
        Exception.__init__ (self, message, __kwargtrans__ ({error: error}));
    });}
});

function __m_shared_zero__ (a, b, intMessage, floatMessage) {
    // CPython words the error by operand type; an integral float looks like an int here
    throw ZeroDivisionError (Number.isInteger (a) ? intMessage : floatMessage, new Error ());
}
