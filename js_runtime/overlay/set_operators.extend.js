// Parity fix for the set operators, appended to Transcrypt's runtime at build time.
// Observed (CPython → JS before): {1, 2} | {2, 3} {1, 2, 3} → TypeError: unsupported operand type(s) for |:
// 'set' and 'set'; likewise &, ^ and - ({1, 2} - {2} {1}), and s |= {2}, s -= {2}, s &= {2}, s ^= {2}:
// Transcrypt compiles the operators to its number functions, which know no sets.
// The result is in insertion order (a's items, then b's), as the methods give it; CPython's order comes from
// its hash table, so iterating a result is flagged (lint MS215, as for a.union(b)). What CPython does decide is
// kept: which of two equal items the result holds: a | b a's, a & b the smaller set's (b's when the sizes are
// equal), so {1} & {True} is {True} and {1} | {True} is {1}.
// Either operand not a set: CPython's TypeError naming both types ({1} | [1], [1] - {1}); `s |= t` mutates s,
// `s = s | t` makes a new set, as in CPython.
//
// Reached as methods of arrays (__or__, __ior__, ...), which the operator functions already ask an object
// for (bitwise.extend.js, the __sub__ and __isub__ patches): the number paths are unchanged. The methods are
// installed by __m_shared_set_operators__, which link.py imports into every shared module that makes sets
// (imports `set`); a program without sets has no set to apply an operator to and ships none of this.

function __m_shared_set_op__ (a, b, op, reflected) {  // op is '|', ..., or '|=', ... for the in-place form
    if (b !== null && typeof b == 'object' && !Array.isArray (b) && reflected in b) {  // {1} | x, x's __ror__
        return b [reflected] (a);
    }
    if (!Array.isArray (a) || a.__class__ !== set || !Array.isArray (b) || b.__class__ !== set) {
        throw py_TypeError (
            'unsupported operand type(s) for ' + op + ": '" + __m_shared_typename__ (a) + "' and '" +
            __m_shared_typename__ (b) + "'", new Error ()
        );
    }
    const bare = op [0];
    let result;
    if (bare == '-') {
        result = a.filter (item => __m_shared_member_index__ (b, item) == -1);
    }
    else if (bare == '&') {
        const [small, large] = b.length > a.length ? [a, b] : [b, a];
        result = small.filter (item => __m_shared_member_index__ (large, item) != -1);
    }
    else {  // | and ^: a's items, then b's; ^ takes out what both hold (b holds each item once)
        result = a.slice ();
        for (const item of b) {
            const index = __m_shared_member_index__ (result, item);
            if (index == -1) {
                result.push (item);
            }
            else if (bare == '^') {
                result.splice (index, 1);
            }
        }
    }
    if (op.length == 2) {  // in place: the same set object, as CPython's set.__ior__ and the others
        a.length = 0;
        a.push (...result);
        return a;
    }
    result.__class__ = set;
    return result;
}

export var __m_shared_set_operators__ = (function () {
    for (const [op, name] of [['|', 'or'], ['&', 'and'], ['^', 'xor'], ['-', 'sub']]) {
        for (const [method, operator] of [['__' + name + '__', op], ['__i' + name + '__', op + '=']]) {
            Object.defineProperty (Array.prototype, method, {
                value: function (other) {
                    return __m_shared_set_op__ (this, other, operator, '__r' + name + '__');
                },
                writable: true, configurable: true, enumerable: false
            });
        }
    }
    __m_shared_set_order_methods__ ();  // printing, pop() and extend() of sets (sets.extend.js)
    return true;
}) ();
