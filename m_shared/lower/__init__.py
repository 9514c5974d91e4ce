"""Stage 4: lower modern Python into the dialect Transcrypt compiles faithfully.

Framework M code is written for CPython 3.12: ``from __future__ import annotations``, type hints, ``typing``
imports, ``if TYPE_CHECKING:`` blocks, relative imports, dataclasses. Transcrypt 3.9.5 mis-compiles or
rejects each of them, and compiles many plain constructs with a different behaviour, so this stage rewrites
the syntax tree into equivalents with CPython's behaviour. Every node keeps its original line, which is what
the sourcemaps are built from.

:func:`lower` runs, in this order (each module says why its rewrites exist):

1. refusals of what cannot be lowered faithfully (``_checks``), and the NameErrors and UnboundLocalErrors of
   names read before any binding (``..unbound``), on the module as written;
2. the whole-tree rewrites the main visitor relies on (``_passes``): chained comparisons, read-only
   properties, merged ``**`` keywords, starred set displays;
3. the main visitor (``_lowering``), with calls rewritten by what they call (``_calls``), dataclasses
   (``_dataclasses``) and class bodies (``_classes``);
4. generators closed by what alone holds them (``_generators``);
5. the runtime installers the module needs (``_installers``), and the attribute reads to check for a
   missing attribute (``_attributes``).
"""

from __future__ import annotations

import ast

from ..diagnostics import Diagnostic
from ..graph import SourceModule
from ..unbound import unbound_reads, undefined_reads
from ._attributes import mark_attribute_checks
from ._checks import LowerError, check_handler_names
from ._generators import ClosingConsumers, stop_iteration_handler
from ._installers import argument_checks, install_first, installer_call, passes_templates
from ._lowering import ARGUMENTS_MARKER, Lowering
from ._nodes import Replaced
from ._passes import (
    ChainedComparisons,
    lower_read_only_properties,
    lower_starred_set_displays,
    lower_unpacked_arguments,
)
from ._scopes import binding_counts, regex_module_names, type_aliases

# for the stages after this one: compile.py writes out lowering's markers, link.py reads type aliases, regex.py
# looks for names bound once
__all__ = ["ARGUMENTS_MARKER", "LowerError", "Replaced", "binding_counts", "lower", "parse", "stop_iteration_handler",
           "type_aliases"]


def parse(module: SourceModule) -> ast.Module:
    """Parse a module, turning a SyntaxError into a :class:`LowerError` with its location."""
    try:
        return ast.parse(module.source, filename=module.relpath)
    except SyntaxError as error:
        line = error.lineno or 1
        col = error.offset or 1
        raise LowerError(
            Diagnostic(module.relpath, line, col, "build/syntax", f"syntax error: {error.msg}", "fix the Python syntax")
        ) from None


def lower(module: SourceModule) -> ast.Module:
    """Return the lowered syntax tree of ``module``, ready for Transcrypt's code generator."""
    tree = parse(module)
    check_handler_names(module, tree)
    undefined_reads(tree)  # both before the lowering's own temporaries: they read the module as written
    unbound_reads(tree)
    lowering = Lowering(module, tree)
    checks = argument_checks(tree)  # as written
    ChainedComparisons(lowering.bound_names).visit(tree)
    lower_read_only_properties(tree)
    lower_unpacked_arguments(tree)
    lower_starred_set_displays(tree, lowering.bound_names)
    tree = lowering.visit(tree)
    tree = ClosingConsumers(lowering.bound_names).visit(tree)
    if lowering.needs_missing_sentinel:
        install_first(tree, ast.parse("class _M_SHARED_MISSING:\n    pass").body[0])
    if passes_templates(tree, regex_module_names(tree)):
        # re.sub's replacement templates are parsed as CPython parses them by a function of the runtime that
        # only programs passing a template other than a literal without a backslash ship and install
        # (js_runtime/overlay/re_templates.extend.js)
        install_first(tree, installer_call("__m_shared_templates__"))
    for check in checks:
        # the argument checks of str and list methods (js_runtime/overlay/argument_checks.extend.js), which only
        # programs that can pass such an argument ship and install
        install_first(tree, installer_call(check))
    ast.fix_missing_locations(tree)
    mark_attribute_checks(tree)
    return tree
