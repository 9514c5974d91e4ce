// `text.replace (old, new, count=n)`, lowered to this call (m_shared/lower/). Observed before: "aaa(".replace
// ("a", "b", count=2) gave 'baa(' in JavaScript (Transcrypt's str.replace took the keywords' object for a count),
// where CPython 3.11 and 3.12 raise TypeError: str.replace() takes no keyword arguments and 3.13 gives 'bba('.
// A str does what the target version (tool.m_shared.python) does; any other object's replace gets the keyword.
export function __m_shared_replace_count__ (text, old, aNew, count) {
    if (typeof text != 'string') {
        return text.py_replace (old, aNew, __kwargtrans__ ({count: count}));
    }
    if (__m_shared_python__ < 313) {
        throw py_TypeError ('str.replace() takes no keyword arguments', new Error ());
    }
    return text.py_replace (old, aNew, count);
}
