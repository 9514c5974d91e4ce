"""A shared module imports from the runtime only names the runtime exports.

Transcrypt decides what a module imports from the runtime by the runtime's exported names, which it
reads off `export` lines; a comment `{pythonFile, names, table}` after an `export const` read as three
exported names, and any module using a name `names` failed to load ("does not provide an export named
'names'").
"""

from __future__ import annotations

from pathlib import Path

from conftest import node_project, run_node

import m_shared


def test_a_parameter_named_like_a_word_in_the_runtime_loads(tmp_path: Path) -> None:
    app = node_project(tmp_path / "app", {
        "words": "def shown(names, table, pythonFile):  # noqa: N803\n    return [len(names), table, pythonFile]\n",
    })
    assert m_shared.build(app).ok
    result = run_node(
        "import * as words from './out/words.js';\nconsole.log(JSON.stringify(words.shown(['a', 'b'], 3, 'x')));\n",
        cwd=app,
    )
    assert result == [2, 3, "x"]
