// Speed, applied to Transcrypt's runtime at build time (no change in behaviour).
// Every method call `obj.method (...)` reads a getter that binds the method with __get__; Transcrypt's
// bound function copied `arguments` into an array and concatenated it onto [self] on every call.
// Rest parameters and a spread call do the same without the two intermediate arrays.
export function __get__ (aThis, func, quotedFuncName) {
    if (aThis) {
        if (aThis.hasOwnProperty ('__class__') || typeof aThis == 'string' || aThis instanceof String) {
            if (quotedFuncName) {  // memoize: install the bound function on the instance
                Object.defineProperty (aThis, quotedFuncName, {
                    value: function (...args) {
                        return func.call (null, aThis, ...args);
                    },
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            }
            return function (...args) {
                return func.call (null, aThis.__proxy__ ? aThis.__proxy__ : aThis, ...args);
            };
        }
        else {
            return func;  // class before the dot: static method
        }
    }
    else {
        return func;  // nothing before the dot: free function
    }
}
