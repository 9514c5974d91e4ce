// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: importing `datetime` (or `time`) failed at module load with "TypeError: Cannot read
// properties of undefined (reading 'apply')". With operator overloading (-o) Transcrypt compiles
// `__new__(Date(0))` in its own time module to `new __call__ (Date, null, 0)`, which called Date as
// a function (giving a string, with no setDate) instead of constructing one. Construct when
// __call__ itself is called with `new`.
// Speed: every call in compiled code goes through here; rest parameters instead of copying
// `arguments` and slicing it twice (validate_order: ~1.25x calls/s together with the __get__ patch).
export function __call__ (callee, thisArg, ...params) {
    if (new.target) {
        return Reflect.construct (callee, params);
    }
    if (typeof callee == 'object' && '__call__' in callee) {
        return callee.__call__.apply (thisArg, params);
    }
    else {
        return callee.apply (thisArg, params);
    }
}
