// Parity fix, appended to Transcrypt's runtime at build time: str methods the runtime lacks, with CPython's
// semantics (Unicode ones as CPython 3.12's Unicode 15.0 tables define them).
// Observed: "a=b".partition("="), "x.py".removesuffix(".py"), "ab".center(6, "*"), "a\tb".expandtabs(4),
// "é".isascii(), "hello world".title(), "Straße".casefold(), "aB".swapcase(), "Hello World".istitle(),
// "a\n".isprintable() and "_x1".isidentifier() all crashed in JS ("TypeError: ... is not a function"), so
// lint rule MS101 refused working CPython code. Each method below ships only in a program that names it
// (m_shared/shake.py drops the others).

// CPython's TypeError for an argument that must be a str: "must be str, not int" (partition), or with the
// method's name (removeprefix() argument must be str, not int; of None, "not None"); str methods take no
// keyword arguments
function __m_shared_str_argument__ (value, method, named) {
    if (typeof value != 'string') {
        if (__m_shared_kwargs__ (value)) {
            throw py_TypeError ('str.' + method + '() takes no keyword arguments', new Error ());
        }
        const type = __m_shared_typename__ (value);
        throw py_TypeError ((named ? method + '() argument ' : '') + 'must be str, not ' +
            (named && type == 'NoneType' ? 'None' : type), new Error ());
    }
    return value;
}

function __m_shared_partition__ (text, sep, last) {
    __m_shared_str_argument__ (sep, last ? 'rpartition' : 'partition');
    if (sep == '') {
        throw ValueError ('empty separator', new Error ());
    }
    const found = last ? text.lastIndexOf (sep) : text.indexOf (sep);
    return tuple (found < 0 ? (last ? ['', '', text] : [text, '', '']) :
        [text.slice (0, found), sep, text.slice (found + sep.length)]);
}

__m_shared_str_method__ ('partition', function (sep) {
    return __m_shared_partition__ (String (this), sep, false);
});

__m_shared_str_method__ ('rpartition', function (sep) {
    return __m_shared_partition__ (String (this), sep, true);
});

__m_shared_str_method__ ('removeprefix', function (prefix) {
    const text = String (this);
    __m_shared_str_argument__ (prefix, 'removeprefix', true);
    return text.startsWith (prefix) ? text.slice (prefix.length) : text;
});

__m_shared_str_method__ ('removesuffix', function (suffix) {
    const text = String (this);
    __m_shared_str_argument__ (suffix, 'removesuffix', true);
    return suffix && text.endsWith (suffix) ? text.slice (0, text.length - suffix.length) : text;
});

// CPython's integer argument: a bool counts as 0 or 1, anything else but a whole number is a TypeError (2.0
// cannot be told from 2 in JavaScript and is taken as 2); str methods take no keyword arguments
function __m_shared_integer__ (value, method) {
    if (__m_shared_kwargs__ (value)) {
        throw py_TypeError ('str.' + method + '() takes no keyword arguments', new Error ());
    }
    if (typeof value == 'boolean') {
        return Number (value);
    }
    if (typeof value != 'number' || !Number.isInteger (value)) {
        throw py_TypeError ("'" + __m_shared_typename__ (value) + "' object cannot be interpreted as an integer", new Error ());
    }
    return value;
}

// The number of characters (code points) of a string: what CPython's len() counts
function __m_shared_code_points__ (text) {
    let length = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt (i);
        if (unit >= 0xD800 && unit < 0xDC00) {
            const next = text.charCodeAt (i + 1);
            if (next >= 0xDC00 && next < 0xE000) {
                length--;
                i++;
            }
        }
    }
    return length;
}

// ljust, rjust, center: the string filled to the width
function __m_shared_justify__ (text, args, method) {
    if (args.length < 1 || args.length > 2 || __m_shared_kwargs__ (args [args.length - 1])) {
        throw py_TypeError (args.length && __m_shared_kwargs__ (args [args.length - 1]) ?
            'str.' + method + '() takes no keyword arguments' :
            method + ' expected ' + (args.length ? 'at most 2 arguments' : 'at least 1 argument') + ', got ' + args.length, new Error ());
    }
    const width = __m_shared_integer__ (args [0], method);
    const fill = args.length > 1 ? args [1] : ' ';
    if (typeof fill != 'string') {
        throw py_TypeError ('The fill character must be a unicode character, not ' + __m_shared_typename__ (fill), new Error ());
    }
    if (__m_shared_code_points__ (fill) != 1) {
        throw py_TypeError ('The fill character must be exactly one character long', new Error ());
    }
    const margin = width - __m_shared_code_points__ (text);
    if (margin <= 0) {
        return text;
    }
    // CPython's pad(): the odd fill character goes left when the width is odd, right when it is even
    const left = method == 'ljust' ? 0 : method == 'rjust' ? margin : (margin >> 1) + (margin & width & 1);
    return fill.repeat (left) + text + fill.repeat (margin - left);
}

// (one statement each: m_shared/shake.py keeps a method only when the program names it)
__m_shared_str_method__ ('ljust', function (...args) {
    return __m_shared_justify__ (String (this), args, 'ljust');
});

__m_shared_str_method__ ('rjust', function (...args) {
    return __m_shared_justify__ (String (this), args, 'rjust');
});

__m_shared_str_method__ ('center', function (...args) {
    return __m_shared_justify__ (String (this), args, 'center');
});

// CPython: each tab becomes spaces up to the next multiple of tabsize (none when tabsize <= 0), counting
// characters from the last \n or \r
__m_shared_str_method__ ('expandtabs', function (tabsize) {
    const text = String (this);
    if (__m_shared_kwargs__ (tabsize)) {
        tabsize = tabsize.tabsize;
    }
    tabsize = tabsize === undefined ? 8 : __m_shared_integer__ (tabsize, 'expandtabs');
    let column = 0;
    let result = '';
    for (const char of text) {
        if (char == '\t') {
            if (tabsize > 0) {
                const spaces = tabsize - column % tabsize;
                result += ' '.repeat (spaces);
                column += spaces;
            }
        }
        else {
            result += char;
            column = char == '\n' || char == '\r' ? 0 : column + 1;
        }
    }
    return result;
});

__m_shared_str_method__ ('isascii', function () {
    return /^[\x00-\x7F]*$/.test (this);
});

// ---- Unicode: CPython 3.12's tables are Unicode 15.0, the JavaScript engine's newer (Node 20: 17.0) ----
// The characters Unicode assigned after 15.0 are unassigned for CPython 3.12: not printable, not in an
// identifier, no case. Generated from CPython 3.12's unicodedata (category Cn) and Node 20's \p{Cn}, and checked
// for every code point by tests/js_runtime/test_str_methods_more.py (ranges coded as __m_shared_codes__ reads).
const __m_shared_unassigned15__ = __m_shared_codes__ ('1ov 8 qt 3k 2r7-e 3-b 2r-1 1c 7e-1 tz o6-2 1gt va-3 dh-1 a na4-4 3 2 6-2 l gk2-f ce-1 1j-6 1ki-1f nh-p rr-11 4-s 9-1 8j-5 9-8 y-2 w4-9 2 3 2-11 2-9 2 3 2-3 2-9 2-1 9-1 ku-j vx-7 2h-x f-9 c7-17 5-9 a9 45i-32y 5qe-1l 2dj-1l 87-o 3-o 7z-4 4qq-7 zk a-l 2q-36 c9a-70 4-c3 7-m g-g 4io-16 5 5d-u 2-l 9-1 34p 4f-3 8o-9 5-1 f-8 ak-3 1e-1 4-1 1b 8 2 5 f 3 a-1 5 64-10 b 10zk-5 4mb-b 5s3-h9 aj7-3bd');
const __m_shared_unassigned__ = new RegExp ('[' + __m_shared_unassigned15__ + ']', 'u');
const __m_shared_uncased15__ = '(?![' + __m_shared_unassigned15__ + '])';
// (and two characters changed since: U+0295 ʕ was a lowercase letter (Ll) in Unicode 15.0, U+1171E a
// case-ignorable mark (Mn); Unicode 16.0 made them Lo and Mc)
const __m_shared_cased__ = new RegExp ('\\u0295|' + __m_shared_uncased15__ + '\\p{Cased}', 'u');
const __m_shared_case_ignorable__ = new RegExp ('\\u{1171E}|' + __m_shared_uncased15__ + '\\p{Case_Ignorable}', 'u');
const __m_shared_is_upper__ = new RegExp (__m_shared_uncased15__ + '\\p{Uppercase}', 'u');
const __m_shared_is_lower__ = new RegExp ('\\u0295|' + __m_shared_uncased15__ + '\\p{Lowercase}', 'u');
const __m_shared_is_title__ = new RegExp (__m_shared_uncased15__ + '\\p{Lt}', 'u');

// CPython's lower() of the character at i of chars: a capital sigma is final (ς) after a cased character
// and not before one, case-ignorable characters in between skipped
function __m_shared_lower_at__ (chars, i) {
    const char = chars [i];
    if (char != '\u03A3') {
        return char.toLowerCase ();
    }
    let j = i - 1;
    while (j >= 0 && __m_shared_case_ignorable__.test (chars [j])) {
        j--;
    }
    if (j < 0 || !__m_shared_cased__.test (chars [j])) {
        return '\u03C3';
    }
    j = i + 1;
    while (j < chars.length && __m_shared_case_ignorable__.test (chars [j])) {
        j++;
    }
    return j == chars.length || !__m_shared_cased__.test (chars [j]) ? '\u03C2' : '\u03C3';
}

// The upper case of a character whose Unicode 15.0 case differs from the engine's: these four have none in
// 15.0 (Unicode 16.0 gave them capitals)
function __m_shared_upper_of__ (char) {
    return '\u019B\u0264\uA7D3\uA7D5'.includes (char) ? char : char.toUpperCase ();
}

__m_shared_str_method__ ('swapcase', function () {
    const chars = Array.from (String (this));
    let result = '';  // (no .join: the overlay would keep Transcrypt's String.prototype.join for it, m_shared/overlay.py)
    for (let i = 0; i < chars.length; i++) {
        const char = chars [i];
        result += __m_shared_is_upper__.test (char) ? __m_shared_lower_at__ (chars, i) :
            __m_shared_is_lower__.test (char) ? __m_shared_upper_of__ (char) : char;
    }
    return result;
});

// CPython's titlecase where it is not the engine's toUpperCase(): JavaScript has no titlecase mapping. Each
// entry is a character and its titlecase (generated from CPython 3.12's str.title() against Node 20); the
// Georgian letters U+10D0-U+10FF are their own titlecase (their capitals are uppercase only).
const __m_shared_titles__ = new Map ('\u00DFSs \u019B\u019B \u01C4\u01C5 \u01C5\u01C5 \u01C6\u01C5 \u01C7\u01C8 \u01C8\u01C8 \u01C9\u01C8 \u01CA\u01CB \u01CB\u01CB \u01CC\u01CB \u01F1\u01F2 \u01F2\u01F2 \u01F3\u01F2 \u0264\u0264 \u0587\u0535\u0582 \u1F80\u1F88 \u1F81\u1F89 \u1F82\u1F8A \u1F83\u1F8B \u1F84\u1F8C \u1F85\u1F8D \u1F86\u1F8E \u1F87\u1F8F \u1F88\u1F88 \u1F89\u1F89 \u1F8A\u1F8A \u1F8B\u1F8B \u1F8C\u1F8C \u1F8D\u1F8D \u1F8E\u1F8E \u1F8F\u1F8F \u1F90\u1F98 \u1F91\u1F99 \u1F92\u1F9A \u1F93\u1F9B \u1F94\u1F9C \u1F95\u1F9D \u1F96\u1F9E \u1F97\u1F9F \u1F98\u1F98 \u1F99\u1F99 \u1F9A\u1F9A \u1F9B\u1F9B \u1F9C\u1F9C \u1F9D\u1F9D \u1F9E\u1F9E \u1F9F\u1F9F \u1FA0\u1FA8 \u1FA1\u1FA9 \u1FA2\u1FAA \u1FA3\u1FAB \u1FA4\u1FAC \u1FA5\u1FAD \u1FA6\u1FAE \u1FA7\u1FAF \u1FA8\u1FA8 \u1FA9\u1FA9 \u1FAA\u1FAA \u1FAB\u1FAB \u1FAC\u1FAC \u1FAD\u1FAD \u1FAE\u1FAE \u1FAF\u1FAF \u1FB2\u1FBA\u0345 \u1FB3\u1FBC \u1FB4\u0386\u0345 \u1FB7\u0391\u0342\u0345 \u1FBC\u1FBC \u1FC2\u1FCA\u0345 \u1FC3\u1FCC \u1FC4\u0389\u0345 \u1FC7\u0397\u0342\u0345 \u1FCC\u1FCC \u1FF2\u1FFA\u0345 \u1FF3\u1FFC \u1FF4\u038F\u0345 \u1FF7\u03A9\u0342\u0345 \u1FFC\u1FFC \uA7D3\uA7D3 \uA7D5\uA7D5 \uFB00Ff \uFB01Fi \uFB02Fl \uFB03Ffi \uFB04Ffl \uFB05St \uFB06St \uFB13\u0544\u0576 \uFB14\u0544\u0565 \uFB15\u0544\u056B \uFB16\u054E\u0576 \uFB17\u0544\u056D'.split (' ').map ((entry) => {
    const char = String.fromCodePoint (entry.codePointAt (0));
    return [char, entry.slice (char.length)];
}));

function __m_shared_title_of__ (char) {
    const title = __m_shared_titles__.get (char);
    return title !== undefined ? title : char >= '\u10D0' && char <= '\u10FF' ? char : char.toUpperCase ();
}

// CPython: a character after a cased one is lowered, any other titlecased
__m_shared_str_method__ ('title', function () {
    const chars = Array.from (String (this));
    let previousCased = false;
    let result = '';
    for (let i = 0; i < chars.length; i++) {
        const char = chars [i];
        result += __m_shared_unassigned__.test (char) ? char :
            previousCased ? __m_shared_lower_at__ (chars, i) : __m_shared_title_of__ (char);
        previousCased = __m_shared_cased__.test (char);
    }
    return result;
});

// CPython 3.8+: the first character titlecased, the others lowered. Transcrypt upper-cased the first and left
// the rest: "hELLO".capitalize() was 'HELLO' (CPython 'Hello'), "ǆemal" gave 'Ǆemal' ('ǅemal'), "ßa" 'SSa' ('Ssa')
__m_shared_str_method__ ('capitalize', function () {
    const chars = Array.from (String (this));
    let result = '';
    for (let i = 0; i < chars.length; i++) {
        const char = chars [i];
        result += __m_shared_unassigned__.test (char) ? char : i ? __m_shared_lower_at__ (chars, i) : __m_shared_title_of__ (char);
    }
    return result;
});

// CPython: uppercase and titlecase characters only after uncased ones, lowercase only after cased ones, and
// at least one cased character
__m_shared_str_method__ ('istitle', function () {
    let cased = false;
    let previousCased = false;
    for (const char of String (this)) {
        if (__m_shared_is_upper__.test (char) || __m_shared_is_title__.test (char)) {
            if (previousCased) {
                return false;
            }
            previousCased = cased = true;
        }
        else if (__m_shared_is_lower__.test (char)) {
            if (!previousCased) {
                return false;
            }
            previousCased = cased = true;
        }
        else {
            previousCased = false;
        }
    }
    return cased;
});

// CPython's full case folding: the engine's upper then lower case, except for the Cherokee letters (they fold
// to their capitals), U+0131 ı (no folding) and U+1E9E ẞ (ss)
__m_shared_str_method__ ('casefold', function () {
    const text = String (this);
    if (/^[\x00-\x7F]*$/.test (text)) {
        return text.toLowerCase ();
    }
    let result = '';
    for (const char of text) {
        const code = char.codePointAt (0);
        result += code >= 0x13A0 && code <= 0x13F5 || char == '\u0131' || __m_shared_unassigned__.test (char) ? char :
            code >= 0x13F8 && code <= 0x13FD ? String.fromCharCode (code - 8) :
            code >= 0xAB70 && code <= 0xABBF ? String.fromCharCode (code - 0xAB70 + 0x13A0) :
            char == '\u1E9E' ? 'ss' : char.toUpperCase ().toLowerCase ();
    }
    return result;
});

// CPython: no character of the categories Other (C*) or Separator (Z*) but the space
const __m_shared_printable__ = new RegExp ('^(?:(?![\\p{C}\\p{Z}' + __m_shared_unassigned15__ + '])[^]| )*$', 'u');
__m_shared_str_method__ ('isprintable', function () {
    return __m_shared_printable__.test (this);
});

// CPython: XID_Start or _ and then XID_Continue characters; U+200C, U+200D, U+30FB and U+FF65 continue an
// identifier only from Unicode 15.1 on
const __m_shared_identifier__ = ((newer) => new RegExp ('^' + newer + '[\\p{XID_Start}_](?:' + newer + '\\p{XID_Continue})*$', 'u')) (
    '(?![' + __m_shared_unassigned15__ + '\\u200C\\u200D\\u30FB\\uFF65])');
__m_shared_str_method__ ('isidentifier', function () {
    return __m_shared_identifier__.test (this);
});
