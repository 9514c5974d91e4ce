"""Where whole floats flow within one module, for MS212 (float-str-integral) and MS219.

JavaScript has one number type, so a float whose value is whole (``4 / 2``) prints as an int there:
str(4 / 2) is '2.0' in CPython and '2' in the browser, and so is every container that holds one,
str([4 / 2, 0.5]) '[2.0, 0.5]' vs '[2, 0.5]'. This module follows such floats from where they are made
(true division, whole float literals, float(), float-valued math functions, total_seconds(), round(x, n), and
arithmetic, sum() or round(x, n) of any float: 0.5 + 0.5, sum([1.25, 2.75]) and round(1.005, 2) are whole)
through names, containers, loops, comprehensions, the module's own functions and dataclasses. A timedelta
times or by a number is a timedelta, not a float.

Approximations (flow-insensitive, one module):

* a name is a float only if every binding of it is one, or an arithmetic ``+=`` (``-=``, ``*=``...) of a float
  makes it one (``total = 0`` then ``total += 1.25``); a name holds floats if any binding or addition puts
  one in it (``rates.append(x / 2)``,
  ``rates += [x / 2]``, ``ratios[key] = x / 2``, ``ratios.update(...)``, ``.setdefault(k, x / 2)``),
  wherever the addition stands;
* a loop or comprehension variable takes the items of what it iterates (a dict's keys, ``.values()``,
  ``.items()`` pairs, ``zip()`` and ``enumerate()`` tuples by position);
* a call of a module-level function is what any of its ``return`` statements may return;
* a call of a module-level dataclass (without its own ``__repr__``/``__str__``) is an instance that prints a
  float if a field is annotated ``float`` (or holds one of these dataclasses) or an argument is such a
  float; reading a float-annotated field (``quote.rate``) is a float;
* parameters, attributes of other objects and items read from other containers are not known to be floats.
"""

from __future__ import annotations

import ast
import dataclasses
from collections.abc import Callable

# math functions that always return a float
FLOAT_MATH = frozenset({
    "sqrt", "pow", "exp", "expm1", "log", "log10", "log2", "log1p", "fabs", "copysign", "hypot", "sin", "cos", "tan",
    "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "radians", "degrees", "fmod",
})
_MAX_DEPTH = 4  # below this many containers, whatever holds a float is taken to be one


@dataclasses.dataclass(frozen=True)
class Floats:
    """What of a value may be a whole float: the value itself, the items iterating it gives (a list's items, a
    dict's keys), a dict's values or an instance's fields, a tuple's or list display's parts by position (a name
    bound or added to otherwise loses them)."""

    whole: bool = False
    items: Floats | None = None
    values: Floats | None = None
    parts: tuple[Floats | None, ...] | None = None
    fields: frozenset[str] = frozenset()  # an instance's fields that may be whole floats
    instance: str = ""  # the dataclass of an instance
    # a float not known to be whole (0.5, 1.25): it prints alike, but arithmetic on it, sum() or round(x, n) may
    # make a whole one (0.5 + 0.5, sum([1.25, 2.75]), round(1.005, 2): '1.0' in CPython, '1' in JavaScript)
    fraction: bool = False

    @property
    def shows(self) -> bool:
        """Whether printing the value may print a whole float."""
        return (self.whole or (self.items is not None and self.items.shows)
                or (self.values is not None and self.values.shows) or bool(self.fields))

    @property
    def floats(self) -> bool:
        """Whether the value is or holds a float (whole or not)."""
        return (self.shows or self.fraction or self.instance == "timedelta"
                or any(s is not None and s.floats for s in (self.items, self.values))
                or any(p is not None for p in self.parts or ()))

    @property
    def number(self) -> bool:
        """Whether the value is itself a float, whole or not: arithmetic on it may give a whole float."""
        return self.whole or self.fraction


WHOLE = Floats(whole=True)
FRACTION = Floats(fraction=True)
# a timedelta: times or by a number it is a timedelta (str(timedelta(1) * 1.5) '1 day, 12:00:00'), not a float
DURATION = Floats(instance="timedelta")


def _depth(shape: Floats | None) -> int:
    if shape is None:
        return 0
    inner = [shape.items, shape.values, *(shape.parts or ())]
    return 1 + max((_depth(s) for s in inner), default=0)


def _truncate(shape: Floats | None, depth: int) -> Floats | None:
    """The shape to ``depth`` containers; below, what may print a float is taken to be one (so shapes of names
    bound in loops, `xs = [xs]`, stay finite)."""
    if shape is None:
        return None
    if depth <= 0:
        return WHOLE if shape.shows else FRACTION if shape.floats else None
    parts = tuple(_truncate(p, depth - 1) for p in shape.parts) if shape.parts is not None else None
    return Floats(shape.whole, _truncate(shape.items, depth - 1), _truncate(shape.values, depth - 1), parts,
                  shape.fields, shape.instance, shape.fraction)


def make(whole: bool = False, items: Floats | None = None, values: Floats | None = None,
         parts: tuple[Floats | None, ...] | None = None, fields: frozenset[str] = frozenset(),
         instance: str = "", fraction: bool = False) -> Floats | None:
    """A shape, or None when nothing of it is a float."""
    if parts is not None and all(p is None for p in parts):
        parts = None
    shape = Floats(whole, items, values, parts, fields, instance, fraction and not whole)
    if not shape.floats:
        return None
    return _truncate(shape, _MAX_DEPTH) if _depth(shape) > _MAX_DEPTH else shape


def join(*shapes: Floats | None) -> Floats | None:
    """What any of these values may be."""
    found = [s for s in shapes if s is not None]
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    first, rest = found[0], join(*found[1:])
    assert rest is not None
    parts = None
    if first.parts is not None and rest.parts is not None and len(first.parts) == len(rest.parts):
        parts = tuple(join(a, b) for a, b in zip(first.parts, rest.parts))
    return make(first.whole or rest.whole, join(first.items, rest.items), join(first.values, rest.values), parts,
                first.fields | rest.fields, first.instance or rest.instance, first.fraction or rest.fraction)


def items(shape: Floats | None) -> Floats | None:
    return shape.items if shape is not None else None


def values(shape: Floats | None) -> Floats | None:
    return shape.values if shape is not None else None


def container(shape: Floats | None) -> Floats | None:
    """The same container, not the value itself (a copy, a slice)."""
    return make(items=shape.items, values=shape.values, parts=shape.parts) if shape is not None else None


UNBOUND = object()  # a name the scopes looked at do not bind
Lookup = Callable[[str], "Floats | None | object"]


def chain(local: dict[str, Floats | None], outer: Lookup) -> Lookup:
    """A scope's own names, before the enclosing scope's."""
    def lookup(name: str) -> Floats | None | object:
        return local[name] if name in local else outer(name)

    return lookup


def nothing(name: str) -> object:
    return UNBOUND


@dataclasses.dataclass
class Module:
    """What the module's functions return and its dataclasses' instances print."""

    returns: dict[str, Floats | None] = dataclasses.field(default_factory=dict)
    classes: dict[str, tuple[tuple[str, ...], Floats | None]] = dataclasses.field(default_factory=dict)
    scopes: dict[int, dict[str, Floats | None]] = dataclasses.field(default_factory=dict)  # module-level functions'


def _is_path(node: ast.BinOp) -> bool:  # `folder / "name"`: a path, not a number
    return any(isinstance(side, ast.JoinedStr) or (isinstance(side, ast.Constant) and isinstance(side.value, str))
               for side in (node.left, node.right))


class Flow:
    """The shape of expressions, given the names in scope (``lookup``) and the module's functions and classes."""

    def __init__(self, lookup: Lookup, module: Module) -> None:
        self.lookup = lookup
        self.module = module

    def name(self, name: str) -> Floats | None:
        found = self.lookup(name)
        return None if found is UNBOUND else found  # type: ignore[return-value]

    def shape(self, node: ast.expr | None) -> Floats | None:
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self.name(node.id)
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, float):
                return None
            return WHOLE if node.value.is_integer() else FRACTION
        if isinstance(node, ast.NamedExpr):
            return self.shape(node.value)
        if isinstance(node, ast.BinOp):
            left, right = self.shape(node.left), self.shape(node.right)
            if (left == DURATION) != (right == DURATION) and isinstance(node.op, (ast.Mult, ast.Div, ast.FloorDiv)):
                return DURATION  # timedelta * 1.5, timedelta / 2 (timedelta / timedelta is a float)
            if isinstance(node.op, ast.Div):
                return None if _is_path(node) else WHOLE
            whole = (isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Mod, ast.Pow, ast.FloorDiv))
                     and any(s is not None and s.number for s in (left, right)))
            if isinstance(node.op, (ast.Add, ast.Mult, ast.BitOr)):  # lists joined or repeated, dicts merged
                return make(whole, join(items(left), items(right)), join(values(left), values(right)))
            return WHOLE if whole else None
        if isinstance(node, ast.UnaryOp):
            inner = self.shape(node.operand)
            if not isinstance(node.op, (ast.USub, ast.UAdd)) or inner is None:
                return None
            return WHOLE if inner.whole else FRACTION if inner.fraction else None
        if isinstance(node, ast.IfExp):
            return join(self.shape(node.body), self.shape(node.orelse))
        if isinstance(node, ast.BoolOp):
            return join(*(self.shape(v) for v in node.values))
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            shapes = [items(self.shape(e.value)) if isinstance(e, ast.Starred) else self.shape(e) for e in node.elts]
            starred = any(isinstance(e, ast.Starred) for e in node.elts)
            parts = tuple(shapes) if not isinstance(node, ast.Set) and not starred else None  # row[0], a, b = row
            return make(items=join(*shapes), parts=parts)
        if isinstance(node, ast.Dict):
            keys, found = [], []
            for key, value in zip(node.keys, node.values):
                inner = self.shape(value)
                if key is None:  # {**other}
                    keys.append(items(inner))
                    found.append(values(inner))
                else:
                    keys.append(self.shape(key))
                    found.append(inner)
            return make(items=join(*keys), values=join(*found))
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            local = Flow(comprehension_lookup(node, self), self.module)
            if isinstance(node, ast.DictComp):
                return make(items=local.shape(node.key), values=local.shape(node.value))
            return make(items=local.shape(node.elt))
        if isinstance(node, ast.Subscript):
            call = node.value
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "modf"
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == "math"):
                return WHOLE  # both parts of math.modf(x) are floats
            base = self.shape(node.value)
            if base is None:
                return None
            if isinstance(node.slice, ast.Slice):
                return container(base)
            index = node.slice
            if (base.parts is not None and isinstance(index, ast.Constant) and isinstance(index.value, int)
                    and -len(base.parts) <= index.value < len(base.parts)):
                return base.parts[index.value]
            return join(base.items, base.values)  # a list's item or a dict's value
        if isinstance(node, ast.Attribute):
            base = self.shape(node.value)
            return WHOLE if base is not None and node.attr in base.fields else None
        if isinstance(node, ast.Call):
            return self._call(node)
        return None

    def _call(self, node: ast.Call) -> Floats | None:
        func = node.func
        args = node.args
        if (func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "") == "timedelta":
            return DURATION
        first = self.shape(args[0]) if args else None
        if isinstance(func, ast.Attribute):
            if isinstance(func.value, ast.Name) and func.value.id == "math":
                return WHOLE if func.attr in FLOAT_MATH else None
            if func.attr == "total_seconds" and not args:
                return WHOLE
            base = self.shape(func.value)
            if base is None and func.attr not in ("get", "setdefault"):
                return None
            if func.attr == "copy" and not args:
                return container(base)
            if func.attr == "values" and not args:
                return make(items=values(base))
            if func.attr == "keys" and not args:
                return make(items=items(base))
            if func.attr == "items" and not args:
                pair = make(items=join(items(base), values(base)), parts=(items(base), values(base)))
                return make(items=pair)
            if func.attr in ("get", "setdefault"):  # the value found, or the default
                return join(values(base), self.shape(args[1]) if len(args) > 1 else None)
            if func.attr == "pop":
                return join(items(base), values(base), self.shape(args[1]) if len(args) > 1 else None)
            return None
        if not isinstance(func, ast.Name):
            return None
        callee = func.id
        if self.lookup(callee) is not UNBOUND:  # a local name: not the builtin or the module's function
            return None
        if callee in self.module.returns:
            return self.module.returns[callee]
        if callee in self.module.classes:
            return self._instance(node, callee)
        if callee == "float":
            return WHOLE
        if callee == "round" and len(args) == 2:  # round(x, n) of a float is a float: round(4 / 2, 1) 2.0, round(1.005, 2) 1.0
            return WHOLE if first is not None and first.number else None
        if callee == "abs":
            return None if first is None else WHOLE if first.whole else FRACTION if first.fraction else None
        if callee in ("list", "tuple", "set", "frozenset", "sorted", "reversed", "iter") and args:
            return make(items=items(first))
        if callee in ("min", "max") and args:
            return items(first) if len(args) == 1 else join(*(self.shape(a) for a in args))
        if callee == "sum" and args:
            start = self.shape(args[1]) if len(args) > 1 else None
            # sum([1.25, 2.75]) 4.0
            return WHOLE if any(s is not None and s.number for s in (items(first), start)) else None
        if callee == "zip":
            each = [items(self.shape(a)) for a in args]
            return make(items=make(items=join(*each), parts=tuple(each)))
        if callee == "enumerate" and args:
            inner = items(first)
            return make(items=make(items=inner, parts=(None, inner)))
        if callee == "dict":
            pair = items(first)
            found = [values(first), pair.parts[-1] if pair is not None and pair.parts else items(pair)]
            found.extend(self.shape(k.value) for k in node.keywords)
            return make(values=join(*found))
        return None

    def _instance(self, node: ast.Call, callee: str) -> Floats | None:
        names, declared = self.module.classes[callee]
        fields = set(declared.fields) if declared is not None else set()
        passed = [*zip(names, node.args), *((k.arg, k.value) for k in node.keywords if k.arg)]
        found = [declared]
        for field, value in passed:
            shape = self.shape(value)
            found.append(shape)
            if shape is not None and shape.shows:
                fields.add(field)
        shape = join(*found)
        if shape is None and not fields:
            return None
        return make(values=shape.values if shape else None, fields=frozenset(fields), instance=callee)


def bind(target: ast.expr, shape: Floats | None, into: dict[str, list[Floats | None]]) -> None:
    """What each name of an assignment's or loop's target gets: ``a, b = pair`` by position when known."""
    if isinstance(target, ast.Name):
        into.setdefault(target.id, []).append(shape)
    elif isinstance(target, ast.Starred):
        bind(target.value, make(items=items(shape)), into)
    elif isinstance(target, (ast.Tuple, ast.List)):
        parts = shape.parts if shape is not None else None
        positional = parts is not None and len(parts) == len(target.elts) and not any(
            isinstance(e, ast.Starred) for e in target.elts)
        for index, element in enumerate(target.elts):
            bind(element, parts[index] if positional and parts is not None else items(shape), into)


def comprehension_lookup(node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp, outer: Flow) -> Lookup:
    """The names a comprehension's loops bind (each an item of what it iterates), before the enclosing scope's."""
    local: dict[str, Floats | None] = {}
    lookup = chain(local, outer.lookup)  # filled generator by generator: a later one sees the earlier ones
    flow = Flow(lookup, outer.module)
    for generator in node.generators:
        bound: dict[str, list[Floats | None]] = {}
        bind(generator.target, items(flow.shape(generator.iter)), bound)
        for name, shapes in bound.items():
            local[name] = join(*shapes)
    return lookup


def _own(scope: ast.AST) -> list[ast.AST]:
    """The nodes of a scope's body, without nested functions, classes, lambdas and comprehensions."""
    found: list[ast.AST] = []
    pending: list[ast.AST] = list(scope.body) if isinstance(scope, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)) else []
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.ListComp,
                             ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


_ADD_ITEM = {"append": 0, "add": 0, "insert": 1}  # the argument that becomes an item
_ADD_ITEMS = frozenset({"extend", "update"})
_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod, ast.Pow, ast.FloorDiv)


def scope_names(scope: ast.Module | ast.FunctionDef | ast.AsyncFunctionDef, outer: Lookup,
                module: Module) -> dict[str, Floats | None]:
    """What each name a scope binds may be (see the module's docstring for the approximations)."""
    nodes = _own(scope)
    unknown: set[str] = set()  # names with a binding that is not followed (a parameter, `+=`, with, import...)
    if not isinstance(scope, ast.Module):
        arguments = scope.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg,
                         arguments.kwarg]:
            if argument is not None:
                unknown.add(argument.arg)
    followed: set[int] = set()
    bindings: list[tuple[ast.expr, ast.expr, bool]] = []  # (target, value, whether the items of value are bound)
    additions: list[tuple[str, ast.expr, str]] = []  # (name, value, "item" | "items" | "value" | "values")
    for node in nodes:
        if (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node is not scope
                and not isinstance(scope, ast.Module)):
            unknown.add(node.name)  # a nested definition shadows the module's function or class
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bindings.append((target, node.value, False))
                followed.update(id(n) for n in ast.walk(target) if isinstance(n, ast.Name))
                if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                    additions.append((target.value.id, node.value, "value"))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            bindings.append((node.target, node.value, False))
            followed.update(id(n) for n in ast.walk(node.target) if isinstance(n, ast.Name))
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            bindings.append((node.target, node.iter, True))
            followed.update(id(n) for n in ast.walk(node.target) if isinstance(n, ast.Name))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            additions.append((node.target.id, node.value, "items"))
            if isinstance(node.op, _ARITHMETIC):  # `total += price`: total = total + price, a float after it
                name = ast.Name(node.target.id, ast.Load())
                additions.append((node.target.id, ast.BinOp(name, node.op, node.value), "number"))
                followed.add(id(node.target))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and isinstance(node.func.value, ast.Name)):
            method, name = node.func.attr, node.func.value.id
            if method in _ADD_ITEM and len(node.args) > _ADD_ITEM[method]:
                additions.append((name, node.args[_ADD_ITEM[method]], "item"))
            elif method in _ADD_ITEMS and node.args:
                additions.append((name, node.args[0], "items"))
            elif method == "setdefault" and len(node.args) > 1:
                additions.append((name, node.args[1], "value"))
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)) and id(node) not in followed:
            unknown.add(node.id)
    names = unknown | {n.id for target, _, _ in bindings for n in ast.walk(target) if isinstance(n, ast.Name)}
    env: dict[str, Floats | None] = {}

    def lookup(name: str) -> Floats | None | object:
        return env.get(name) if name in names else outer(name)

    flow = Flow(lookup, module)
    for _ in range(12):  # each round follows names one binding further; shapes only grow
        bound: dict[str, list[Floats | None]] = {}
        for target, value, iterated in bindings:
            shape = flow.shape(value)
            bind(target, items(shape) if iterated else shape, bound)
        added: dict[str, list[Floats | None]] = {}
        numbers: dict[str, list[Floats | None]] = {}
        for name, value, how in additions:
            shape = flow.shape(value)
            if how == "number":
                numbers.setdefault(name, []).append(shape)
                continue
            if how == "item":
                shape = make(items=shape)
            elif how == "value":
                shape = make(values=shape)
            else:  # `+=`, extend() and update() add the items or values of theirs
                shape = container(shape)
            added.setdefault(name, []).append(shape)
        new: dict[str, Floats | None] = {}
        for name in names:
            shapes = bound.get(name, [])
            whole = bool(shapes) and name not in unknown and all(s is not None and s.whole for s in shapes)
            fraction = bool(shapes) and name not in unknown and all(s is not None and s.number for s in shapes)
            # `total = 0` then `total += price`: a float once a price is added, whatever total was bound to
            whole = whole or (name not in unknown and any(s is not None and s.whole for s in numbers.get(name, [])))
            if name in unknown and not shapes:
                shapes = []
            joined = join(*shapes, *added.get(name, []))
            if joined is not None:
                joined = make(whole, joined.items, joined.values, joined.parts, joined.fields, joined.instance,
                              fraction)
            elif whole or fraction:
                joined = WHOLE if whole else FRACTION
            if joined is not None:
                new[name] = joined
        if new == env:
            break
        env = new
    return {name: env.get(name) for name in names}


def _mentions_float(annotation: ast.expr | None, classes: dict[str, tuple[tuple[str, ...], Floats | None]]) -> bool:
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):  # "float | None"
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return False
    return any(isinstance(n, ast.Name) and (n.id == "float" or (n.id in classes and classes[n.id][1] is not None))
               for n in ast.walk(annotation))


def _dataclass(node: ast.ClassDef) -> bool:
    """A dataclass that prints its fields as dataclasses does (no repr=False, no own __repr__ or __str__)."""
    for decorator in node.decorator_list:
        call = decorator if isinstance(decorator, ast.Call) else None
        name = call.func if call is not None else decorator
        if (isinstance(name, ast.Name) and name.id == "dataclass") or (
                isinstance(name, ast.Attribute) and name.attr == "dataclass"):
            if call is not None and any(k.arg == "repr" and isinstance(k.value, ast.Constant) and not k.value.value
                                        for k in call.keywords):
                return False
            return not any(isinstance(s, ast.FunctionDef) and s.name in ("__repr__", "__str__") for s in node.body)
    return False


def module_shapes(tree: ast.Module) -> tuple[Module, dict[str, Floats | None]]:
    """The module's functions' returns, its dataclasses, and its own names."""
    module = Module()
    classes = [s for s in tree.body if isinstance(s, ast.ClassDef) and _dataclass(s)]
    for _ in range(3):  # a dataclass may hold another
        for node in classes:
            fields = [s for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
            order = tuple(s.target.id for s in fields)  # type: ignore[union-attr]
            floats = frozenset(s.target.id for s in fields  # type: ignore[union-attr]
                               if _mentions_float(s.annotation, module.classes)
                               or (s.value is not None and Flow(nothing, module).shape(s.value) is not None))
            module.classes[node.name] = (order, make(values=WHOLE, fields=floats, instance=node.name) if floats
                                         else None)
    functions = {s.name: s for s in tree.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
    stored = {n.id for n in _own(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    defined = [s.name for s in tree.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    for name in [*functions, *module.classes]:  # a name bound again at module level is not followed
        if name in stored or defined.count(name) > 1:
            functions.pop(name, None)
            module.classes.pop(name, None)
    names: dict[str, Floats | None] = {}
    for _ in range(len(functions) + 2):  # each round follows calls one function further
        names = scope_names(tree, nothing, module)
        outer = chain(names, nothing)
        returns: dict[str, Floats | None] = {}
        for function in functions.values():
            module.scopes[id(function)] = local = scope_names(function, outer, module)
            flow = Flow(chain(local, outer), module)
            own = _own(function)
            returned = [flow.shape(n.value) for n in own if isinstance(n, ast.Return)]
            yielded = [flow.shape(n.value) for n in own if isinstance(n, ast.Yield)]
            returns[function.name] = make(items=join(*yielded)) if yielded else join(*returned)
        if returns == module.returns:
            break
        module.returns = returns
    return module, names
