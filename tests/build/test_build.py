"""`m shared build`: modern Python compiles, published modules run in Node with plain values."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conftest import run_m, run_node, snapshot

import m_shared
from m_shared import link


def test_build_publishes_the_layout_into_every_target(app: Path) -> None:
    result = run_m("build", "--project", str(app), check=True)
    assert "published to frontend (frontend/src/shared), worker (worker/src/shared)" in result.stdout
    for target in ("frontend/src/shared", "worker/src/shared"):
        root = app / target
        for module in ("orders", "customers", "messages", "tax/gstin"):
            for suffix in (".js", ".js.map", ".d.ts"):
                assert (root / f"{module}{suffix}").is_file(), f"{target}/{module}{suffix}"
        # the package __init__.py files hold a docstring at most, and no module imports their raw modules:
        # nothing is published for them
        for module in ("tax/__init__", "__init__"):
            assert not [p.name for p in root.glob(f"{module}.*")], f"{target}/{module}"
        assert not [p.name for p in (root / "_m_shared").glob("shared.js*")]
        assert not [p.name for p in (root / "_m_shared").glob("shared.tax.js*")]
        assert (root / "_m_shared" / "org.transcrypt.__runtime__.js").is_file()
        manifest = json.loads((root / "manifest.json").read_text())
        files = snapshot(root)
        del files["manifest.json"]
        assert manifest["files"] == {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


def test_a_package_init_with_code_or_examples_is_published(app: Path) -> None:
    init = app / "shared" / "__init__.py"
    init.write_text('"""The fixture app.\n\n>>> 6 * 7\n42\n"""\n', encoding="utf-8")
    (app / "shared" / "tax" / "__init__.py").write_text("RATES = (5, 12)\n", encoding="utf-8")
    run_m("build", "--project", str(app), check=True)
    root = app / "worker/src/shared"
    assert (root / "__init__.js").is_file() and (root / "__init__.d.ts").is_file()  # for `m shared verify`
    assert run_node("import { RATES } from './worker/src/shared/tax/__init__.js'; console.log(JSON.stringify(RATES));",
                    cwd=app) == [5, 12]


def test_a_module_of_only_a_docstring_is_published_raw_when_imported() -> None:
    files = ["_m_shared/shared.tax.js", "_m_shared/shared.tax.js.map"]
    assert link.unreached("shared.tax", files, frozenset({">shared.tax.gst:"}))
    assert not link.unreached("shared.tax", files, frozenset({">shared.tax:"}))  # `import './shared.tax.js'`
    assert not link.unreached("shared.tax", [*files, "tax/__init__.js"], frozenset())


def test_published_functions_take_and_return_plain_values_in_node(app: Path) -> None:
    run_m("build", "--project", str(app), check=True)
    output = run_node(
        """
import { validate_order, order_total, MAX_LINES, OrderError } from './frontend/src/shared/orders.js';
import { check_name } from './worker/src/shared/customers.js';
import { is_gstin } from './frontend/src/shared/tax/gstin.js';
const missing = validate_order({});
const bad = validate_order({ gstin: 'nope', lines: [] });
const good = validate_order({ gstin: '29ABCDE1234F1Z5' });
let error;
try { order_total([{ quantity: 1, unit_price: 5 }], { discount: 10 }); } catch (e) { error = e; }
console.log(JSON.stringify({
  missing, bad, good, max: MAX_LINES,
  total: order_total([{ quantity: 2, unit_price: 150 }, { quantity: 1, unit_price: 99 }], { discount: 9 }),
  name: [check_name('  '), check_name('Ada')],
  gstin: is_gstin('29ABCDE1234F1Z5'),
  error: { isError: error instanceof Error, isOrderError: error instanceof OrderError, name: error.name,
           message: error.message, field: error.field_name },
}));
""",
        cwd=app,
    )
    assert output == {
        "missing": [{"field": "gstin", "message": "This field is required", "codes": []}],
        "bad": [{"field": "gstin", "message": "Enter a valid GSTIN", "codes": []}],
        "good": [],
        "max": 50,
        "total": 390,
        "name": ["This field is required", None],
        "gstin": True,
        "error": {"isError": True, "isOrderError": True, "name": "OrderError",
                  "message": "Discount exceeds the order total", "field": "discount"},
    }


def test_the_same_modules_run_in_cpython(app: Path) -> None:
    # The fixture is ordinary Python: the server imports it unchanged.
    import subprocess
    import sys

    code = (
        "from shared.orders import validate_order, order_total;"
        "print(validate_order({}), order_total([{'quantity': 2, 'unit_price': 150}], discount=9))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=app, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[Issue(field='gstin', message='This field is required', codes=[])] 291"


def test_deleted_module_disappears_from_every_target(app: Path) -> None:
    m_shared.build(app)
    (app / "shared" / "customers.py").unlink()
    result = m_shared.build(app)
    assert result.ok and set(result.published) == {"frontend", "worker"}
    for target in ("frontend/src/shared", "worker/src/shared"):
        remaining = snapshot(app / target)
        assert not [name for name in remaining if "customers" in name]


def test_check_reports_stale_targets_until_rebuilt(app: Path) -> None:
    assert run_m("check", "--project", str(app)).returncode == 1  # never built
    run_m("build", "--project", str(app), check=True)
    assert run_m("check", "--project", str(app)).returncode == 0
    messages = app / "shared" / "messages.py"
    messages.write_text(messages.read_text().replace("This field is required", "Required"))
    stale = run_m("check", "--project", str(app))
    assert stale.returncode == 1
    assert "frontend/src/shared/_m_shared/shared.messages.js" in stale.stderr
    assert "worker/src/shared/_m_shared/shared.messages.js.map" in stale.stderr
    assert "orders.js" not in stale.stderr  # only what changed is listed
    run_m("build", "--project", str(app), check=True)
    assert run_m("check", "--project", str(app)).returncode == 0


def test_project_is_found_from_a_subdirectory(app: Path) -> None:
    result = run_m("build", cwd=app / "shared" / "tax")
    assert result.returncode == 0, result.stderr
    assert (app / "frontend/src/shared/orders.js").is_file()
