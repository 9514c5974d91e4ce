"""Attribute lookup on instances of the program's classes, on classes, dicts and exceptions."""

from dataclasses import dataclass

JS_FUNCTION_NAMES = ("call", "apply", "bind", "length", "name", "arguments", "caller", "toString", "constructor",
                     "prototype")
JS_OBJECT_NAMES = ("hasOwnProperty", "valueOf", "__proto__", "isPrototypeOf", "toLocaleString",
                   "propertyIsEnumerable", "__defineGetter__", "__lookupGetter__")


class Order:
    region = "eu"

    def __init__(self, total):
        self.total = total

    def doubled(self):
        return self.total * 2


@dataclass
class Line:
    sku: str
    qty: int = 1


class Fallback:
    def __getattr__(self, name):
        return "fallback:" + name


class Amount:
    def __init__(self, cents):
        self._cents = cents

    @property
    def euros(self):
        return self._cents / 100


class Special(ValueError):
    pass


def case_hasattr_function_names_on_instance():
    return [hasattr(Order(1), n) for n in JS_FUNCTION_NAMES]


def case_hasattr_function_names_on_class():
    return [hasattr(Order, n) for n in JS_FUNCTION_NAMES]


def case_hasattr_object_names_on_instance():
    return [hasattr(Order(1), n) for n in JS_OBJECT_NAMES]


def case_hasattr_object_names_on_dataclass():
    return [hasattr(Line("a"), n) for n in JS_FUNCTION_NAMES + JS_OBJECT_NAMES]


def case_hasattr_names_on_exception():
    return [hasattr(Special("x"), n) for n in JS_FUNCTION_NAMES + JS_OBJECT_NAMES]


def case_getattr_length_default():
    return [getattr(Order(1), "length", 0), getattr(Order(1), "name", "none"), getattr(Order(1), "call", None)]


def case_getattr_class_length_default():
    return [getattr(Order, "length", None), getattr(Order, "call", None), getattr(Order, "prototype", None)]


def case_getattr_object_names_default():
    return [getattr(Order(1), n, "-") for n in JS_OBJECT_NAMES]


def case_getattr_function_names_default():
    return [getattr(Order(1), n, "-") for n in JS_FUNCTION_NAMES]


def case_getattr_dict_default():
    return [getattr({"a": 1}, n, "-") for n in JS_OBJECT_NAMES]


def case_read_call_on_instance():
    try:
        value = Order(1).call
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_bind_on_instance():
    try:
        value = Order(1).bind
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_prototype_on_instance():
    try:
        value = Order(1).prototype
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_call_on_class():
    try:
        value = Order.call
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_apply_on_class():
    try:
        value = Order.apply
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_length_on_instance():
    try:
        return Order(1).length
    except AttributeError as e:
        return str(e)


def case_read_valueof_on_instance():
    try:
        value = Order(1).valueOf
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_hasownproperty_on_instance():
    try:
        value = Order(1).hasOwnProperty
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_proto_on_instance():
    try:
        value = Order(1).__proto__
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_valueof_on_dict():
    try:
        value = {"a": 1}.valueOf
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_islocale_on_dataclass():
    try:
        value = Line("a").toLocaleString
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_isprototypeof_on_dataclass():
    try:
        value = Line("a").isPrototypeOf
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_name_on_instance():
    try:
        value = Order(1).name
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_arguments_on_instance():
    try:
        value = Order(1).arguments
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_caller_on_instance():
    try:
        value = Order(1).caller
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_constructor_on_instance():
    try:
        value = Order(1).constructor
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_tostring_on_exception():
    try:
        value = Special("x").toString
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_stack_on_exception():
    try:
        value = Special("x").stack
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_read_message_on_exception():
    try:
        value = Special("x").message
        return ["read", value is None]
    except AttributeError as e:
        return str(e)


def case_hasattr_exception_js_names():
    return [hasattr(Special("x"), n) for n in ("stack", "message", "args", "__traceback__", "__cause__",
                                                 "__context__", "with_traceback", "add_note")]


def case_getattr_with_defaults():
    o = Order(3)
    return [getattr(o, "total", 0), getattr(o, "region", "x"), getattr(o, "missing", "d"), getattr(o, "doubled")()]


def case_setattr_then_getattr():
    o = Order(3)
    setattr(o, "extra", 5)
    setattr(o, "length", 7)
    setattr(o, "call", 8)
    return [o.extra, o.length, o.call, getattr(o, "length"), hasattr(o, "call")]


def case_delattr_then_hasattr():
    o = Order(3)
    delattr(o, "total")
    return [hasattr(o, "total"), getattr(o, "total", "gone")]


def case_delattr_missing():
    o = Order(3)
    try:
        delattr(o, "missing")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_delattr_js_name():
    o = Order(3)
    try:
        delattr(o, "toString")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_delattr_class_attribute_through_instance():
    o = Order(3)
    try:
        delattr(o, "region")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_dict_of_instance():
    o = Order(3)
    o.extra = "x"
    return o.__dict__


def case_vars_of_instance():
    o = Order(3)
    return vars(o)


def case_dict_of_dataclass():
    return Line("a", 2).__dict__


def case_class_vs_instance_attribute():
    a = Order(1)
    b = Order(2)
    a.region = "us"
    return [a.region, b.region, Order.region]


def case_class_attribute_changed():
    a = Order(1)
    Order.region = "asia"
    result = [a.region, Order(2).region]
    Order.region = "eu"
    return result


def case_property_read():
    return [Amount(250).euros, hasattr(Amount(1), "euros"), getattr(Amount(350), "euros")]


def case_getattr_fallback():
    f = Fallback()
    return [f.anything, getattr(f, "x"), hasattr(f, "y")]


def case_class_name():
    return [Order(1).__class__.__name__, type(Order(1)).__name__, type(Line("a")).__name__,
            Special("x").__class__.__name__, type(Special("x")).__name__]


def case_class_name_of_builtins():
    return [type(1).__name__, type("a").__name__, type([]).__name__, type({}).__name__, type(None).__name__,
            type(1.5).__name__, type(True).__name__, type((1,)).__name__]


def case_isinstance_tuple_of_classes():
    o = Order(1)
    return [isinstance(o, (Line, Order)), isinstance(o, (Line, Special)), isinstance(Special("x"), (ValueError,)),
            isinstance(1, (str, Order)), isinstance(Line("a"), (Order, Line))]


def case_qualname_and_module():
    return [Order.__qualname__, Order.__name__]


def case_class_is_type():
    return [type(Order(1)) is Order, Order(1).__class__ is Order, type(Order) is type]


def case_getattr_method_bound():
    o = Order(4)
    m = getattr(o, "doubled")
    return m()


def case_hasattr_class_methods():
    return [hasattr(Order, "doubled"), hasattr(Order, "total"), hasattr(Order, "region"), hasattr(Order, "__init__")]


def case_hasattr_slots_like_names():
    o = Order(1)
    return [hasattr(o, "__dict__"), hasattr(o, "__class__"), hasattr(o, "__module__"), hasattr(o, "__doc__")]


def case_getattr_on_none_default():
    return [getattr(None, "x", 1), getattr(None, "call", 2), getattr(None, "toString", 3)]


def case_getattr_on_function_name():
    def helper():
        return 1
    return [helper.__name__, getattr(helper, "__name__")]


def case_dict_keys_that_are_js_names():
    d = {"length": 1, "constructor": 2, "toString": 3}
    return [d["length"], d.get("constructor"), d.get("valueOf", "none"), "toString" in d, "valueOf" in d,
            sorted(d)]


def case_delattr_dict_key():
    d = {"a": 1}
    try:
        delattr(d, "a")
        return ["deleted", d]
    except AttributeError as e:
        return [str(e), d]


def case_delattr_dict_method():
    try:
        delattr({"a": 1}, "keys")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_delattr_class_attribute():
    class Local:
        tag = "t"
    delattr(Local, "tag")
    return hasattr(Local, "tag")


def case_getattr_fallback_missing_with_default():
    class Strict:
        def __getattr__(self, name):
            if name.startswith("x"):
                return name
            raise AttributeError(name)
    s = Strict()
    return [getattr(s, "xa", "d"), getattr(s, "b", "d"), hasattr(s, "xb"), hasattr(s, "b")]


def case_class_attribute_named_length():
    class Box:
        length = 3
    return [Box.length, Box().length, hasattr(Box(), "length"), getattr(Box, "length", None)]


def case_instance_attribute_named_call():
    class Phone:
        def __init__(self):
            self.call = "ring"
            self.bind = 2
    p = Phone()
    return [p.call, p.bind, hasattr(p, "call"), getattr(p, "bind", 0)]


def case_getattr_context_default():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v")
    except ValueError as e:
        return repr(getattr(e, "__context__", None))


def case_getattr_doc_default():
    return getattr(Order(1), "__doc__", "none")


def case_hasattr_exception_dunders():
    e = Special("x")
    return [hasattr(e, n) for n in ("__traceback__", "__cause__", "__context__", "__suppress_context__",
                                    "with_traceback", "add_note", "args", "__dict__", "__module__")]


def case_hasattr_class_dunders():
    return [hasattr(Order, n) for n in ("__name__", "__qualname__", "__mro__", "__dict__", "__doc__", "mro",
                                        "__len__", "__iter__", "__getitem__")]


def case_hasattr_instance_dunders():
    return [hasattr(Order(1), n) for n in ("__dict__", "__doc__", "__module__", "__repr__", "__eq__", "__hash__",
                                           "__len__", "__iter__", "__getitem__", "__name__", "__qualname__")]


def case_getattr_fallback_not_asked_for_dunders():
    class Loose:
        def __getattr__(self, name):
            return "fallback"
    return [hasattr(Loose(), "__doc__"), getattr(Loose(), "other")]


def case_getattr_class_names_on_instance():
    return [getattr(Order(1), n, "-") for n in ("__name__", "__bases__", "__metaclass__")] + [
        getattr(Order, "__name__", "-"), hasattr(Order, "__metaclass__")]


def case_type_of_a_class():
    return [type(Order) is type, isinstance(Order, type), isinstance(Order(1), type), type(Line) is type]


def case_type_of_a_callable_instance():
    class Rule:
        def __call__(self, value):
            return value > 0
    r = Rule()
    return [type(r) is Rule, r(3)]


def case_getattr_fallback_javascript_name():
    f = Fallback()
    return f.length


def case_hasattr_callable_instance_javascript_names():
    class Rule:
        def __call__(self, value):
            return value
    return [hasattr(Rule(), n) for n in ("length", "name", "call", "bind", "__call__")]


def case_dataclass_fields_names():
    line = Line("a")
    return [hasattr(line, "__dataclass_fields__"), hasattr(line, "sku"), hasattr(Line, "qty"), hasattr(Line, "sku"),
            getattr(line, "qty")]


def case_setattr_property_with_setter():
    class Level:
        def __init__(self):
            self._value = 0

        @property
        def value(self):
            return self._value

        @value.setter
        def value(self, new):
            self._value = min(new, 10)
    level = Level()
    setattr(level, "value", 50)
    return [level.value, getattr(level, "value"), hasattr(level, "_value")]


def case_class_attribute_list_shared():
    class Bag:
        items = []

        def add(self, x):
            self.items.append(x)
    a, b = Bag(), Bag()
    a.add(1)
    b.add(2)
    return [a.items, b.items, Bag.items is a.items]


def case_getattr_aliased_names():
    class Record:
        def __init__(self):
            self.items = [1]
            self.keys = "k"
            self.get = "g"
            self.update = "u"
    r = Record()
    return [getattr(r, "items"), getattr(r, "keys"), hasattr(r, "get"), getattr(r, "update", None),
            hasattr(Record, "items"), getattr(Record(), "values", "none")]


def case_isinstance_nested_tuples():
    return [isinstance(Order(1), ((Line,), (Special, Order))), isinstance(Special("x"), (KeyError, (ValueError,)))]


def case_class_attribute_via_type():
    o = Order(1)
    return [type(o).region, o.__class__.region, getattr(type(o), "region")]


def case_exception_attributes():
    class FieldError(ValueError):
        def __init__(self, field, message):
            super().__init__(message)
            self.field = field
            self.stack = ["frame"]
    e = FieldError("email", "required")
    return [e.field, e.stack, e.args, hasattr(e, "stack"), str(e)]


def case_exception_without_super_init_stack():
    class Plain(Exception):
        def __init__(self, code):
            self.code = code
    e = Plain(3)
    return [e.code, hasattr(e, "stack"), e.args]


def case_hasattr_version_dependent_names():
    try:
        return hasattr(Order(1), "__static_attributes__")
    except AttributeError:
        return "error"


def case_hasattr_annotations_of_instance():
    class Annotated:
        limit: int = 3
    return hasattr(Annotated(), "__annotations__")


def case_hasattr_type_params_of_class():
    return [hasattr(Order, "__type_params__"), hasattr(Order(1), "__type_params__")]


class Tools:
    factor = 2

    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def scaled(cls, x):
        return x * cls.factor


def case_getattr_non_string_name():
    try:
        return getattr(Order(1), 1, "d")
    except TypeError as e:
        return str(e)


def case_hasattr_non_string_name():
    try:
        return hasattr(Order(1), None)
    except TypeError as e:
        return str(e)


def case_setattr_non_string_name():
    try:
        setattr(Order(1), 5, "x")
        return "set"
    except TypeError as e:
        return str(e)


def case_slots_unknown_attribute():
    class Counter:
        __slots__ = ("count",)

        def __init__(self):
            self.count = 0
    c = Counter()
    try:
        c.other = 1
        return "set"
    except AttributeError as e:
        return str(e)


def case_slots_known_attribute():
    class Counter:
        __slots__ = ("count",)

        def __init__(self):
            self.count = 0
    c = Counter()
    c.count += 2
    return [c.count, hasattr(c, "count"), hasattr(c, "__dict__")]


def case_method_through_class():
    o = Order(4)
    return [Order.doubled(o), getattr(Order, "doubled")(o), callable(getattr(o, "doubled"))]


def case_static_and_class_methods_by_getattr():
    return [getattr(Tools, "double")(3), getattr(Tools(), "double")(4), getattr(Tools, "scaled")(5),
            getattr(Tools(), "scaled")(6)]


def case_instance_attribute_shadows_method():
    o = Order(1)
    o.doubled = lambda: "shadow"
    return [o.doubled(), getattr(o, "doubled")(), Order(2).doubled()]


def case_del_attribute_then_read():
    o = Order(1)
    del o.total
    try:
        return o.total
    except AttributeError as e:
        return str(e)


def case_del_missing_attribute():
    o = Order(1)
    try:
        del o.missing
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_del_class_attribute_through_instance():
    o = Order(1)
    try:
        del o.region
        return ["deleted", Order.region]
    except AttributeError as e:
        return str(e)


def case_setattr_on_class():
    class Settings:
        mode = "a"
    setattr(Settings, "mode", "b")
    setattr(Settings, "extra", 1)
    return [Settings.mode, Settings().mode, Settings.extra, hasattr(Settings(), "extra")]


def case_getattr_init():
    return [hasattr(Order, "__init__"), hasattr(Order(1), "__init__"), callable(getattr(Order(1), "__init__"))]


def case_getattr_aliased_method_names_on_instance():
    class Text:
        def split(self):
            return "mine"

        def sort(self):
            return "sorted"
    t = Text()
    return [getattr(t, "split")(), hasattr(t, "sort"), hasattr(t, "replace"), getattr(t, "join", "none")]


def case_exception_args_and_attributes():
    e = Special("a", 1)
    e.code = 7
    return [e.args, getattr(e, "code"), hasattr(e, "message"), getattr(e, "args")]


def case_property_without_setter_via_setattr():
    try:
        setattr(Amount(5), "euros", 1)
        return "set"
    except AttributeError as e:
        return str(e)


def case_delattr_property():
    try:
        delattr(Amount(5), "euros")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_class_attribute_increment_through_instance():
    class Tally:
        n = 0
    t = Tally()
    t.n += 1
    return [t.n, Tally.n]


def case_del_property_statement():
    a = Amount(5)
    try:
        del a.euros
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_delattr_method_through_instance():
    try:
        delattr(Order(1), "doubled")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_setattr_replaces_method():
    o = Order(1)
    try:
        setattr(o, "doubled", 5)
        return o.doubled
    except TypeError as e:
        return "TypeError"


class Lazy:
    def __init__(self, ready):
        self.ready = ready

    @property
    def value(self):
        if not self.ready:
            raise AttributeError("not ready")
        return 42


def case_getattr_property_raising_attribute_error():
    return [getattr(Lazy(False), "value", "d"), getattr(Lazy(True), "value", "d"), hasattr(Lazy(False), "value"),
            hasattr(Lazy(True), "value")]


def case_getattr_property_raising_attribute_error_no_default():
    try:
        return getattr(Lazy(False), "value")
    except AttributeError as e:
        return str(e)


def case_property_raising_other_error_through_hasattr():
    class Broken:
        @property
        def value(self):
            raise KeyError("k")
    try:
        return hasattr(Broken(), "value")
    except KeyError as e:
        return "KeyError " + str(e)


def case_isinstance_tuple_with_non_class():
    try:
        return isinstance(1, (int, "x"))
    except TypeError as e:
        return "TypeError"


def case_exception_args_assignment():
    e = Special("a")
    e.args = ("b", 2)
    return [e.args, str(e)]


def case_exception_class_name():
    try:
        raise Special("x")
    except ValueError as e:
        return [e.__class__.__name__, type(e) is Special, isinstance(e, (KeyError, Special))]


def case_getattr_cause():
    try:
        try:
            raise KeyError("k")
        except KeyError as inner:
            raise ValueError("v") from inner
    except ValueError as e:
        return [repr(e.__cause__), getattr(e, "__cause__", None) is e.__cause__, e.__suppress_context__]


def case_raise_without_from_cause_is_none():
    try:
        raise ValueError("v")
    except ValueError as e:
        return [e.__cause__, getattr(e, "__cause__", "x")]


def _plain_helper(x):
    return x


def case_hasattr_function_names():
    return [hasattr(_plain_helper, n) for n in ("__name__", "__qualname__", "__module__", "__doc__", "__call__",
                                                "length", "call", "name", "missing")]


def case_hasattr_lambda_and_method_names():
    o = Order(1)
    return [hasattr(lambda: 0, "__name__"), hasattr(o.doubled, "__call__"), hasattr(o.doubled, "bind"),
            hasattr(len, "__name__")]


def case_hasattr_function_code():
    return hasattr(_plain_helper, "__code__")


class Recorded:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


def case_custom_setattr_by_assignment_and_setattr():
    r = Recorded()
    r.a = 1
    setattr(r, "b", 2)
    return [r.log, r.a, r.b]


def case_custom_delattr():
    class Guarded:
        def __init__(self):
            self.x = 1

        def __delattr__(self, name):
            raise AttributeError("protected " + name)
    g = Guarded()
    try:
        delattr(g, "x")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_getattr_on_class_of_instance_attribute():
    try:
        return getattr(Order, "total")
    except AttributeError as e:
        return str(e)


def case_hasattr_after_setattr_on_class():
    class Box:
        pass
    setattr(Box, "size", 3)
    return [hasattr(Box(), "size"), Box().size, getattr(Box, "size")]


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int = 0


def case_del_field_of_frozen_dataclass():
    p = FrozenPoint(1)
    try:
        del p.x
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_delattr_other_name_of_frozen_dataclass():
    p = FrozenPoint(1)
    try:
        delattr(p, "z")
        return "deleted"
    except AttributeError as e:
        return str(e)


def case_custom_delattr_by_del_statement():
    class Guarded:
        def __init__(self):
            self.x = 1

        def __delattr__(self, name):
            raise AttributeError("protected " + name)
    g = Guarded()
    try:
        del g.x
        return "deleted"
    except AttributeError as e:
        return [str(e), g.x]


def case_getattr_of_attribute_named_type():
    class Doc:
        def __init__(self):
            self.type = "invoice"
    d = Doc()
    setattr(d, "type", getattr(d, "type") + "!")
    return [d.type, hasattr(d, "type"), getattr(d, "type", None), hasattr(Doc, "type")]


def case_delattr_of_attribute_named_type():
    class Doc:
        def __init__(self):
            self.type = "invoice"
    d = Doc()
    delattr(d, "type")
    return hasattr(d, "type")


def case_hasattr_of_dataclass_field_attributes():
    from dataclasses import fields
    f = fields(Line)[0]
    return [f.name, hasattr(f, "name"), hasattr(f, "missing")]


def case_asdict_of_field_named_type():
    from dataclasses import asdict

    @dataclass
    class Entry:
        type: str
        amount: int = 0
    return asdict(Entry("fee", 3))


def case_hasattr_of_dataclass_field_default():
    from dataclasses import fields
    return hasattr(fields(Line)[1], "default")
