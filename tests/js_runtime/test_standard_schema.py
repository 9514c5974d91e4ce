"""@standard_schema validators work with a real Standard Schema consumer: Hono's standard-validator middleware."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import NODE_MODULES, REPO, copy_fixture, run_node

import m_shared

SERVER = f"""
import {{ createRequire }} from 'node:module';
const require = createRequire({json.dumps(str(NODE_MODULES) + '/')});
const {{ Hono }} = require('hono');
const {{ sValidator }} = require('@hono/standard-validator');
import {{ validate_signup }} from './server/shared/signup.js';

const app = new Hono();
app.post('/signup', sValidator('json', validate_signup), (c) => c.json({{ accepted: c.req.valid('json') }}));
const results = [];
for (const body of PAYLOADS) {{
  const response = await app.request('/signup', {{
    method: 'POST', body: JSON.stringify(body), headers: {{ 'content-type': 'application/json' }},
  }});
  results.push({{ status: response.status, body: await response.json() }});
}}
console.log(JSON.stringify(results));
"""

PAYLOADS = [
    {"email": "ada@example.com", "lines": [{"quantity": 2}]},
    {"email": "nope", "lines": [{"quantity": 1}, {"quantity": 0}], "coupon": ""},
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    app = copy_fixture(REPO / "tests/js_runtime/fixtures/schema", tmp_path_factory.mktemp("schema") / "app")
    result = m_shared.build(app)
    assert result.ok, result.diagnostics
    return app


def test_hono_accepts_valid_and_rejects_invalid_payloads(project: Path) -> None:
    results = run_node(SERVER.replace("PAYLOADS", json.dumps(PAYLOADS)), cwd=project)
    assert results[0] == {"status": 200, "body": {"accepted": PAYLOADS[0]}}
    assert results[1]["status"] == 400
    assert results[1]["body"]["error"] == [
        {"message": "Enter a valid email address.", "path": ["email"]},
        {"message": "Quantity must be at least 1.", "path": ["lines", 1, "quantity"]},
        {"message": "An empty coupon code is not allowed."},
    ]


def test_standard_schema_props_and_plain_calls(project: Path) -> None:
    found = run_node(
        """
import { validate_signup } from './server/shared/signup.js';
const props = validate_signup['~standard'];
console.log(JSON.stringify({ version: props.version, vendor: props.vendor,
  valid: props.validate({ email: 'a@b' }), plain: validate_signup({ email: 'x' }) }));
""",
        cwd=project,
    )
    assert found == {
        "version": 1, "vendor": "m_shared", "valid": {"value": {"email": "a@b"}},
        "plain": [{"field": "email", "message": "Enter a valid email address."}],
    }


def test_decorator_is_a_no_op_in_cpython(project: Path) -> None:
    code = "from shared.signup import validate_signup; print(validate_signup({'email': 'x'}))"
    result = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[{'field': 'email', 'message': 'Enter a valid email address.'}]"


def test_declarations_make_it_a_standard_schema_for_typescript(project: Path) -> None:
    modules = project / "node_modules"
    if not modules.exists():
        modules.symlink_to(NODE_MODULES)  # so tsc finds @standard-schema/spec from the project
    result = subprocess.run(
        [str(NODE_MODULES / ".bin" / "tsc"), "--noEmit", "--strict", "--target", "ES2022", "--module", "ES2022",
         "--moduleResolution", "bundler", "use_as_schema.ts"],
        cwd=project, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
