"""Framework M integration: ``m shared`` inside Framework M's own ``m``, and one ``m`` for both packages.

Framework M (``framework-m`` on PyPI) builds its ``m`` with cyclopts and registers every entry point of the
group ``framework_m_core.cli_commands`` as a sub-command, accepting a ``cyclopts.App`` or a callable; a click
group is neither usable as one nor the other (cyclopts cannot read its signature). :data:`shared_app` is a
cyclopts App whose default command hands every token after ``m shared`` to m_shared's click group
unchanged, so options, output and exit codes are exactly those of m_shared's own ``m``.

Both distributions install a console script named ``m``; whichever pip wrote last wins. m_shared's
:func:`main` therefore runs Framework M's ``m`` when Framework M is installed (it loads ``m shared``
through the entry point) and m_shared's click group otherwise, so either script offers ``m shared`` and
Framework M's other commands keep working.
"""


import importlib.util
import sys

HELP = "Share Python validators with the browser and workerd: build, check and lint the shared package."


def _run_click(tokens: list[str]) -> None:
    from .cli import shared

    # standalone_mode: click prints usage errors and exits with the command's code, as under m_shared's `m`.
    shared.main(args=tokens, prog_name="m shared", standalone_mode=True)


def _make_app():
    from typing import Annotated

    import cyclopts

    app = cyclopts.App(name="shared", help=HELP, help_flags=(), version_flags=())

    @app.default
    def shared(*tokens: Annotated[str, cyclopts.Parameter(allow_leading_hyphen=True)]) -> None:
        _run_click(list(tokens))

    shared.__doc__ = HELP
    return app


def __getattr__(name: str):
    # Built on first use, so importing this module never requires cyclopts (Framework M brings it).
    if name == "shared_app":
        app = _make_app()
        globals()["shared_app"] = app
        return app
    raise AttributeError(name)


def framework_m_installed() -> bool:
    try:
        return importlib.util.find_spec("framework_m_core.cli.main") is not None
    except ModuleNotFoundError:
        return False


def main() -> None:
    """The ``m`` console script: Framework M's ``m`` (with ``m shared``) when it is installed, else m_shared's."""
    if framework_m_installed():
        try:
            from framework_m_core.cli.main import app
        except ImportError as error:  # a broken Framework M install must not take `m shared` down with it
            print(f"m: Framework M's command line failed to load ({error}); offering m_shared's only", file=sys.stderr)
        else:
            sys.exit(app())
    from .cli import main as click_main

    click_main()
