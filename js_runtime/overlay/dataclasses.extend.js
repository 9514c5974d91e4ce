// The __repr__ and __eq__ a @dataclass generates, appended to Transcrypt's runtime at build time.
// Observed: a plain subclass's repr showed its base's name (CPython: `self.__class__.__qualname__`), a
// nested class's repr lacked its qualname, `field(repr=False)` and `field(compare=False)` were ignored,
// and `point == None` (also `!= None`, `None in points`) raised AttributeError where CPython gives
// False (True for `!=`). Lowering (m_shared/lower.py) now writes each dataclass's __repr__ and __eq__
// as one call of these with its fields, instead of a body per class: as CPython's, __repr__ shows the
// instance's class and its fields with repr(), and __eq__ compares the fields of two instances of the
// same class, and is False for anything else.

function __m_shared_class_name__ (cls) {  // its __qualname__, which lowering sets on a class that is not top-level
    // Transcrypt copies a base's attributes onto the class: a qualname its base has too is the base's
    const qualname = cls.__m_shared_qualname__;
    return qualname && !cls.__bases__.some (base => base.__m_shared_qualname__ === qualname) ? qualname : cls.__name__;
}

export function __m_shared_dataclass_repr__ (self, fields) {
    const parts = [];
    for (const field of fields) {
        parts.push (field + '=' + repr (__m_shared_read__ (self, __m_shared_attr__ (field), field)));
    }
    return __m_shared_class_name__ (__m_shared_read__ (self, '__class__', '__class__')) + '(' + parts.join (', ') + ')';
}

export function __m_shared_dataclass_eq__ (self, other, fields) {
    if (other === null || other === undefined || other.__class__ !== __m_shared_read__ (self, '__class__', '__class__')) {
        return false;
    }
    const [mine, theirs] = __m_shared_dataclass_tuples__ (self, other, fields);
    return __eq__ (mine, theirs);
}

function __m_shared_dataclass_tuples__ (self, other, fields) {  // the fields of two instances, as two tuples
    const mine = [];
    const theirs = [];
    for (const field of fields) {
        const key = __m_shared_attr__ (field);
        mine.push (__m_shared_read__ (self, key, field));
        theirs.push (__m_shared_read__ (other, key, field));
    }
    return [tuple (mine), tuple (theirs)];
}

// order=True: CPython compares the fields of two instances of the same class as tuples, and refuses
// anything else. Observed before: no __lt__ was made, so sorted() of such instances raised TypeError.
export function __m_shared_dataclass_order__ (self, other, fields, operator) {
    if (other === null || other === undefined || other.__class__ !== __m_shared_read__ (self, '__class__', '__class__')) {
        throw py_TypeError ("'" + operator + "' not supported between instances of '" + __m_shared_typename__ (self) +
                            "' and '" + __m_shared_typename__ (other) + "'", new Error ());
    }
    const [a, b] = __m_shared_dataclass_tuples__ (self, other, fields);
    return operator == '<' ? __lt__ (a, b) : operator == '<=' ? __le__ (a, b) : operator == '>' ? __gt__ (a, b) : __ge__ (a, b);
}

// frozen=True: CPython's __setattr__ and __delattr__ raise FrozenInstanceError (an AttributeError).
// Observed before: `point.x = 1` on a frozen instance passed silently. At the end of __init__ (after
// __post_init__) each field becomes read-only: assigning it raises FrozenInstanceError; adding another
// attribute, or deleting one, is a JavaScript TypeError, which reaches the caller as an MSharedError.
export var FrozenInstanceError = __class__ ('FrozenInstanceError', [AttributeError], {
    __module__: 'dataclasses'
});

export function __m_shared_freeze__ (self, fields) {
    for (const field of fields) {
        const key = __m_shared_attr__ (field);
        if (!Object.prototype.hasOwnProperty.call (self, key)) {
            continue;  // a field(init=False) that __init__ left unset
        }
        const value = self [key];
        Object.defineProperty (self, key, {
            get: () => value,
            set: () => {
                throw FrozenInstanceError ("cannot assign to field '" + field + "'", new Error ());
            },
            enumerable: true,
        });
    }
    Object.preventExtensions (self);
}

// object.__setattr__ (self, name, value): how a frozen dataclass's __post_init__ sets a field (lowering
// calls this for it). Observed before: object.__setattr__ does not exist in Transcrypt's runtime.
export function __m_shared_object_setattr__ (self, name, value) {
    if (typeof name != 'string') {
        throw py_TypeError ("attribute name must be string, not '" + __m_shared_typename__ (name) + "'", new Error ());
    }
    Object.defineProperty (self, __m_shared_attr__ (name), {value: value, writable: true, enumerable: true, configurable: true});
    return null;
}
