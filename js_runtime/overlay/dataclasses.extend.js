// The methods a @dataclass generates, appended to Transcrypt's runtime at build time.
//
// Lowering (m_shared/lower.py) writes a dataclass's __repr__ and __eq__ as one call each of these,
// with the class's fields, instead of a body per class: they were a quarter of the demo's orders.js.
// Both do what CPython's generated methods do:
//     def __repr__(self):
//         return f"{self.__class__.__qualname__}(x={self.x!r}, y={self.y!r})"
//     def __eq__(self, other):
//         if other.__class__ is self.__class__:
//             return (self.x, self.y) == (other.x, other.y)
//         return NotImplemented  # then `==` is False, `!=` True: other is no instance of the class
// Observed before: a subclass's repr showed its base's name, and `point == None` (or `!= None`, or
// `None in points`) raised AttributeError where CPython gives False (True for `!=`).

function __m_shared_class_name__ (cls) {  // its __qualname__, which lowering sets on a class that is not top-level
    return Object.prototype.hasOwnProperty.call (cls, '__m_shared_qualname__') ? cls.__m_shared_qualname__ : cls.__name__;
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
