// Parity fix, applied to Transcrypt's runtime at build time.
// Observed: f(a=1, **{"a": 2}) called f with a=2 and dict(a=1, **{"a": 2}) was {'a': 2} in JS, where
// CPython raises TypeError "f() got multiple values for keyword argument 'a'" (its message names the
// function by module and qualified name, which the compiled call does not know here: so it fails loudly).
// Transcrypt merges a call's keywords (their JavaScript aliases, `py_name` for `name`) with those of `**d`
// here; lowering passes several `**` through here too (m_shared/lower.py _merge_double_stars).
export function __mergekwargtrans__ (object0, object1) {
    const result = {};
    for (const key in object0) {
        result [key] = object0 [key];
    }
    for (const key in object1) {
        if (key in result || __m_shared_attr__ (key) in result) {
            throw __m_shared_loud__ ("keyword argument '" + key + "' is given twice in a call (CPython raises TypeError " +
                                     "\"...() got multiple values for keyword argument '" + key + "'\"); give it once");
        }
        result [key] = object1 [key];
    }
    return result;
}
