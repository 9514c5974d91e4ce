"""Errors leaving shared code: JS engine errors name the Python file and line; tracebacks show Python frames."""

from __future__ import annotations

from pathlib import Path

from conftest import run_node

import m_shared


def _line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text().splitlines(), start=1) if text in line)


def test_javascript_error_inside_shared_code_names_the_python_line(app: Path) -> None:
    # shared/hooks.py calls an int: a TypeError thrown by the JavaScript engine, which the runtime cannot foresee
    assert m_shared.build(app).ok
    found = run_node(
        """
import { run_hook } from './frontend/src/shared/hooks.js';
try { run_hook({ check: 5 }, 'check'); } catch (error) {
  console.log(JSON.stringify({ name: error.name, message: error.message, file: error.pythonFile,
                               line: error.pythonLine, cause: error.cause instanceof TypeError }));
}
""",
        cwd=app,
    )
    line = _line_of(app / "shared/hooks.py", "return hook(name)")
    assert found["name"] == "MSharedError"
    assert found["message"].startswith(f"m_shared: JavaScript error in shared/hooks.py, line {line} ")
    assert (found["file"], found["line"], found["cause"]) == ("shared/hooks.py", line, True)


def test_python_traceback_of_a_raised_exception(app: Path) -> None:
    assert m_shared.build(app).ok
    traceback = run_node(
        """
import { order_total } from './worker/src/shared/orders.js';
import { formatPythonTraceback } from './worker/src/shared/_m_shared/m_shared.interop.js';
try { order_total([{ quantity: 1, unit_price: 5 }], { discount: 10 }); }
catch (error) { console.log(JSON.stringify(formatPythonTraceback(error))); }
""",
        cwd=app,
    )
    raise_line = _line_of(app / "shared/orders.py", 'raise OrderError("Discount exceeds')
    # as CPython prints it from the caller's side: the raise, not the exception's own __init__
    assert traceback.splitlines() == [
        "Traceback (most recent call last):",
        f'  File "shared/orders.py", line {raise_line}, in order_total',
        "OrderError: Discount exceeds the order total",
    ]


def test_python_traceback_of_a_javascript_error_inside_shared_code(app: Path) -> None:
    assert m_shared.build(app).ok
    traceback = run_node(
        """
import { run_hook } from './worker/src/shared/hooks.js';
import { formatPythonTraceback } from './worker/src/shared/_m_shared/m_shared.interop.js';
try { run_hook({ check: 5 }, 'check'); } catch (error) { console.log(JSON.stringify(formatPythonTraceback(error))); }
""",
        cwd=app,
    )
    line = _line_of(app / "shared/hooks.py", "return hook(name)")
    # the frames are those of the wrapped TypeError, not of the MSharedError thrown at the boundary
    assert traceback.splitlines()[:2] == [
        "Traceback (most recent call last):",
        f'  File "shared/hooks.py", line {line}, in run_hook',
    ]
    assert traceback.splitlines()[2].startswith(f"MSharedError: m_shared: JavaScript error in shared/hooks.py, line {line} ")


def test_javascript_error_passes_through_every_except_clause(app: Path) -> None:
    # A JavaScript engine error inside shared code is a bug of the compiled code, not a Python exception: CPython
    # raised something else there, or nothing, so no handler of the shared code can be the right one. `except
    # Exception` never caught it (isinstance of a JS Error is false); a bare `except:` did, and the validator
    # returned its fallback silently (measured before the fix: "caught" from both bare handlers below).
    (app / "shared/guarded.py").write_text(
        "def bare(hooks, name):\n"
        "    try:\n"
        "        return hooks.get(name)(name)\n"
        "    except:  # noqa: E722\n"
        "        return 'caught'\n"
        "\n"
        "\n"
        "def bare_after_typed(hooks, name):\n"
        "    try:\n"
        "        return hooks.get(name)(name)\n"
        "    except KeyError:\n"
        "        return 'key'\n"
        "    except:  # noqa: E722\n"
        "        return 'caught'\n"
        "\n"
        "\n"
        "def base_exception(hooks, name):\n"
        "    try:\n"
        "        return hooks.get(name)(name)\n"
        "    except BaseException:\n"
        "        return 'caught'\n",
        encoding="utf-8",
    )
    assert m_shared.build(app).ok
    found = run_node(
        """
import * as guarded from './frontend/src/shared/guarded.js';
const results = {};
for (const name of ['bare', 'bare_after_typed', 'base_exception']) {
  try { results[name] = guarded[name]({ check: 5 }, 'check'); }
  catch (error) { results[name] = [error.name, error.message, error.cause instanceof TypeError]; }
}
console.log(JSON.stringify(results));
""",
        cwd=app,
    )
    line = _line_of(app / "shared/guarded.py", "return hooks.get(name)(name)")
    for name, result in found.items():
        assert result[0] == "MSharedError" and result[2], (name, result)
        assert result[1].startswith("m_shared: JavaScript error in shared/guarded.py, line "), (name, result)
    assert found["bare"][1].startswith(f"m_shared: JavaScript error in shared/guarded.py, line {line} ")


def test_exception_without_super_init_or_with_a_failing_str_reaches_javascript_as_an_error(app: Path) -> None:
    # Observed before: FieldError's str() raised TypeError "object of type 'NoneType' has no len()" (no arguments
    # were kept without super().__init__), and the exception raised by __str__ escaped the boundary as a bare
    # Python object, which is no Error (String(err) threw "Function.prototype.toString requires ...").
    (app / "shared/failing.py").write_text(
        "class FieldError(Exception):\n"
        "    def __init__(self, field, detail):\n"
        "        self.field = field\n"
        "        self.detail = detail\n"
        "\n"
        "\n"
        "class UnprintableError(Exception):\n"
        "    def __str__(self):\n"
        "        raise ValueError('no text')\n"
        "\n"
        "\n"
        "def field_error(field):\n"
        "    raise FieldError(field, 'is required')\n"
        "\n"
        "\n"
        "def unprintable():\n"
        "    raise UnprintableError('x')\n",
        encoding="utf-8",
    )
    assert m_shared.build(app).ok
    found = run_node(
        """
import * as failing from './frontend/src/shared/failing.js';
const results = [];
for (const call of [() => failing.field_error('email'), () => failing.unprintable()]) {
  try { call(); } catch (error) {
    results.push({ error: error instanceof Error, name: error.name, message: error.message, args: error.args,
                   field: error.field ?? null, text: String(error) });
  }
}
console.log(JSON.stringify(results));
""",
        cwd=app,
    )
    assert found == [
        {"error": True, "name": "FieldError", "message": "('email', 'is required')", "args": ["email", "is required"],
         "field": "email", "text": "FieldError: ('email', 'is required')"},
        # the text CPython's traceback prints for an exception whose str() fails
        {"error": True, "name": "UnprintableError", "message": "<exception str() failed>", "args": ["x"],
         "field": None, "text": "UnprintableError: <exception str() failed>"},
    ]
