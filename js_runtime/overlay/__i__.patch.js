// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: `for i, x in enumerate(items)` and `for x in some_generator()` ran zero times in JS.
// With operator overloading on, Transcrypt loops `for (i = 0; i < len (it); i++) x = __getitem__ (it, i)`,
// and len () of a JS iterator is 0, silently. Loops (and comprehensions) pass their iterable through __i__ ().
// Observed next: materialised with Array.from, an iterator was run to its end before the loop's first turn:
// `for v in (int(x) for x in xs): if v > 5: return v` raised ValueError for a later "a" (CPython: returns
// 9), side effects of the generator came before the body's, and `for n in naturals(): ... break` never
// ended. An iterator (a generator, iter (), enumerate ()) is now taken one item at a time,
// as are the other iterables that are not arrays (bytes).
export function __i__ (any) {  //  Convert to iterable
    if (py_typeof (any) == dict) {
        return any.py_keys ();
    }
    if (any !== null && typeof any == 'object' && !Array.isArray (any) && typeof any [Symbol.iterator] == 'function') {
        // An iterator as an index loop sees it. Every loop over one (Transcrypt's, lower/_lowering.py _enumerate_loop's,
        // any (), all (), zip ()) asks len () once before each __getitem__ (it, i): len () takes the next item
        // and answers one more than its index, or the index itself when the iterator is done, which ends the
        // loop. Only the current item is kept; a `break` leaves the rest in the iterator, for whoever iterates
        // it next, as in CPython.
        const iterator = any [Symbol.iterator] ();  // a generator's is itself
        let count = 0, step;
        return {
            __len__: () => (step = iterator.next ()).done ? count : ++count,
            __getitem__: () => step.value,
        };
    }
    // Observed: `for line in 5` and `for line in None` ran zero times (len () of them was 0); CPython
    // raises TypeError: 'int' object is not iterable.
    if (typeof any != 'string' && !Array.isArray (any) && typeof any?.__iter__ != 'function') {
        throw __m_shared_not_iterable__ (any);
    }
    return any;
}
