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
    __m_shared_set_methods__ ();
    return true;
}) ();

// Observed (CPython -> JS before): Transcrypt's set methods took one set or list: a.union([5], (6,)) and
// a.intersection([1, 2, 3], {2, 3}) crashed (TypeError reading 'length'), so did a.union("xy"),
// a.difference(k for k in keys) and a.isdisjoint(d.values()); {1}.union([True]) held 1 and True and
// {1}.intersection([True]) was empty (CPython {1} and {True}: JS identity, not ==); a.union(1) crashed where
// CPython raises TypeError ('int' object is not iterable); intersection_update, difference_update and
// symmetric_difference_update did not exist. The methods of a set now take any iterables, as many as
// CPython's do, through the operators' __m_shared_set_op__: an argument that is not a set is made one
// first (set() raises CPython's TypeError for what is not iterable or not hashable), except that
// intersection with one keeps that argument's items, as CPython's does. Lists keep Transcrypt's methods.
function __m_shared_set_methods__ () {
    const of = (x) => Array.isArray (x) && x.__class__ === set ? x : set (x);
    const copy = (items) => {
        const result = items.slice ();
        result.__class__ = set;
        return result;
    };
    const replace = (target, items) => {  // the in-place forms: the same set object
        target.length = 0;
        target.push (...items);
        return null;
    };
    const one = (name, args) => {
        if (args.length != 1) {
            throw py_TypeError ('set.' + name + '() takes exactly one argument (' + args.length + ' given)', new Error ());
        }
        return of (args [0]);
    };
    const methods = {
        union: function (...args) {
            return args.reduce ((result, x) => __m_shared_set_op__ (result, of (x), '|=', ''), copy (this));
        },
        intersection: function (...args) {
            return args.reduce ((result, x) => Array.isArray (x) && x.__class__ === set ? __m_shared_set_op__ (result, x, '&', '')
                : copy (of (x).filter (item => __m_shared_member_index__ (result, item) != -1)), copy (this));
        },
        difference: function (...args) {
            return args.reduce ((result, x) => __m_shared_set_op__ (result, of (x), '-', ''), copy (this));
        },
        symmetric_difference: function (...args) {
            return __m_shared_set_op__ (this, one ('symmetric_difference', args), '^', '');
        },
        issubset: function (...args) {
            const other = one ('issubset', args);
            return this.every (item => __m_shared_member_index__ (other, item) != -1);
        },
        issuperset: function (...args) {
            return one ('issuperset', args).every (item => __m_shared_member_index__ (this, item) != -1);
        },
        isdisjoint: function (...args) {
            return !one ('isdisjoint', args).some (item => __m_shared_member_index__ (this, item) != -1);
        },
        py_update: function (...args) {
            return replace (this, methods.union.apply (this, args));
        },
        intersection_update: function (...args) {
            return replace (this, methods.intersection.apply (this, args));
        },
        difference_update: function (...args) {
            return replace (this, methods.difference.apply (this, args));
        },
        symmetric_difference_update: function (...args) {
            return replace (this, methods.symmetric_difference.apply (this, args));
        }
    };
    for (const [name, method] of Object.entries (methods)) {
        const original = Array.prototype [name];
        Object.defineProperty (Array.prototype, name, {
            value: function () {
                if (this.__class__ === set) {
                    return method.apply (this, arguments);
                }
                if (original) {
                    return original.apply (this, arguments);
                }
                throw AttributeError ("'" + __m_shared_typename__ (this) + "' object has no attribute '" + name + "'", new Error ());
            },
            writable: true, configurable: true, enumerable: false
        });
    }
}
