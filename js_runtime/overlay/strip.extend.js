// Parity fix for str.strip / lstrip / rstrip without arguments, appended to Transcrypt's runtime at build time.
// Observed: "\ufeffx".strip() was 'x' in JS and '\ufeffx' in CPython, and "\x1cx\x85".strip() kept both
// characters in JS (CPython: 'x'): JavaScript's trim() and \s know a different set of whitespace than
// CPython's str.isspace(), which adds U+001C-U+001F and U+0085 and leaves out U+FEFF (the BOM).
// With a characters argument Transcrypt ignores it, as before (lint rule MS102).
const __m_shared_space_chars__ = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const __m_shared_leading_space__ = new RegExp ('^[' + __m_shared_space_chars__ + ']+');
const __m_shared_trailing_space__ = new RegExp ('[' + __m_shared_space_chars__ + ']+$');

for (const [name, strip] of [
    ['strip', text => text.replace (__m_shared_leading_space__, '').replace (__m_shared_trailing_space__, '')],
    ['lstrip', text => text.replace (__m_shared_leading_space__, '')],
    ['rstrip', text => text.replace (__m_shared_trailing_space__, '')],
]) {
    Object.defineProperty (String.prototype, name, {
        value: function () {
            return strip (String (this));
        },
        writable: true, configurable: true, enumerable: false
    });
}
