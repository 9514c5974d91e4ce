// Parity fix for the `with` statement, appended to Transcrypt's runtime at build time.
//
// Observed (Transcrypt 3.9.5, -o, Node 20): `with Manager() as v` bound v to the manager itself, not to
// what its __enter__ returned; __exit__ was called with no arguments on a normal exit (a CPython
// `def __exit__(self, exc_type, exc, tb)` then raised TypeError) and not at all after a `return`,
// `break` or `continue` in the block; after an exception it got (the error's JS name, the error, its JS
// stack) and JavaScript's truth of the result decided whether to suppress it (`return []` suppressed);
// `with Manager() as (a, b)` did not build, and `with 5:` or a class without __enter__ threw a bare JS
// TypeError. Lowering (m_shared/lower/_lowering.py visit_With) writes `with` out as try/except/finally, as CPython's
// compiler does (PEP 343): `w = __m_shared_with__ (manager)` gives [exit, the value of __enter__ ()]; the
// block assigns the target from w [1] first; its `except` calls w [0] (error), which calls __exit__ (type,
// error, traceback) and returns when CPython's truth of the result suppresses the error, or throws the error
// again; its `finally` calls w [0] (None) when nothing was raised (the block ended, or was left by return,
// break or continue), which calls __exit__ (None, None, None). __enter__ and __exit__ are looked up on the
// manager's class, both before __enter__ is called, as CPython does (an instance attribute does not count),
// with CPython 3.11-3.13's TypeError when one is missing. JavaScript has no traceback objects: __exit__ gets a
// stand-in that is not None and is true, as a traceback is, and whose tb_* attributes fail loudly.
export function __m_shared_with__ (manager) {
    const type = manager === null || manager === undefined ? undefined : manager.__class__;
    const enter = type ? type.__enter__ : undefined;  // a class before the dot: the plain function of the method
    const exit = type ? type.__exit__ : undefined;
    if (typeof enter != 'function' || typeof exit != 'function') {
        throw py_TypeError (
            "'" + __m_shared_typename__ (manager) + "' object does not support the context manager protocol" +
            (typeof enter == 'function' ? ' (missed __exit__ method)' : ''), new Error ()
        );
    }
    const value = enter (manager);
    return [function (error) {  // `error` is None after the block ran to its end (or left by return/break/continue)
        if (error === null) {
            exit (manager, null, null, null);
        }
        else if (!isinstance (error, BaseException)) {
            throw error;  // JavaScript's own (an m_shared loud error, an engine error): not for __exit__ to see or suppress
        }
        // CPython's truth of the result (__bool__, __len__), not JavaScript's: a returned [] lets the error through
        else if (!__t__ (exit (manager, error.__class__, error, __m_shared_traceback__))) {
            throw error;  // itself, as it came (a bare `raise` would reset its __cause__)
        }
    }, value === undefined ? null : value];
}

// What the lowered `except` names: anything thrown is an instance of `object` in Transcrypt's isinstance, a
// Python exception and a JavaScript error alike (the shared code may shadow the name `object`, not this one).
export var __m_shared_thrown__ = object;  // `var`: Transcrypt reads the runtime's exports from `export var` and `export function`

// CPython passes __exit__ the traceback of the exception; JavaScript has no traceback objects (the subset has
// neither the traceback module nor __traceback__). This stand-in is not None and is true, as a traceback is, so
// `if tb is not None:` and `if tb:` go the way they go in CPython; reading what only a traceback has fails loudly.
const __m_shared_traceback__ = Object.freeze (Object.defineProperties ({__bool__: () => true}, Object.fromEntries (
    ['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next'].map (name => [name, {get: function () {
        throw __m_shared_loud__ (
            'traceback.' + name + ': JavaScript has no traceback objects; the traceback passed to __exit__ ' +
            'only stands for one (it is not None); use the exception (the second argument) instead'
        );
    }}])
)));
