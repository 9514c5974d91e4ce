// Parity fix, applied to Transcrypt's runtime at build time (with m_shared/compile.py _m_shared_super_call).
// Observed: `super().m(...)` in a classmethod called the base's method with the base class as `cls`
// (CPython: the class it was called on) and with that class again as an extra argument; and a method
// whose first parameter was not called `self` raised a ReferenceError. Shared code now calls
// `__super__ (Class, 'm', first) (...)`: the method found in the bases is bound as CPython's super()
// binds it, through its own getter, to the method's first argument (the instance, or the class of a
// classmethod). Two arguments (Transcrypt's own form) still give the method unbound.
export function __super__ (aClass, methodName, self) {
    for (let base of aClass.__bases__) {
        if (methodName in base) {
            if (arguments.length < 3) {
                return base [methodName];
            }
            let holder = base;
            while (!Object.prototype.hasOwnProperty.call (holder, methodName)) {
                holder = Object.getPrototypeOf (holder);
            }
            const found = Object.getOwnPropertyDescriptor (holder, methodName);
            if (found.get) {
                return found.get.call (self);
            }
            return typeof found.value == 'function' ? (...args) => found.value (self, ...args) : found.value;
        }
    }
    throw new Exception ('Superclass method not found');
}
