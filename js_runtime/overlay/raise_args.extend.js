// Parity fix for the arguments of built-in exceptions, appended to Transcrypt's runtime at build time
// (after numbers.extend.js, which defines ZeroDivisionError).
// Observed: str(ValueError("a", 1)) was 'a' in JS and "('a', 1)" in CPython, repr() 'ValueError('a')'
// vs "ValueError('a', 1)", and .args ['a']: Transcrypt's built-in exceptions take (message, error),
// where `error` is the JavaScript Error the runtime passes along to carry a stack, so a second
// argument was taken for it. Every argument is kept now; only a trailing JavaScript Error is the stack.
for (const cls of [ValueError, KeyError, AssertionError, NotImplementedError, IndexError, AttributeError,
                   py_TypeError, ZeroDivisionError]) {
    Object.defineProperty (cls, '__init__', {
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
    });
}
