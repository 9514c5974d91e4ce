"""`+` and `*` on strings and lists, negative indexing and slicing, the bitwise operators."""

from .helpers import outcome


def case_list_plus():
    return [1] + [2]


def case_str_plus():
    return "a" + "b"


def case_str_times():
    return "ab" * 3


def case_int_times_str():
    return 3 * "ab"


def case_list_times():
    return [0] * 3


def case_list_times_zero():
    return [1, 2] * 0


def case_str_times_negative():
    return "ab" * -1


def case_list_iadd():
    items = [1]
    items += [2, 3]
    return items


def case_tuple_plus():
    return (1, 2) + (3,)


def case_str_plus_int():
    return "a" + 1


def case_list_plus_str():
    return [1] + "ab"


def case_negative_index_list():
    return [1, 2, 3][-1]


def case_negative_index_str():
    return "abc"[-2]


def case_index_out_of_range():
    return [1, 2][5]


def case_str_index_out_of_range():
    return "ab"[5]


def case_slice_basic():
    items = [0, 1, 2, 3, 4]
    return [items[1:3], items[:2], items[3:], items[:]]


def case_slice_negative():
    items = [0, 1, 2, 3, 4]
    return [items[-2:], items[:-2], items[-3:-1]]


def case_slice_step():
    items = [0, 1, 2, 3, 4, 5]
    return [items[::2], items[1::2], items[::-1], items[4:1:-1]]


def case_str_slice_step():
    return ["abcdef"[::-1], "abcdef"[::2], "abcdef"[-1:-4:-1]]


def case_slice_out_of_range():
    return [[1, 2][5:], "ab"[1:10], [1, 2][-10:1]]


def case_str_slice_backwards_from_before_the_start():
    # JS before: 'a' for the first four (the start clamped to 0, not to before the first character)
    code = "abcdef"
    return [code[-8::-1], code[-8::-3], code[-8:-8:-1], code[-7:-9:-1], code[-6::-1], code[-8:2], code[-8::2],
            [code[start::-1] for start in range(-8, 8)], ""[-1::-1], [0, 1, 2][-8::-1]]


def case_slice_assign():
    items = [0, 1, 2, 3]
    items[1:3] = ["a"]
    return items


def case_slice_assign_backwards():
    # JS before: ValueError "attempt to assign sequence of size 3 to extended slice of size 1" (the start taken as 0)
    items = [0, 1, 2]
    items[::-1] = ["a", "b", "c"]
    evens = [0, 1, 2, 3, 4]
    evens[::-2] = [9, 8, 7]
    tail = [0, 1, 2, 3]
    tail[:1:-1] = ["x", "y"]
    steps = [0, 1, 2, 3]
    steps[::2] = [5, 6]
    return [items, evens, tail, steps]


def case_del_index():
    items = [0, 1, 2, 3]
    del items[-1]
    del items[0]
    return items


def case_del_slice():
    items = [0, 1, 2, 3, 4]
    del items[1:3]
    return items


def _pending_case_unpack():
    return None


def case_swap():
    a, b = 1, 2
    a, b = b, a
    return [a, b]


def case_chained_comparison():
    x = 5
    return [1 < x < 10, 1 < x > 10, 1 == 1 < 2]


def case_augmented_string():
    text = "a"
    text += "b"
    text *= 2
    return text


def case_input_list_negative_index(values):
    return values[-1]


def case_tuple_index_negative():
    return (1, 2, 3)[-3]


def case_ternary_and_not():
    return [not 0, not "a", 1 if 0 else 2]


def case_list_iadd_extends_in_place():
    x = [1]
    y = x
    y += [2]
    y += "ab"
    return x


def case_list_iadd_itself():
    x = [1, 2]
    x += x
    return x


def case_list_imul_in_place():
    x = [1, 2]
    y = x
    y *= 2
    z = x
    z *= 1
    return x


def case_list_iadd_not_iterable():
    x = [1]
    x += 5
    return x


def case_tuple_iadd_makes_a_new_tuple():
    t = (1,)
    u = t
    u += (2,)
    return [t, u]


def case_item_iadd_extends_the_list_others_hold():
    d = {"a": [1]}
    inner = d["a"]
    d["a"] += [3]
    return [inner is d["a"], inner]


def case_item_iadd_missing_key():
    counts = {"a": 1}
    counts["b"] += 1
    return counts


def case_item_iadd_evaluates_key_once():
    d = {"a": 1, "b": 5}
    keys = ["a", "b"]
    d[keys.pop()] += 1
    return [d, keys]


def case_item_iadd_counts(words):
    seen = {}
    for word in words:
        if word not in seen:
            seen[word] = 0
        seen[word] += 1
    return seen


def case_order_across_types(a, b):
    return a < b


def case_order_none():
    return None < 1


def case_order_list_with_tuple():
    return [1] < (1,)


def case_order_strings_by_code_point():
    smile = chr(0x1F600)
    wide = chr(0xFF01)
    return [smile < wide, smile >= wide, sorted([smile, wide, "a"]), max(smile, wide)]


def case_order_numbers_and_objects():
    return [1 < 2.5, True < 2, 3 >= 3, [1, 2] < [1, 3], (1,) < (1, 0), "a" <= "a", "ab" < "a"]


def case_arithmetic_on_wrong_json_types():
    # what a JSON payload delivers where a number belongs: null, a string, an object, a list
    line = {"quantity": None, "unit_price": "5", "discount": {"a": 1}, "codes": [1]}
    return [
        outcome(lambda: line["quantity"] * 3),
        outcome(lambda: 3 + line["quantity"]),
        outcome(lambda: line["unit_price"] - 1),
        outcome(lambda: 10 / line["unit_price"]),
        outcome(lambda: line["unit_price"] // 2),
        outcome(lambda: line["discount"] + 1),
        outcome(lambda: line["codes"] - 1),
        outcome(lambda: 2 ** line["quantity"]),
        outcome(lambda: 7 % line["unit_price"]),
        outcome(lambda: True + 1),
    ]


def case_sequence_repetition_by_non_int():
    text, factor = "ab", 2.5
    return [outcome(lambda: text * factor), outcome(lambda: factor * text), outcome(lambda: text * "b"),
            outcome(lambda: text * 2), outcome(lambda: True * text)]


def case_augmented_assignment_on_wrong_types():
    def add(left, right):
        left += right
        return left

    def subtract(left, right):
        left -= right
        return left

    def multiply(left, right):
        left *= right
        return left

    return [outcome(lambda: add("a", 1)), outcome(lambda: add(1, "a")), outcome(lambda: add("a", "b")),
            outcome(lambda: subtract("a", 1)), outcome(lambda: subtract(None, 1)),
            outcome(lambda: multiply("ab", 2.5)), outcome(lambda: multiply(2, None)), outcome(lambda: add([1], "a"))]


def case_unary_plus():
    # JavaScript's unary plus turns anything into a number: +"5" was 5, +None 0, +[1] 1 (CPython: TypeError)
    line = {"quantity": "5", "discount": None, "codes": [1]}
    return [outcome(lambda: +line["quantity"]), outcome(lambda: +line["discount"]), outcome(lambda: +line["codes"]),
            +True, +2.5, -(+3), +line["codes"][0]]


def case_bitwise_beyond_32_bits():
    # JavaScript's & | ^ << >> work on 32-bit integers: 1 << 40 was 256, 2 ** 40 | 1 was 1, 2 ** 40 >> 3 was 0
    high = 2**40
    top = (2**52 - 1) * 2 + 1  # 2 ** 53 - 1, the largest int JavaScript holds exactly (2 ** 53 is loud)
    return [1 << 40, high | 1, high & (high + 5), high ^ 3, high >> 3, -high >> 3, 5 << 48, -7 & (high + 3),
            top >> 52, top & -2, top ^ high, -top | 1, -(2**52) ^ 3, (2**31 - 1) << 1, 2**31 >> 1, -(2**31) >> 31, -1 << 31,
            7 >> 1000, -7 >> 1000, 0 << 1000, 1 << 31, 0xFF & -7, 6 ^ 3]


def case_bitwise_bools():
    # bool & bool is a bool in CPython; JavaScript's & gave 0 and 1 (printed as ints)
    flag = True
    flag &= False
    other = True
    other ^= True
    return [True & False, True | False, True ^ True, False ^ True, flag, other, True & 3, True << 2, 1 | False]


def case_bitwise_on_wrong_json_types():
    # JavaScript turns any operand into a 32-bit integer: 1.5 & 1 was 1, "5" | 1 5, None ^ 1 1 (CPython: TypeError)
    line = {"mask": "5", "flags": None, "ratio": 1.5, "codes": [1]}

    def mask_in_place(value, mask):
        value &= mask
        return value

    return [outcome(lambda: line["ratio"] & 1), outcome(lambda: line["mask"] | 1), outcome(lambda: 1 ^ line["flags"]),
            outcome(lambda: line["codes"] << 1), outcome(lambda: 1 >> line["ratio"]),
            outcome(lambda: mask_in_place(line["mask"], 1)), outcome(lambda: {"a": 1} | 1)]


def case_shift_by_a_negative_count():
    # 1 << -1 was -2147483648 and 1 >> -1 was 0 in JavaScript (the count taken modulo 32); CPython: ValueError
    count = -1
    return [outcome(lambda: 1 << count), outcome(lambda: 1 >> count), outcome(lambda: 0 << count)]


def case_invert():
    # Transcrypt wrote JavaScript's ~: ~(2 ** 40) was -1, ~"5" -6, ~1.5 -2, ~None -1 (CPython: TypeError)
    line = {"mask": "5", "flags": None, "ratio": 1.5}
    high = 2**40
    return [~high, ~5, ~-1, ~-high, ~((2**52 - 1) * 2), outcome(lambda: ~line["mask"]), outcome(lambda: ~line["ratio"]),
            outcome(lambda: ~line["flags"])]


class Permissions:
    def __init__(self, bits):
        self.bits = bits

    def __and__(self, other):
        return Permissions(self.bits & other)

    def __rand__(self, other):
        return "rand"

    def __invert__(self):
        return Permissions(~self.bits)

    def __ilshift__(self, count):
        self.bits = self.bits << count
        return self


def case_bitwise_operator_methods():
    # ~obj was JavaScript's ~ of the object (-1); CPython calls __invert__
    granted = Permissions(6)
    same = granted
    same <<= 40
    return [(Permissions(6) & 3).bits, 3 & Permissions(1), (~Permissions(1)).bits, granted.bits, same is granted]


def case_bitwise_augmented_beyond_32_bits():
    # x <<= 48 was JavaScript's 32-bit x << (48 % 32)
    value = 5
    value <<= 48
    value >>= 3
    value |= 2**50
    value ^= 1
    value &= ~7
    return value


def case_shift_beyond_2_53():
    flags = 3
    return flags << 60


def case_bitwise_input_beyond_2_53(n):
    return n << 40


def case_bitwise_on_a_whole_float():
    # a whole float is an int in JavaScript: (10 / 2) & 1 was 1 (CPython: TypeError); 1.5 & 1 is fixed above
    total = 10
    return [outcome(lambda: (total / 2) & 1), outcome(lambda: float("4") >> 1), outcome(lambda: ~(total / 5))]


def case_sequence_times_whole_float():
    return [outcome(lambda: "a" * 2.0), outcome(lambda: [0] * (4 / 2)), outcome(lambda: 2.0 * "ab")]


def case_chained_comparison_evaluates_inner_operands_once():
    readings = iter([5, 50, 500, 7])
    in_range = [0 < next(readings) < 100 for _ in range(3)]
    calls = []

    def quantity(line):
        calls.append(line)
        return line * 10

    limits = [1 <= quantity(line) <= 20 for line in (1, 3)]
    return [in_range, limits, calls, 0 < len(calls) < 5 < quantity(9) > 50]


def _digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total


def case_floor_division_in_place():
    # `n //= 10`, a check digit's loop: the module did not build (Transcrypt with -o has no in-place //)
    return [_digit_sum(9875), _digit_sum(0), _digit_sum(-0)]


class _Tally:
    def __init__(self):
        self.count = 100
        self.by_key = {"a": 9}


def case_floor_division_in_place_of_an_attribute_and_items():
    tally = _Tally()
    tally.count //= 7
    tally.by_key["a"] //= 2
    sizes = [10, 20]
    sizes[1] //= -3
    return [tally.count, tally.by_key["a"], sizes]


def case_floor_division_in_place_of_a_nonlocal():
    remaining = 50

    def halve():
        nonlocal remaining
        remaining //= 2

    halve()
    halve()
    return remaining


def case_floor_division_in_place_errors():
    def of_a_str():
        text = "ab"
        text //= 2
        return text

    def by_zero():
        n = 5
        n //= 0
        return n

    try:
        by_zero()
        caught = "no error"
    except ZeroDivisionError as error:
        caught = str(error)
    return [outcome(of_a_str), caught]


class _Minutes:
    def __init__(self, count):
        self.count = count

    def __floordiv__(self, other):
        return _Minutes(self.count // other)

    def __ifloordiv__(self, other):
        self.count = self.count // other + 1000
        return self


class _Hours:
    def __init__(self, count):
        self.count = count

    def __floordiv__(self, other):
        return _Hours(self.count // other)


def case_floor_division_in_place_of_instances():
    minutes = _Minutes(125)
    same = minutes
    minutes //= 60
    hours = _Hours(50)
    kept = hours
    hours //= 24
    return [minutes.count, same is minutes, hours.count, kept is hours, kept.count]
