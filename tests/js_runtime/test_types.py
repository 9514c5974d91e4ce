"""Type declarations: a TypeScript consumer type-checks against the generated .d.ts (real tsc)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import NODE_MODULES, REPO, copy_fixture, run_node

import m_shared

TSC = NODE_MODULES / ".bin" / "tsc"
STRICT = ["--noEmit", "--strict", "--target", "ES2022", "--module", "ES2022", "--moduleResolution", "bundler"]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/types", tmp_path_factory.mktemp("types") / "app")
    assert m_shared.build(app).ok
    return app


def _tsc(project: Path, file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TSC), *STRICT, file], cwd=project, capture_output=True, text=True, timeout=120)


def test_declarations_follow_the_annotations(project: Path) -> None:
    declarations = (project / "web/shared/api.d.ts").read_text()
    for expected in (
        'export type Status = "draft" | "submitted";',
        "export declare const LIMIT: number;",
        "export declare const NAME: string;",
        "export interface Line {\n  sku: string;\n  quantity: number;\n}",
        "export interface Issue {\n  field: string;\n  message: string;\n  codes: Array<string>;\n}",
        "export declare class RuleError extends Error {\n  field_name: string;\n  limit: number;\n}",
        "export declare function check(doc: Record<string, unknown>, status: Status, "
        "options?: { strict?: boolean }): Array<Issue>;",
        "export declare function total(lines: Array<Line>, discount?: number | null): number;",
        "export declare function pair(values: [number, string], tags: Array<string>): Array<string> | null;",
        "export declare function untyped(value: unknown, ...rest: Array<unknown>): unknown;",
        # a Callable: called with plain values, and a callback may return undefined where None is allowed
        (
            "export declare function apply(values: Array<number>, rule: (arg0: number) => boolean, "
            "options?: { fallback?: ((...args: any[]) => string) | null }): Array<number>;"
        ),
        (
            "export declare function priced(lookup: (arg0: string) => number | null | undefined, "
            "notify: (arg0: Record<string, unknown>) => void): (arg0: number) => Array<string>;"
        ),
    ):
        assert expected in declarations


def test_typescript_consumer_type_checks(project: Path) -> None:
    result = _tsc(project, "consumer.ts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_deliberate_type_error_is_reported(project: Path) -> None:
    result = _tsc(project, "mistake.ts")
    assert result.returncode != 0
    assert "mistake.ts(4,11): error TS2345" in result.stdout
    assert "'\"archived\"' is not assignable to parameter of type 'Status'" in result.stdout


def test_callback_of_the_wrong_type_is_reported(project: Path) -> None:
    # a Callable annotation is a function type, not `unknown` (which took any value)
    result = _tsc(project, "mistake_callback.ts")
    assert result.returncode != 0
    assert "mistake_callback.ts(4,15): error TS2345" in result.stdout
    assert "'(value: string) => boolean' is not assignable to parameter of type '(arg0: number) => boolean'" in result.stdout


def test_type_alias_is_not_a_runtime_value(project: Path) -> None:
    # `Status = Literal[...]` names a type: the module must load in JS, and export no `Status` value.
    exported = run_node("import * as api from './web/shared/api.js';\nconsole.log(JSON.stringify(Object.keys(api)));",
                        cwd=project)
    assert "Status" not in exported and "check" in exported
