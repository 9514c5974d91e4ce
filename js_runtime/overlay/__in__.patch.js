// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: [1, 2] in [[1, 2]] and {"b": 2} in [{"b": 2}] were False in JS (indexOf compares by
// identity); CPython compares the elements with ==.
export function __in__ (element, container) {
    // Observed: 1 in None, 1 in 7.5 and 1 in "17" were False (CPython: TypeError)
    if (container === undefined || container === null || typeof container == 'number' || typeof container == 'boolean') {
        throw py_TypeError ("argument of type '" + __m_shared_typename__ (container) + "' is not iterable", new Error ());
    }
    if (typeof container == 'string' && typeof element != 'string') {
        throw py_TypeError ("'in <string>' requires string as left operand, not " + __m_shared_typename__ (element), new Error ());
    }
    if (container.__contains__ instanceof Function) {
        return container.__contains__ (element);
    }
    if (Array.isArray (container)) {
        if (element === null || typeof element != 'object') {
            return container.indexOf (element) > -1 || container.some (item => __eq__ (item, element));
        }
        // [1] in {1}: TypeError in CPython (unhashable type: 'list'); only a miss can be one
        if (container.some (item => __eq__ (item, element))) {
            return true;
        }
        if (container.__class__ === set) {
            __m_shared_hashable__ (element, true);
        }
        return false;
    }
    // Observed: 2 in (x for x in xs) was False in JS (a generator has no indexOf): an iterator is searched one
    // item at a time, up to the first equal one, as CPython does (the rest stay in it).
    if (typeof container.next == 'function') {
        let step;
        while (!(step = container.next ()).done && !__eq__ (step.value, element));
        return !step.done;
    }
    return (
        container.indexOf ?
        container.indexOf (element) > -1 :
        container.hasOwnProperty (element)
    );
}
