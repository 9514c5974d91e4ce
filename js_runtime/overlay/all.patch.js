// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: `g = (x for x in xs); all(g); list(g)` was [] in JS (CPython: the items after the first false
// one): Transcrypt's `for (let item of iterable) { ... return false; }` closed the generator on its way out.
// all() now iterates as a `for` loop does (__i__.patch.js), as any() does (any.patch.js).
export function all (iterable) {
    const items = __i__ (iterable);
    for (let index = 0; index < len (items); index++) {
        if (!__t__ (__getitem__ (items, index))) {
            return false;
        }
    }
    return true;
}
