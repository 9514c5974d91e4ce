// Parity fixes for the ordering operators <, <=, >, >= (used by the __lt__, __le__, __gt__ and __ge__
// patches, and by sorted(), min() and max() through containers.extend.js), appended to Transcrypt's
// runtime at build time.
// Observed (Transcrypt 3.9.5, -o, Node 20):
// * 1 < "a" was False and "a" < 1 False in JS: CPython raises TypeError: '<' not supported between
//   instances of 'int' and 'str' (a validator comparing a form value with a number went on silently);
// * None < 1 crashed with a JavaScript TypeError (CPython: TypeError '<' not supported ... 'NoneType');
// * [1] < 5 compared in JS (CPython: TypeError);
// * "😀" < "！" was True in JS and False in CPython: JS compares strings by UTF-16 unit, CPython by
//   code point, and the two orders differ where a character beyond U+FFFF (two surrogate units,
//   D800-DFFF) meets one in E000-FFFF.

function __m_shared_str_order__ (a, b) {  // -1, 0, 1 by code point
    if (a === b) {
        return 0;
    }
    const n = Math.min (a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt (i);
        let y = b.charCodeAt (i);
        if (x !== y) {
            if (x >= 0xD800 && y >= 0xD800) {  // surrogates (astral characters) order after E000-FFFF
                x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
                y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
            }
            return x < y ? -1 : 1;
        }
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

const __m_shared_order_methods__ = {
    '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__']
};

function __m_shared_order__ (a, b, op) {
    const ta = typeof a;
    const tb = typeof b;
    if ((ta == 'number' || ta == 'boolean') && (tb == 'number' || tb == 'boolean')) {
        return op == '<' ? a < b : op == '<=' ? a <= b : op == '>' ? a > b : a >= b;
    }
    if (ta == 'string' && tb == 'string') {
        const order = __m_shared_str_order__ (a, b);
        return op == '<' ? order < 0 : op == '<=' ? order <= 0 : op == '>' ? order > 0 : order >= 0;
    }
    const [method, reflected] = __m_shared_order_methods__ [op];
    if (Array.isArray (a) || Array.isArray (b)) {  // sequences order only against their own kind
        if (Array.isArray (a) && Array.isArray (b) && __m_shared_kind__ (a) == __m_shared_kind__ (b)) {
            return a [method] (b);
        }
    }
    else if (a !== null && ta == 'object' && method in a) {
        return a [method] (b);
    }
    else if (b !== null && tb == 'object' && reflected in b && b.__module__ != 'datetime') {
        // a datetime value's reflected method refuses `a` (not a datetime value, or the method before would have
        // run): CPython's TypeError names the operator as written, "'>=' ... 'str' and 'datetime.date'", not '<='
        return b [reflected] (a);
    }
    throw py_TypeError ("'" + op + "' not supported between instances of '" + __m_shared_typename__ (a) +
                        "' and '" + __m_shared_typename__ (b) + "'", new Error ());
}
