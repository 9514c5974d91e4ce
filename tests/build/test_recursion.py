"""m_shared/recursion.py: which functions count their frames, by how many, and that the others stay as they were."""

from __future__ import annotations

import ast
import textwrap

from m_shared.recursion import ENTER, count_depth


def counted(source: str) -> dict[str, tuple[int, int]]:
    """The functions of ``source`` given a depth counter, with the frames and 3.11 comprehension frames it adds."""
    tree = count_depth(ast.parse(textwrap.dedent(source)))
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            for statement in node.body:
                call = statement.value if isinstance(statement, ast.Expr) else None
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == ENTER:
                    found[node.name] = (call.args[0].value, call.args[1].value)
    return found


def test_a_module_without_recursion_is_left_as_it_was() -> None:
    source = textwrap.dedent("""
        def helper(x):
            return [x]

        def check(doc):
            '''doc'''
            return helper(doc) + [len(y) for y in doc]

        class Checker:
            def run(self, doc):
                return self.other(doc)

            def other(self, doc):
                return check(doc)
    """)
    assert ast.dump(count_depth(ast.parse(source))) == ast.dump(ast.parse(source))


def test_direct_mutual_method_and_nested_recursion_are_counted() -> None:
    assert counted("""
        def depth(node):
            return 0 if node is None else 1 + depth(node.get("child"))

        def even(n):
            return True if n == 0 else odd(n - 1)

        def odd(n):
            return False if n == 0 else even(n - 1)

        def not_recursive(n):
            return even(n)

        class Walker:
            def walk(self, node):
                return [self.walk(c) for c in node["children"]]

        def outer(tree):
            def inner(node):
                return sum(inner(c) for c in node["children"]) + 1
            return inner(tree)
    """) == {"depth": (1, 0), "even": (1, 0), "odd": (1, 0), "walk": (1, 1), "inner": (2, 0)}


def test_frames_of_cpython_between_two_calls_count_too() -> None:
    # a generator expression or a lambda is a frame in every version, a comprehension in 3.11 only
    assert counted("""
        def total(tree):
            return tree["value"] + sum(total(c) for c in tree["children"])

        def keyed(tree):
            return sorted(tree["children"], key=lambda c: keyed(c))

        def listed(tree):
            return [listed(c) for c in tree["children"]]
    """) == {"total": (2, 0), "keyed": (2, 0), "listed": (1, 1)}


def test_generators_and_calls_to_other_names_are_not_counted() -> None:
    # a generator's frame is on the stack only while it runs (one left unfinished would keep its count)
    assert counted("""
        def walk(node):
            yield node
            for child in node["children"]:
                yield from walk(child)

        def depth(node):
            return max(len(node), 0)
    """) == {}


def test_the_docstring_and_argument_check_stay_first_and_the_body_is_guarded() -> None:
    tree = count_depth(ast.parse(textwrap.dedent("""
        def depth(node):
            '''How deep.'''
            __m_shared_arguments__()
            return 0 if node is None else 1 + depth(node)
    """)))
    body = tree.body[0].body
    assert [type(s).__name__ for s in body] == ["Expr", "Expr", "Expr", "Try"]
    assert body[1].value.func.id == "__m_shared_arguments__" and body[2].value.func.id == ENTER
    assert body[3].finalbody[0].value.func.id == "__m_shared_depth_leave__" and not body[3].handlers
