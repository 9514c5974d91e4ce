// Parity fix, appended to Transcrypt's runtime at build time: CPython's format-spec mini-language
// for str.format and format() of int, float, bool, str and None, and CPython's template fields.
// Observed (CPython → JS before): "{:_}".format(1234567) '1_234_567' → '1234567'; "{:*<6}".format(1.5)
// '1.5***' → '2e+00*'; "{:.3}".format("abcdef") 'abc' → 'abcdef'; "{:e}", "{:g}", "{:%}", "{:,.2f}",
// "{:d}".format(1.5), "{:s}".format(3) crashed (reading 'toString' of undefined); "{:.2f}".format(1e300)
// '1e+300'; "{a.real}".format(a=3) '{a.real}' → '3'; "{:5}".format(None) 'None' → TypeError.
// Transcrypt parsed the spec from its end and printed floats with toFixed/toExponential (ties away
// from zero, exponent past 1e21, at most 100 digits). The spec is now parsed as CPython parses it
// (Python/formatter_unicode.c), with its errors, and a float is printed from its exact decimal
// expansion (BigInt), rounded half to even as CPython does. JavaScript has one number type: an
// integral number is formatted as an int (an integral float, 2.0, cannot be told apart; see
// float_str.extend.js), and a spec that CPython refuses for an int but not for a float (a precision or
// `z` without a type: "{:.3}".format(2.0) is '2.0') fails loudly for it. Reached only through `__format__`/`format`: a package whose templates
// are only `{}` fields (m_shared/compile.py filled_templates) does not ship it.

function __m_shared_spec__ (spec, type, defaultType, defaultAlign) {  // CPython's parse_internal_render_format_spec
    const s = Array.from (spec), end = s.length;
    const f = {fill: ' ', align: defaultAlign, sign: '', z: false, alt: false, width: -1, sep: '', precision: -1, type: defaultType};
    let pos = 0, fillGiven = false, alignGiven = false;
    const isAlign = c => '<>=^'.includes (c);
    const integer = () => {
        const start = pos;
        while (pos < end && s [pos] >= '0' && s [pos] <= '9') {
            pos++;
        }
        return pos > start ? +s.slice (start, pos).join ('') : -1;
    };
    const both = () => ValueError ("Cannot specify both ',' and '_'.", new Error ());
    if (end - pos >= 2 && isAlign (s [pos + 1])) {
        f.fill = s [pos];
        f.align = s [pos + 1];
        fillGiven = alignGiven = true;
        pos += 2;
    }
    else if (end - pos >= 1 && isAlign (s [pos])) {
        f.align = s [pos++];
        alignGiven = true;
    }
    if (pos < end && '+- '.includes (s [pos])) {
        f.sign = s [pos++];
    }
    if (pos < end && s [pos] == 'z') {
        f.z = true;
        pos++;
    }
    if (pos < end && s [pos] == '#') {
        f.alt = true;
        pos++;
    }
    if (!fillGiven && pos < end && s [pos] == '0') {
        f.fill = '0';
        if (!alignGiven && defaultAlign == '>') {
            f.align = '=';
        }
        pos++;
    }
    f.width = integer ();
    if (pos < end && s [pos] == ',') {
        f.sep = ',';
        pos++;
    }
    if (pos < end && s [pos] == '_') {
        if (f.sep) {
            throw both ();
        }
        f.sep = '_';
        pos++;
    }
    if (pos < end && s [pos] == ',' && f.sep == '_') {
        throw both ();
    }
    if (pos < end && s [pos] == '.') {
        pos++;
        f.precision = integer ();
        if (f.precision < 0) {
            throw ValueError ('Format specifier missing precision', new Error ());
        }
    }
    if (end - pos > 1) {
        throw ValueError ("Invalid format specifier '" + spec + "' for object of type '" + type + "'", new Error ());
    }
    if (end - pos == 1) {
        f.type = s [pos];
    }
    if (f.sep && !'defgEG%F'.includes (f.type) && !(f.sep == '_' && 'boxX'.includes (f.type))) {
        throw ValueError ("Cannot specify '" + f.sep + "' with '" + f.type + "'.", new Error ());
    }
    return f;
}

function __m_shared_unknown_code__ (code, type) {
    return ValueError ("Unknown format code '" + code + "' for object of type '" + type + "'", new Error ());
}

// sign, prefix, the digits before the point (grouped, zero-filled by `0`/`=0`), the rest; then the padding
// (CPython's calc_number_widths and fill_number)
function __m_shared_fill_number__ (f, sign, prefix, digits, rest) {
    const group = f.sep == '_' && f.type && 'boxX'.includes (f.type) ? 4 : 3;
    let minWidth = f.fill == '0' && f.align == '=' ? f.width - sign.length - prefix.length - rest.length : 0;
    if (digits && (f.sep || minWidth > digits.length)) {
        let remaining = digits.length, out = [], first = true;
        for (;;) {
            const size = f.sep ? Math.min (group, Math.max (remaining, minWidth, 1)) : Math.max (remaining, minWidth, 1);
            const chars = Math.min (remaining, size);
            out.unshift ('0'.repeat (Math.max (0, size - remaining)) + digits.slice (remaining - chars, remaining) + (first ? '' : f.sep));
            first = false;
            remaining -= chars;
            minWidth -= size;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        digits = out.join ('');
    }
    const body = sign + prefix + digits + rest;
    const padding = f.width - Array.from (body).length;
    if (padding <= 0) {
        return body;
    }
    const left = f.align == '>' ? padding : f.align == '^' ? padding >> 1 : 0;
    const fill = n => f.fill.repeat (n);
    return f.align == '=' ? sign + prefix + fill (padding) + digits + rest : fill (left) + body + fill (padding - left);
}

// |x| = n / 10**k exactly (a double is an integer times a power of two)
function __m_shared_exact__ (x) {
    const view = new DataView (new ArrayBuffer (8));
    view.setFloat64 (0, Math.abs (x));
    const high = view.getUint32 (0), biased = high >>> 20;
    let n = BigInt (high & 0xfffff) << 32n | BigInt (view.getUint32 (4));
    if (biased) {
        n |= 1n << 52n;
    }
    const e = (biased || 1) - 1075;
    return e >= 0 ? [n << BigInt (e), 0] : [n * 5n ** BigInt (-e), -e];
}

function __m_shared_round_half_even__ (n, drop) {  // n / 10**drop, the nearest integer, ties to the even one
    if (drop <= 0) {
        return n * 10n ** BigInt (-drop);
    }
    const unit = 10n ** BigInt (drop), q = n / unit, r = (n % unit) * 2n;
    return r > unit || (r == unit && q % 2n) ? q + 1n : q;
}

// The digits of |x| for CPython's float_repr_style 'short': [digits, exponent of the first digit]. mode 'f':
// `precision` digits after the point; 'e': precision + 1 significant digits; 'r': the shortest that round-trips.
function __m_shared_digits__ (x, mode, precision) {
    if (mode == 'r') {
        const [mantissa, exponent] = Math.abs (x).toExponential ().split ('e');
        return [mantissa.replace ('.', ''), +exponent];
    }
    // Speed (the exact digits cost ~6 µs a call): toFixed and toExponential round the binary value correctly
    // but for a tie, which they round away from zero. Only a value with no binary digit below 2**-(d + 1),
    // d the decimal places kept, can be a tie; any other takes the engine's digits.
    const a = Math.abs (x);
    if (mode == 'f' && precision <= 100 && a < 1e21 && !Number.isInteger (a * 2 ** (precision + 1))) {
        const text = a.toFixed (precision).replace ('.', '');
        return [text, text.length - precision - 1];
    }
    if (mode == 'e' && precision <= 100 && a) {
        const [mantissa, exponent] = a.toExponential (precision).split ('e');
        // the exponent may be one more than the value's (9.99 -> 1.0e+1): one more binary place is checked
        if (precision >= +exponent && !Number.isInteger (a * 2 ** (precision - exponent + 2))) {
            return [mantissa.replace ('.', ''), +exponent];
        }
    }
    const [n, k] = __m_shared_exact__ (x);
    if (mode == 'f') {
        const text = __m_shared_round_half_even__ (n, k - precision).toString ().padStart (precision + 1, '0');
        return [text, text.length - precision - 1];
    }
    if (n == 0n) {
        return ['0'.repeat (precision + 1), 0];
    }
    const length = n.toString ().length;
    let text = __m_shared_round_half_even__ (n, length - precision - 1).toString (), exponent = length - 1 - k;
    if (text.length > precision + 1) {  // 9.99 -> 10.0
        text = text.slice (0, -1);
        exponent++;
    }
    return [text, exponent];
}

// CPython's PyOS_double_to_string (format_float_short) for a finite x: the text without the sign
function __m_shared_float_digits_text__ (x, type, precision, alt, addDot0) {
    if (type == 'g' && !precision) {
        precision = 1;
    }
    if (type == 'f') {
        const [digits] = __m_shared_digits__ (x, 'f', precision);
        const whole = digits.slice (0, digits.length - precision), fraction = digits.slice (digits.length - precision);
        return whole + (precision || alt ? '.' : '') + fraction;
    }
    let [digits, exponent] = __m_shared_digits__ (x, type == 'r' ? 'r' : 'e', type == 'g' ? precision - 1 : precision);
    let useExp = type == 'e';
    if (type == 'g' || type == 'r') {
        const decpt = exponent + 1, limit = type == 'r' ? 16 : addDot0 ? precision - 1 : precision;
        useExp = decpt <= -4 || decpt > limit;
        if (!alt) {
            digits = digits.replace (/0+$/, '') || '0';
        }
    }
    if (useExp) {
        const sign = exponent < 0 ? '-' : '+', power = String (Math.abs (exponent)).padStart (2, '0');
        return digits [0] + (digits.length > 1 || alt ? '.' : '') + digits.slice (1) + 'e' + sign + power;
    }
    let text;
    if (exponent < 0) {
        text = '0.' + '0'.repeat (-exponent - 1) + digits;
    }
    else if (digits.length > exponent + 1) {
        text = digits.slice (0, exponent + 1) + '.' + digits.slice (exponent + 1);
    }
    else {
        text = digits + '0'.repeat (exponent + 1 - digits.length) + (addDot0 ? '.0' : alt ? '.' : '');
    }
    return text;
}

function __m_shared_format_number__ (value, spec, type) {  // int.__format__ and float.__format__
    const integral = type == 'bool' || (Number.isInteger (value) && !Object.is (value, -0));
    if (!type) {
        type = integral ? 'int' : 'float';
    }
    const f = __m_shared_spec__ (spec, type, '', '>');
    if (!f.type && integral) {
        if (type == 'int' && (f.precision >= 0 || f.z)) {
            // CPython: ValueError for an int, '2.0' for the float 2.0, which JavaScript cannot tell apart
            throw __m_shared_loud__ ('format spec ' + repr (spec) + ' without a type formats ' + value + ' as a float in CPython ' +
                'if it is one (2.0) and raises ValueError for an int; JavaScript has one number type: give a type, ' +
                repr (spec + 'g') + ' or ' + repr (spec + 'f'));
        }
        f.type = 'd';
    }
    const code = f.type, negative = value < 0 || Object.is (value, -0);
    let sign = negative ? '-' : f.sign == '-' ? '' : f.sign;
    if (type != 'float' && 'bcdoxXn'.includes (code)) {
        if (f.precision >= 0) {
            throw ValueError ('Precision not allowed in integer format specifier', new Error ());
        }
        if (f.z) {
            throw ValueError ('Negative zero coercion (z) not allowed in integer format specifier', new Error ());
        }
        if (code == 'c') {
            if (f.sign) {
                throw ValueError ("Sign not allowed with integer format specifier 'c'", new Error ());
            }
            if (f.alt) {
                throw ValueError ("Alternate form (#) not allowed with integer format specifier 'c'", new Error ());
            }
            if (Math.abs (value) >= 2 ** 63) {
                throw OverflowError ('Python int too large to convert to C long', new Error ());
            }
            if (value < 0 || value > 0x10ffff) {
                throw OverflowError ('%c arg not in range(0x110000)', new Error ());
            }
            return __m_shared_fill_number__ (f, '', '', '', String.fromCodePoint (value));
        }
        const base = {b: 2, o: 8, x: 16, X: 16} [code] || 10;
        let digits = BigInt (Math.abs (value)).toString (base), prefix = f.alt && base != 10 ? '0' + code : '';
        if (code == 'X') {
            digits = digits.toUpperCase ();
        }
        return __m_shared_fill_number__ (f, sign, prefix, digits, '');
    }
    if (!'eEfFgGn%'.includes (code)) {
        throw __m_shared_unknown_code__ (code, type);
    }
    let text, lower = code.toLowerCase ();
    if (code == '%') {
        value *= 100;  // in binary, as CPython does: it may overflow to inf
    }
    if (!Number.isFinite (value)) {
        text = Number.isNaN (value) ? 'nan' : 'inf';
        sign = Number.isNaN (value) ? (f.sign == '-' ? '' : f.sign) : sign;
    }
    else if (code == '') {
        text = f.precision < 0 ? __m_shared_float_digits_text__ (value, 'r', 0, f.alt, true) : __m_shared_float_digits_text__ (value, 'g', f.precision, f.alt, true);
    }
    else {
        const precision = f.precision < 0 ? 6 : f.precision;
        text = __m_shared_float_digits_text__ (value, code == '%' ? 'f' : lower == 'n' ? 'g' : lower, precision, f.alt, false);
    }
    if (negative && f.z && Number.isFinite (value) && !/[1-9]/.test (text)) {
        sign = f.sign == '-' ? '' : f.sign;
    }
    if (code == '%') {
        text += '%';
    }
    if (code == 'E' || code == 'F' || code == 'G') {
        text = text.toUpperCase ();
    }
    const digits = /^\d*/.exec (text) [0];
    return __m_shared_fill_number__ (f, sign, '', digits, text.slice (digits.length));
}

function __m_shared_format_str__ (value, spec) {  // str.__format__
    const f = __m_shared_spec__ (spec, 'str', 's', '<');
    if (f.type != 's') {
        throw __m_shared_unknown_code__ (f.type, 'str');
    }
    const refused = f.sign == ' ' ? 'Space' : f.sign ? 'Sign' : f.z ? 'Negative zero coercion (z)' : f.alt ? 'Alternate form (#)' : f.align == '=' ? "'=' alignment" : '';
    if (refused) {
        throw ValueError (refused + ' not allowed in string format specifier', new Error ());
    }
    const chars = Array.from (value), text = f.precision >= 0 ? chars.slice (0, f.precision).join ('') : value;
    return __m_shared_fill_number__ (f, '', '', '', text);
}

Object.defineProperty (Number.prototype, '__format__', {value: function (spec) {
    const value = this.valueOf ();
    return __m_shared_format_number__ (value, spec || '');
}, enumerable: false, writable: true, configurable: true});

Object.defineProperty (String.prototype, '__format__', {value: function (spec) {
    return spec ? __m_shared_format_str__ (this.valueOf (), spec) : this.valueOf ();
}, enumerable: false, writable: true, configurable: true});

format = function (value, spec) {  // format(value, spec): value.__format__(spec)
    spec = spec === undefined ? '' : spec;
    if (typeof spec != 'string') {
        // format(5, None): CPython names None "None" here ("NoneType" was written)
        throw py_TypeError ("format() argument 2 must be str, not " + (spec === null ? 'None' : __m_shared_typename__ (spec)), new Error ());
    }
    if (typeof value == 'boolean') {
        return spec ? __m_shared_format_number__ (+value, spec, 'bool') : str (value);
    }
    if (typeof value == 'number' || typeof value == 'string') {
        return value.__format__ (spec);
    }
    if (value != null && typeof value.__m_shared_format__ == 'function' && Object.prototype.hasOwnProperty.call (value, '__class__')) {
        return value.__m_shared_format__ (spec);
    }
    if (value != null && typeof value == 'object' && typeof value.__format__ == 'function') {
        return value.__format__ (spec);
    }
    if (spec) {  // object.__format__
        throw py_TypeError ('unsupported format string passed to ' + (value == null ? 'NoneType' : __m_shared_typename__ (value)) + '.__format__', new Error ());
    }
    return str (value);
}

// CPython's str.format (Objects/stringlib/unicode_format.h): literal text with `{{` and `}}`, fields
// `{name.attr[key]!conversion:spec}` whose spec may hold fields itself, automatic or manual numbering.
function __m_shared_format_template__ (template, args, kwargs, depth, counter) {
    if (depth <= 0) {
        throw ValueError ('Max string recursion exceeded', new Error ());
    }
    let out = '', pos = 0;
    const end = template.length, error = message => ValueError (message, new Error ());
    while (pos < end) {
        const c = template [pos++];
        if (c != '{' && c != '}') {
            out += c;
            continue;
        }
        if (pos < end && template [pos] == c) {
            out += c;
            pos++;
            continue;
        }
        if (c == '}') {
            throw error ("Single '}' encountered in format string");
        }
        if (pos >= end) {
            throw error ("Single '{' encountered in format string");
        }
        const start = pos;  // the field name: up to '}', '!' or ':', a '[...]' item whole
        while (pos < end && !'}!:'.includes (template [pos])) {
            if (template [pos] == '{') {
                throw error ("unexpected '{' in field name");
            }
            if (template [pos++] == '[') {
                while (pos < end && template [pos] != ']') {
                    pos++;
                }
                pos++;
            }
        }
        if (pos >= end) {
            throw error ("expected '}' before end of string");
        }
        const name = template.slice (start, pos);
        let conversion = '', spec = '', nested = false, delimiter = template [pos++];
        if (delimiter == '!') {
            if (pos >= end) {
                throw error ('end of string while looking for conversion specifier');
            }
            conversion = template [pos++];
            if (pos >= end) {
                throw error ("unmatched '{' in format spec");
            }
            delimiter = template [pos++];
            if (delimiter != ':' && delimiter != '}') {
                throw error ("expected ':' after conversion specifier");
            }
        }
        if (delimiter == ':') {
            let count = 1;
            const from = pos;
            while (count && pos < end) {
                const d = template [pos++];
                nested = nested || d == '{';
                count += d == '{' ? 1 : d == '}' ? -1 : 0;
            }
            if (count) {
                throw error ("unmatched '{' in format spec");
            }
            spec = template.slice (from, pos - 1);
        }
        let value = __m_shared_field__ (name, args, kwargs, counter, error);
        if (conversion == 'r' || conversion == 'a') {
            value = repr (value);
            if (conversion == 'a') {
                value = value.replace (/[^\x00-\x7f]/gu, ch => {
                    const point = ch.codePointAt (0);
                    return point < 0x100 ? '\\x' + point.toString (16).padStart (2, '0') : point < 0x10000 ? '\\u' + point.toString (16).padStart (4, '0') : '\\U' + point.toString (16).padStart (8, '0');
                });
            }
        }
        else if (conversion == 's') {
            value = str (value);
        }
        else if (conversion) {
            throw error ('Unknown conversion specifier ' + conversion);
        }
        if (nested) {
            spec = __m_shared_format_template__ (spec, args, kwargs, depth - 1, counter);
        }
        out += format (value, spec);
    }
    return out;
}

function __m_shared_field__ (name, args, kwargs, counter, error) {  // get_field_object
    const first = /^[^.[]*/.exec (name) [0];
    let value;
    if (first == '' || /^\d+$/.test (first)) {
        let index = +first;
        if (first == '') {
            if (counter.manual) {
                throw error ('cannot switch from manual field specification to automatic field numbering');
            }
            counter.auto = true;
            index = counter.next++;
        }
        else if (counter.auto) {
            throw error ('cannot switch from automatic field numbering to manual field specification');
        }
        else {
            counter.manual = true;
        }
        if (index >= args.length) {
            throw IndexError ('Replacement index ' + index + ' out of range for positional args tuple', new Error ());
        }
        value = args [index];
    }
    else {
        const key = __m_shared_attr__ (first);  // Transcrypt passes name=... as py_name
        if (!kwargs || !Object.prototype.hasOwnProperty.call (kwargs, key)) {
            throw KeyError (first, new Error ());
        }
        value = kwargs [key];
    }
    let rest = name.slice (first.length);
    while (rest) {
        let match;
        if ((match = /^\.([^.[]*)/.exec (rest))) {
            if (!match [1]) {
                throw error ('Empty attribute in format string');
            }
            if ((typeof value == 'number' || typeof value == 'boolean') && match [1] == 'real') {
                value = +value;  // a number's real part is itself; bool's is an int
            }
            else if (value == null || typeof value != 'object') {
                throw __m_shared_loud__ ('str.format field ' + repr (name) + ' reads an attribute of ' + __m_shared_typename__ (value) +
                    ' value: JavaScript lacks the attributes of CPython\'s builtin values (a number\'s real excepted); ' +
                    'compute it before formatting');
            }
            else {
                // not getattr, which ships the tables of every builtin type's attributes (+0.9 KB gzipped)
                const key = __m_shared_attr__ (match [1]);
                if (!(key in value)) {
                    throw __m_shared_no_attr__ (value, key);
                }
                value = value [key];
                if (typeof value == 'function') {  // CPython writes '<bound method ...>' with an address
                    throw __m_shared_loud__ ('str.format field ' + repr (name) + ' is a method: CPython writes its address; ' +
                        'call it before formatting');
                }
            }
        }
        else if (rest [0] == '[') {
            const close = rest.indexOf (']');
            if (close < 0) {
                throw error ("Missing ']' in format string");
            }
            const key = rest.slice (1, close);
            if (!key) {
                throw error ('Empty attribute in format string');
            }
            match = [rest.slice (0, close + 1)];
            if (match [0].length < rest.length && !'.['.includes (rest [match [0].length])) {
                throw error ("Only '.' or '[' may follow ']' in format field specifier");
            }
            value = __m_shared_getitem__ (value, /^\d+$/.test (key) ? +key : key);
        }
        else {
            throw error ("Only '.' or '[' may follow ']' in format field specifier");
        }
        rest = rest.slice (match [0].length);
    }
    return value;
}

__setproperty__ (String.prototype, 'format', {
    get: function () {return __get__ (this, function (self) {
        const args = [].slice.call (arguments, 1);
        const kwargs = args.length && __m_shared_kwargs__ (args [args.length - 1]) ? args.pop () : null;
        return __m_shared_format_template__ (self, args, kwargs, 2, {next: 0, auto: false, manual: false});
    });},
    enumerable: true
});
