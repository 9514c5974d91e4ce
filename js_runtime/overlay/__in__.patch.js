// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: [1, 2] in [[1, 2]] and {"b": 2} in [{"b": 2}] were False in JS (indexOf compares by
// identity); CPython compares the elements with ==.
export function __in__ (element, container) {
    if (container === undefined || container === null) {
        return false;
    }
    if (container.__contains__ instanceof Function) {
        return container.__contains__ (element);
    }
    if (Array.isArray (container)) {
        if (element === null || typeof element != 'object') {
            return container.indexOf (element) > -1 || container.some (item => __eq__ (item, element));
        }
        return container.some (item => __eq__ (item, element));
    }
    return (
        container.indexOf ?
        container.indexOf (element) > -1 :
        container.hasOwnProperty (element)
    );
}
