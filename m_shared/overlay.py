"""Parity fixes to Transcrypt's runtime, kept in ``js_runtime/overlay/`` and applied at build time.

Two kinds of file, each documenting the divergence it fixes:

* ``NAME.patch.js`` defines one ``export function NAME (...)`` that replaces the
  runtime's function of the same name. A function that is no longer found (a
  different Transcrypt) is an error, never a silently skipped fix.
* ``NAME.extend.js`` is appended to the runtime module (new methods, helpers).
* ``MODULE.NAME.edit.json`` edits Transcrypt's stdlib module ``MODULE`` (e.g. ``datetime``), or its
  runtime (``org.transcrypt.__runtime__``, before the patches and extensions are applied):
  ``{"why": "...", "replace": [[old, new], ...]}``, each ``old`` text found exactly once.

Transcrypt's package itself stays unmodified.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .diagnostics import MSharedError

_DEFINITION = re.compile(r"^export function (\w+) \(", re.MULTILINE)


def overlay_dir() -> Path:
    packaged = Path(__file__).parent / "_data" / "js_runtime" / "overlay"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "js_runtime" / "overlay"


def _files(kind: str) -> list[tuple[Path, str]]:
    return [(path, path.read_text(encoding="utf-8")) for path in sorted(overlay_dir().glob(f"*.{kind}.js"))]


def _patches() -> list[tuple[str, str]]:
    found = []
    for path, text in _files("patch"):
        match = _DEFINITION.search(text)
        if match is None:
            raise MSharedError(f"{path}: a patch overlay must define `export function NAME (...)`")
        twin = next((name for name, _ in found if name == match.group(1)), None)
        if twin is not None:  # the second would silently patch the first one's replacement
            raise MSharedError(f"{path}: another overlay already patches `{twin}`; merge the two files")
        found.append((match.group(1), text))
    return found


def fingerprint() -> str:
    digest = hashlib.sha256()
    edits = [(path, path.read_text(encoding="utf-8")) for path in sorted(overlay_dir().glob("*.edit.json"))]
    for path, text in [*_files("patch"), *_files("extend"), *edits]:
        digest.update(path.name.encode() + b"\0" + text.encode())
    return digest.hexdigest()


def apply(runtime: str) -> str:
    """Replace each patched function in the runtime's source text, then append the extensions."""
    for name, replacement in _patches():
        start = re.search(rf"^export function {name} \(", runtime, re.MULTILINE)
        # the function ends at the first closing brace in column 0; Transcrypt writes `}` or `};`
        end = re.compile(r"\n\};?\n").search(runtime, start.end()) if start else None
        if start is None or end is None:
            raise MSharedError(f"js_runtime overlay {name}: no `export function {name}` in Transcrypt's runtime")
        runtime = runtime[: start.start()] + replacement.rstrip("\n") + runtime[end.end() - 1 :]
    for path, text in _files("extend"):
        runtime = runtime.rstrip("\n") + f"\n\n// ---- m_shared js_runtime overlay: {path.name}\n" + text
    return runtime


def edit_library(module: str, text: str) -> str:
    """Apply the ``MODULE.*.edit.json`` overlays of one of Transcrypt's stdlib modules (or its runtime)."""
    for path in sorted(overlay_dir().glob(f"{module}.*.edit.json")):
        if "." in path.name[len(module) + 1 : -len(".edit.json")]:
            continue  # another module's: re.translate.x.edit.json edits re.translate, not re
        try:
            replacements = json.loads(path.read_text(encoding="utf-8"))["replace"]
        except (ValueError, KeyError, TypeError) as error:
            raise MSharedError(f"{path}: not a valid edit overlay ({error})") from None
        for old, new in replacements:
            if text.count(old) != 1:
                raise MSharedError(f"{path}: {old!r} occurs {text.count(old)} times in Transcrypt's {module}, not once")
            text = text.replace(old, new)
    return text
