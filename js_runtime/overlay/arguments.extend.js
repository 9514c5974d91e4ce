// Parity fix for calls with the wrong arguments, appended to Transcrypt's runtime at build time.
//
// Observed: _kw(1) returned '1None'-like results ('1' + undefined), _kw(1, 2, 3) dropped the 3 and
// _kw(1, c=2) ignored c, silently; CPython raises TypeError ("_kw() missing 1 required positional
// argument: 'b'", "_kw() takes 2 positional arguments but 3 were given", "_kw() got an unexpected
// keyword argument 'c'"). Lambdas had no check at all: `(lambda x: x)(1, 2)` returned 1 (CPython:
// "<lambda>() takes 1 positional argument but 2 were given"). Lowering (m_shared/lower/) and the code
// generator (m_shared/compile.py) start every def and lambda with a call
//     __m_shared_args__ (arguments, '<qualname>|<positional names>|<required>|<keyword-only names (name= if
//                                    defaulted)>|<1 if *args>|<1 if **kwargs>|<number of positional-only>')
// (names separated by ','; trailing empty and '0' fields left out)
// made only when the call is not a positional one of the right arity (tested in place).
//
// It also binds the arguments, as CPython does: it returns the value of every parameter (positional,
// then keyword-only), undefined for one neither passed nor named by a keyword. A def without *args and
// **kwargs takes them (`var [a, b] = __m_shared_args__ (...)`) instead of running Transcrypt's keyword
// prologue, then fills in its defaults. A keyword names a parameter by its Python name (f(**{"name": 1}),
// the boundary's options object) or by the JS alias Transcrypt gives a name that clashes with JavaScript
// (f(name=1) passes {py_name: 1}); Transcrypt's prologue only knew the alias, so f(**{"name": 1}) left
// `name` holding the keyword object itself, silently.
//
// Positional-only parameters (`def f(a, /, b)`, which Transcrypt dropped: `a` was a ReferenceError) are
// bound by position only: see __m_shared_posonly__.
//
// The errors come in CPython's order, keyword by keyword: f(1, a=2, x=3) raises "got multiple values
// for argument 'a'" and f(1, x=3, a=2) "got an unexpected keyword argument 'x'" (all unknown keywords
// came first before); too many positional arguments count the keyword-only ones given, as CPython's
// message does ("takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument)
// were given").

export function __m_shared_args__ (args, spec, posonly) {
    const count = args.length;
    const last = args [count - 1];  // undefined without arguments
    const keywords = __m_shared_kwargs__ (last);
    const [qualname, positionalText, requiredText, kwonlyText, varargs, varkw] = spec.split ('|');
    const positional = positionalText ? positionalText.split (',') : [];
    const kwonly = kwonlyText ? kwonlyText.split (',') : [];
    const names = [...positional, ...kwonly.map (name => name.replace (/=$/, ''))];
    const required = +requiredText;
    const given = keywords ? count - 1 : count;
    const fail = message => {throw py_TypeError (qualname + '() ' + message, new Error ());};
    const plural = (n, word) => n + ' ' + word + (n == 1 ? '' : 's');
    const missing = (names, kind) => {
        const quoted = names.map (name => "'" + name + "'");
        if (names.length) {
            fail ('missing ' + plural (names.length, 'required ' + kind + ' argument') + ': ' + (quoted.length < 3 ?
                quoted.join (' and ') : quoted.slice (0, -1).join (', ') + ', and ' + quoted.pop ()));
        }
    };
    // CPython's order (initialize_locals in ceval.c): the positional arguments are bound, then each keyword
    // in turn (unknown, or given twice), then too many positional arguments, then missing ones
    const bound = names.map ((name, index) => index < given && index < positional.length);
    const values = bound.map ((positionally, index) => positionally ? args [index] : undefined);
    if (keywords) {
        const aliases = names.map (__m_shared_attr__);
        for (const key of Object.keys (last)) {
            // a parameter's Python name, or the JS alias a call site compiled by Transcrypt passes
            let index = aliases.indexOf (key);
            index = index < 0 ? aliases.indexOf (__m_shared_attr__ (key)) : index;
            index = posonly ? posonly (spec, index, last, aliases, names) : index;  // positional-only parameters
            if (index < 0) {
                if (varkw != '1') {
                    fail ("got an unexpected keyword argument '" + (key.startsWith ('py_') ? key.slice (3) : key) + "'");
                }
                continue;
            }
            if (bound [index]) {  // by position, or by another key ('name' and 'py_name': only from JavaScript)
                fail ("got multiple values for argument '" + names [index] + "'");
            }
            values [index] = last [key];
            bound [index] = true;
        }
    }
    if (varargs != '1' && given > positional.length) {
        const maximum = positional.length;
        const kwonlyGiven = bound.slice (maximum).filter (Boolean).length;
        const takes = required == maximum ? plural (maximum, 'positional argument') :
            'from ' + required + ' to ' + maximum + ' positional arguments';
        const kwonlyPart = kwonlyGiven ? ' positional argument' + (given == 1 ? '' : 's') + ' (and ' +
            plural (kwonlyGiven, 'keyword-only argument') + ')' : '';
        fail ('takes ' + takes + ' but ' + given + kwonlyPart + (given == 1 && !kwonlyGiven ? ' was' : ' were') + ' given');
    }
    missing (positional.filter ((name, index) => index < required && !bound [index]), 'positional');
    missing (kwonly.filter ((name, index) => !name.endsWith ('=') && !bound [positional.length + index]), 'keyword-only');
    return values;
}

// The keywords of a def or lambda with positional-only parameters (`def f(a, /, b)`), passed to
// __m_shared_args__ by its check (m_shared/compile.py) so that programs without any do not ship it: a
// keyword that names one of the first `count` parameters (the spec's last field) names none (index -1: it
// goes to **kwargs, or is unexpected); at a keyword that names no parameter, without **kwargs, CPython's
// error lists the positional-only ones the call names, if any ("f() got some positional-only arguments
// passed as keyword arguments: 'a, b'"), in the order of the parameters.
export function __m_shared_posonly__ (spec, index, last, aliases, names) {
    const [qualname, , , , , varkw, count] = spec.split ('|');
    if (index >= +count) {
        return index;
    }
    const keys = Object.keys (last).flatMap (key => [key, __m_shared_attr__ (key)]);
    const named = names.slice (0, count).filter ((name, position) => keys.includes (aliases [position]));
    if (varkw != '1' && named.length) {
        throw py_TypeError (qualname + "() got some positional-only arguments passed as keyword arguments: '" +
                            named.join (', ') + "'", new Error ());
    }
    return -1;
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

// A keyword a builtin does not take. CPython raises TypeError, worded by version ("'x' is an invalid keyword argument
// for split()", 3.13: "split() got an unexpected keyword argument 'x'. Did you mean ...?"), for a misspelt keyword
// on every call; JavaScript ignored it: "a b".split(max_split=1) was ['a', 'b'] (CPython: TypeError) and
// sorted(xs, reversed=True) sorted xs ascending. Loud here: such a call never works in CPython.
function __m_shared_keywords_known__ (keywords, known, name) {
    for (const key of Object.keys (keywords)) {
        if (!known.includes (key)) {
            throw __m_shared_loud__ (name + "() got an unexpected keyword argument '" + key.replace (/^py_/, '') +
                "' (a TypeError in CPython): it takes " + known.map (k => k.replace (/^py_/, '')).join (' and ') +
                ' by name');
        }
    }
}
