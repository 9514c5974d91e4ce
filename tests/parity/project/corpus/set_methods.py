"""set methods and operators."""


def case_add_len():
    s = set()
    s.add(1)
    s.add(1)
    s.add(2)
    return len(s)


def case_union_operator():
    return sorted({1, 2} | {2, 3})


def case_intersection_operator():
    return sorted({1, 2} & {2, 3})


def case_difference_operator():
    return sorted({1, 2} - {2, 3})


def case_union_method():
    return sorted({1, 2}.union({2, 3}))


def case_intersection_method():
    return sorted({1, 2}.intersection([2, 3]))


def case_difference_method():
    return sorted({1, 2}.difference({2}))


def case_issubset():
    return [{1}.issubset({1, 2}), {1, 3}.issubset({1, 2})]


def case_discard_remove():
    s = {1, 2}
    s.discard(5)
    s.remove(1)
    return sorted(s)


def case_remove_missing():
    s = {1}
    s.remove(5)
    return sorted(s)


def case_set_of_list_dedup():
    return sorted(set([3, 1, 3, 2]))


def case_set_order_of_insertion():
    return list({3, 1, 2})


def case_set_of_strings_len():
    return len(set("banana"))


def case_set_comprehension():
    return sorted({x % 3 for x in range(10)})


def case_set_update():
    s = {1}
    s.update([2, 3])
    return sorted(s)


def case_set_in_loop():
    seen = set()
    duplicates = []
    for x in [1, 2, 1, 3, 2]:
        if x in seen:
            duplicates.append(x)
        seen.add(x)
    return duplicates


def case_set_eq_list():
    return {1, 2} == [1, 2]


def case_set_symmetric_difference():
    return sorted({1, 2}.symmetric_difference({2, 3}))


def case_isdisjoint():
    return {1, 2}.isdisjoint({3})


def case_set_for_loop_order():
    out = []
    for n in {3, 1, 2}:
        out.append(n)
    return out


def case_set_comprehension_order():
    pending = {30, 10, 20}
    return [n // 10 for n in pending]


def case_set_sorted_iteration():
    pending = {30, 10, 20}
    return [n // 10 for n in sorted(pending)] + [sum(n for n in pending)]


def case_set_of_tuples_dedup():
    s = {(1, 2)}
    s.add((1, 2))
    s.update([(1, 2), (3, 4)])
    return [len(s), len(set([(1, 2), (1, 2)]))]


def case_set_bool_and_int_one_member():
    return len({1, True, 1.0})


def case_set_unhashable_member():
    return len({(1, 2), [1]})


def case_set_from_generator_and_dict():
    return [sorted(set(x % 3 for x in range(7))), sorted(set({"b": 1, "a": 2}))]


def case_set_update_generator():
    s = {1}
    s.update(x for x in [2, 3])
    return sorted(s)


def case_set_discard_tuple():
    s = {(1, 2), (3, 4)}
    s.discard((1, 2))
    return len(s)


REQUIRED = {"email", "name", "qty"}


def case_missing_and_extra_fields():
    allowed = REQUIRED | {"note"}
    doc = {"name": "x", "qty": 1, "color": "red"}
    missing = REQUIRED - set(doc)
    extra = set(doc) - allowed
    return [sorted(missing), sorted(extra)]


def case_symmetric_difference_operator():
    return sorted({1, 2, 3} ^ {3, 4})


def case_augmented_operators_change_the_set():
    s = {1, 2}
    alias = s
    s |= {3}
    s -= {1}
    s &= {2, 3, 4}
    s ^= {3, 5}
    return [sorted(s), s is alias, sorted(alias)]


def case_operator_makes_a_new_set():
    s = {1}
    alias = s
    s = s | {2}
    return [sorted(s), sorted(alias), s is alias]


def case_operator_keeps_cpythons_item():
    (left,) = {1} & {True}
    (right,) = {True} & {1, 2}
    (union,) = {1} | {True}
    return [left, right, union]


def case_operator_results_len_and_in():
    return [len({(1, 2), (3, 4)} - {(1, 2)}), 2 in {1, 2} | {3}, sum({3, 1} ^ {1, 5}), len(set() & {1})]


def case_operator_on_the_same_set():
    s = {1, 2}
    s -= s
    t = {1, 2}
    t ^= t
    u = {1, 2}
    u |= u
    return [sorted(s), sorted(t), sorted(u)]


def case_operator_with_a_list():
    return {1} | [2]


def case_augmented_operator_with_a_tuple():
    s = {1}
    s -= (1,)
    return sorted(s)


def case_operator_with_an_int():
    return 1 ^ {1}


def case_subset_and_superset_operators():
    a = {1, 2}
    b = {1, 2, 3}
    return [a <= b, a < b, b >= a, b > a, a == b, a != b, a < a, a == {2, 1}, b <= a]


def case_subset_operator_with_a_list():
    return {1} <= [1, 2]


def case_iterating_an_operator_result():
    return [n for n in {3, 1} | {2}]


def case_dict_keys_minus_a_set():
    doc = {"a": 1, "b": 2}
    return sorted(doc.keys() - {"a"})


def case_dict_keys_equal_a_set():
    return {"a": 1, "b": 2}.keys() == {"b", "a"}


def case_dict_keys_as_a_set():
    doc = {"a": 1, "b": 2}
    return [sorted(set(doc) - {"a"}), set(doc) == {"b", "a"}]


def case_set_printed_with_str():
    ids = {3, 1, 2}
    return str(ids)


def case_set_printed_in_an_fstring():
    ids = {3, 1, 2}
    return f"ids: {ids}"


def case_set_printed_with_format():
    return "left: {}".format({30, 10, 20} - {20})


def _groups():
    return [{3, 1}, {2}]


def case_set_printed_inside_a_list():
    return str(_groups())


def case_set_printed_inside_a_dict():
    doc = {"name": "x"}
    doc["tags"] = {30, 10, 20}
    return "doc: " + str(doc)


def case_set_of_one_printed():
    return [str({5}), str(set()), f"{ {'a'} }", repr([{2}, (1,)]), "{}".format({"k": {7}})]


def case_set_pop():
    ids = {3, 1, 2}
    return ids.pop()


def _take(items):
    return items.pop()


def case_set_pop_through_a_parameter():
    return _take({3, 1, 2})


def case_set_pop_of_one_item():
    ids = {4}
    return [ids.pop(), len(ids), _take([1, 2])]


def case_set_pop_empty():
    return set().pop()


def case_list_extend_with_a_set():
    out = [0]
    out.extend({3, 1, 2})
    return out


def _extended(out, items):
    out.extend(items)
    return out


def case_list_extend_with_a_set_through_a_parameter():
    return [_extended([0], {5}), _extended([0], {3, 1, 2})]


def case_dict_fromkeys_of_a_set():
    return list(dict.fromkeys({3, 1, 2}))


def _error(call):
    try:
        return call()
    except TypeError as error:
        return "TypeError: " + str(error)


def case_unhashable_membership():
    s = {1, (2, 3)}
    return [_error(lambda: [1] in s), _error(lambda: {} in s), _error(lambda: (1, [2]) in s), {1} in s,
            [1] in [[1]], (2, 3) in s]


def case_unhashable_discard_and_remove():
    s = {1}
    return [_error(lambda: s.discard([1])), _error(lambda: s.remove([1])), s.discard({1}), len(s)]


def case_unhashable_inside_a_tuple_member():
    return [_error(lambda: len({(1, [2])})), _error(lambda: len({((1, 2), 3)}))]


def case_pairs_of_zip_enumerate_and_items_as_members():
    s = set(zip("ab", [1, 2])) | set(enumerate("a")) | set({"c": 3}.items())
    return [len(s), ("a", 1) in s, (0, "a") in s, ("c", 3) in s, len({p for p in {"a": 1}.items()})]


_BASE_CODES = ("EUR", "USD")


def case_set_display_with_starred_items():
    extra = ["CHF", "EUR"]
    allowed = {*_BASE_CODES, "GBP"}
    return ["USD" in allowed, "GBP" in allowed, sorted(allowed), sorted({*_BASE_CODES, *extra}), len({*extra})]


def case_methods_with_several_arguments():
    codes = {1, 2, 3, 4}
    return [sorted(codes.union([5], (6,))), sorted(codes.intersection([1, 2, 3], {2, 3})), sorted(codes.difference([1], {2})),
            sorted(codes.union()), sorted(codes.intersection()), sorted(codes.difference()), sorted(codes)]


def case_in_place_methods_with_several_arguments():
    added = {1, 2, 3, 4}
    added.update([5], {6}, "7")
    kept = {1, 2, 3, 4}
    kept.intersection_update([1, 2, 3], [2, 3, 9])
    removed = {1, 2, 3, 4}
    removed.difference_update([1], (2,))
    return [sorted(added, key=str), sorted(kept), sorted(removed)]


def case_methods_with_any_iterable():
    allowed = {"a", "b", "c"}
    extra = {"b": 1, "z": 2}
    return [sorted(allowed.union("xy")), sorted(allowed.intersection(extra)), sorted(allowed.difference(k for k in ["a"])),
            allowed.issubset("abcd"), allowed.issuperset(["a"]), allowed.isdisjoint(extra.values()),
            sorted(allowed.symmetric_difference(["a", "q"])), sorted(allowed.union(range(2)), key=str)]


def case_in_place_methods_with_any_iterable():
    kept = {"a", "b"}
    kept.intersection_update("bc")
    toggled = {"a", "b"}
    toggled.symmetric_difference_update(["b", "c"])
    removed = {"a", "b"}
    removed.difference_update({"a": 1})
    return [sorted(kept), sorted(toggled), sorted(removed)]


def case_method_argument_errors():
    codes = {1}
    return [_error(lambda: codes.union(1)), _error(lambda: codes.intersection(None)), _error(lambda: codes.update(5)),
            _error(lambda: codes.issubset(3)), _error(lambda: codes.difference([[1]])),
            _error(lambda: codes.symmetric_difference([1], [2]))]


def case_methods_keep_cpythons_item():
    # {1}.union([True]) keeps 1 (one member: 1 == True); .intersection of a list keeps the list's True
    ones = {1}
    union, common, both = ones.union([True]), ones.intersection([True]), {True}.intersection({1, 2})
    return [len(union), union.pop() is True, len(common), common.pop() is True, both.pop() is True]


def case_list_has_no_set_methods():
    try:
        [1].intersection_update([1])
        found = "no error"
    except AttributeError as error:
        found = str(error)
    return found
