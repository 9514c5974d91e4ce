"""The parity corpus: every case gives the same result in CPython and in the published JS, or the
difference is fixed, flagged by `m shared lint`, or fails loudly in JS - never silent.

The corpus (project/corpus/*.py) is built once per session with m_shared, exactly as
`m shared build` publishes it; all cases run in one Node process and in this CPython process.
See harness.py for the classes and the comparison, and report.py for the table of counts.
"""

from __future__ import annotations

from pathlib import Path

import harness
import pytest

CASES = harness.load_cases()


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, harness.Outcome]:
    results = harness.run_all(tmp_path_factory.mktemp("parity") / "project", CASES)
    return {outcome.case.key: outcome for outcome in results}


def test_corpus_size_and_topics() -> None:
    assert len(CASES) >= 200
    required = {
        "truthiness", "containers", "operators", "numbers", "formatting", "str_methods", "list_methods",
        "dict_methods", "set_methods", "arguments", "exceptions", "comprehensions", "classes", "regex", "dates",
        "sorting", "unicode", "imports", "boundary", "unpacking", "with_statement", "try_statement",
        "dict_keys", "generators",
    }
    assert required <= {case.topic for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case.key for case in CASES])
def test_case_is_classified_correctly(case: harness.Case, outcomes: dict[str, harness.Outcome]) -> None:
    outcome = outcomes[case.key]
    assert not outcome.problem, (
        f"{case.key} ({harness.CORPUS.name}/{case.topic}.py:{case.first_line}): {outcome.problem}\n"
        f"  CPython: {outcome.cpython}\n  JS:      {outcome.js}\n  lint:    {outcome.rules}"
    )


def test_print_class_counts(outcomes: dict[str, harness.Outcome], capsys: pytest.CaptureFixture[str]) -> None:
    table = harness.format_counts(list(outcomes.values()))
    with capsys.disabled():
        print("\nparity corpus classes\n" + table)
    assert sum(harness.counts(list(outcomes.values()))["total"].values()) == len(CASES)


def test_expectations_file_is_the_one_loaded() -> None:
    assert harness.EXPECTATIONS == Path(__file__).resolve().parent / "expectations.toml"
