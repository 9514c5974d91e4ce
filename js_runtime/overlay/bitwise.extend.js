// Parity fix for the bitwise operators, appended to Transcrypt's runtime at build time (used by the
// __and__, __or__, __xor__, __lshift__, __rshift__ patches, their in-place forms, and lowering of `~`).
// Observed (CPython → JS before): 1 << 40 1099511627776 → 256, 2 ** 40 | 1 1099511627777 → 1,
// ~(2 ** 40) -1099511627777 → -1, 3 << 60 3458764513820540928 → 805306368, -5 >> 100 -1 → -1 but
// 2 ** 40 >> 3 137438953472 → 0 (JavaScript's & | ^ ~ << >> work on 32-bit integers);
// True & False False → 0; 1.5 & 1 TypeError → 1, ~"5" TypeError → -6, None | 1 TypeError → 1;
// 1 >> -1 ValueError → 0, 1 << -1 ValueError → -2147483648.
// Ints up to 2**53 are exact here: the 32-bit operators on the high and the low 32 bits, shifts as a
// multiplication or a floor division by a power of two; beyond, an m_shared error (numbers.extend.js).
// The int32 cases never get here: the patches answer them with JavaScript's own operator.
const __m_shared_bitwise_methods__ = {
    '&': ['__and__', '__rand__', '__iand__'], '|': ['__or__', '__ror__', '__ior__'], '^': ['__xor__', '__rxor__', '__ixor__'],
    '<<': ['__lshift__', '__rlshift__', '__ilshift__'], '>>': ['__rshift__', '__rrshift__', '__irshift__']
};

function __m_shared_bitwise__ (a, b, op) {  // op is '&', ..., or '&=', ... for the in-place form
    const bare = op.replace ('=', '');
    const [method, reflected, inplace] = __m_shared_bitwise_methods__ [bare];
    if (a !== null && typeof a == 'object') {
        if (bare != op && inplace in a) {
            return a [inplace] (b);
        }
        if (method in a) {
            return a [method] (b);
        }
    }
    if (b !== null && typeof b == 'object' && reflected in b) {
        return b [reflected] (a);
    }
    const shift = bare.length == 2;
    if (typeof a == 'boolean' && typeof b == 'boolean' && !shift) {
        return bare == '&' ? a && b : bare == '|' ? a || b : a !== b;  // a bool, as CPython's bool.__and__ gives
    }
    const x = typeof a == 'boolean' ? +a : a;
    const y = typeof b == 'boolean' ? +b : b;
    if (!Number.isInteger (x) || !Number.isInteger (y)) {  // a float, str, None, list...: not for a number
        throw py_TypeError (
            'unsupported operand type(s) for ' + op + ": '" + __m_shared_typename__ (a) + "' and '" +
            __m_shared_typename__ (b) + "'", new Error ()
        );
    }
    if (!Number.isSafeInteger (x) || !Number.isSafeInteger (y)) {
        throw __m_shared_loud__ (
            'integer operand of ' + x + ' ' + op + ' ' + y + ' is beyond 2**53 (9007199254740992): JavaScript ' +
            'numbers cannot hold it exactly, CPython ints can; keep integers below 2**53 or carry large numbers as strings'
        );
    }
    if (shift && y < 0) {
        throw ValueError ('negative shift count', new Error ());
    }
    if (bare == '>>') {  // exact: a power of two divides without rounding; beyond 2**53 only the sign is left
        return y > 53 ? (x < 0 ? -1 : 0) : Math.floor (x / Math.pow (2, y));
    }
    if (shift) {  // any x other than 0 shifted by 54 or more is beyond 2**53, and is reported as such
        return x === 0 ? 0 : __m_shared_int__ (x * Math.pow (2, Math.min (y, 54)), x, y, op);
    }
    // the high parts (below 2**21 in size) and the low 32 bits, each through JavaScript's 32-bit operator
    const p = Math.floor (x / 4294967296);
    const q = Math.floor (y / 4294967296);
    const high = bare == '&' ? p & q : bare == '|' ? p | q : p ^ q;
    const low = bare == '&' ? x & y : bare == '|' ? x | y : x ^ y;
    return __m_shared_int__ (high * 4294967296 + (low >>> 0), x, y, op);
}

// Unary ~, for `~x` (lowering, m_shared/lower/_lowering.py visit_UnaryOp: Transcrypt wrote JavaScript's `~`).
export function __m_shared_invert__ (value) {
    if (typeof value == 'number' && (value | 0) === value) {
        return ~value;
    }
    if (typeof value == 'boolean') {
        return value ? -2 : -1;
    }
    if (Number.isInteger (value)) {  // beyond 2**31: ~x is -x - 1
        const result = -value - 1;
        if (Number.isSafeInteger (result)) {
            return result;
        }
        throw __m_shared_loud__ (
            'integer result of ~' + value + ' is beyond 2**53 (9007199254740992): JavaScript numbers cannot hold ' +
            'it exactly, CPython ints can; keep integers below 2**53 or carry large numbers as strings'
        );
    }
    if (value !== null && typeof value == 'object' && '__invert__' in value) {
        return value.__invert__ ();
    }
    throw py_TypeError ("bad operand type for unary ~: '" + __m_shared_typename__ (value) + "'", new Error ());
}
