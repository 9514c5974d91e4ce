// int(x, base), to which lowering sends int() called with a base (m_shared/lower.py _lower_int_base); a program
// without such a call does not ship it. Observed (CPython -> JS before): int("ff", 16) 255 -> ValueError "invalid
// literal for int() with base 10: 'ff'", int("101", base=2) 5 -> 101, int("0x1f", 0) 31 -> ValueError, int("12", 2)
// ValueError -> 12, int("10", 1) and int("10", 37) ValueError "int() base must be >= 2 and <= 36, or 0" -> 10,
// int(10, 10) TypeError "int() can't convert non-string with explicit base" -> 10: Transcrypt's int() took no base.
// CPython's grammar: surrounding whitespace, a sign, the prefix 0x, 0o or 0b of base 16, 8 or 2 (or of base 0, which
// reads the base from it, and a decimal then has no leading zero), an underscore after the prefix or between digits.
export function __m_shared_int_base__ (x, base) {
    const args = Array.prototype.slice.call (arguments);
    const keywords = args.length && __m_shared_kwargs__ (args [args.length - 1]) ? args.pop () : {};
    __m_shared_keywords_known__ (keywords, ['base'], 'int');
    const count = args.length + ('base' in keywords ? 1 : 0);
    if (count > 2) {
        const takes = 'int() takes at most 2 arguments (' + count + ' given)';
        throw py_TypeError ('base' in keywords ? takes : (__m_shared_python__ >= 313 ? 'int expected at most 2 arguments, got ' +
            count : takes), new Error ());  // (CPython 3.13's words for positional arguments alone)
    }
    if (!('base' in keywords) && args.length < 2) {
        return args.length ? int (args [0]) : 0;  // int(x), or int(): 0 (Transcrypt's int() raised TypeError)
    }
    if (!args.length) {
        throw py_TypeError ('int() missing string argument', new Error ());
    }
    x = args [0];
    base = __m_shared_index_arg__ ('base' in keywords ? keywords.base : args [1]);
    if (base != 0 && (base < 2 || base > 36)) {
        throw ValueError ('int() base must be >= 2 and <= 36, or 0', new Error ());
    }
    if (typeof x != 'string') {
        throw py_TypeError ("int() can't convert non-string with explicit base", new Error ());
    }
    const invalid = () => ValueError ('invalid literal for int() with base ' + base + ': ' + repr (x), new Error ());
    const [, sign, rest] = /^([+-]?)([^]*)$/.exec (__m_shared_strip__ (x, true, true));
    let radix = base;
    let digits = rest;
    const prefixed = {x: 16, o: 8, b: 2} [rest.length > 1 && rest [0] == '0' ? rest [1].toLowerCase () : ''];
    if (prefixed && (base == 0 || base == prefixed)) {
        radix = prefixed;
        digits = rest.slice (rest [2] == '_' ? 3 : 2);
    }
    else if (base == 0) {
        radix = 10;
        if (rest [0] == '0' && !/^0(?:_?0)*$/.test (rest)) {  // int("017", 0): no leading zero but for 0 itself
            throw invalid ();
        }
    }
    if (!/^[0-9a-z](?:_?[0-9a-z])*$/i.test (digits)) {
        if (/[^\x00-\x7f]/.test (digits) && /^\p{Nd}(?:_?\p{Nd})*$/u.test (digits)) {  // digits of another script, which CPython reads too
            throw __m_shared_loud__ ('int() of digits other than 0-9 (' + repr (x) + ') is a number in CPython; ' +
                'JavaScript reads only ASCII digits: convert them first');
        }
        throw invalid ();
    }
    const plain = digits.replace (/_/g, '');
    if ([...plain].some (digit => parseInt (digit, 36) >= radix)) {
        throw invalid ();
    }
    const value = parseInt (sign + plain, radix);
    if (!Number.isSafeInteger (value)) {
        throw __m_shared_loud__ ('int(' + repr (x) + ', ' + base + ') is beyond 2**53 (9007199254740992): JavaScript ' +
            'numbers cannot hold it exactly, CPython ints can; keep integers below 2**53 or carry large numbers as strings');
    }
    return value === 0 ? 0 : value;  // int("-0", 0) is 0
}
