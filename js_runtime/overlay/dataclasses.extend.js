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
    const mine = [];
    const theirs = [];
    for (const field of fields) {
        const key = __m_shared_attr__ (field);
        mine.push (__m_shared_read__ (self, key, field));
        theirs.push (__m_shared_read__ (other, key, field));
    }
    return __eq__ (tuple (mine), tuple (theirs));
}
