"""``m shared lint [PATHS]... [--format text|json|sarif|github] [--project DIR]``.

Exit codes: 0 when no error finding is left, 1 when at least one is (or a linter
could not run), 2 on usage or configuration errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..config import load as load_config
from ..diagnostics import MSharedError
from . import run
from .formats import FORMATS, format_result


@click.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True,
    help="text for people, json (documented schema), sarif (2.1.0, code scanning), github (workflow annotations).",
)
@click.option(
    "--project", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Project directory (default: the nearest pyproject.toml with [tool.m_shared], from here upwards).",
)
@click.option("--no-cache", is_flag=True, help="Lint every file again instead of reusing results for unchanged files.")
def lint_command(paths: tuple[Path, ...], output_format: str, project: Path | None, no_cache: bool) -> None:
    """Report code in the shared package that would behave differently in JavaScript.

    PATHS are files or directories inside the project (default: the whole shared package).
    Silence one finding with a comment naming its rule on its line:
    `# m-shared: ignore[MS111]` (or ruff's `# noqa: UP031`).
    """
    try:
        config = load_config(project)
        result = run(config.project_dir, config.source_dir, [p.resolve() for p in paths] or None,
                     cache=not no_cache)
    except MSharedError as error:
        click.echo(click.style("error: ", fg="red", bold=True) + str(error), err=True)
        sys.exit(error.exit_code)
    colour = output_format == "text" and sys.stdout.isatty()
    click.echo(format_result(result, output_format, config.project_dir, colour=colour))
    sys.exit(1 if result.errors else 0)
