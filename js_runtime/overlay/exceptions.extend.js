// Parity fixes for exceptions, appended to Transcrypt's runtime at build time.
//
// Observed (Transcrypt 3.9.5, -o, Node 20):
// * str(KeyError("k")) was 'k' in JS, "'k'" in CPython (KeyError's __str__ is the repr of its one
//   argument), so `str(error)` of a missing key differed;
// * PlainError("a", 1).args was [] in JS (Transcrypt keeps the arguments in __args__), ['a', 1] in CPython;
// * next() of an exhausted iterator raised StopIteration whose str was 'Iterator exhausted' in JS,
//   '' in CPython.

Object.defineProperty (KeyError, '__str__', {
    get: function () {return __get__ (this, function (self) {
        return self.__args__.length == 1 ? repr (self.__args__ [0]) : Exception.__str__.call (null, self);
    });},
    enumerable: true, configurable: true
});

// Exception classes copy their base's properties when created, so the runtime's own subclasses
// (created before this runs) each get the accessor; user classes inherit it from Exception. One
// statement a class, so that a class no code uses is left out with its statement when the runtime
// is shaken (m_shared/shake.py): a loop over the classes kept them all (0.17 KB gzipped with the
// same loop of raise_args.extend.js).
const __m_shared_args_property__ = {
    get: function () {return this.__args__ === undefined ? tuple () : this.__args__;},
    set: function (value) {this.__args__ = tuple (value);},
    enumerable: true, configurable: true
};
Object.defineProperty (BaseException, 'args', __m_shared_args_property__);
Object.defineProperty (Exception, 'args', __m_shared_args_property__);
Object.defineProperty (IterableError, 'args', __m_shared_args_property__);
Object.defineProperty (StopIteration, 'args', __m_shared_args_property__);
Object.defineProperty (ValueError, 'args', __m_shared_args_property__);
Object.defineProperty (KeyError, 'args', __m_shared_args_property__);
Object.defineProperty (AssertionError, 'args', __m_shared_args_property__);
Object.defineProperty (NotImplementedError, 'args', __m_shared_args_property__);
Object.defineProperty (IndexError, 'args', __m_shared_args_property__);
Object.defineProperty (AttributeError, 'args', __m_shared_args_property__);
Object.defineProperty (py_TypeError, 'args', __m_shared_args_property__);
Object.defineProperty (Warning, 'args', __m_shared_args_property__);
Object.defineProperty (UserWarning, 'args', __m_shared_args_property__);
Object.defineProperty (DeprecationWarning, 'args', __m_shared_args_property__);
Object.defineProperty (RuntimeWarning, 'args', __m_shared_args_property__);

Object.defineProperty (StopIteration, '__init__', {
    get: function () {return __get__ (this, function (self, error) {
        // the runtime raises StopIteration (new Error ()) to carry a stack: that is not an argument
        if (error instanceof Error) {
            Exception.__init__ (self, __kwargtrans__ ({error: error}));
        }
        else {
            Exception.__init__.apply (null, [self, ...[].slice.call (arguments, 1)]);
        }
    });},
    enumerable: true, configurable: true
});

// Observed: `raise PlainError` (the class, not an instance) threw the class in JS, which no `except`
// matched (the corpus saw an engine error); CPython raises PlainError(). Lowering (m_shared/lower.py)
// passes a raised name or attribute through this function.
export function __m_shared_exception__ (value) {
    return typeof value == 'function' && value.__metaclass__ !== undefined ? value () : value;
}
