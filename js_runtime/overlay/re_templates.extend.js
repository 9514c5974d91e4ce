// Parity of re.sub, re.subn and Match.expand with CPython's replacement templates (re.sub-template.edit.json,
// which says what diverged): CPython's re._parser.parse_template, run when a template has a backslash.
// Speed and size: only a program that can pass such a template ships it. Lowering (m_shared/lower/) calls
// __m_shared_templates__ () at the top of a shared module that calls sub, subn or expand with a template
// other than a literal without a backslash; re.js asks __m_shared_template_hook__ for the parser, and
// throws an MSharedError if no module installed it (a template re.js was handed some other way).
export var __m_shared_template_hook__ = {parse: null};

export function __m_shared_templates__ () {
    __m_shared_template_hook__.parse = __m_shared_template__;
}

function __m_shared_template__ (template, pattern, error) {
    // CPython's re._parser.parse_template (3.12), its errors and their positions included: the template as
    // text, or as a function of a Match when it refers to groups (sub() then calls it as a replacement
    // function, so reading a group at risk throws as group() does). Only a template with a backslash
    // comes here: any other is its own text, in CPython too.
    var parts = [], literal = '', index = 0, next = null;
    function fail (message, offset) {  // CPython's Tokenizer.error: at tell () - offset
        var position = index - (next === null ? 0 : next.length) - (offset || 0);
        return __m_shared_template_error__ (message, template, position, error);
    }
    function advance () {  // Tokenizer.__next: a character, or a backslash and the character after it
        if (index >= template.length) {
            next = null;
            return;
        }
        var char = template [index];
        if (char == '\\') {
            if (++index >= template.length) {
                throw __m_shared_template_error__ ('bad escape (end of pattern)', template, template.length - 1, error);
            }
            char += template [index];
        }
        index++;
        next = char;
    }
    function get () {
        var token = next;
        advance ();
        return token;
    }
    function group (number, offset) {
        if (number > pattern._groups) {
            throw fail ('invalid group reference ' + number, offset);
        }
        parts.push (literal, number);
        literal = '';
    }
    var escapes = {'\\a': '\x07', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\v': '\v', '\\\\': '\\'};
    advance ();
    while (next !== null) {
        var token = get ();
        if (token [0] != '\\') {
            literal += token;
            continue;
        }
        var c = token [1];
        if (c == 'g') {
            if (next != '<') {
                throw fail ('missing <');
            }
            advance ();
            var name = '';
            while (true) {  // Tokenizer.getuntil ('>', 'group name')
                var char = next;
                advance ();
                if (char === null) {
                    throw name ? fail ('missing >, unterminated name', name.length) : fail ('missing group name');
                }
                if (char == '>') {
                    if (!name) {
                        throw fail ('missing group name', 1);
                    }
                    break;
                }
                name += char;
            }
            var number;
            if (/^[0-9]+$/.test (name)) {
                number = parseInt (name, 10);
                if (number >= 1073741823) {  // MAXGROUPS
                    throw fail ('invalid group reference ' + number, name.length + 1);
                }
            }
            else {
                if (!/^[_\p{XID_Start}]\p{XID_Continue}*$/u.test (name)) {
                    throw fail ('bad character in group name ' + repr (name), name.length + 1);
                }
                var names = pattern._groupindex;
                if (!names || !Object.prototype.hasOwnProperty.call (names, name)) {
                    throw IndexError ('unknown group name ' + repr (name), new Error ());
                }
                number = names [name];
            }
            group (number, name.length + 1);
        }
        else if (c == '0') {
            for (var digits = 0; digits < 2 && next !== null && /^[0-7]$/.test (next); digits++) {
                token += get ();
            }
            literal += String.fromCharCode (parseInt (token.slice (1), 8) & 0xff);
        }
        else if (c >= '1' && c <= '9') {
            var octal = false;
            if (next !== null && /^[0-9]$/.test (next)) {
                token += get ();
                if (c <= '7' && token [2] <= '7' && next !== null && /^[0-7]$/.test (next)) {
                    token += get ();
                    octal = true;
                    var code = parseInt (token.slice (1), 8);
                    if (code > 255) {
                        throw fail ('octal escape value ' + token + ' outside of range 0-0o377', token.length);
                    }
                    literal += String.fromCharCode (code);
                }
            }
            if (!octal) {
                group (parseInt (token.slice (1), 10), token.length - 1);
            }
        }
        else if (escapes.hasOwnProperty (token)) {
            literal += escapes [token];
        }
        else if (/^[a-zA-Z]$/.test (c)) {
            throw fail ('bad escape ' + token, token.length);
        }
        else {
            literal += token;  // \- \. and the like stay as they are
        }
    }
    parts.push (literal);
    if (parts.length == 1) {
        return parts [0];
    }
    return function (match) {
        var text = parts [0];
        for (var i = 1; i < parts.length; i += 2) {
            var found = match._obj [parts [i]];  // a group that took no part: ''
            text += (found === undefined || found === null ? '' : found) + parts [i + 1];
        }
        return text;
    };
}
function __m_shared_template_error__ (message, template, position, error) {  // CPython's re.error text for it
    message += ' at position ' + position;
    if (template.indexOf ('\n') >= 0) {
        var line = template.slice (0, position).split ('\n').length;
        message += ' (line ' + line + ', column ' + (position - (position ? template.lastIndexOf ('\n', position - 1) : -1)) + ')';
    }
    return error (message, null);
}
