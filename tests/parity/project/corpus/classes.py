"""Classes, properties, dataclasses, super() forms, missing attributes."""

import dataclasses
from dataclasses import KW_ONLY, asdict, astuple, dataclass, field, fields, is_dataclass, replace
from dataclasses import asdict as to_dict


class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.kind}:{self.name}"


class Child(Base):
    kind = "child"

    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def describe(self):
        return super().describe() + f"+{self.extra}"


class ChildExplicitSuper(Base):
    def __init__(self, name):
        super(ChildExplicitSuper, self).__init__(name.upper())


class WithProperty:
    def __init__(self, cents):
        self._cents = cents

    @property
    def amount(self):
        return self._cents / 100

    @property
    def label(self):
        return "EUR " + str(self._cents)


class WithSetter:
    def __init__(self):
        self._value = 0

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = max(0, new)


class WithStatic:
    count = 0

    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def make(cls):
        cls.count += 1
        return cls.count


class WithDunders:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, WithDunders) and self.n == other.n

    def __repr__(self):
        return f"WithDunders({self.n})"

    def __lt__(self, other):
        return self.n < other.n


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Order:
    id: str
    lines: list = field(default_factory=list)
    note: str = ""


@dataclass
class Point3(Point):
    z: int = 0


@dataclass
class Tagged:
    name: str
    secret: str = field(default="", repr=False, compare=False)


class PlainPoint(Point):
    """Not a dataclass itself: it inherits Point's __repr__ and __eq__."""


@dataclass
class Checked:
    qty: int

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError("qty must be >= 0")


def case_inheritance():
    return [Base("a").describe(), Child("b", 1).describe()]


def case_super_with_arguments():
    return ChildExplicitSuper("x").name


def case_class_attribute_shadow():
    c = Child("n", 0)
    return [c.kind, Base.kind]


def case_property():
    w = WithProperty(1250)
    return [w.amount, w.label]


def case_property_setter():
    w = WithSetter()
    w.value = -5
    first = w.value
    w.value = 7
    return [first, w.value]


def case_staticmethod_classmethod():
    return [WithStatic.double(4), WithStatic.make(), WithStatic.make()]


def case_custom_eq():
    return [WithDunders(1) == WithDunders(1), WithDunders(1) == WithDunders(2), WithDunders(1) != WithDunders(1)]


def case_custom_repr():
    return [repr(WithDunders(3)), str(WithDunders(3))]


def case_custom_lt_sorted():
    return [w.n for w in sorted([WithDunders(3), WithDunders(1), WithDunders(2)])]


def case_custom_in_list():
    return WithDunders(2) in [WithDunders(1), WithDunders(2)]


def case_dataclass_init_defaults():
    p = Point(1)
    return [p.x, p.y]


def case_dataclass_eq():
    return [Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1)]


def case_dataclass_repr():
    return repr(Point(1, 2))


def case_dataclass_default_factory():
    a = Order("a")
    b = Order("b")
    a.lines.append(1)
    return [a.lines, b.lines]


def case_dataclass_keywords():
    return repr(Order(id="x", note="n"))


def case_dataclass_inheritance():
    return repr(Point3(1, 2, 3))


def case_dataclass_post_init():
    try:
        Checked(-1)
    except ValueError as error:
        return str(error)
    return "no error"


def case_dataclass_to_js():
    return Point(3, 4)


def case_missing_attribute():
    return Base("a").missing


def case_missing_attribute_caught():
    try:
        return Base("a").missing
    except AttributeError:
        return "missing"


def case_hasattr():
    return [hasattr(Base("a"), "name"), hasattr(Base("a"), "missing")]


def case_getattr_default():
    return getattr(Base("a"), "missing", "default")


def case_getattr_present():
    return getattr(Base("a"), "name")


def case_setattr():
    b = Base("a")
    setattr(b, "name", "z")
    return b.name


def case_isinstance_subclass():
    return [isinstance(Child("a", 1), Base), isinstance(Base("a"), Child), issubclass(Child, Base)]


def case_type_name():
    return [type(Child("a", 1)).__name__, Child.__name__]


def case_instance_dict_attr_update():
    b = Base("a")
    b.extra = 5
    return b.extra


def case_method_bound():
    describe = Base("q").describe
    return describe()


def case_str_of_instance_default():
    return str(Base("a")).startswith("<")


def case_class_counter_instances():
    class Counter:
        def __init__(self):
            self.items = []

    a = Counter()
    b = Counter()
    a.items.append(1)
    return b.items


def case_missing_method_caught():
    try:
        return Base("a").nomethod()
    except AttributeError as error:
        return str(error)


def case_duck_typing_on_int():
    def cleaned(value):
        try:
            return value.strip()
        except AttributeError as error:
            return str(error)

    return [cleaned(" a "), cleaned(5), cleaned(None), cleaned([1]), cleaned({"a": 1})]


def case_attribute_of_none():
    document = {"address": None}
    try:
        return document["address"].city
    except AttributeError as error:
        return str(error)


def case_missing_class_attribute():
    try:
        return Base.missing
    except AttributeError as error:
        return str(error)


def case_attribute_of_call_result():
    try:
        return Base("a").describe().missing
    except AttributeError as error:
        return str(error)


def case_augmented_missing_attribute():
    b = Base("a")
    try:
        b.count += 1
        return b.count
    except AttributeError as error:
        return str(error)


def case_delete_missing_attribute():
    b = Base("a")
    try:
        del b.missing
        return "deleted"
    except AttributeError as error:
        return str(error)


def case_callable_instance():
    class Threshold:
        def __init__(self, limit):
            self.limit = limit

        def __call__(self, value):
            return value <= self.limit

    at_most_3 = Threshold(3)
    return [at_most_3(2), at_most_3(5), list(filter(at_most_3, [1, 4, 3])), callable(at_most_3), isinstance(at_most_3, Threshold)]


def case_bound_method_as_value():
    b = Base("a")
    describe = b.describe
    return [describe(), list(map(Base.describe, [Child("c", 1)]))]


def case_attribute_cpython_has_but_javascript_lacks():
    # str.format_map exists in CPython; where JavaScript lacks it, `except AttributeError` must not run
    template = "{a}"
    try:
        return template.format_map({"a": 1})
    except AttributeError:
        return "no such method"


def case_dataclass_eq_none():
    p = Point(1, 2)
    nothing = None
    return [p == nothing, p != nothing, nothing == p, p in [nothing, p], p == "x", p != 3]


def case_dataclass_subclass_repr_eq():
    return [repr(PlainPoint(1, 2)), PlainPoint(1, 2) == Point(1, 2), PlainPoint(1, 2) == PlainPoint(1, 2)]


def case_dataclass_nested_repr():
    @dataclass
    class Inner:
        v: int

    return repr(Inner(3))


def case_dataclass_field_repr_compare_false():
    return [repr(Tagged("a", "s")), Tagged("a", "s") == Tagged("a", "t"), Tagged("a") == Tagged("b")]


class RaisesInStr:
    def __str__(self):
        raise ValueError("no text for this one")

    def __repr__(self):
        return "RaisesInStr()"


class RaisesInRepr:
    def __repr__(self):
        raise ValueError("no repr for this one")

    def __str__(self):
        return "text"


def case_str_that_raises():
    # Transcrypt's str() caught the exception and returned the repr
    return str(RaisesInStr())


def case_format_str_that_raises():
    try:
        return f"{RaisesInStr()}"
    except ValueError as error:
        return ["f-string", str(error)]


def case_repr_that_raises():
    # Transcrypt's repr() caught the exception and returned the __str__
    return [repr(RaisesInRepr())]


def case_repr_that_raises_in_list():
    return str([RaisesInRepr()])


def case_str_without_own_str():
    # what has no __str__ still prints its repr, as in CPython
    # (a class's __str__ is its instances': str(RaisesInStr) must not call it)
    return [str(None), str(True), str([1, "a", None]), str({"a": (1, 2)}), str((1,)), str(ValueError("x")),
            isinstance(str(RaisesInStr), str)]


class NoEquality:
    pass


class EqualsOne:
    def __eq__(self, other):
        return other == 1


def case_primitive_equals_object():
    # a number, str, bool or None on the left of == (and every `in` of a list): CPython asks the object's __eq__;
    # JavaScript's loose == crashed on an instance and found 1 == [1] True
    plain = NoEquality()
    return [1 == plain, plain in [1, "x", None], None == plain, "a" == plain, plain in [plain], 1 == EqualsOne(),
            2 == EqualsOne(), EqualsOne() in [1], EqualsOne() in [2], 1 == [1], 1 == (1,), "a" == ["a"], True == {}]


class Holder:
    @dataclass
    class Line:
        qty: int


@dataclass
class PricedLine(Holder.Line):  # a top-level subclass of a nested class
    price: int = 0


def case_str_of_class():
    # a class printed its JavaScript source
    return [str(Base), repr(Child), f"{Point}", "{}".format(Checked), str(type(Base("x")))]


def case_str_of_nested_class():
    class Local:
        pass

    return [str(Holder.Line), str(Local), str(PricedLine), repr(PricedLine(1, 2)), repr(Holder.Line(1))]


def case_str_of_builtin_class():
    return [str(int), str(type("a")), str(type(3)), str(type([])), str(type({})), str(type(True)), str(ValueError),
            str(KeyError), str(object), str([float, dict, tuple]), f"expected {list}"]


def case_repr_of_function():
    # CPython: '<function case_repr_of_function.<locals>.check at 0x7f...>', an address JavaScript has no equivalent of
    def check():
        return True

    return repr(check)


def case_str_of_builtin_function():
    return str(len)  # CPython '<built-in function len>'


def case_str_of_bound_method():
    return f"{Base('x').describe}"  # CPython '<bound method Base.describe of <corpus.classes.Base object at 0x...>>'


def case_str_of_type_of_whole_float():
    # "<class 'float'>" in CPython, "<class 'int'>" in JS: a whole float is a JavaScript integer
    price = 2.0
    return [str(type(price)), f"got {type(price)}"]


class OnlyStr:
    def __str__(self):
        return "only str"


def case_repr_of_instance_without_repr():
    # CPython: '[<corpus.classes.OnlyStr object at 0x7f...>]'; JS printed the __str__ instead
    return [str(OnlyStr()), f"{OnlyStr()}", str([OnlyStr()])]


def case_hasattr_of_a_list():
    return [hasattr([1], name) for name in ("add", "union", "push", "join", "length", "append", "sort", "__len__")]


def case_hasattr_of_builtin_values():
    return [hasattr("a", "upper"), hasattr("a", "append"), hasattr({"a": 1}, "a"), hasattr({"a": 1}, "keys"),
            hasattr((1,), "append"), hasattr({1}, "append"), hasattr({1}, "add"), hasattr(1.5, "is_integer"),
            hasattr(None, "x"), hasattr(True, "real"), hasattr(3, "real")]


def case_hasattr_of_javascript_names():
    return [hasattr(Base("a"), "toString"), hasattr(Base("a"), "constructor"), hasattr(Base("a"), "__class__")]


def case_hasattr_of_a_whole_number():
    return hasattr(10 // 2, "bit_length")


def case_getattr_of_builtin_values():
    return [getattr([1], "add", None), getattr({"a": 1}, "a", None), getattr("ab", "upper")(),
            getattr([1, 2], "count")(2)]


class Named:
    def name(self):
        return "named"

    def items(self):
        return ["base"]


class NamedChild(Named):
    def name(self):
        return "child of " + super().name()

    def items(self):
        return super().items() + ["child"]


class RenamedSelf:
    def scaled(this, x):
        return x * 2


class RenamedSelfChild(RenamedSelf):
    def scaled(me, x):
        return super().scaled(x) + 1


class Maker:
    @classmethod
    def make(cls):
        return cls.__name__


class MakerChild(Maker):
    @classmethod
    def make(cls):
        return "child:" + super().make()


def case_super_of_a_method_named_like_javascript():
    # Transcrypt defines `name` and `items` as py_name and py_items, and looked the other name up
    return [NamedChild().name(), NamedChild().items()]


def case_super_in_a_method_whose_first_parameter_is_not_self():
    return RenamedSelfChild().scaled(3)


def case_super_in_a_classmethod():
    return [MakerChild.make(), MakerChild().make()]


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(kw_only=True)
class Options:
    strict: bool
    limit: int = 10


@dataclass
class Query:
    text: str
    _: KW_ONLY
    page: int = 1
    size: int = 20


@dataclass
class Totals:
    amounts: list
    total: int = field(init=False)
    notes: list = field(default_factory=list, init=False)

    def __post_init__(self):
        self.total = sum(self.amounts)


@dataclass(frozen=True)
class Amount:
    paise: int
    currency: str = "INR"


@dataclass(frozen=True)
class Rate:
    basis_points: int
    percent: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "percent", self.basis_points / 100)


def case_dataclass_order():
    versions = [Version(1, 2), Version(1, 0), Version(0, 9)]
    try:
        Version(1) < 3
        refused = None
    except TypeError as error:
        refused = str(error)
    return [[repr(v) for v in sorted(versions)], Version(1) <= Version(1, 0), max(versions).minor, refused]


def case_dataclass_kw_only():
    try:
        Options(True)
        positional = None
    except TypeError as error:
        positional = str(error)
    return [repr(Options(strict=True)), repr(Query("tea", size=5)), positional]


def case_dataclass_init_false_fields():
    totals = Totals([1, 2, 3])
    try:
        Totals([1], 6)
        extra = None
    except TypeError as error:
        extra = str(error)
    return [repr(totals), totals.notes, extra]


def case_dataclass_frozen_assignment():
    amount = Amount(500)
    try:
        amount.paise = 600
        refused = None
    except AttributeError as error:
        refused = [type(error).__name__, str(error)]
    return [refused, repr(amount), amount == Amount(500, "INR")]


def case_dataclass_frozen_post_init():
    return [repr(Rate(1850)), Rate(1850).percent]


@dataclass
class Tag:
    name: str


class Sku:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        return isinstance(other, Sku) and other.code == self.code


class HashedSku(Sku):
    def __hash__(self):
        return 0


def _type_error(make):
    try:
        make()
        return None
    except TypeError as error:
        return str(error)


def case_unhashable_instances_in_sets():
    # CPython gives a class with __eq__ and no __hash__ (a dataclass that is not frozen, too) __hash__ = None
    return [_type_error(lambda: {Tag("a")}), _type_error(lambda: set([Sku("x")])), _type_error(lambda: Tag("a") in {Amount(1)})]


def case_unhashable_instance_as_dict_key():
    return _type_error(lambda: {Sku("x"): 1})


def case_hashable_instances_in_sets():
    # a frozen dataclass, and a class that defines __hash__ too, are hashable: members compare with ==
    return [len({Amount(1), Amount(1)}), Amount(2) in {Amount(2)}, len({HashedSku("x"), HashedSku("x")})]


class Switch:
    def __init__(self, state):
        self.state = state

    def __bool__(self):
        return self.state


def case_bool_that_returns_no_bool():
    # CPython requires __bool__ to return a bool (a bug in the class raises, in the browser too)
    found = []
    for state in (True, False, 1, None):
        try:
            found.append(bool(Switch(state)))
        except TypeError as error:
            found.append(str(error))
    return found


class Money:
    # operator methods that decline other types, as CPython's own numbers do
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __hash__(self):
        return self.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:  # sum() starts from 0
            return self
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


def _outcome(compute):
    try:
        return compute()
    except TypeError as error:
        return "TypeError: " + str(error)


def case_not_implemented_equality():
    # JS before: ReferenceError 'NotImplemented is not defined' at the first comparison
    return [Money(1) == Money(1), Money(1) == 1, Money(1) != 1, 1 == Money(1), "a" != Money(1),
            Money(1) in [1, "a", Money(1)], Money(2) in [1, 2], [Money(1)] == [Money(1)],
            Money(1).__eq__(1) is NotImplemented, repr(NotImplemented), str(NotImplemented)]


def case_not_implemented_ordering():
    return [Money(1) < Money(2), Money(3) > Money(2), repr(sorted([Money(3), Money(1), Money(2)])),
            repr(max([Money(3), Money(5)])), _outcome(lambda: Money(1) < 3), _outcome(lambda: 3 > Money(1)),
            _outcome(lambda: Money(1) <= Money(2)), _outcome(lambda: "a" < Money(1))]


def case_not_implemented_arithmetic():
    total = Money(5)
    total += Money(2)
    return [repr(Money(1) + Money(2)), repr(sum([Money(1), Money(2)])), repr(total),
            _outcome(lambda: Money(1) + 1), _outcome(lambda: 1 + Money(1)), _outcome(lambda: Money(1) - Money(1)),
            _outcome(lambda: "a" + Money(1)), _outcome(lambda: "a" * Money(1)), _outcome(lambda: "a" - Money(1))]


@dataclass
class OrderLine:
    sku: str
    qty: int = 1
    tags: list = field(default_factory=list)


@dataclass
class Basket:
    name: str
    lines: list
    meta: dict
    count: int = field(init=False, default=0)

    def __post_init__(self):
        self.count = len(self.lines)


def _basket():
    line = OrderLine("A", 2, ["x"])
    return line, Basket("o", [line, OrderLine("B")], {"k": (1, line)})


def _refused(compute):
    try:
        return compute()
    except (TypeError, ValueError) as error:
        return [type(error).__name__, str(error)]


# JS before: `from dataclasses import asdict` (astuple, replace, fields, is_dataclass) was a build error
def case_dataclass_asdict_and_astuple():
    line, basket = _basket()
    copied = asdict(basket)
    copied["lines"][0]["tags"].append("y")  # a copy all the way down
    return [copied, line.tags, astuple(line), astuple(basket), to_dict(OrderLine("Z")),
            dataclasses.asdict(OrderLine("Y")), dataclasses.is_dataclass(basket)]


def case_dataclass_replace():
    line, basket = _basket()
    return [repr(replace(line, qty=5)), repr(line), repr(replace(basket, name="p")),
            _refused(lambda: replace(line, nope=1)), _refused(lambda: replace(basket, count=3))]


def case_dataclass_fields_and_is_dataclass():
    line, basket = _basket()
    return [[f.name for f in fields(OrderLine)], [f.name for f in fields(basket)],
            [is_dataclass(line), is_dataclass(OrderLine), is_dataclass(3), is_dataclass({"a": 1})]]


def case_dataclass_helpers_given_no_dataclass():
    return [_refused(lambda: asdict(3)), _refused(lambda: astuple(OrderLine)), _refused(lambda: fields(3)),
            _refused(lambda: replace({"a": 1}))]


def case_dataclass_field_type_is_not_known():
    return [f.type for f in fields(OrderLine)]


def _attribute_error(compute):
    try:
        return compute()
    except AttributeError as error:
        return "AttributeError: " + str(error)


def case_javascript_methods_of_builtin_values():
    # JS before: [1, 2].push(3) appended, lst.length 2, "ab".toUpperCase() 'AB', lst.join(",") '1,2'...
    items, text, separator = [1, 2], "ab", ","
    return [_attribute_error(lambda: items.push(3)), items, _attribute_error(lambda: items.length),
            _attribute_error(lambda: text.length), _attribute_error(lambda: text.toUpperCase()),
            _attribute_error(lambda: items.includes(1)), _attribute_error(lambda: items.join(",")),
            _attribute_error(lambda: items.find(1)), _attribute_error(lambda: {"a": 1}.hasOwnProperty("a")),
            _attribute_error(lambda: (5).toFixed(2)), _attribute_error(lambda: True.toString()),
            _attribute_error(lambda: (1, 2).indexOf(2)), _attribute_error(lambda: [t for t in [text]][0].trim()),
            _attribute_error(lambda: None.length), _attribute_error(lambda: {1}.map(str)),
            separator.join(["a", "b"]), text.find("b")]


class Selection:
    def __init__(self, parts):
        self.parts = parts

    def filter(self, text):
        return Selection([part for part in self.parts if text in part])

    def join(self, separator):
        return separator.join(self.parts)

    def map(self, function):
        return [function(part) for part in self.parts]


def case_javascript_method_names_of_the_programs_own_classes():
    chosen = Selection(["ab", "bc", "cd"]).filter("c")
    return [chosen.join("+"), chosen.map(len), chosen.parts]


@dataclass
class Parcel:
    length: int
    width: int


class Rope:
    def __init__(self, length):
        self.length = length
        self.caller = "warehouse"


def case_attribute_named_length_or_caller():
    # JS before: TypeError "Cannot assign to read only property 'length'" (a class is a JS function, whose length is)
    parcel = Parcel(3, 4)
    rope = Rope(10)
    rope.length += 5
    return [parcel.length * parcel.width, repr(parcel), rope.length, rope.caller, repr(replace(parcel, length=5))]


def case_method_default_of_a_class_in_a_function():
    class Bucket:
        def add(self, x, into=[]):  # noqa: B006 - the shared default is the point
            into.append(x)
            return into

    first = Bucket().add(1)
    return [first, Bucket().add(2)]


class _Invoice:
    def __init__(self, lines):
        self.lines = lines

    @property
    def total(self):
        return sum(self.lines)


def case_assigning_a_property_without_setter():
    invoice = _Invoice([3, 4])
    outcomes = []
    try:
        invoice.total = 0
        outcomes.append("assigned")
    except AttributeError as error:
        outcomes.append(str(error))
    try:
        setattr(invoice, "total", 1)
        outcomes.append("assigned")
    except AttributeError as error:
        outcomes.append(str(error))
    return [outcomes, invoice.total]


class _Address:
    def __init__(self, street, city):
        self.street = street
        self.city = city


def case_vars_of_an_instance():
    return sorted(vars(_Address("Main St 1", "Springfield")).items())
