"""The runtime installers a module needs: argument checks and re.sub templates, which only programs that can
reach them ship and install (each is a call put first in the module).
"""

from __future__ import annotations

import ast

from ._nodes import name_of

# The methods of str, list and dict that CPython calls with positional arguments only, and the keywords of those that
# take some (a call naming another installs __m_shared_keyword_checks__)
_POSITIONAL_ONLY = frozenset({"capitalize", "casefold", "center", "count", "endswith", "find", "format_map", "index",
                             "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
                             "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower",
                             "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex",
                             "rjust", "rpartition", "rstrip", "startswith", "strip", "swapcase", "title", "translate",
                             "upper", "zfill", "append", "clear", "copy", "extend", "insert", "pop", "remove",
                             "reverse", "get", "items", "keys", "popitem", "setdefault", "values", "fromkeys"})
_BY_KEYWORD = {"split": {"sep", "maxsplit"}, "rsplit": {"sep", "maxsplit"}, "splitlines": {"keepends"},
               "expandtabs": {"tabsize"}, "sort": {"key", "reverse"}}
# the keywords of date.replace() and datetime.replace(), which a call of a method named replace may be
_DATE_FIELDS = frozenset({"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"})


def argument_checks(tree: ast.Module) -> list[str]:
    """The installers of argument checks (js_runtime/overlay/argument_checks.extend.js) the module's calls may need,
    whatever their receiver (a str, a list, or anything with a method of that name): split or rsplit with a separator
    other than a non-empty str literal, startswith or endswith with other than a str literal or a tuple display of
    them, pop or insert with an index other than an int literal, sort with a positional argument; and a method that
    str, list and dict take positional arguments only for, called with a keyword (or **), or one that takes keywords
    (split, rsplit, splitlines, expandtabs, sort) called with another keyword (or **); find, rfind, index, rindex,
    count, startswith or endswith with a start or end, or replace with a count, other than an int literal; update with
    an argument other than a display."""
    def literal(node: ast.expr | None, kind: type) -> bool:
        if kind is int and isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            node = node.operand  # xs.pop(-1)
        return (isinstance(node, ast.Constant) and type(node.value) is kind
                and (kind is not str or node.value != ""))

    needed: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, args = node.func.attr, node.args
        first = args[0] if args else None
        unknown = any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in node.keywords)
        other_replace = method == "replace" and (  # date.replace(day=1), dataclasses.replace(obj, x=1)
            all(k.arg in _DATE_FIELDS for k in node.keywords)
            or (isinstance(node.func.value, ast.Name) and node.func.value.id == "dataclasses"))
        if (node.keywords and method in _POSITIONAL_ONLY and not other_replace) or any(
                k.arg not in _BY_KEYWORD[method] for k in node.keywords if method in _BY_KEYWORD):
            needed.add("__m_shared_keyword_checks__")
        if method in ("split", "rsplit"):
            sep = first if first is not None else next((k.value for k in node.keywords if k.arg == "sep"), None)
            if unknown or (sep is not None and not literal(sep, str)):
                needed.add("__m_shared_split_checks__")
        elif method in ("startswith", "endswith"):
            affixes = first.elts if isinstance(first, ast.Tuple) else [first]
            if unknown or not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in affixes):
                needed.add("__m_shared_affix_checks__")
        elif method in ("pop", "insert"):
            if unknown or (first is not None and not literal(first, int)):
                needed.add("__m_shared_index_checks__")
        elif method == "sort" and args:
            needed.add("__m_shared_sort_checks__")
        if method == "update" and (len(args) > 1 or unknown or any(
                not isinstance(a, (ast.Dict, ast.DictComp, ast.List, ast.Tuple, ast.ListComp)) for a in args)):
            needed.add("__m_shared_update_checks__")
        if method in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith", "replace"):
            bounds = args[2:3] if method == "replace" else args[1:3]
            if unknown or not all(literal(bound, int) for bound in bounds):
                needed.add("__m_shared_bound_checks__")
    return sorted(needed)


def passes_templates(tree: ast.Module, regex_modules: set[str]) -> bool:
    """Whether the module calls re.sub, re.subn, Pattern.sub, Pattern.subn or Match.expand (or a method of that
    name: any receiver) with a replacement template that may hold a backslash: not a str literal without one."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else name_of(node.func)
        if name not in ("sub", "subn", "expand"):
            continue
        function = (isinstance(node.func, ast.Name)
                    or (isinstance(node.func.value, ast.Name) and node.func.value.id in regex_modules))
        position = 1 if function and name != "expand" else 0  # re.sub(pattern, repl, ...), p.sub(repl, ...)
        keyword = "template" if name == "expand" else "repl"
        template = next((k.value for k in node.keywords if k.arg == keyword), None)
        if template is None and len(node.args) > position:
            template = node.args[position]
        if any(isinstance(a, ast.Starred) for a in node.args[:position + 1]) or any(k.arg is None for k in node.keywords):
            return True
        if template is not None and not (isinstance(template, ast.Constant) and isinstance(template.value, str)
                                         and "\\" not in template.value):
            return True
    return False


def installer_call(name: str) -> ast.stmt:
    """``name()`` as a statement: how the module calls a runtime installer."""
    return ast.Expr(ast.Call(ast.Name(name, ast.Load()), [], []))


def install_first(tree: ast.Module, statement: ast.stmt) -> None:
    """Put ``statement`` first in the module, at line 1 (no Python line of its own: the sourcemap's first)."""
    for node in ast.walk(statement):
        if "lineno" in node._attributes:
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = 1, 0, 1, 0
    tree.body.insert(0, statement)

