// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: importing `datetime` (or `time`) failed at module load with "TypeError: Cannot read
// properties of undefined (reading 'apply')". With operator overloading (-o) Transcrypt compiles
// `__new__(Date(0))` in its own time module to `new __call__ (Date, null, 0)`, which called Date as
// a function (giving a string, with no setDate) instead of constructing one. Construct when
// __call__ itself is called with `new`.
export function __call__ (/* <callee>, <this>, <params>* */) {
    var args = [] .slice.apply (arguments);
    if (new.target) {
        return Reflect.construct (args [0], args.slice (2));
    }
    if (typeof args [0] == 'object' && '__call__' in args [0]) {
        return args [0] .__call__ .apply (args [1], args.slice (2));
    }
    else {
        return args [0] .apply (args [1], args.slice (2));
    }
}
