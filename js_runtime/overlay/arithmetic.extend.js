// Parity fix, appended to Transcrypt's runtime at build time (used by the __add__, __sub__, __mul__,
// __truediv__, __floordiv__, __mod__, __pow__ and in-place operator patches).
// Observed (CPython → JS before): None + 1 TypeError → 1, 1 * None TypeError → 0, "a" - 1 TypeError → None
// (NaN), [1] - 2 TypeError → -1, {"a": 1} + 1 TypeError → '[object Object]1', 2.5 * "a" TypeError → 'aaa',
// "a" * "b" TypeError → '', x = "a"; x += 1 TypeError → 'a1'. JavaScript converts any operand to a number
// or a string; CPython refuses operands of the wrong type. A JSON field holding null or a string where a
// number belongs is exactly such an operand: `quantity * price` gave 0 instead of raising.
function __m_shared_arithmetic_operand__ (value) {  // a Python int, float or bool; a JS Date is Transcrypt's time module's own
    const type = typeof value;
    return type == 'number' || type == 'boolean' || value instanceof Date;
}

function __m_shared_arithmetic__ (a, b, op) {  // both operands numbers (a bool is an int), or TypeError
    if (!__m_shared_arithmetic_operand__ (a) || !__m_shared_arithmetic_operand__ (b)) {
        throw py_TypeError (
            'unsupported operand type(s) for ' + op + ": '" + __m_shared_typename__ (a) + "' and '" +
            __m_shared_typename__ (b) + "'", new Error ()
        );
    }
}

function __m_shared_concatenate__ (a, b, op) {  // str + str, or CPython's TypeError for a str and another type
    if (typeof a == 'string' && typeof b == 'string') {
        return a + b;
    }
    if (typeof a == 'string') {
        throw py_TypeError ('can only concatenate str (not "' + __m_shared_typename__ (b) + '") to str', new Error ());
    }
    throw py_TypeError ('unsupported operand type(s) for ' + op + ": '" + __m_shared_typename__ (a) + "' and 'str'", new Error ());
}

(function () {
    const repeat = String.prototype.__mul__;
    const checked = function (count) {
        if (typeof count == 'boolean') {
            count = Number (count);
        }
        if (typeof count != 'number' || !Number.isInteger (count)) {
            throw py_TypeError ("can't multiply sequence by non-int of type '" + __m_shared_typename__ (count) + "'", new Error ());
        }
        return repeat.call (this, count);
    };
    for (const name of ['__mul__', '__rmul__']) {
        Object.defineProperty (String.prototype, name, {value: checked, writable: true, configurable: true, enumerable: false});
    }
}) ();

// Unary plus, for `+x` (lowering, m_shared/lower/_lowering.py visit_UnaryOp). Observed (CPython → JS before):
// +timedelta(hours=-1) the timedelta → a bare JavaScript TypeError (JavaScript turned the object into a
// number), +"5" TypeError → 5, +None TypeError → 0, +[1] TypeError → 1.
export function __m_shared_pos__ (value) {
    if (typeof value == 'number') {
        return value;
    }
    if (typeof value == 'boolean') {
        return value ? 1 : 0;
    }
    if (value != null && typeof value == 'object' && typeof value.__pos__ == 'function') {
        return value.__pos__ ();
    }
    throw py_TypeError ("bad operand type for unary +: '" + __m_shared_typename__ (value) + "'", new Error ());
}
