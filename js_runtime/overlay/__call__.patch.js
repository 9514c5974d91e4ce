// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: importing `datetime` (or `time`) failed at module load with "TypeError: Cannot read
// properties of undefined (reading 'apply')". With operator overloading (-o) Transcrypt compiles
// `__new__(Date(0))` in its own time module to `new __call__ (Date, null, 0)`, which called Date as
// a function (giving a string, with no setDate) instead of constructing one. Construct when
// __call__ itself is called with `new`.
// Shared modules and, since m_shared compiles the library with direct calls too (m_shared/compile.py
// direct_calls), the runtime and stdlib modules no longer call through here; it stays for code that does.
// Rest parameters instead of copying `arguments` and slicing it twice.
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
