// Parity fix, appended to Transcrypt's runtime at build time: generators closed as CPython closes them.
// Observed: `for x in rows(): break` (or return, or an exception in the loop) never ran the `finally:` of
// rows() in JS; CPython closes a generator when its last reference goes, here the loop's, at once. Lowering
// (m_shared/lower/_lowering.py _closing_loop) closes what a loop alone holds when it ends; return () of a JS generator
// runs its finally blocks, and a generator that is done, or not started, ignores it, as CPython's close ().
export function __m_shared_close__ (...iterators) {
    for (const iterator of iterators) {
        if (iterator !== null && typeof iterator == 'object' && typeof iterator.return == 'function') {
            iterator.return ();
        }
    }
}

// A generator expression over a generator that it alone holds (compile.py visit_GeneratorExp) gets that as
// its second parameter, to close it in a finally when it is closed itself.
export function __m_shared_closing_genexpr__ (make, source) {
    return make (__i__ (source), source);
}

// any (), all () or next () of a generator that only the call holds (lower/_generators.py ClosingConsumers): closed when the
// call returns or raises.
export function __m_shared_closing__ (consume, iterator, ...rest) {
    try {
        return consume (iterator, ...rest);
    }
    finally {
        __m_shared_close__ (iterator);
    }
}

// Observed: gen.close() raised AttributeError in JS: a JS generator has return () instead, which runs its
// finally blocks as CPython's close () does (and returns None). Lowering (m_shared/lower/_generators.py ClosingConsumers)
// writes x.close() as __m_shared_closable__(x).close(): only programs that call a close() pay for it.
export function __m_shared_closable__ (value) {
    return value !== null && typeof value == 'object' && value.close === undefined && value [Symbol.toStringTag] == 'Generator'
        ? {close: () => (value.return (), null)} : value;
}

// `x in rows()` of a generator that only the test holds (lower/_generators.py ClosingConsumers): closed once it is answered.
export function __m_shared_closing_in__ (item, iterator) {
    try {
        return __in__ (item, iterator);
    }
    finally {
        __m_shared_close__ (iterator);
    }
}
