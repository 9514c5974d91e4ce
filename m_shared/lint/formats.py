"""Output formats of ``m shared lint``: text, json, sarif, github.

``text``
    One block per finding, as compilers print them (:func:`m_shared.diagnostics.render`)::

        shared/orders.py:12:12: MS101 `.count()` is not implemented by Transcrypt's runtime: ...
            return word.count("a")
                   ^
            hint: write it with supported operations, ...

    then a summary line: ``m_shared lint: 2 errors, 0 warnings, 1 suppressed in 5 files``.

``json``
    One JSON document (schema version 1)::

        {
          "version": 1,
          "tool": {"name": "m_shared", "version": "0.1.0"},
          "diagnostics": [                       # sorted by path, line, col, rule
            {"path": "shared/orders.py",         # project-relative, POSIX separators
             "line": 12, "col": 12,              # 1-based; line 0 = about the whole file
             "rule": "MS101",                    # MSnnn (ours), a ruff code, or build/<what>
             "severity": "error",                # "error" | "warning"
             "message": "...", "hint": "..."}    # hint may be ""
          ],
          "counts": {"error": 1, "warning": 0, "total": 1, "by_rule": {"MS101": 1}},
          "suppressed": 1,                       # findings silenced by an inline comment
          "files": 5                             # files linted
        }

``sarif``
    A SARIF 2.1.0 log with one run: the driver ``m_shared`` lists every rule that has a
    result; each result's location is relative to ``%SRCROOT%`` (the project directory);
    ``run.properties.suppressed`` carries the suppressed count.

``github``
    GitHub Actions workflow commands, one per finding
    (``::error file=shared/orders.py,line=12,col=12,title=MS101::message%0Ahint: ...``),
    with paths made relative to ``$GITHUB_WORKSPACE`` when the project lies inside it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from ..diagnostics import Diagnostic, render
from . import LintResult

FORMATS = ("text", "json", "sarif", "github")
JSON_SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_RUFF_DOCS = "https://docs.astral.sh/ruff/rules/"


def _version() -> str:
    from .. import __version__

    return __version__


def format_result(result: LintResult, output_format: str, root: Path | None = None, colour: bool = False) -> str:
    """Render ``result`` in one of :data:`FORMATS`."""
    if output_format == "text":
        return format_text(result, root, colour)
    if output_format == "json":
        return format_json(result)
    if output_format == "sarif":
        return format_sarif(result, root)
    if output_format == "github":
        return format_github(result, root)
    raise ValueError(f"unknown lint output format {output_format!r} (expected one of {', '.join(FORMATS)})")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: LintResult) -> str:
    return (f"m_shared lint: {_plural(result.errors, 'error')}, {_plural(result.warnings, 'warning')}, "
            f"{result.suppressed} suppressed in {_plural(result.files, 'file')}")


def format_text(result: LintResult, root: Path | None = None, colour: bool = False) -> str:
    blocks = [render(diagnostic, root, colour=colour) for diagnostic in result.diagnostics]
    blocks.append(summary(result))
    return "\n".join(blocks)


def to_json(result: LintResult) -> dict[str, object]:
    return {
        "version": JSON_SCHEMA_VERSION,
        "tool": {"name": "m_shared", "version": _version()},
        "diagnostics": [
            {"path": d.path, "line": d.line, "col": d.col, "rule": d.rule, "severity": d.severity,
             "message": d.message, "hint": d.hint}
            for d in result.diagnostics
        ],
        "counts": {
            "error": result.errors,
            "warning": result.warnings,
            "total": len(result.diagnostics),
            "by_rule": dict(sorted(Counter(d.rule for d in result.diagnostics).items())),
        },
        "suppressed": result.suppressed,
        "files": result.files,
    }


def format_json(result: LintResult) -> str:
    return json.dumps(to_json(result), indent=2, ensure_ascii=False)


def _help_uri(rule: str) -> str | None:
    if rule.startswith("MS"):
        return None
    if rule[:1].isalpha() and any(ch.isdigit() for ch in rule) and "/" not in rule:
        return f"{_RUFF_DOCS}{rule}/"
    return None


def to_sarif(result: LintResult, root: Path | None = None) -> dict[str, object]:
    rules: list[dict[str, object]] = []
    index: dict[str, int] = {}
    for diagnostic in result.diagnostics:
        if diagnostic.rule in index:
            continue
        index[diagnostic.rule] = len(rules)
        rule: dict[str, object] = {
            "id": diagnostic.rule,
            "shortDescription": {"text": diagnostic.message.split(": ")[0][:200] or diagnostic.rule},
            "fullDescription": {"text": diagnostic.message},
            "defaultConfiguration": {"level": "error" if diagnostic.severity == "error" else "warning"},
        }
        if diagnostic.hint:
            rule["help"] = {"text": diagnostic.hint}
        uri = _help_uri(diagnostic.rule)
        if uri:
            rule["helpUri"] = uri
        rules.append(rule)

    results = []
    for diagnostic in result.diagnostics:
        location: dict[str, object] = {"artifactLocation": {"uri": diagnostic.path, "uriBaseId": "%SRCROOT%"}}
        if diagnostic.line > 0:
            location["region"] = {"startLine": diagnostic.line, "startColumn": max(diagnostic.col, 1)}
        text = diagnostic.message + (f"\nhint: {diagnostic.hint}" if diagnostic.hint else "")
        results.append({
            "ruleId": diagnostic.rule,
            "ruleIndex": index[diagnostic.rule],
            "level": "error" if diagnostic.severity == "error" else "warning",
            "message": {"text": text},
            "locations": [{"physicalLocation": location}],
        })

    run: dict[str, object] = {
        "tool": {"driver": {
            "name": "m_shared",
            "version": _version(),
            "informationUri": "https://pypi.org/project/m-shared/",
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"suppressed": result.suppressed, "files": result.files},
    }
    if root is not None:
        run["originalUriBaseIds"] = {"%SRCROOT%": {"uri": Path(root).resolve().as_uri() + "/"}}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def format_sarif(result: LintResult, root: Path | None = None) -> str:
    return json.dumps(to_sarif(result, root), indent=2, ensure_ascii=False)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _workspace_path(path: str, root: Path | None) -> str:
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if root is None or not workspace:
        return path
    try:
        return (Path(root).resolve() / path).relative_to(Path(workspace).resolve()).as_posix()
    except ValueError:
        return path


def format_github(result: LintResult, root: Path | None = None) -> str:
    lines = []
    for diagnostic in result.diagnostics:
        command = "error" if diagnostic.severity == "error" else "warning"
        properties = [f"file={_escape_property(_workspace_path(diagnostic.path, root))}"]
        if diagnostic.line > 0:
            properties += [f"line={diagnostic.line}", f"col={max(diagnostic.col, 1)}"]
        properties.append(f"title={_escape_property(diagnostic.rule)}")
        text = diagnostic.message + (f"\nhint: {diagnostic.hint}" if diagnostic.hint else "")
        lines.append(f"::{command} {','.join(properties)}::{_escape_data(text)}")
    lines.append(summary(result))
    return "\n".join(lines)


def diagnostics_from_json(document: dict[str, object]) -> list[Diagnostic]:
    """The diagnostics of a ``json`` document, for tools that read it back."""
    return [Diagnostic(**item) for item in document["diagnostics"]]  # type: ignore[arg-type, union-attr]
