// Speed, not parity: Transcrypt's py_typeof evaluated `'__class__' in value` for every object,
// which throws a TypeError for None, and answered 'object' from the catch. Every isinstance (None, …)
// paid for that exception (and a second one in issubclass): validate_order on a draft whose GSTIN
// is None ran at a tenth of CPython's speed. Same answers, decided without throwing.
export function py_typeof (anObject) {
    var aType = typeof anObject;
    if (aType == 'object') {
        if (anObject === null) {
            return aType;
        }
        return '__class__' in anObject ? anObject.__class__ : object;
    }
    return (
        // a class is a JavaScript function (and so is an instance of a class with __call__, which has a __class__):
        // type(Order) was None (CPython: type), isinstance(Order, type) False, type(rule) is Rule False
        aType == 'function' ? anObject.__class__ ?? anObject.__metaclass__ ?? null :
        aType == 'boolean' ? bool :
        aType == 'string' ? str :
        aType == 'number' ? (anObject % 1 == 0 ? int : float) :
        null
    );
};
