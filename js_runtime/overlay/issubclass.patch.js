// Speed, not parity: Transcrypt's issubclass walked `__bases__` inside a try and answered from the
// catch when a class had none (the 'object' that py_typeof gives for None, a JS class): each
// isinstance (None, str) threw and caught a TypeError. The same answers, decided without throwing:
// no bases means "a subclass of object only". Classes are compared by identity (===): Transcrypt's `==`
// turned a class into its source text to compare it with the string 'object' of py_typeof (None).
export function issubclass (aClass, classinfo) {
    if (classinfo instanceof Array) {
        for (let aClassinfo of classinfo) {
            if (issubclass (aClass, aClassinfo)) {
                return true;
            }
        }
        return false;
    }
    if (aClass === classinfo) {
        return true;
    }
    if (aClass == null || aClass.__bases__ == null) {
        return classinfo === object;
    }
    var queue = [].slice.call (aClass.__bases__);
    while (queue.length) {
        var base = queue.shift ();
        if (base === classinfo) {
            return true;
        }
        if (base == null || base.__bases__ == null) {
            return classinfo === object;
        }
        if (base.__bases__.length) {
            queue = [].slice.call (base.__bases__).concat (queue);
        }
    }
    return false;
};
