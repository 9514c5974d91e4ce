"""Plain JS values passed in from JS (objects, arrays, null) and results handed back."""


def case_get_on_plain_object(doc):
    return doc.get("email", "")


def case_validate_order(doc):
    issues = []
    if not doc.get("email"):
        issues.append({"field": "email", "message": "required"})
    for index, line in enumerate(doc.get("lines", [])):
        if line.get("qty", 0) <= 0:
            issues.append({"field": f"lines[{index}].qty", "message": "must be positive"})
    return issues


def case_null_input(value):
    return value is None


def case_nested_list_input(rows):
    return [len(row) for row in rows]


def case_dict_in_list_input(rows):
    return [row["name"].upper() for row in rows]


def case_bool_input(flag):
    return "yes" if flag else "no"


def case_float_input(x):
    return x * 2


def case_int_input_type(x):
    return x + 1


def case_string_input_methods(text):
    return [text.upper(), text.split("-"), text.replace("-", "")]


def case_return_tuple():
    return (1, "a")


def case_return_nested():
    return {"a": [1, {"b": None}], "c": (True, 2.5)}


def case_return_none():
    return None


def case_return_empty_dict():
    return {}


def case_mutate_input_dict(doc):
    doc["seen"] = True
    return doc


def case_in_input_dict(doc):
    return ["email" in doc, "x" in doc]


def case_len_input_dict(doc):
    return len(doc)


def case_iterate_input_dict(doc):
    return [key for key in doc]


def case_input_dict_equality(doc):
    return doc == {"a": 1}


def case_input_update(doc):
    doc.update({"b": 2})
    return doc


def case_input_setdefault(doc):
    doc.setdefault("tags", []).append("x")
    return doc


# The published module copies a JavaScript caller's objects and arrays (values in, values out): a change
# of an argument reaches a CPython caller's object and never a JavaScript caller's (MS221).
def case_normalise_in_place(doc):
    doc["email"] = doc["email"].strip()


def _fill_defaults(doc):
    doc.setdefault("country", "NZ")


def case_fill_defaults_through_helper(doc):
    _fill_defaults(doc)
    return len(doc)


def case_line_totals_through_alias(doc):
    for line in doc["lines"]:
        line["total"] = line["qty"] * line["price"]
    return len(doc["lines"])


def case_shallow_copy_shares_lines(doc):
    doc = dict(doc)
    doc["lines"][0]["qty"] = 0
    return doc


def case_copy_first_then_change(doc):
    doc = dict(doc)
    doc["email"] = doc["email"].strip()
    _fill_defaults(doc)
    return doc


def case_return_changed_value(doc):
    return doc | {"email": doc["email"].strip()}


def case_copy_lines_first(doc):
    lines = [dict(line) for line in doc["lines"]]
    lines[0]["qty"] = 0
    return doc | {"lines": lines}
