// Parity fix for str.strip / lstrip / rstrip without arguments, appended to Transcrypt's runtime at build time.
// Observed: "\ufeffx".strip() was 'x' in JS and '\ufeffx' in CPython, and "\x1cx\x85".strip() kept both
// characters in JS (CPython: 'x'): JavaScript's trim() and \s know a different set of whitespace than
// CPython's str.isspace(), which adds U+001C-U+001F and U+0085 and leaves out U+FEFF (the BOM).
// Also observed: with a characters argument Transcrypt stripped whitespace ("xxaxx".strip("x") was 'xxaxx',
// "0012".lstrip("0") '0012'); lowering calls __m_shared_strip_chars__ for such a call, below.
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

// text.strip (chars), lstrip and rstrip with an argument, as lowering (m_shared/lower/) calls them: the
// characters of chars (code points) stripped from the ends, None for whitespace, CPython's TypeError for
// anything else; an object that is not a str has its own method called.
export function __m_shared_strip_chars__ (text, method, chars) {
    if (typeof text != 'string') {
        return text [method] (chars);
    }
    if (chars === null || chars === undefined) {
        return text [method] ();
    }
    if (typeof chars != 'string') {
        throw py_TypeError (method + ' arg must be None or str', new Error ());
    }
    const stripped = new Set (chars);
    const points = Array.from (text);
    let start = 0;
    let end = points.length;
    while (method != 'rstrip' && start < end && stripped.has (points [start])) {
        start++;
    }
    while (method != 'lstrip' && end > start && stripped.has (points [end - 1])) {
        end--;
    }
    return points.slice (start, end).join ('');
}
