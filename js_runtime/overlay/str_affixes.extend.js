// Parity fix, appended to Transcrypt's runtime at build time: str.startswith and str.endswith by CPython's
// tailmatch (Objects/unicodeobject.c), start and end adjusted as slice indices, a start past the end never matched.
// Observed (CPython -> JS before): 'abc'.startswith('a', 0, None) True -> False (Transcrypt sliced to
// this.slice (0, null), the empty string); 'abc'.endswith(('', 'x')) True -> False (slice (-0) is the whole text);
// 'abc'.startswith('', 5), 'abc'.endswith('', 4), ''.endswith('', 1) and 'abc'.endswith('', 2, 1) False -> True.
function __m_shared_tailmatch__ (text, affixes, start, end, atEnd) {
    const [from, to] = __m_shared_bounds__ (text, start, end);  // (str_methods.extend.js)
    return !(start > text.length) && (Array.isArray (affixes) ? affixes : [affixes]).some (affix =>
        to - affix.length >= from && text.startsWith (affix, atEnd ? to - affix.length : from));
}
String.prototype.startswith = function (prefix, start, end) {
    return __m_shared_tailmatch__ (String (this), prefix, start, end);
};
String.prototype.endswith = function (suffix, start, end) {
    return __m_shared_tailmatch__ (String (this), suffix, start, end, true);
};
