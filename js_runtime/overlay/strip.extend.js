// Parity fix for str.strip / lstrip / rstrip without arguments, appended to Transcrypt's runtime at build time.
// Observed: "\ufeffx".strip() was 'x' in JS and '\ufeffx' in CPython, and "\x1cx\x85".strip() kept both
// characters in JS (CPython: 'x'): JavaScript's trim() and \s know a different set of whitespace than
// CPython's str.isspace(), which adds U+001C-U+001F and U+0085 and leaves out U+FEFF (the BOM).
// With a characters argument Transcrypt ignores it, as before (lint rule MS102).
// The characters are tested one by one from each end (two regular expression replacements cost ~10 % of a
// validator that strips its input), and a string with nothing to strip is returned as it is.
function __m_shared_is_space__ (code) {  // CPython's str.isspace() for one UTF-16 unit (none is a surrogate)
    return code <= 0x20 ? (code >= 0x09 && code <= 0x0d) || code >= 0x1c :
        code < 0x85 ? false :
        code == 0x85 || code == 0xa0 || code == 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
        code == 0x2028 || code == 0x2029 || code == 0x202f || code == 0x205f || code == 0x3000;
}

function __m_shared_strip__ (text, leading, trailing) {
    let start = 0;
    let end = text.length;
    while (leading && start < end && __m_shared_is_space__ (text.charCodeAt (start))) {
        start++;
    }
    while (trailing && end > start && __m_shared_is_space__ (text.charCodeAt (end - 1))) {
        end--;
    }
    return start == 0 && end == text.length ? text : text.slice (start, end);
}

for (const [name, leading, trailing] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]]) {
    Object.defineProperty (String.prototype, name, {
        value: function () {
            return __m_shared_strip__ (String (this), leading, trailing);
        },
        writable: true, configurable: true, enumerable: false
    });
}
