// Speed, applied to Transcrypt's runtime at build time (no change in behaviour).
// `import re` binds `re` to an object holding a getter for each name of the module, so that it
// follows the module's live bindings; every `re.fullmatch (...)` ran that getter (~5 % of a validator
// that calls re). A function or class read through it is now stored on the object at its first read:
// a module's functions and classes are bound once its code has run (a name still unbound, as in an
// import cycle, is not stored), and other names keep their getter.
export function __nest__ (headObject, tailNames, value) {
    var current = headObject;
    if (tailNames != '') {  // Split on empty string doesn't give empty list
        // Find the last already created object in tailNames
        var tailChain = tailNames.split ('.');
        var firstNewIndex = tailChain.length;
        for (var index = 0; index < tailChain.length; index++) {
            if (!current.hasOwnProperty (tailChain [index])) {
                firstNewIndex = index;
                break;
            }
            current = current [tailChain [index]];
        }
        // Create the rest of the objects, if any
        for (var index = firstNewIndex; index < tailChain.length; index++) {
            current [tailChain [index]] = {};
            current = current [tailChain [index]];
        }
    }
    // Insert its new properties, it may have been created earlier and have other attributes
    const holder = current;
    for (let attrib of Object.getOwnPropertyNames (value)) {
        Object.defineProperty (holder, attrib, {
            get () {
                const found = value [attrib];
                if (typeof found == 'function') {
                    Object.defineProperty (holder, attrib, {value: found, writable: true, enumerable: true, configurable: true});
                }
                return found;
            },
            enumerable: true,
            configurable: true
        });
    }
}
