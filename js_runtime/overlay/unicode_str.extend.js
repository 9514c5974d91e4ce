// Parity fix, appended to Transcrypt's runtime at build time: str predicates and split by
// CPython's Unicode definitions.
// Observed (CPython → JS before → after):
//   "A1".isupper()            True → False → True   (cased characters only, like CPython)
//   "٣".isdigit(), "²".isdigit()   True → False → True
//   "٣".isdecimal(), "½".isnumeric()  True, True → False, False → True, True
//   "é".isalpha(), "日本".isalpha()    True, True → False, False → True, True
//   "É".isupper(), "ß".islower()       True, True → False, False → True, True
//   "a b  c".split(None, 1)   ['a', 'b  c'] → ['a', 'b/\\s+/c'] → ['a', 'b  c']
//   "42".zfill(5), "-42".zfill(5)   '00042', '-0042' → crash (no zfill) → '00042', '-0042'
// isdecimal is Unicode category Nd, isalpha L, isupper/islower the Uppercase/Lowercase properties
// and Lt, as CPython defines them. JavaScript has no Numeric_Type property, so the characters
// that are digits but not decimals, numerics but not digits, and CPython's whitespace are
// listed below, generated from CPython 3.12's unicodedata (Unicode 15.0.0) and checked against
// it for every code point (tests/js_runtime/test_unicode_predicates.py).

// Character classes as CPython 3.12 (Unicode 15.0.0) defines them: a Unicode property of the JS
// engine, minus the code points CPython does not count (assigned only by a newer Unicode, such as
// Node 20's), plus those it counts that the engine does not.
const __m_shared_L__ = '(?:(?![\\u{88F}\\u{C5C}\\u{CDC}\\u{1C89}-\\u{1C8A}\\u{A7CB}-\\u{A7CF}\\u{A7D2}\\u{A7D4}\\u{A7DA}-\\u{A7DC}\\u{A7F1}\\u{105C0}-\\u{105F3}\\u{10940}-\\u{10959}\\u{10D4A}-\\u{10D65}\\u{10D6F}-\\u{10D85}\\u{10EC2}-\\u{10EC7}\\u{11380}-\\u{11389}\\u{1138B}\\u{1138E}\\u{11390}-\\u{113B5}\\u{113B7}\\u{113D1}\\u{113D3}\\u{11BC0}-\\u{11BE0}\\u{11DB0}-\\u{11DDB}\\u{13460}-\\u{143FA}\\u{16100}-\\u{1611D}\\u{16D40}-\\u{16D6C}\\u{16EA0}-\\u{16EB8}\\u{16EBB}-\\u{16ED3}\\u{16FF2}-\\u{16FF3}\\u{187F8}-\\u{187FF}\\u{18CFF}\\u{18D09}-\\u{18D1E}\\u{18D80}-\\u{18DF2}\\u{1E5D0}-\\u{1E5ED}\\u{1E5F0}\\u{1E6C0}-\\u{1E6DE}\\u{1E6E0}-\\u{1E6E2}\\u{1E6E4}-\\u{1E6E5}\\u{1E6E7}-\\u{1E6ED}\\u{1E6F0}-\\u{1E6F4}\\u{1E6FE}-\\u{1E6FF}\\u{2B73A}-\\u{2B73F}\\u{2CEA2}-\\u{2CEAD}\\u{2EBF0}-\\u{2EE5D}\\u{323B0}-\\u{33479}])\\p{L})';
const __m_shared_Nd__ = '(?:(?![\\u{10D40}-\\u{10D49}\\u{116D0}-\\u{116E3}\\u{11BF0}-\\u{11BF9}\\u{11DE0}-\\u{11DE9}\\u{16130}-\\u{16139}\\u{16D70}-\\u{16D79}\\u{1CCF0}-\\u{1CCF9}\\u{1E5F1}-\\u{1E5FA}])\\p{Nd})';
const __m_shared_upper__ = '(?:(?![\\u{1C89}\\u{A7CB}-\\u{A7CC}\\u{A7CE}\\u{A7D2}\\u{A7D4}\\u{A7DA}\\u{A7DC}\\u{10D50}-\\u{10D65}\\u{16EA0}-\\u{16EB8}])\\p{Uppercase})';
const __m_shared_lower__ = '(?:[\\u{295}]|(?![\\u{1C8A}\\u{A7CD}\\u{A7CF}\\u{A7DB}\\u{A7F1}\\u{10D70}-\\u{10D85}\\u{16EBB}-\\u{16ED3}])\\p{Lowercase})';
const __m_shared_digit_only__ = '[\\u{B2}-\\u{B3}\\u{B9}\\u{1369}-\\u{1371}\\u{19DA}\\u{2070}\\u{2074}-\\u{2079}\\u{2080}-\\u{2089}\\u{2460}-\\u{2468}\\u{2474}-\\u{247C}\\u{2488}-\\u{2490}\\u{24EA}\\u{24F5}-\\u{24FD}\\u{24FF}\\u{2776}-\\u{277E}\\u{2780}-\\u{2788}\\u{278A}-\\u{2792}\\u{10A40}-\\u{10A43}\\u{10E60}-\\u{10E68}\\u{11052}-\\u{1105A}\\u{1F100}-\\u{1F10A}]';
const __m_shared_numeric_only__ = '[\\u{BC}-\\u{BE}\\u{9F4}-\\u{9F9}\\u{B72}-\\u{B77}\\u{BF0}-\\u{BF2}\\u{C78}-\\u{C7E}\\u{D58}-\\u{D5E}\\u{D70}-\\u{D78}\\u{F2A}-\\u{F33}\\u{1372}-\\u{137C}\\u{16EE}-\\u{16F0}\\u{17F0}-\\u{17F9}\\u{2150}-\\u{2182}\\u{2185}-\\u{2189}\\u{2469}-\\u{2473}\\u{247D}-\\u{2487}\\u{2491}-\\u{249B}\\u{24EB}-\\u{24F4}\\u{24FE}\\u{277F}\\u{2789}\\u{2793}\\u{2CFD}\\u{3007}\\u{3021}-\\u{3029}\\u{3038}-\\u{303A}\\u{3192}-\\u{3195}\\u{3220}-\\u{3229}\\u{3248}-\\u{324F}\\u{3251}-\\u{325F}\\u{3280}-\\u{3289}\\u{32B1}-\\u{32BF}\\u{3405}\\u{3483}\\u{382A}\\u{3B4D}\\u{4E00}\\u{4E03}\\u{4E07}\\u{4E09}\\u{4E5D}\\u{4E8C}\\u{4E94}\\u{4E96}\\u{4EBF}-\\u{4EC0}\\u{4EDF}\\u{4EE8}\\u{4F0D}\\u{4F70}\\u{5104}\\u{5146}\\u{5169}\\u{516B}\\u{516D}\\u{5341}\\u{5343}-\\u{5345}\\u{534C}\\u{53C1}-\\u{53C4}\\u{56DB}\\u{58F1}\\u{58F9}\\u{5E7A}\\u{5EFE}-\\u{5EFF}\\u{5F0C}-\\u{5F0E}\\u{5F10}\\u{62FE}\\u{634C}\\u{67D2}\\u{6F06}\\u{7396}\\u{767E}\\u{8086}\\u{842C}\\u{8CAE}\\u{8CB3}\\u{8D30}\\u{9621}\\u{9646}\\u{964C}\\u{9678}\\u{96F6}\\u{A6E6}-\\u{A6EF}\\u{A830}-\\u{A835}\\u{F96B}\\u{F973}\\u{F978}\\u{F9B2}\\u{F9D1}\\u{F9D3}\\u{F9FD}\\u{10107}-\\u{10133}\\u{10140}-\\u{10178}\\u{1018A}-\\u{1018B}\\u{102E1}-\\u{102FB}\\u{10320}-\\u{10323}\\u{10341}\\u{1034A}\\u{103D1}-\\u{103D5}\\u{10858}-\\u{1085F}\\u{10879}-\\u{1087F}\\u{108A7}-\\u{108AF}\\u{108FB}-\\u{108FF}\\u{10916}-\\u{1091B}\\u{109BC}-\\u{109BD}\\u{109C0}-\\u{109CF}\\u{109D2}-\\u{109FF}\\u{10A44}-\\u{10A48}\\u{10A7D}-\\u{10A7E}\\u{10A9D}-\\u{10A9F}\\u{10AEB}-\\u{10AEF}\\u{10B58}-\\u{10B5F}\\u{10B78}-\\u{10B7F}\\u{10BA9}-\\u{10BAF}\\u{10CFA}-\\u{10CFF}\\u{10E69}-\\u{10E7E}\\u{10F1D}-\\u{10F26}\\u{10F51}-\\u{10F54}\\u{10FC5}-\\u{10FCB}\\u{1105B}-\\u{11065}\\u{111E1}-\\u{111F4}\\u{1173A}-\\u{1173B}\\u{118EA}-\\u{118F2}\\u{11C5A}-\\u{11C6C}\\u{11FC0}-\\u{11FD4}\\u{12400}-\\u{1246E}\\u{16B5B}-\\u{16B61}\\u{16E80}-\\u{16E96}\\u{1D2C0}-\\u{1D2D3}\\u{1D2E0}-\\u{1D2F3}\\u{1D360}-\\u{1D378}\\u{1E8C7}-\\u{1E8CF}\\u{1EC71}-\\u{1ECAB}\\u{1ECAD}-\\u{1ECAF}\\u{1ECB1}-\\u{1ECB4}\\u{1ED01}-\\u{1ED2D}\\u{1ED2F}-\\u{1ED3D}\\u{1F10B}-\\u{1F10C}\\u{20001}\\u{20064}\\u{200E2}\\u{20121}\\u{2092A}\\u{20983}\\u{2098C}\\u{2099C}\\u{20AEA}\\u{20AFD}\\u{20B19}\\u{22390}\\u{22998}\\u{23B1B}\\u{2626D}\\u{2F890}]';
const __m_shared_space_class__ = '\\u{9}-\\u{D}\\u{1C}-\\u{20}\\u{85}\\u{A0}\\u{1680}\\u{2000}-\\u{200A}\\u{2028}-\\u{2029}\\u{202F}\\u{205F}\\u{3000}';
const __m_shared_all__ = (...classes) => new RegExp ('^(?:' + classes.join ('|') + ')+$', 'u');
const __m_shared_alpha__ = __m_shared_all__ (__m_shared_L__);
const __m_shared_decimal__ = __m_shared_all__ (__m_shared_Nd__);
const __m_shared_digit__ = __m_shared_all__ (__m_shared_Nd__, __m_shared_digit_only__);
const __m_shared_numeric__ = __m_shared_all__ (__m_shared_Nd__, __m_shared_digit_only__, __m_shared_numeric_only__);
const __m_shared_alnum__ = __m_shared_all__ (__m_shared_L__, __m_shared_Nd__, __m_shared_digit_only__, __m_shared_numeric_only__);
const __m_shared_space__ = __m_shared_all__ ('[' + __m_shared_space_class__ + ']');
const __m_shared_has_upper__ = new RegExp (__m_shared_upper__, 'u');
const __m_shared_has_lower__ = new RegExp (__m_shared_lower__, 'u');
const __m_shared_has_upper_or_title__ = new RegExp ('\\p{Lt}|' + __m_shared_upper__, 'u');
const __m_shared_has_lower_or_title__ = new RegExp ('\\p{Lt}|' + __m_shared_lower__, 'u');

function __m_shared_str_method__ (name, fn) {
    Object.defineProperty (String.prototype, name, {value: fn, enumerable: false, writable: true, configurable: true});
}

__m_shared_str_method__ ('isalpha', function () {return __m_shared_alpha__.test (this);});
__m_shared_str_method__ ('isdecimal', function () {return __m_shared_decimal__.test (this);});
__m_shared_str_method__ ('isdigit', function () {return __m_shared_digit__.test (this);});
__m_shared_str_method__ ('isnumeric', function () {return __m_shared_numeric__.test (this);});
__m_shared_str_method__ ('isalnum', function () {return __m_shared_alnum__.test (this);});
__m_shared_str_method__ ('isspace', function () {return __m_shared_space__.test (this);});
// CPython: no lowercase or titlecase character, and at least one uppercase one (and the reverse)
__m_shared_str_method__ ('isupper', function () {
    return __m_shared_has_upper__.test (this) && !__m_shared_has_lower_or_title__.test (this);
});
__m_shared_str_method__ ('islower', function () {
    return __m_shared_has_lower__.test (this) && !__m_shared_has_upper_or_title__.test (this);
});

__m_shared_str_method__ ('zfill', function (width) {
    const text = String (this);
    // CPython counts characters (code points): "😀".zfill(3) is '00😀', where text.length counts 2 for it
    let length = text.length;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt (i);
        if (unit >= 0xD800 && unit < 0xDC00 && i + 1 < text.length) {
            length--;
            i++;
        }
    }
    if (length >= width) {
        return text;
    }
    const sign = text [0] == '+' || text [0] == '-' ? text [0] : '';
    return sign + '0'.repeat (width - length) + text.slice (sign.length);
});

// str.split()/rsplit() without a separator: runs of CPython whitespace, leading (and trailing)
// whitespace ignored, the unsplit remainder kept as it is.
const __m_shared_split__ = String.prototype.py_split;
const __m_shared_rsplit__ = String.prototype.rsplit;
const __m_shared_word__ = new RegExp ('[^' + __m_shared_space_class__ + ']+', 'gu');

function __m_shared_words__ (text) {
    return Array.from (text.matchAll (__m_shared_word__), (match) => [match.index, match.index + match [0].length]);
}

function __m_shared_split_args__ (sep, maxsplit) {
    // keyword arguments arrive as a trailing __kwargtrans__ object
    const keywords = (value) => __m_shared_kwargs__ (value);
    if (keywords (sep)) {
        return [sep.sep, sep.maxsplit];
    }
    if (keywords (maxsplit)) {
        return [sep, maxsplit.maxsplit];
    }
    return [sep, maxsplit];
}

__m_shared_str_method__ ('py_split', function (sep, maxsplit) {
    [sep, maxsplit] = __m_shared_split_args__ (sep, maxsplit);
    if (sep != null) {
        return __m_shared_split__.call (this, sep, maxsplit);
    }
    const text = String (this);
    const words = __m_shared_words__ (text);
    if (maxsplit == null || maxsplit < 0 || maxsplit >= words.length) {
        return words.map (([from, to]) => text.slice (from, to));
    }
    const result = words.slice (0, maxsplit).map (([from, to]) => text.slice (from, to));
    result.push (text.slice (words [maxsplit][0]));
    return result;
});

__m_shared_str_method__ ('rsplit', function (sep, maxsplit) {
    [sep, maxsplit] = __m_shared_split_args__ (sep, maxsplit);
    if (sep != null) {
        return __m_shared_rsplit__.call (this, sep, maxsplit);
    }
    const text = String (this);
    const words = __m_shared_words__ (text);
    if (maxsplit == null || maxsplit < 0 || maxsplit >= words.length) {
        return words.map (([from, to]) => text.slice (from, to));
    }
    const kept = words.length - maxsplit;
    const result = [text.slice (0, words [kept - 1][1])];
    return result.concat (words.slice (kept).map (([from, to]) => text.slice (from, to)));
});
