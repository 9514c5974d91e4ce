"""Running the external linters: ruff and semgrep, side by side, never phoning home.

Both are started at once (``subprocess.Popen``) and waited for together, so a
lint costs about as long as the slower of the two (semgrep). Each returns raw
findings keyed by the project-relative path they are about.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..diagnostics import MSharedError

# Ruff's own messages say what to do in CPython; these say what diverges in JavaScript.
RUFF_RULES: dict[str, tuple[str, str]] = {
    "UP031": (
        ("printf-style `%` formatting is not compiled by Transcrypt: '%02d' % 7 is '07' in CPython and NaN "
         "in the browser"),
        "use str.format, which agrees in both: `\"{:02d}\".format(n)`",
    ),
    "UP008": (
        ("`super()` with arguments is a Transcrypt compile error (\"Built in function 'super' with "
         "arguments not supported\")"),
        "write `super().method(...)` without arguments",
    ),
    "F632": (
        ("`is` with a literal compares identity in CPython and value in JavaScript (===): for a string "
         "built at run time, s is \"ab\" is False in CPython and True in the browser"),
        "compare values with `==` (and use `is` only with None, True and False)",
    ),
    "TID251": (
        "",  # the message is the one written beside the banned name in rules/ruff.toml
        "see rules/ruff.toml for the replacement; the function is missing from Transcrypt's runtime",
    ),
}

# Where rule docs live, for SARIF helpUri and the JSON output.
RUFF_DOCS = "https://docs.astral.sh/ruff/rules/"


@dataclasses.dataclass(frozen=True)
class RawFinding:
    path: str  # project-relative POSIX
    line: int
    col: int
    end_line: int
    rule: str
    message: str
    hint: str
    severity: str  # "error" | "warning"
    suppress_lines: tuple[int, ...]  # lines whose comments may silence it


def _executable(name: str) -> list[str]:
    """The tool installed beside this Python (a venv's bin), else on PATH."""
    if name == "ruff":
        try:
            from ruff.__main__ import find_ruff_bin

            return [os.fsdecode(find_ruff_bin())]
        except (ImportError, FileNotFoundError):
            pass
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which(name)
    if found:
        return [found]
    raise MSharedError(f"`{name}` is not installed; m_shared needs it to lint (pip install {name})")


def quiet_env() -> dict[str, str]:
    """Environment for semgrep that forbids metrics and version checks."""
    env = dict(os.environ)
    env.update({
        "SEMGREP_SEND_METRICS": "off",
        "SEMGREP_ENABLE_VERSION_CHECK": "0",
        "SEMGREP_VERSION_CACHE_PATH": os.devnull,
    })
    env.pop("SEMGREP_APP_TOKEN", None)
    return env


def ruff_command(rules_dir: Path, files: list[str]) -> list[str]:
    return [
        *_executable("ruff"), "check", "--config", str(rules_dir / "ruff.toml"),
        "--output-format", "json", "--ignore-noqa", "--no-cache", "--exit-zero", "--no-fix",
        "--", *files,
    ]


def semgrep_config(rules_dir: Path) -> Path:
    """One YAML file holding every rule of ``rules_dir/semgrep``, else that directory.

    Semgrep validates each configuration file on its own, about 80 ms a file; merging the
    rules into one file (kept in the temporary directory, named by the rules' digest) saves
    over a second per invocation.
    """
    directory = rules_dir / "semgrep"
    files = sorted(directory.glob("*.yaml"))
    texts = [path.read_text(encoding="utf-8") for path in files]
    if not texts or not all(text.startswith("rules:\n") for text in texts):
        return directory
    merged = "rules:\n" + "".join(text[len("rules:\n"):].rstrip("\n") + "\n" for text in texts)
    digest = hashlib.sha256(merged.encode()).hexdigest()[:20]
    target = Path(tempfile.gettempdir()) / f"m_shared-semgrep-{digest}.yaml"
    if not target.is_file():
        try:
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".m_shared-semgrep-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(merged)
            os.replace(temporary, target)
        except OSError:
            return directory
    return target


def semgrep_command(rules_dir: Path, files: list[str], config: Path | None = None) -> list[str]:
    return [
        *_executable("semgrep"), "scan", "--config", str(config or rules_dir / "semgrep"),
        "--metrics=off", "--disable-version-check", "--json", "--quiet", "--disable-nosem",
        "--no-git-ignore", "--oss-only", "--", *files,
    ]


def run_linters(project_dir: Path, rules_dir: Path, files: list[str], *, semgrep: bool = True) -> list[RawFinding]:
    """Run ruff and (unless ``semgrep`` is false) semgrep in parallel on ``files`` and merge their findings."""
    if not files:
        return []
    semgrep_process = None
    if semgrep:
        semgrep_process = subprocess.Popen(
            semgrep_command(rules_dir, files, semgrep_config(rules_dir)), cwd=project_dir,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=quiet_env(),
        )
    ruff = subprocess.run(
        ruff_command(rules_dir, files), cwd=project_dir, capture_output=True, stdin=subprocess.DEVNULL, check=False,
    )
    findings = parse_ruff(project_dir, ruff.returncode, ruff.stdout, ruff.stderr)
    if semgrep_process is not None:
        semgrep_out, semgrep_err = semgrep_process.communicate()
        findings += parse_semgrep(project_dir, semgrep_process.returncode, semgrep_out, semgrep_err)
    return findings


def _relative(project_dir: Path, filename: str) -> str:
    path = Path(filename)
    if not path.is_absolute():
        path = project_dir / path
    try:
        return path.resolve().relative_to(project_dir).as_posix()
    except ValueError:
        return path.as_posix()


def parse_ruff(project_dir: Path, returncode: int, stdout: bytes, stderr: bytes) -> list[RawFinding]:
    try:
        records = json.loads(stdout or b"[]")
    except json.JSONDecodeError:
        records = None
    if returncode != 0 or not isinstance(records, list):
        detail = stderr.decode(errors="replace").strip() or stdout.decode(errors="replace").strip()
        raise MSharedError(f"ruff failed (exit {returncode}): {detail}")
    findings = []
    for record in records:
        code = record.get("code") or record.get("name") or "ruff"
        start, end = record.get("location") or {}, record.get("end_location") or {}
        line = int(start.get("row") or 0)
        col = int(start.get("column") or 1)
        end_line = int(end.get("row") or line)
        if code == "invalid-syntax":
            rule, message, hint = "build/syntax", f"syntax error: {record.get('message', '')}", "fix the Python syntax"
        else:
            rule = code
            js_message, hint = RUFF_RULES.get(code, ("", ""))
            message = js_message or record.get("message", "")
            if code == "TID251":
                hint = ""
        noqa_row = record.get("noqa_row")
        lines = tuple(sorted({line, end_line, *( [int(noqa_row)] if noqa_row else [])}))
        findings.append(RawFinding(
            path=_relative(project_dir, record.get("filename", "")),
            line=line, col=col, end_line=end_line, rule=rule, message=message, hint=hint,
            severity="error", suppress_lines=lines,
        ))
    return findings


def parse_semgrep(project_dir: Path, returncode: int, stdout: bytes, stderr: bytes) -> list[RawFinding]:
    try:
        document = json.loads(stdout or b"{}")
    except json.JSONDecodeError:
        document = None
    if not isinstance(document, dict) or "results" not in document:
        detail = stderr.decode(errors="replace").strip()[-2000:]
        raise MSharedError(f"semgrep failed (exit {returncode}): {detail}")
    fatal = [
        error for error in document.get("errors", [])
        if error.get("level") == "error" and "Syntax error" not in str(error.get("type"))
        and "rule" in str(error.get("type", "")).lower() + str(error.get("message", "")).lower()
    ]
    if fatal or returncode not in (0, 1):
        detail = "; ".join(str(e.get("message") or e.get("long_msg") or e.get("type")) for e in fatal)
        raise MSharedError(f"semgrep failed (exit {returncode}): {detail or stderr.decode(errors='replace')[-2000:]}")
    findings = []
    for result in document["results"]:
        extra = result.get("extra") or {}
        metadata = extra.get("metadata") or {}
        rule = str(result.get("check_id", "semgrep")).rsplit(".", 1)[-1]
        line = int(result["start"]["line"])
        end_line = int(result.get("end", {}).get("line") or line)
        severity = "warning" if str(extra.get("severity", "ERROR")).upper() in ("WARNING", "INFO") else "error"
        findings.append(RawFinding(
            path=_relative(project_dir, result["path"]),
            line=line, col=int(result["start"]["col"]), end_line=end_line, rule=rule,
            message=" ".join(str(extra.get("message", "")).split()),
            hint=" ".join(str(metadata.get("hint", "")).split()),
            severity=severity, suppress_lines=tuple(range(line, end_line + 1)),
        ))
    return findings
