"""Running the external linters: ruff and semgrep, side by side, never phoning home.

Both are started at once (``subprocess.Popen``) and waited for together, so a
lint costs about as long as the slower of the two. Each returns raw findings
keyed by the project-relative path they are about.

Semgrep runs as its engine, ``semgrep-core``, the binary the semgrep wheel ships in
``semgrep/bin``: called the way ``semgrep scan`` calls it (rules as JSON, a targets
file, the same limits), it answers in about 0.1 s where ``semgrep scan`` takes about
2 s, most of it the Python wrapper starting. That is what lets ``--watch`` run every
rule on every save. ``tests/lint/test_semgrep_core.py`` checks that both report the
same findings on every rule's fixture. Without the binary, ``semgrep scan`` runs
instead (slower, same findings), and m_shared says so once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
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


def run_linters(project_dir: Path, rules_dir: Path, files: list[str]) -> list[RawFinding]:
    """Run ruff and semgrep in parallel on ``files`` (project-relative) and merge their findings."""
    return start_linters(project_dir, rules_dir, files).findings()


class RunningLinters:
    """Linters started by :func:`start_linters`. :meth:`findings` waits for them; :meth:`close` stops them."""

    def __init__(self, stack: contextlib.ExitStack, finish: Callable[[], list[RawFinding]]):
        self._stack = stack
        self._finish = finish

    def findings(self) -> list[RawFinding]:
        try:
            return self._finish()
        finally:
            self.close()

    def close(self) -> None:
        self._stack.close()  # kills what still runs, removes the targets file; a second call does nothing


def start_linters(project_dir: Path, rules_dir: Path, files: list[str]) -> RunningLinters:
    """Start ruff and semgrep side by side on ``files`` (project-relative) and return at once."""
    stack = contextlib.ExitStack()
    if not files:
        return RunningLinters(stack, list)
    try:
        semgrep_findings = _start_semgrep(project_dir, rules_dir, files, stack)
        ruff = _Process(ruff_command(rules_dir, files), project_dir, stack)
    except BaseException:
        stack.close()
        raise

    def finish() -> list[RawFinding]:
        return parse_ruff(project_dir, *ruff.communicate()) + semgrep_findings()

    return RunningLinters(stack, finish)


def run_semgrep(project_dir: Path, rules_dir: Path, files: list[str], *, scan: bool = False) -> list[RawFinding]:
    """semgrep's findings alone: through semgrep-core, or `semgrep scan` if ``scan`` (or without semgrep-core)."""
    if not files:
        return []
    with contextlib.ExitStack() as stack:
        return _start_semgrep(project_dir, rules_dir, files, stack, scan=scan)()


def _start_semgrep(
    project_dir: Path, rules_dir: Path, files: list[str], stack: contextlib.ExitStack, *, scan: bool = False
) -> Callable[[], list[RawFinding]]:
    """Start semgrep on ``files``; return the function that waits for it and parses its findings."""
    core = None if scan else semgrep_core()
    if core is None:
        if not scan:
            _say_once(
                f"m_shared: semgrep-core is not in the semgrep package ({_semgrep_core_location()}); linting "
                "with `semgrep scan` instead, about 2 s a call. Reinstall semgrep (pip install --force-reinstall "
                "semgrep) to lint in a fraction of a second."
            )
        wrapper = _Process(semgrep_command(rules_dir, files, semgrep_config(rules_dir)), project_dir, stack,
                           quiet_env())
        return lambda: parse_semgrep(project_dir, *wrapper.communicate())
    rules = semgrep_core_rules(rules_dir)
    try:
        fd, targets = tempfile.mkstemp(prefix="m_shared-semgrep-targets-", suffix=".json")
        stack.callback(Path(targets).unlink, missing_ok=True)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(semgrep_core_targets(files))
    except OSError as error:
        raise MSharedError(f"cannot write semgrep-core's list of files to {tempfile.gettempdir()} "
                           f"({error.strerror}); set TMPDIR to a writable directory") from None
    process = _Process(semgrep_core_command(core, rules, Path(targets)), project_dir, stack, quiet_env())
    return lambda: parse_semgrep_core(project_dir, files, *process.communicate())


class _Process:
    """A linter's process, its output collected in temporary files: a full pipe never stalls it while the
    caller is busy elsewhere (the build compiles while the linters run). Stopped when ``stack`` closes."""

    def __init__(self, command: list[str], cwd: Path, stack: contextlib.ExitStack, env: dict[str, str] | None = None):
        self._stdout = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115 - the stack closes it
        self._stderr = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115 - the stack closes it
        self._popen = subprocess.Popen(
            command, cwd=cwd, stdout=self._stdout, stderr=self._stderr, stdin=subprocess.DEVNULL, env=env,
        )
        stack.callback(self._reap)  # before the files close: the stack unwinds last in, first out

    def communicate(self) -> tuple[int, bytes, bytes]:
        returncode = self._popen.wait()
        self._stdout.seek(0)
        self._stderr.seek(0)
        return returncode, self._stdout.read(), self._stderr.read()

    def _reap(self) -> None:  # an exception (or a watch loop's Ctrl-C) while it runs must not leave it behind
        if self._popen.poll() is None:
            self._popen.kill()
        self._popen.wait()


_SAID: set[str] = set()


def _say_once(message: str) -> None:
    if message not in _SAID:
        _SAID.add(message)
        print(message, file=sys.stderr, flush=True)


# ---- semgrep-core, called directly ------------------------------------------------------------
# The arguments `semgrep scan` passes to semgrep-core with its default --timeout, --timeout-threshold and
# --max-memory (see semgrep/core_runner.py, or `semgrep scan --dump-command-for-core`).
SEMGREP_CORE_LIMITS = ["-timeout", "5", "-timeout_threshold", "3", "-max_memory", "0", "-fast"]
# One domain instead of semgrep-core's automatic count: the findings are the same, and on 2 CPUs it was
# faster both for the watch loop's one file (0.10 s instead of 0.12-0.18 s) and for 202 files (1.3 s
# instead of 2.5 s).
SEMGREP_CORE_JOBS = ["-j", "1"]
_CORE_RULES_FORMAT = 1  # bump when the conversion below changes: the converted file is named by it


def _semgrep_core_location() -> Path | None:
    """Where the installed semgrep package keeps its engine (``semgrep/bin/semgrep-core``), found without
    importing semgrep (which costs a quarter of a second)."""
    spec = importlib.util.find_spec("semgrep")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "bin" / "semgrep-core"


def semgrep_core() -> Path | None:
    """The semgrep-core binary of the installed semgrep package, or None if it has none.

    Its rules are converted with ruamel.yaml, as semgrep does; semgrep depends on it, so it is there too.
    """
    location = _semgrep_core_location()
    if location is None or not location.is_file() or not os.access(location, os.X_OK):
        return None
    try:
        if importlib.util.find_spec("ruamel.yaml") is None:
            return None
    except ImportError:
        return None
    return location


def semgrep_core_command(core: Path, rules: Path, targets: Path) -> list[str]:
    return [str(core), "-json", "-rules", str(rules), "-targets", str(targets), *SEMGREP_CORE_LIMITS,
            *SEMGREP_CORE_JOBS]


def semgrep_core_targets(files: list[str]) -> str:
    """The targets file `semgrep scan` writes for semgrep-core: each file, as given and project-rooted, for Python."""
    return json.dumps(["Targets", [
        ["CodeTarget", {"path": {"fpath": file, "ppath": "/" + file}, "analyzer": "python", "products": ["sast"]}]
        for file in files
    ]])


def semgrep_core_rules(rules_dir: Path) -> Path:
    """Every rule of ``rules_dir/semgrep`` as the JSON document `semgrep scan` hands semgrep-core.

    semgrep-core reads YAML itself, but not as the wrapper does: it rejects an alias (``*binop`` in
    MS104.yaml: "Expected a list for pattern-either"). The wrapper loads the YAML with ruamel.yaml
    (YAML 1.2, timestamps kept as text), then passes each rule as JSON; so do we. The result is kept in
    the temporary directory, named by a digest of the YAML, like :func:`semgrep_config`.
    """
    files = sorted((rules_dir / "semgrep").glob("*.yaml"))
    texts = [(path, path.read_bytes()) for path in files]
    digest = hashlib.sha256(f"{_CORE_RULES_FORMAT}\0".encode())
    for path, data in texts:
        digest.update(path.name.encode() + b"\0" + data + b"\0")
    target = Path(tempfile.gettempdir()) / f"m_shared-semgrep-core-{digest.hexdigest()[:20]}.json"
    if _trusted(target):
        return target
    rules: list[object] = []
    for path, data in texts:
        rules.extend(_rules_of(path, data))
    if not rules:
        raise MSharedError(f"{rules_dir / 'semgrep'}: no semgrep rules; reinstall m-shared")
    document = json.dumps({"rules": rules}, sort_keys=True, separators=(",", ":"))
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".m_shared-semgrep-core-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(document)
        os.replace(temporary, target)
    except OSError as error:
        raise MSharedError(f"cannot write semgrep-core's rules to {target.parent} ({error.strerror}); "
                           "set TMPDIR to a writable directory") from None
    return target


def _trusted(path: Path) -> bool:
    """A file we may reuse: ours, and writable by no one else (the temporary directory is shared)."""
    try:
        status = path.stat()
    except OSError:
        return False
    return status.st_uid == os.geteuid() and not status.st_mode & 0o022 and status.st_size > 0


def _rules_of(path: Path, data: bytes) -> list[object]:
    from ruamel.yaml import YAML, RoundTripConstructor
    from ruamel.yaml.error import YAMLError

    class Constructor(RoundTripConstructor):
        """As semgrep's rule loader: a timestamp stays the text it was written as."""

    Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_str)
    yaml = YAML(typ="rt")
    yaml.Constructor = Constructor
    try:
        document = _plain(yaml.load(data.decode("utf-8")))
    except (YAMLError, UnicodeDecodeError, ValueError) as error:
        raise MSharedError(f"{path}: not a valid semgrep rule file: {error}") from None
    rules = document.get("rules") if isinstance(document, dict) else None
    if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
        raise MSharedError(f"{path}: a semgrep rule file holds `rules:`, a list of rules")
    for rule in rules:
        # The targets file asks semgrep-core for Python only (see semgrep_core_targets).
        if rule.get("languages") not in (["python"], ["py"], ["python3"]):
            raise MSharedError(f"{path}: rule {rule.get('id')}: languages must be [python]; m_shared lints Python")
    return rules


def _plain(value: object) -> object:
    """ruamel's round-trip values (CommentedMap, ScalarFloat, ScalarBoolean...) as plain JSON values."""
    from ruamel.yaml.scalarbool import ScalarBoolean

    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, bool | ScalarBoolean):  # before int: both are ints
        return bool(value)
    for kind in (str, int, float):
        if isinstance(value, kind):
            return kind(value)
    if value is None:
        return None
    raise ValueError(f"{type(value).__name__} value {value!r} is not JSON")


def parse_semgrep_core(
    project_dir: Path, files: list[str], returncode: int, stdout: bytes, stderr: bytes
) -> list[RawFinding]:
    """semgrep-core's findings; any sign that a rule did not run on a file raises :class:`MSharedError`."""
    detail = stderr.decode(errors="replace").strip()[-2000:]
    if returncode != 0:
        how = f"signal {signal.Signals(-returncode).name}" if returncode < 0 and -returncode in signal.valid_signals() \
            else f"exit {returncode}"
        raise MSharedError(f"semgrep-core failed ({how}), so the MS1xx rules did not run: {detail or 'no message'}")
    document = _core_json(stdout)
    if document is None:
        shown = stdout.decode(errors="replace").strip()[:300]
        raise MSharedError(
            f"semgrep-core answered something other than its JSON report, so the MS1xx rules did not run: "
            f"{shown or '(nothing)'}{'; ' + detail if detail else ''}"
        )
    problems = [_error_text(error) for error in document.get("errors") or [] if _fatal(error)]
    problems += [
        f"rule {skipped.get('rule_id')} was skipped: {' '.join(str(skipped.get('details', '')).split())}"
        for skipped in document.get("skipped_rules") or []
    ]
    scanned = set((document.get("paths") or {}).get("scanned") or [])
    problems += [f"{file}: not scanned (no reason given)" for file in files
                 if file not in scanned and (project_dir / file).exists()]
    if problems:
        raise MSharedError("semgrep-core could not run every rule on every file: " + "; ".join(problems))
    return [_semgrep_finding(project_dir, result) for result in document["results"]]


def _core_json(stdout: bytes) -> dict | None:
    """The JSON report after semgrep-core's progress lines: a "." per target done, or a count of extra targets."""
    lines = stdout.split(b"\n")
    start = 0
    while start < len(lines) and (lines[start].strip() == b"." or lines[start].strip().isdigit()):
        start += 1
    try:
        document = json.loads(b"\n".join(lines[start:]))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("results"), list):
        return None
    return document


# Errors about parsing a target: semgrep parses around them (and reports what it could), as `semgrep scan`
# does; m_shared's own parse reports the syntax error of a module that CPython rejects.
_TARGET_PARSE_ERRORS = {"Lexical error", "Syntax error", "Other syntax error", "AST builder error", "PartialParsing"}
# Warnings that mean a rule stopped early on a file: its findings there would be incomplete.
_GAVE_UP = {"Timeout", "Out of memory", "Stack overflow", "Too many matches"}


def _error_kind(error: dict) -> str:
    kind = error.get("error_type", error.get("type"))  # semgrep-core's field, `semgrep scan`'s field
    if isinstance(kind, list) and kind:
        kind = kind[0]  # ["PartialParsing", [locations]]
    return str(kind)


def _fatal(error: dict) -> bool:
    kind = _error_kind(error)
    if kind in _TARGET_PARSE_ERRORS:
        return False
    return kind in _GAVE_UP or str(error.get("severity", error.get("level", "error"))).lower() == "error"


def _error_text(error: dict) -> str:
    location = error.get("location") or {}
    path = location.get("path") or error.get("path") or ""
    start = location.get("start") or {}
    if Path(path).suffix in (".json", ".yaml", ".yml"):
        path = ""  # a place in the merged rules file m_shared wrote; the rule id says more
    where = f"{path}:{start.get('line')}:{start.get('col')}: " if path and start else (f"{path}: " if path else "")
    rule = f" in rule {error['rule_id']}" if error.get("rule_id") else ""
    message = " ".join(str(error.get("message") or error.get("long_msg") or "").split())
    return f"{where}{_error_kind(error)}{rule}: {message}"


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
    """`semgrep scan --json`'s findings (the fallback without semgrep-core); errors as :func:`parse_semgrep_core`."""
    try:
        document = json.loads(stdout or b"{}")
    except json.JSONDecodeError:
        document = None
    if not isinstance(document, dict) or "results" not in document:
        detail = stderr.decode(errors="replace").strip()[-2000:]
        raise MSharedError(f"semgrep failed (exit {returncode}): {detail}")
    fatal = [error for error in document.get("errors", []) if _fatal(error)]
    if fatal or returncode not in (0, 1):
        detail = "; ".join(_error_text(error) for error in fatal)
        raise MSharedError(f"semgrep failed (exit {returncode}): {detail or stderr.decode(errors='replace')[-2000:]}")
    return [_semgrep_finding(project_dir, result) for result in document["results"]]


def _semgrep_finding(project_dir: Path, result: dict) -> RawFinding:
    """One result of semgrep's JSON (the same shape from `semgrep scan` and from semgrep-core)."""
    extra = result.get("extra") or {}
    metadata = extra.get("metadata") or {}
    # `semgrep scan` prefixes a rule id with its config file's dotted path; semgrep-core reports it bare.
    rule = str(result.get("check_id", "semgrep")).rsplit(".", 1)[-1]
    line = int(result["start"]["line"])
    end_line = int(result.get("end", {}).get("line") or line)
    severity = "warning" if str(extra.get("severity", "ERROR")).upper() in ("WARNING", "INFO") else "error"
    return RawFinding(
        path=_relative(project_dir, result["path"]),
        line=line, col=int(result["start"]["col"]), end_line=end_line, rule=rule,
        message=" ".join(str(extra.get("message", "")).split()),
        hint=" ".join(str(metadata.get("hint", "")).split()),
        severity=severity, suppress_lines=tuple(range(line, end_line + 1)),
    )
