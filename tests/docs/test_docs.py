"""The docs that must not drift: generated pages match their sources, documented commands exist.

- docs/cli.md and docs/subset.md are regenerated (m_shared._docs) and compared byte for byte.
- The GitHub Actions workflow in docs/ci.md is parsed as YAML; every `m shared ...` command in it,
  and in the shell blocks of getting-started.md and editors.md, is parsed by the real click tree
  with the options shown, so a renamed command, option or choice fails here.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
import yaml

from m_shared import _docs
from m_shared.cli import main

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("path", sorted(_docs.GENERATED), ids=lambda p: p.name)
def test_generated_docs_are_current(path: Path) -> None:
    expected = _docs.GENERATED[path]()
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, (
        f"docs/{path.name} is out of date with its sources; regenerate it with `{_docs.REGENERATE}` and commit it"
    )


def test_subset_lists_every_rule_and_overlay_file() -> None:
    text = (DOCS / "subset.md").read_text(encoding="utf-8")
    rules = set(re.findall(r"^\| (MS\d{3}) \|", (DOCS.parent / "rules" / "README.md").read_text(encoding="utf-8"), re.MULTILINE))
    assert rules and all(f"| {rule} |" in text for rule in rules)
    for overlay in (DOCS.parent / "js_runtime" / "overlay").iterdir():
        assert f"`{overlay.name}`" in text


def test_cli_reference_names_every_command_and_option() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name, command in main.commands["shared"].commands.items():  # type: ignore[attr-defined]
        assert f"`m shared {name}`" in text
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert f"`{opt}`" in text, (name, opt)


def _parse_m_shared(command_line: str) -> click.Context:
    """Parse `m shared <cmd> ...` (up to a redirection or ||) with the real click command."""
    words = shlex.split(command_line)
    cut = next((i for i, w in enumerate(words) if w in {">", "||", "&&", "|", ";"} or w.startswith(">")), len(words))
    words = words[:cut]
    assert words[:2] == ["m", "shared"], command_line
    shared = main.commands["shared"]
    assert isinstance(shared, click.Group)
    name, args = words[2], words[3:]
    assert name in shared.commands, f"documented command `m shared {name}` does not exist"
    command = shared.commands[name]
    try:
        return command.make_context(f"m shared {name}", list(args))
    except click.UsageError as error:
        raise AssertionError(f"documented `{command_line}` is rejected by the CLI: {error.format_message()}") from None


def _ci_workflow() -> dict:
    blocks = [b for language, b in _code_blocks((DOCS / "ci.md").read_text(encoding="utf-8")) if language == "yaml"]
    assert len(blocks) == 1, "docs/ci.md should hold exactly one ```yaml workflow block"
    return yaml.safe_load("\n".join(blocks[0]))


def test_ci_workflow_is_valid_and_complete() -> None:
    workflow = _ci_workflow()
    assert workflow["name"] and workflow.get(True, workflow.get("on"))  # PyYAML reads the key `on` as True
    (job,) = workflow["jobs"].values()
    steps = job["steps"]
    uses = {step["uses"].split("@")[0]: step for step in steps if "uses" in step}
    assert uses["actions/setup-python"]["with"]["python-version"] == "3.12"
    assert str(uses["actions/setup-node"]["with"]["node-version"]) == "20"
    assert "github/codeql-action/upload-sarif" in uses
    sarif_file = uses["github/codeql-action/upload-sarif"]["with"]["sarif_file"]

    runs = [step["run"] for step in steps if "run" in step]
    assert any("pip install" in run for run in runs)
    commands = [line.strip() for run in runs for line in run.splitlines() if line.strip().startswith("m shared ")]
    contexts = {}
    for line in commands:
        ctx = _parse_m_shared(line)
        contexts.setdefault(ctx.command.name, []).append((line, ctx))
    assert {"lint", "check", "verify"} <= set(contexts), commands
    formats = {ctx.params["output_format"] for _, ctx in contexts["lint"]}
    assert formats == {"github", "sarif"}
    sarif_line = next(line for line, ctx in contexts["lint"] if ctx.params["output_format"] == "sarif")
    assert f"> {sarif_file}" in sarif_line


def _code_blocks(text: str) -> list[tuple[str, list[str]]]:
    """Fenced code blocks as (language, lines)."""
    blocks: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("```"):
            if current is None:
                language, current = line[3:].strip(), []
            else:
                blocks.append((language, current))
                current = None
        elif current is not None:
            current.append(line)
    return blocks


@pytest.mark.parametrize("page", ["getting-started.md", "editors.md", "ci.md", "troubleshooting.md"])
def test_documented_commands_exist(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # commands run in the app of getting-started.md: give the files they name something to exist as
    monkeypatch.chdir(tmp_path)
    for name in ("shared/orders.py", "shared/money.py"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    lines = set()
    for language, block in _code_blocks((DOCS / page).read_text(encoding="utf-8")):
        if language not in {"sh", "yaml", ""}:
            continue
        for line in block:
            line = line.strip().removeprefix("$ ").removeprefix("run: ")
            if line.startswith("m shared "):
                lines.add(line.split("  #")[0])
    assert lines, f"no `m shared` command found in docs/{page}"
    # troubleshooting.md shows two mistakes on purpose
    deliberate = {"m shared bulid", "m shared lint --format xml"}
    for line in sorted(lines - deliberate):
        _parse_m_shared(line)
