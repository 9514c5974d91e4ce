// Parity fix for calls with the wrong arguments, appended to Transcrypt's runtime at build time.
//
// Observed: _kw(1) returned '1None'-like results ('1' + undefined), _kw(1, 2, 3) dropped the 3 and
// _kw(1, c=2) ignored c, silently; CPython raises TypeError ("_kw() missing 1 required positional
// argument: 'b'", "_kw() takes 2 positional arguments but 3 were given", "_kw() got an unexpected
// keyword argument 'c'"). Lowering (m_shared/lower.py) starts every def with a raw-JS call
//     __m_shared_args__ (arguments, <required>, <max positional or -1>, <needs keywords>, '<spec>')
// where spec is "qualname|positional names|required|keyword-only names (name= if defaulted)|**kwargs?".

export function __m_shared_args__ (args, required, maximum, needsKeywords, spec) {
    const count = args.length;
    const last = count ? args [count - 1] : undefined;
    const keywords = __m_shared_kwargs__ (last);
    if (!keywords && !needsKeywords && count >= required && (maximum < 0 || count <= maximum)) {
        return;  // the common case: a positional call of the right arity
    }
    const [qualname, positionalText, , kwonlyText, varkw] = spec.split ('|');
    const positional = positionalText ? positionalText.split (',') : [];
    const kwonly = kwonlyText ? kwonlyText.split (',') : [];
    const given = keywords ? count - 1 : count;
    const passed = new Set ();
    if (keywords) {
        for (const key of Object.keys (last)) {
            passed.add (key);
        }
    }
    const named = name => passed.has (__m_shared_attr__ (name)) || passed.has (name);
    const fail = message => {throw py_TypeError (qualname + '() ' + message, new Error ());};
    const plural = (n, word) => n + ' ' + word + (n == 1 ? '' : 's');
    const listed = names => {
        const quoted = names.map (name => "'" + name + "'");
        return quoted.length == 1 ? quoted [0] : quoted.length == 2 ? quoted.join (' and ') :
            quoted.slice (0, -1).join (', ') + ', and ' + quoted [quoted.length - 1];
    };
    // CPython's order of checks: keywords (unknown, given twice), too many positional, missing ones
    if (varkw != '1') {
        const known = new Set ([...positional, ...kwonly.map (name => name.replace (/=$/, ''))].map (__m_shared_attr__));
        for (const key of passed) {
            if (!known.has (key) && !known.has (__m_shared_attr__ (key))) {
                fail ("got an unexpected keyword argument '" + (key.startsWith ('py_') ? key.slice (3) : key) + "'");
            }
        }
    }
    for (let index = 0; index < Math.min (given, positional.length); index++) {
        if (named (positional [index])) {
            fail ("got multiple values for argument '" + positional [index] + "'");
        }
    }
    if (maximum >= 0 && given > maximum) {
        const takes = required == maximum ? plural (maximum, 'positional argument') :
            'from ' + required + ' to ' + maximum + ' positional arguments';
        fail ('takes ' + takes + ' but ' + given + (given == 1 ? ' was' : ' were') + ' given');
    }
    const missing = positional.slice (given, required).filter (name => !named (name));
    if (missing.length) {
        fail ('missing ' + plural (missing.length, 'required positional argument') + ': ' + listed (missing));
    }
    const missingKeywords = kwonly.filter (name => !name.endsWith ('=') && !named (name));
    if (missingKeywords.length) {
        fail ('missing ' + plural (missingKeywords.length, 'required keyword-only argument') + ': ' + listed (missingKeywords));
    }
}

// Whether a value is the keyword-argument object of a call: marked by __kwargtrans__ with a
// non-enumerable own `__kwargtrans__` (see __kwargtrans__.patch.js; a dict's keys are enumerable).
// Compiled functions call this instead of `x.hasOwnProperty ("__kwargtrans__")` (m_shared/compile.py).
export function __m_shared_kwargs__ (value) {
    if (value === null || typeof value != 'object') {
        return false;
    }
    return Object.prototype.hasOwnProperty.call (value, '__kwargtrans__')
        && !Object.prototype.propertyIsEnumerable.call (value, '__kwargtrans__');
}
