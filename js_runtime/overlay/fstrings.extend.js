// f-strings and str.format templates of `{}` fields only, appended to Transcrypt's runtime at build time
// (see visit_JoinedStr and filled_templates in m_shared/compile.py): each value is written as str() writes
// it, which is what CPython's value.__format__('') gives for every builtin and library type, so f"{x}" and
// "{}".format(x) stay the same text, and a class's own __format__ is still called.

// The text of one `{value}`: CPython calls value.__format__(''), which for every builtin and library type is
// str(value) (format specs and conversions in f-strings are reported by the lint rule MS202). A class of the
// shared code that defines __format__ is asked through __m_shared_format__ (m_shared/lower/): this function
// does not name __format__, so a package that only prints values does not ship the runtime's format-spec
// machinery (Number.prototype.__format__, date.__format__ and strftime, ~2.5 KB gzipped).
// Only an instance answers: a class's own method would be called unbound (f"{Money}" is str(Money) in CPython).
export function __m_shared_fvalue__ (value) {
    return value != null && typeof value.__m_shared_format__ == 'function' && Object.prototype.hasOwnProperty.call (value, '__class__')
        ? value.__m_shared_format__ ('') : str (value);
}

// '{}-{}'.format (a, b) as __m_shared_fill__ (a, '-', b): CPython evaluates every argument before formatting
// any of them (`'{} {}'.format (xs, xs.pop ())` prints the list already shortened), so the arguments and
// the literal text between them arrive together; the text is a string, which is its own str().
export function __m_shared_fill__ () {
    var text = '';
    for (var index = 0; index < arguments.length; index++) {
        var part = arguments [index];
        text += typeof part == 'string' ? part : __m_shared_fvalue__ (part);
    }
    return text;
}
