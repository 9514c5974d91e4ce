// Parity fix, applied to Transcrypt's runtime at build time.
// Observed (CPython → JS before → after): len("a😀b") 3 → 4 → m_shared error; len(text) of an input
// with an emoji, and `for c in "a😀"` (Transcrypt loops `i < len (s)`) ['a', '😀'] → ['a', '\ud83d',
// '\ude00'] → m_shared error.
// JS strings are UTF-16: a character outside the Basic Multilingual Plane (emoji, rarer CJK,
// historic scripts) is two units, so its length, indexes and slices differ from CPython's code
// points everywhere. Counting code points here alone would make len() disagree with indexing,
// so len() of such a string fails loudly instead (string literals are flagged by MS207).
// A loop over a string asks len () on every turn: remember the last string found free of them.
// Also len({"__proto__": 1}) and len({"constructor": 1}) were 0 (Transcrypt skipped keys it took for
// its own attributes) and len({"length": 5}) was 5: a dict's length is the number of its keys.
var __m_shared_len_checked__;
// Speed: the length of an array or of the str measured last is a function small enough for V8 to
// inline at each call site; the rest goes on to __m_shared_len_slow__.
export function len (anObject) {
    if (Array.isArray (anObject) || (anObject === __m_shared_len_checked__ && typeof anObject == 'string')) {
        return anObject.length;  // a list, tuple or set (arrays have no __len__); the str measured last
    }
    return __m_shared_len_slow__ (anObject);
}
function __m_shared_len_slow__ (anObject) {
    if (typeof anObject == 'string') {
        if (anObject !== __m_shared_len_checked__ && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test (anObject)) {
            throw __m_shared_loud__ (
                'len() of a string with characters outside the Basic Multilingual Plane (such as emoji): ' +
                'JavaScript counts them as 2 UTF-16 units, CPython as 1 character, so lengths, indexes and ' +
                'loops over the string differ; reject or strip such characters before measuring the text'
            );
        }
        __m_shared_len_checked__ = anObject;
        return anObject.length;
    }
    if (anObject !== undefined && anObject !== null) {
        if (anObject.__class__ === dict) {  // its keys are its own enumerable properties (dict.patch.js)
            return Object.keys (anObject).length;
        }
        if (anObject.__len__ instanceof Function) {
            return anObject.__len__ ();
        }
        if (Array.isArray (anObject) || ArrayBuffer.isView (anObject)) {  // list, tuple, set; bytes
            return anObject.length;
        }
    }
    // Observed: len(None) and len(5) were 0 (a JSON field of the wrong type passed as empty), and a
    // `for` loop over an int ran zero times (Transcrypt loops `i < len (...)`); CPython raises TypeError.
    throw py_TypeError ("object of type '" + __m_shared_typename__ (anObject) + "' has no len()", new Error ());
};
