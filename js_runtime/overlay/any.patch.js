// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: `g = (x for x in xs); any(g); list(g)` was [] in JS (CPython: the items after the first true
// one): Transcrypt's `for (let item of iterable) { ... return true; }` closed the generator on its way out.
// Also any({"": 1}) read the dict's own fields, any(5) threw a JavaScript TypeError. any() now iterates as a
// `for` loop does (__i__.patch.js): an iterator one item at a time, left open after the first true item.
export function any (iterable) {
    const items = __i__ (iterable);
    for (let index = 0; index < len (items); index++) {
        if (__t__ (__getitem__ (items, index))) {
            return true;
        }
    }
    return false;
}
