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

// Observed: an exception class whose __init__ does not call super().__init__ (it only stores its
// fields, `self.field = field`) kept no arguments in JS, so str(), repr() and .args of it raised
// TypeError "object of type 'NoneType' has no len()", also at the boundary, where a caller got no
// Error; CPython's BaseException.__new__ keeps the positional arguments whatever __init__ does:
// str(FieldError("email", "is required")) is "('email', 'is required')". Exception classes create
// their instances with this __new__ (a class copies its base's when it is created); an __init__ that
// calls super().__init__ has set them (and the stack) already.
function __m_shared_exception_new__ (args) {
    const instance = object.__new__.call (this, args);
    if (instance.__args__ === undefined) {  // __init__ did not call super().__init__
        instance.__args__ = tuple (__m_shared_kwargs__ (args [args.length - 1]) ? args.slice (0, -1) : args);
        instance.__m_shared_stack__ = new Error ().stack;  // not `stack`: exception-stack.edit.json
    }
    return instance;
}
Exception.__new__ = __m_shared_exception_new__;
ValueError.__new__ = __m_shared_exception_new__;
KeyError.__new__ = __m_shared_exception_new__;
IndexError.__new__ = __m_shared_exception_new__;
AttributeError.__new__ = __m_shared_exception_new__;
py_TypeError.__new__ = __m_shared_exception_new__;

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
// matched (the corpus saw an engine error); CPython raises PlainError(). Lowering (m_shared/lower/)
// passes a raised name or attribute through this function.
export function __m_shared_exception__ (value) {
    return typeof value == 'function' && value.__metaclass__ !== undefined ? value () : value;
}

// CPython's RuntimeError, RecursionError, NameError, UnboundLocalError, LookupError, ImportError and
// ModuleNotFoundError, which Transcrypt's runtime lacks. Observed: `raise RuntimeError("x")` was a
// JavaScript ReferenceError ('RuntimeError is not defined') where CPython raises RuntimeError('x'), and
// an `except RuntimeError:` clause threw that ReferenceError instead of catching. Each class has CPython's base; a base that
// CPython puts above a class Transcrypt already has (LookupError above KeyError and IndexError,
// RuntimeError above NotImplementedError) takes it as its subclass when it is created, so that
// `except LookupError:` catches a KeyError: that statement belongs to the base's declaration, and a
// program that never names the base pays nothing for it (m_shared/shake.py).
function __m_shared_above__ (base, ...classes) {
    for (const cls of classes) {
        cls.__bases__ = [base];
    }
    return base;
}
export var RuntimeError = __m_shared_above__ (__class__ ('RuntimeError', [Exception], {
    __module__: __name__
}), NotImplementedError);
export var RecursionError = __class__ ('RecursionError', [RuntimeError], {
    __module__: __name__
});
export var LookupError = __m_shared_above__ (__class__ ('LookupError', [Exception], {
    __module__: __name__
}), KeyError, IndexError);
// No import fails at run time in JavaScript (the build resolves every one), but an `except ImportError:`
// clause is evaluated when any other exception reaches it: it threw the ReferenceError instead of
// passing the exception on.
export var ImportError = __class__ ('ImportError', [Exception], {
    __module__: __name__
});
export var ModuleNotFoundError = __class__ ('ModuleNotFoundError', [ImportError], {
    __module__: __name__
});
export var NameError = __class__ ('NameError', [Exception], {
    __module__: __name__
});
export var UnboundLocalError = __class__ ('UnboundLocalError', [NameError], {
    __module__: __name__
});

// A function's local variable that no assignment has reached yet holds this value (lowering assigns
// it first, see m_shared/unbound.py unbound_reads): Transcrypt declares every local with `var`, so it
// read as undefined and the function went on with it, where CPython raises UnboundLocalError. A
// JavaScript undefined cannot stand for "unbound": a call of a function without `return` gives it.
export var __m_shared_unbound__ = Object.freeze ({});
// A read that lowering cannot prove follows an assignment: the value, or CPython's error when there is
// none (NameError for a variable of an enclosing function, read from a nested one).
export function __m_shared_bound__ (value, name, free) {
    if (value === __m_shared_unbound__) {
        if (free == 2) {  // read in a comprehension, a function of its own before CPython 3.12 (m_shared/unbound.py)
            free = __m_shared_python__ < 312 ? 1 : 0;
        }
        throw free
            ? NameError ('cannot access free variable \'' + name + '\' where it is not associated with a value in enclosing scope')
            : UnboundLocalError ('cannot access local variable \'' + name + '\' where it is not associated with a value');
    }
    return value;
}

// A read of a name nothing binds (m_shared/unbound.py undefined_reads): CPython's NameError when it
// runs. Observed: a JavaScript ReferenceError ('x is not defined'), which no `except NameError:` caught.
export function __m_shared_undefined__ (name) {
    throw NameError ("name '" + name + "' is not defined");
}
