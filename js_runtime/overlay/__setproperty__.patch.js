// Hygiene fix, applied to Transcrypt's runtime at build time (with unlisted.extend.js).
// Observed: String.prototype.format was defined enumerable, and not configurable, so it showed up
// in the host application's `for (const key in new String ('x'))` and could not be hidden later.
// The runtime defines its properties of built-in prototypes through this function only: they are
// defined non-enumerable, as the engine's own methods are.
export function __setproperty__ (anObject, name, descriptor) {
    if (!Object.prototype.hasOwnProperty.call (anObject, name)) {
        Object.defineProperty (anObject, name, Object.assign ({}, descriptor, {enumerable: false}));
    }
};
