"""Which modules install the argument checks of str, list and dict methods, and which subscript stores keep Transcrypt's.

The checks (js_runtime/overlay/argument_checks.extend.js) wrap split, startswith, pop, insert, sort, find, update and
(for keywords) the other methods for the whole program; lowering (m_shared/lower/_installers.py argument_checks) installs them only from a module that can pass such an argument,
so that a program that never does (the demo) ships none of them. Likewise `doc[key] = v` keeps Transcrypt's
__setitem__ when `doc` only ever holds a dict display (dict_stores); any other store checks a list's index.
"""

from __future__ import annotations

import ast

import pytest

from m_shared.lower._installers import argument_checks
from m_shared.lower._scopes import dict_stores


@pytest.mark.parametrize(("source", "installed"), [
    ("s.split()\ns.split(',')\ns.rsplit(' ', 1)\nre.split(r'\\s', s)", []),
    ("s.split(sep)", ["__m_shared_split_checks__"]),
    ("s.split('')", ["__m_shared_split_checks__"]),
    ("s.rsplit(sep=',')", []),
    ("s.startswith('a')\ns.endswith(('a', 'b'))", []),
    ("s.startswith(prefixes)", ["__m_shared_affix_checks__"]),
    ("s.endswith(['a'])", ["__m_shared_affix_checks__"]),
    ("xs.insert(0, x)\nxs.pop()\nxs.pop(-1)", []),
    ("xs.pop(i)", ["__m_shared_index_checks__"]),
    ("d.pop('key', None)", ["__m_shared_index_checks__"]),
    ("xs.insert(i, x)", ["__m_shared_index_checks__"]),
    ("xs.sort(key=len, reverse=True)", []),
    ("xs.sort(len)\ns.split(*args)", ["__m_shared_sort_checks__", "__m_shared_split_checks__"]),
    # keywords CPython refuses: to a method it calls with positional arguments only, or one another method does not take
    ("d.get('a', 0)\ns.strip('x')\nd.update(a=1)\ns.split(sep=',', maxsplit=1)\n"
     "s.splitlines(keepends=True)\ns.expandtabs(tabsize=4)\nxs.sort(key=len)", []),
    ("d.get('a', default=0)", ["__m_shared_keyword_checks__"]),
    ("xs.count(value=1)", ["__m_shared_keyword_checks__"]),
    ("registry.get(name, **options)", ["__m_shared_keyword_checks__"]),
    ("s.split(max_split=1)", ["__m_shared_keyword_checks__"]),
    ("xs.sort(reversed=True)", ["__m_shared_keyword_checks__"]),
    ("xs.sort(**options)", ["__m_shared_keyword_checks__"]),
    ("day.replace(day=1, month=2)\ndataclasses.replace(order, total=0)", []),  # not str.replace's
    ("text.replace(old='a', new='b')", ["__m_shared_keyword_checks__"]),
    # starts, ends and counts other than int literals
    ("s.find('a', 1, -1)\ns.index('a')\ns.count('a', 0)\ns.replace('a', 'b', 2)\nxs.index(3)", []),
    ("s.find('a', start)", ["__m_shared_bound_checks__"]),
    ("xs.index(3, 0, None)", ["__m_shared_bound_checks__"]),
    ("s.startswith('a', position)", ["__m_shared_bound_checks__"]),
    ("s.replace('a', 'b', count)", ["__m_shared_bound_checks__"]),
    # update with what may not be an iterable, or with two arguments
    ("d.update({'a': 1})\nd.update([('a', 1)])\nd.update(a=1)", []),
    ("d.update(other)", ["__m_shared_update_checks__"]),
    ("d.update({}, {})", ["__m_shared_update_checks__"]),
])
def test_installed_only_where_an_argument_may_need_it(source: str, installed: list[str]) -> None:
    assert argument_checks(ast.parse(source)) == installed


def test_stores_into_a_dict_display_keep_transcrypts_setitem() -> None:
    tree = ast.parse(
        "def f(form, keys):\n"
        "    doc: dict = {}\n"
        "    for key in keys:\n"
        "        doc[key] = form[key]\n"
        "    rows = {}\n"
        "    rows = list(rows)\n"
        "    rows[0] = 1\n"
        "    form['a'] = 1\n"
        "    def inner():\n"
        "        nonlocal doc\n"
        "        doc = []\n"
        "def g():\n"
        "    seen = {}\n"
        "    seen['a'] = 1\n"
    )
    stores = {id(node): node for node in ast.walk(tree) if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)}
    kept = [ast.unparse(stores[key]) for key in dict_stores(tree)]
    assert kept == ["seen['a']"]  # doc is rebound by inner's nonlocal, rows by list(), form is a parameter
