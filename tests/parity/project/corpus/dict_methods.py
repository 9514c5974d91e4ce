"""dict methods, missing keys, and key order (also with numeric keys)."""

from .helpers import outcome


def case_get():
    d = {"a": 1}
    return [d.get("a"), d.get("b"), d.get("b", 0)]


def case_missing_key():
    return {"a": 1}["b"]


def case_missing_key_caught():
    try:
        return {"a": 1}["b"]
    except KeyError:
        return "missing"


def case_missing_key_str():
    try:
        return {"a": 1}["b"]
    except Exception as error:  # noqa: BLE001
        return str(error)


def case_keys_values_items():
    d = {"b": 1, "a": 2}
    return [list(d.keys()), list(d.values()), list(d.items())]


def case_insertion_order():
    d = {}
    d["z"] = 1
    d["a"] = 2
    d["m"] = 3
    return list(d)


def case_numeric_keys_order():
    return list({2: "a", 1: "b"}.keys())


def case_numeric_string_keys_order():
    d = {"b": 1, "2": 2, "1": 3}
    return list(d)


def case_key_past_array_indexes_order():
    # "4294967295" is no array index (the last is 2**32 - 2): JS lists it in insertion order
    d = {"b": 1, "4294967295": 2, "a": 3}
    return list(d)


def case_array_index_beside_key_past_them():
    # "4294967294" is an array index, listed first whatever the insertion order; "4294967295" is not
    d = {"4294967295": 1, "4294967294": 2}
    return list(d)


def case_setdefault():
    d = {}
    d.setdefault("a", []).append(1)
    d.setdefault("a", []).append(2)
    return d


def case_pop():
    d = {"a": 1, "b": 2}
    return [d.pop("a"), d.pop("x", None), d]


def case_pop_missing():
    return {}.pop("x")


def case_update():
    d = {"a": 1}
    d.update({"b": 2, "a": 3})
    return d


def case_update_kwargs():
    d = {"a": 1}
    d.update(b=2)
    return d


def case_del_key():
    d = {"a": 1, "b": 2}
    del d["a"]
    return d


def case_copy():
    d = {"a": [1]}
    c = d.copy()
    c["b"] = 2
    return [d, c]


def case_dict_constructor_pairs():
    return dict([("a", 1), ("b", 2)])


def case_dict_constructor_kwargs():
    return dict(a=1, b=2)


def case_dict_comprehension():
    return {k: len(k) for k in ["aa", "b"]}


def case_iterate_dict():
    return [k for k in {"x": 1, "y": 2}]


def case_len_and_in():
    d = {"a": 1}
    return [len(d), "a" in d, "b" not in d]


def case_fromkeys():
    return dict.fromkeys(["a", "b"], 0)


def case_items_loop():
    total = 0
    for key, value in {"a": 1, "b": 2}.items():
        total += value
    return total


def case_popitem():
    d = {"a": 1, "b": 2}
    return d.popitem()


def case_merge_operator():
    return {"a": 1} | {"b": 2}


def case_input_get(doc):
    return doc.get("email")


def case_input_get_default(doc):
    return doc.get("missing", "none")


def case_input_keys(doc):
    return list(doc.keys())


def case_input_items(doc):
    return [f"{k}={v}" for k, v in doc.items()]


def case_input_missing_key(doc):
    return doc["missing"]


def case_input_nested(doc):
    return doc["lines"][0]["qty"] * 2


def case_dict_str_key_with_int_lookup():
    d = {"1": "a"}
    return 1 in d


def case_clear():
    d = {"a": 1}
    d.clear()
    return d


def case_dict_from_generator_of_pairs():
    return dict((k, len(k)) for k in ["a", "bb"])


def case_dict_update_from_generator_and_zip():
    d = {}
    d.update((k, 1) for k in ["x", "y"])
    d.update(zip(["a", "b"], [1, 2]))
    return [d, dict(zip(["z"], [9]))]


def case_dict_of_pairs_errors():
    # JS before: ValueError "dict update sequence element #0 has length undefined; 2 is required" for dict([1]),
    # and the same ValueError "... has length 2; 2 is required" for dict(["ab"])
    pairs = [[1], [("a", 1), None], [("a", 1, 2)], [["k"]], ["ab", ("c", 1)], ["abc"], [("a", 1), ["b", 2]]]
    return [outcome(lambda: dict(items)) for items in pairs]


def case_dict_view_kept_in_a_name():
    stock = {"a": 1, "b": 2}
    names = stock.keys()
    stock["c"] = 3
    del stock["a"]
    return [list(names), "c" in names]


def case_update_with_pairs_of_the_wrong_length():
    # dict.update() checks each pair as dict() does
    def updated(items):
        d = {"z": 0}
        d.update(items)
        return d

    pairs = [[("a",)], [("a", 1), "abc"], [1], ["ab"], [("a", 1), None], [["k", 2]]]
    return [outcome(lambda: updated(items)) for items in pairs]


def case_dict_constructor_mapping_and_keywords():
    defaults = {"currency": "EUR", "strict": False}
    overrides = {"strict": True}

    def merged(*args, **kwargs):
        try:
            return dict(*args, **kwargs)
        except TypeError as error:
            return "TypeError: " + str(error)

    return [dict(defaults, **overrides), dict(defaults, currency="USD"), dict([("a", 1)], a=2, b=3),
            dict(zip(["x", "y"], [1, 2]), z=3), merged(defaults, overrides), merged(defaults, overrides, strict=1), defaults]


def case_deleting_keys_while_looping_over_the_dict():
    fields = {"name": "Ann", "_token": "x", "age": 3}
    try:
        for key in fields:
            if key.startswith("_"):
                del fields[key]
        return ["cleaned", fields]
    except RuntimeError as error:
        return ["RuntimeError", str(error)]


def case_adding_keys_while_looping_over_items():
    prices = {"tea": 300, "cake": 450}
    try:
        for name, cents in prices.items():
            prices[name + "_net"] = cents * 100 // 119
        return ["added", prices]
    except RuntimeError as error:
        return ["RuntimeError", str(error)]


def case_dict_view_indexed_like_a_list():
    def attempt(read):
        try:
            return ["ok", read()]
        except (TypeError, AttributeError) as error:
            return [type(error).__name__, str(error)]

    prices = {"tea": 450, "coffee": 900}
    return [attempt(lambda: prices.keys()[0]), attempt(lambda: prices.values()[-1]), attempt(lambda: prices.items()[0]),
            attempt(lambda: prices.keys()[:1]), attempt(lambda: prices.values().index(900)),
            attempt(lambda: prices.keys().count("tea")), list(prices)[0], prices.keys().isdisjoint(["milk"])]
