"""The rules themselves: semgrep's own fixture test, ruff's selection, and our syntax-tree checks.

Every rule has a fixture file with ``# ruleid: RULE`` lines (the next line must be
reported) and ``# ok: RULE`` lines (the next line must not be), in semgrep's
``--test`` convention.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

from m_shared.lint import _ast_checks, _tools, rules_dir

FIXTURES = REPO / "tests" / "lint" / "fixtures"
SEMGREP_RULES = REPO / "rules" / "semgrep"
_ANNOTATION = re.compile(r"#\s*(ruleid|ok):\s*([A-Za-z0-9_/-]+)")


def expectations(path: Path) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """(line, rule) pairs that must and must not be reported, from the fixture's annotations."""
    wanted, unwanted = set(), set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = _ANNOTATION.search(line)
        if match:
            (wanted if match.group(1) == "ruleid" else unwanted).add((number + 1, match.group(2)))
    assert wanted, f"{path} has no `# ruleid:` lines"
    return wanted, unwanted


def test_rules_dir_is_the_repository_rules() -> None:
    assert rules_dir() == REPO / "rules"


def test_semgrep_test_passes_on_every_rule() -> None:
    result = subprocess.run(
        [*_tools._executable("semgrep"), "--test", str(SEMGREP_RULES), "--metrics=off", "--disable-version-check"],
        cwd=REPO, capture_output=True, text=True, env=_tools.quiet_env(), timeout=300, check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    rule_count = len(list(SEMGREP_RULES.glob("*.yaml")))
    assert f"{rule_count}/{rule_count}: ✓ All tests passed" in output, output


@pytest.mark.parametrize("rule_file", sorted(SEMGREP_RULES.glob("*.yaml")), ids=lambda p: p.stem)
def test_semgrep_rule_is_documented(rule_file: Path) -> None:
    text = rule_file.read_text(encoding="utf-8")
    rule_id = rule_file.stem
    assert re.fullmatch(r"MS1\d\d", rule_id)
    assert f"- id: {rule_id}\n" in text
    for key in ("name:", "hint:", "observed:", "message:"):
        assert key in text, f"{rule_file.name} lacks {key}"
    assert "Transcrypt 3.9.5" in text, "the observation must say what was measured"
    assert (SEMGREP_RULES / f"{rule_id}.py").is_file(), "every rule has a semgrep --test fixture beside it"
    assert "# ok:" in (SEMGREP_RULES / f"{rule_id}.py").read_text(encoding="utf-8")


def test_rule_ids_are_unique_across_linters() -> None:
    semgrep_ids = {p.stem for p in SEMGREP_RULES.glob("*.yaml")}
    assert not semgrep_ids & set(_ast_checks.RULES)
    assert all(re.fullmatch(r"MS2\d\d", rule) for rule in _ast_checks.RULES)
    names = [rule.name for rule in _ast_checks.RULES.values()]
    names += [re.search(r"name: (\S+)", p.read_text()).group(1) for p in SEMGREP_RULES.glob("*.yaml")]
    assert len(names) == len(set(names))


def test_ruff_selection_reports_each_annotated_line() -> None:
    fixture = FIXTURES / "ruff" / "rules.py"
    result = subprocess.run(
        _tools.ruff_command(REPO / "rules", [str(fixture)]), capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    found = {(r["location"]["row"], r["code"]) for r in json.loads(result.stdout)}
    wanted, unwanted = expectations(fixture)
    assert wanted <= found
    assert not unwanted & found
    assert {code for _, code in found} == {"UP031", "UP008", "F632", "TID251"}


def test_every_ruff_code_has_a_javascript_message() -> None:
    config = (REPO / "rules" / "ruff.toml").read_text(encoding="utf-8")
    selected = set(re.findall(r'^\s+"([A-Z]+[0-9]+)",', config, re.MULTILINE))
    assert selected == set(_tools.RUFF_RULES)


@pytest.mark.parametrize("fixture", sorted((FIXTURES / "ast").glob("*.py")), ids=lambda p: p.stem)
def test_syntax_tree_rule(fixture: Path) -> None:
    findings = _ast_checks.check(ast.parse(fixture.read_text(encoding="utf-8")))
    found = {(f.line, f.rule) for f in findings}
    wanted, unwanted = expectations(fixture)
    assert wanted <= found
    assert not unwanted & found
    assert {rule for _, rule in found} == {fixture.stem}


def test_every_syntax_tree_rule_has_a_fixture() -> None:
    assert {p.stem for p in (FIXTURES / "ast").glob("*.py")} == set(_ast_checks.RULES)


def test_messages_say_what_diverges_and_what_to_write_instead() -> None:
    for rule in _ast_checks.RULES.values():
        assert "JavaScript" in rule.message or "Transcrypt" in rule.message, rule.id
        assert rule.hint and rule.observed.startswith("Transcrypt 3.9.5"), rule.id
    for code, (message, hint) in _tools.RUFF_RULES.items():
        if code != "TID251":
            assert message and hint, code


def test_rules_readme_lists_every_rule() -> None:
    readme = (REPO / "rules" / "README.md").read_text(encoding="utf-8")
    ids = {p.stem for p in SEMGREP_RULES.glob("*.yaml")} | set(_ast_checks.RULES) | set(_tools.RUFF_RULES)
    for rule_id in ids:
        assert f"| {rule_id} |" in readme, f"rules/README.md lacks {rule_id}"
