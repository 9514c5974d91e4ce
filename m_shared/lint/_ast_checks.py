"""Lint rules that need Python's own syntax tree (MS2xx).

Semgrep's patterns cannot see these precisely (an ``except`` clause's own line,
f-string format specs, ``:=``, ``match``, constant integer arithmetic), so they
are checked here, on the tree CPython parses. Each rule documents, like ruff's
rule docs, what diverges in JavaScript and what to write instead, and what was
measured (Transcrypt 3.9.5 with ``-o -t -k -sf``, run in Node 20, against
CPython 3.11).
"""

from __future__ import annotations

import ast
import dataclasses

_MAX_SAFE = 2**53


@dataclasses.dataclass(frozen=True)
class Rule:
    id: str
    name: str
    message: str
    hint: str
    observed: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "MS201", "except-never-raised",
            "`except {exc}` never runs in JavaScript: {why}, so the handler is skipped and the code "
            "after it sees the wrong value",
            "test before the operation instead of catching: `if key in d`, `d.get(key, default)`, "
            "`if divisor == 0`, `hasattr(obj, name)`",
            "Transcrypt 3.9.5, Node 20: {'a': 1}['b'] CPython KeyError, JS None; 1 / 0 ZeroDivisionError vs "
            "Infinity; 1 % 0 ZeroDivisionError vs NaN; C().missing AttributeError vs None",
        ),
        Rule(
            "MS202", "fstring-format-spec",
            "f-string {what} is ignored in JavaScript: f\"{{3.14159:.2f}}\" is '3.14' in CPython and "
            "'3.14159' in the browser, f\"{{7:03d}}\" is '007' vs '7', f\"{{s!r}}\" drops the quotes",
            "use str.format, which agrees in both: `\"{:.2f}\".format(x)`, `\"{!r}\".format(s)`",
            "Transcrypt 3.9.5 (-sf), Node 20: f\"{3.14159:.2f}\" '3.14' vs '3.14159'; f\"{7:03d}\" '007' vs '7'; "
            "f\"{'ab':>5}\" '   ab' vs 'ab'; f\"{1000000:,}\" '1,000,000' vs '1000000'; "
            "\"{:.2f}\".format(3.14159) and \"{:03d}\".format(7) agree",
        ),
        Rule(
            "MS203", "walrus-operator",
            "assignment expression `:=` is mis-compiled by Transcrypt: the JavaScript crashes at run "
            "time, or inside a list display fails to load with a SyntaxError",
            "assign on its own line before the test: `m = len(xs)` then `if m > 2:`",
            "Transcrypt 3.9.5, Node 20: `if (m := len(xs)) > 2: return m` crashes; `[y for x in xs if (y := x * 2) > 2]` "
            "crashes; `[ss := {1}, ...]` emits `ssnew set (...)`, a JS SyntaxError",
        ),
        Rule(
            "MS204", "match-statement",
            "`match` statements are not supported by Transcrypt 3.9.5: it emits invalid JavaScript and "
            "the module fails to load",
            "use `if`/`elif` chains, or a dict from keys to values",
            "Transcrypt 3.9.5, Node 20: `match n: case 7: return 'seven'` compiles to `n7return 'seven'return "
            "'other';`, a SyntaxError when the module loads",
        ),
        Rule(
            "MS205", "int-beyond-2-53",
            "integer {value} is beyond 2**53: JavaScript numbers are doubles and cannot hold it exactly, "
            "so arithmetic with it gives a different result than CPython's exact integers",
            "keep integers below 2**53 (9007199254740992); carry large identifiers as strings",
            "Transcrypt 3.9.5, Node 20: 2 ** 53 + 1 CPython 9007199254740993, JS 9007199254740992",
        ),
        Rule(
            "MS206", "dict-non-str-key",
            "dict key {key} becomes a string in JavaScript: keys of a compiled dict are JS object "
            "properties, so list({{2: 'a', 1: 'b'}}) is [2, 1] in CPython and ['1', '2'] in the browser "
            "(order and type both change)",
            "use string keys, e.g. `{\"2\": \"a\"}` and `str(n)` when looking up, or a list of pairs",
            "Transcrypt 3.9.5, Node 20: list({2: 'a', 1: 'b'}.keys()) [2, 1] vs ['1', '2']; {(1, 2): 'a'} keys "
            "[(1, 2)] vs ['1,2']; {True: 'a'} [True] vs ['true']; {None: 'a'} [None] vs ['null']; "
            "{1.5: 'a'} [1.5] vs ['1.5']",
        ),
    )
}

_NEVER_RAISED = {
    "KeyError": "a missing dict key gives None instead of raising KeyError",
    "ZeroDivisionError": "division by zero gives Infinity or NaN instead of raising ZeroDivisionError",
    "AttributeError": "a missing attribute gives None instead of raising AttributeError",
}


@dataclasses.dataclass(frozen=True)
class Finding:
    line: int
    col: int  # 1-based
    end_line: int
    rule: str
    message: str
    hint: str


def check(tree: ast.Module) -> list[Finding]:
    """Every MS2xx finding in a parsed module."""
    visitor = _Visitor()
    visitor.visit(tree)
    return visitor.findings


class _Visitor(ast.NodeVisitor):
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._folded: set[int] = set()

    def _add(self, node: ast.AST, rule_id: str, **values: object) -> None:
        rule = RULES[rule_id]
        line = getattr(node, "lineno", 1)
        self.findings.append(Finding(
            line=line,
            col=getattr(node, "col_offset", 0) + 1,
            end_line=getattr(node, "end_lineno", None) or line,
            rule=rule_id,
            message=rule.message.format(**values),
            hint=rule.hint,
        ))

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        names = []
        if node.type is not None:
            candidates = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            names = [c.id for c in candidates if isinstance(c, ast.Name) and c.id in _NEVER_RAISED]
        for name in names:
            self._add(node, "MS201", exc=name, why=_NEVER_RAISED[name])
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                parts = []
                if value.conversion in (ord("r"), ord("a")):
                    parts.append(f"conversion `!{chr(value.conversion)}`")
                if value.format_spec is not None:
                    parts.append("format spec")
                if parts:
                    self._add(node, "MS202", what=" and ".join(parts))
                    break
        self.generic_visit(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._add(node, "MS203")
        self.generic_visit(node)

    def visit_Match(self, node: ast.Match) -> None:
        self._add(node, "MS204")
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        for key in node.keys:
            shown = _non_str_key(key)
            if shown is not None and key is not None:
                self._add(key, "MS206", key=shown)
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if id(node) not in self._folded:
            value = _fold(node)
            if value is not None:
                self._mark_folded(node)
                if abs(value) > _MAX_SAFE:
                    self._add(node, "MS205", value=_short(value))
                return
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if id(node) in self._folded:
            return
        value = node.value
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_SAFE:
            self._add(node, "MS205", value=_short(value))

    def _mark_folded(self, node: ast.AST) -> None:
        for child in ast.walk(node):
            self._folded.add(id(child))


def _short(value: int) -> str:
    text = str(value)
    return text if len(text) <= 24 else f"{text[:10]}...({len(text)} digits)"


def _non_str_key(key: ast.expr | None) -> str | None:
    if isinstance(key, ast.Constant) and not isinstance(key.value, (str, bytes)) and key.value is not Ellipsis:
        return repr(key.value)
    if (isinstance(key, ast.UnaryOp) and isinstance(key.op, (ast.USub, ast.UAdd))
            and isinstance(key.operand, ast.Constant) and isinstance(key.operand.value, (int, float))):
        return ast.unparse(key)
    if isinstance(key, ast.Tuple):
        return ast.unparse(key)
    return None


def _fold(node: ast.expr) -> int | None:
    """The value of a constant integer expression (``2 ** 53 + 1``), or None if it is not one."""
    if isinstance(node, ast.Constant):
        value = node.value
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _fold(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.BinOp):
        left, right = _fold(node.left), _fold(node.right)
        if left is None or right is None:
            return None
        op = node.op
        if isinstance(op, ast.Add):
            return left + right
        if isinstance(op, ast.Sub):
            return left - right
        if isinstance(op, ast.Mult) and abs(left) < 2**256 and abs(right) < 2**256:
            return left * right
        if isinstance(op, ast.Pow) and 0 <= right <= 512 and abs(left) < 2**64:
            return left**right
        if isinstance(op, ast.LShift) and 0 <= right <= 512:
            return left << right
    return None
