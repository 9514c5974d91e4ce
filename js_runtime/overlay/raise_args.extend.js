// Parity fix for the arguments of built-in exceptions, appended to Transcrypt's runtime at build time
// (after numbers.extend.js, which defines ZeroDivisionError).
// Observed: str(ValueError("a", 1)) was 'a' in JS and "('a', 1)" in CPython, repr() 'ValueError('a')'
// vs "ValueError('a', 1)", and .args ['a']: Transcrypt's built-in exceptions take (message, error),
// where `error` is the JavaScript Error the runtime passes along to carry a stack, so a second
// argument was taken for it. Every argument is kept now; only a trailing JavaScript Error is the stack.

// One statement a class: a class no code uses is left out with it when the runtime is shaken.
const __m_shared_init_property__ = {
    get: function () {return __get__ (this, function (self, ...args) {
        const last = args [args.length - 1];
        if (last instanceof Error) {
            Exception.__init__ (self, ...args.slice (0, -1), __kwargtrans__ ({error: last}));
        }
        else {
            Exception.__init__ (self, ...args);
        }
    });},
    enumerable: true, configurable: true
};
Object.defineProperty (ValueError, '__init__', __m_shared_init_property__);
Object.defineProperty (KeyError, '__init__', __m_shared_init_property__);
Object.defineProperty (AssertionError, '__init__', __m_shared_init_property__);
Object.defineProperty (NotImplementedError, '__init__', __m_shared_init_property__);
Object.defineProperty (IndexError, '__init__', __m_shared_init_property__);
Object.defineProperty (AttributeError, '__init__', __m_shared_init_property__);
Object.defineProperty (py_TypeError, '__init__', __m_shared_init_property__);
Object.defineProperty (ZeroDivisionError, '__init__', __m_shared_init_property__);
Object.defineProperty (ArithmeticError, '__init__', __m_shared_init_property__);
Object.defineProperty (OverflowError, '__init__', __m_shared_init_property__);
