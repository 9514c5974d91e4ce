"""Recursion over deep input: CPython raises RecursionError at about 1000 frames, JavaScript goes ~10x deeper.

A function that can call itself again through the module's call graph fails loudly past 900 frames
(m_shared/recursion.py); shallow input is unchanged. Inputs are nested dicts built at run time.
"""


def _nest(levels):
    node = None
    for _ in range(levels):
        node = {"child": node}
    return node


def _depth(node):
    if node is None:
        return 0
    return 1 + _depth(node.get("child"))


def _is_even(node):
    return True if node is None else _is_odd(node.get("child"))


def _is_odd(node):
    return False if node is None else _is_even(node.get("child"))


def _total(tree):
    return tree["value"] + sum(_total(child) for child in tree["children"])


def _tree(levels):
    tree = {"value": 1, "children": []}
    for _ in range(levels - 1):
        tree = {"value": 1, "children": [tree]}
    return tree


class _Walker:
    def __init__(self):
        self.seen = 0

    def walk(self, node):
        if node is not None:
            self.seen += 1
            self.walk(node.get("child"))
        return self.seen


def case_shallow_recursion():
    return [_depth(_nest(50)), _is_even(_nest(40)), _total(_tree(30)), _Walker().walk(_nest(20))]


def case_recursion_at_800():
    return _depth(_nest(800))


def case_recursion_past_cpython_limit():
    return _depth(_nest(2000))


def case_mutual_recursion_past_cpython_limit():
    return _is_even(_nest(2000))


def case_generator_expression_frames():
    # two CPython frames a level (the function's and the generator expression's): RecursionError at ~500 levels
    return _total(_tree(700))


def case_method_recursion_past_cpython_limit():
    return _Walker().walk(_nest(2000))


def case_recursion_error_caught():
    try:
        return _depth(_nest(2000))
    except RecursionError:
        return "too deep"


def case_far_past_javascript_limit():
    return _depth(_nest(50000))


def case_depth_is_given_back_after_a_deep_call():
    first = _depth(_nest(850))
    second = _depth(_nest(850))
    return [first, second]
