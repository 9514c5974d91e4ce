// The __repr__ and __eq__ a @dataclass generates, appended to Transcrypt's runtime at build time.
// Observed: a plain subclass's repr showed its base's name (CPython: `self.__class__.__qualname__`), a
// nested class's repr lacked its qualname, `field(repr=False)` and `field(compare=False)` were ignored,
// and `point == None` (also `!= None`, `None in points`) raised AttributeError where CPython gives
// False (True for `!=`). Lowering (m_shared/lower/) now writes each dataclass's __repr__ and __eq__
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

// The helpers of CPython's dataclasses module that Transcrypt's lacks: `from dataclasses import asdict` was
// a build error. Lowering (m_shared/lower/_lowering.py _dataclasses_import) binds the imported names to these.
function __m_shared_dataclass_instance__ (value) {
    return value !== null && typeof value == 'object' && value.__m_shared_fields__ !== undefined;
}

export function __m_shared_is_dataclass__ (value) {
    return value !== null && (typeof value == 'object' || typeof value == 'function') && value.__m_shared_fields__ !== undefined;
}

// asdict() and astuple(): dataclasses, lists, tuples and dicts are copied all the way down, as CPython's
// are (a set too, which CPython deep-copies); a dict keeps its keys' order and types
function __m_shared_dataclass_copy__ (value, tuples) {
    if (__m_shared_dataclass_instance__ (value)) {
        const values = value.__m_shared_fields__.map (field => __m_shared_dataclass_copy__ (value [__m_shared_attr__ (field)], tuples));
        if (tuples) {
            return tuple (values);
        }
        const result = dict ();
        value.__m_shared_fields__.forEach ((field, index) => result.__setitem__ (field, values [index]));
        return result;
    }
    if (Array.isArray (value)) {
        const items = value.map (item => __m_shared_dataclass_copy__ (item, tuples));
        return value.__class__ === tuple ? tuple (items) : value.__class__ === set ? set (items) : items;
    }
    if (value !== null && typeof value == 'object' && value.__class__ === dict) {
        const result = dict ();
        for (const [key, item] of value.py_items ()) {
            result.__setitem__ (__m_shared_dataclass_copy__ (key, tuples), __m_shared_dataclass_copy__ (item, tuples));
        }
        return result;
    }
    return value;
}

export function __m_shared_asdict__ (value) {
    if (!__m_shared_dataclass_instance__ (value)) {
        throw py_TypeError ('asdict() should be called on dataclass instances', new Error ());
    }
    return __m_shared_dataclass_copy__ (value, false);
}

export function __m_shared_astuple__ (value) {
    if (!__m_shared_dataclass_instance__ (value)) {
        throw py_TypeError ('astuple() should be called on dataclass instances', new Error ());
    }
    return __m_shared_dataclass_copy__ (value, true);
}

// replace(instance, **changes): a new instance from the instance's fields and the changes, through its
// class's __init__ (which refuses an unknown name as CPython's does); a field(init=False) cannot be changed
export function __m_shared_replace__ (value, ...rest) {
    const changes = rest.length && __m_shared_kwargs__ (rest [rest.length - 1]) ? rest.pop () : {};
    if (rest.length) {
        throw py_TypeError ('replace() takes 1 positional argument but ' + (rest.length + 1) + ' were given', new Error ());
    }
    if (!__m_shared_dataclass_instance__ (value)) {
        throw py_TypeError ('replace() should be called on dataclass instances', new Error ());
    }
    const notInit = value.__m_shared_not_init__ || [];
    const keywords = {};
    for (const field of value.__m_shared_fields__) {
        const key = __m_shared_attr__ (field);
        if (notInit.includes (field)) {
            if (Object.prototype.hasOwnProperty.call (changes, key)) {
                const message = 'field ' + field + ' is declared with init=False, it cannot be specified with replace()';
                throw __m_shared_python__ < 313 ? ValueError (message, new Error ()) : py_TypeError (message, new Error ());  // CPython 3.13's
            }
        }
        else if (!Object.prototype.hasOwnProperty.call (changes, key)) {
            keywords [key] = value [key];
        }
    }
    return value.__class__ (__kwargtrans__ (Object.assign (keywords, changes)));
}

// fields(): a Field per field, with its name; the rest of CPython's Field (type, default, ...) is not known
// in JavaScript and fails loudly when read
// (one statement, so that a program without fields() ships none of it: m_shared/shake.py)
const __m_shared_Field__ = (() => {
    const Field = __class__ ('Field', [object], {__module__: 'dataclasses'});
    for (const attribute of ['type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only']) {
        // `f.type` is compiled to f.py_metatype, as Transcrypt calls the builtin type
        Object.defineProperty (Field, attribute == 'type' ? 'py_metatype' : __m_shared_attr__ (attribute), {get () {
            throw __m_shared_loud__ ('dataclasses.Field.' + attribute + ' is not known in JavaScript, only the name of a field is');
        }});
    }
    return Field;
}) ();

export function __m_shared_dataclass_fields__ (value) {
    if (!__m_shared_is_dataclass__ (value)) {
        throw py_TypeError ('must be called with a dataclass type or instance', new Error ());
    }
    return tuple (value.__m_shared_fields__.map (name => {
        const field = Object.create (__m_shared_Field__);
        field.__class__ = __m_shared_Field__;
        field [__m_shared_attr__ ('name')] = name;
        return field;
    }));
}
