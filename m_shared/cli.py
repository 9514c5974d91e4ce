"""The ``m`` command line: ``m shared build|check|lint``, a thin shell over the public API.

Exit codes: 0 ok, 1 findings or build errors, 2 usage or configuration errors.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .config import Config
from .config import load as load_config
from .diagnostics import MSharedError, render
from .doctor import run_checks
from .init import init_project
from .pipeline import Builder, BuildResult

_PROJECT = click.option(
    "--project", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Project directory (default: the nearest pyproject.toml with [tool.m_shared], from here upwards).",
)


def _reports_errors(command):
    """Turn m_shared's own errors into a one-line message and its exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except MSharedError as error:
            click.echo(click.style("error: ", fg="red", bold=True) + str(error), err=True)
            sys.exit(error.exit_code)

    return wrapper


@click.group()
@click.version_option(package_name="m-shared", prog_name="m")
def main() -> None:
    """Framework M command line (m_shared provides `m shared`)."""


@main.group()
def shared() -> None:
    """Share Python validators with the browser and workerd: build, check and lint the shared package."""


def _colour() -> bool:
    return sys.stderr.isatty()


def _print_diagnostics(config: Config, result: BuildResult) -> None:
    for diagnostic in result.diagnostics:
        click.echo(render(diagnostic, config.project_dir, colour=_colour()), err=True)
    count = len(result.diagnostics)
    click.echo(f"m_shared: {count} error{'s' if count != 1 else ''}; nothing was published", err=True)


def _summary(config: Config, result: BuildResult) -> str:
    where = ", ".join(
        f"{t.name} ({t.path.relative_to(config.project_dir).as_posix()})" for t in config.targets
        if t.name in result.published
    )
    published = f"published to {where}" if where else "targets already up to date"
    return (
        f"m_shared: {result.modules} modules, {len(result.compiled)} compiled, {len(result.reused)} cached, "
        f"{result.seconds * 1000:.0f} ms; {published}"
    )


@shared.command()
@_PROJECT
@click.option("--watch", is_flag=True, help="Rebuild and republish on every change until interrupted.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option("--verbose", "-v", is_flag=True, help="Also name compiled modules; with --watch, no-op rebuilds and tracebacks.")
@_reports_errors
def build(project: Path | None, watch: bool, quiet: bool, verbose: bool) -> None:
    """Compile the shared package and publish it into every target."""
    config = load_config(project)
    # The watch loop lints as `m shared build` and `m shared lint` do, every semgrep rule included: semgrep's
    # engine is called directly (about 0.1 s), so a save still republishes within a fraction of a second.
    builder = Builder(config)
    if watch:
        # The watch loop starts watching before its first build, so no save made during that build is lost.
        from .watch import watch as run_watch

        sys.exit(run_watch(builder, quiet=quiet, verbose=verbose and not quiet))
    from .watch import ProgressBar

    with ProgressBar(sys.stderr, enabled=False if quiet else None).attached(builder):
        result = builder.build()
    if not result.ok:
        _print_diagnostics(config, result)
        sys.exit(1)
    if not quiet:
        click.echo(_summary(config, result))
        if verbose and result.compiled:
            click.echo("  compiled: " + ", ".join(result.compiled))


@shared.command()
@_PROJECT
@_reports_errors
def check(project: Path | None) -> None:
    """Exit 1 if any target differs from what `m shared build` would publish (a CI guard)."""
    config = load_config(project)
    stale = Builder(config).stale()
    if isinstance(stale, BuildResult):
        _print_diagnostics(config, stale)
        sys.exit(1)
    out_of_date = {name: files for name, files in stale.items() if files}
    for name, files in out_of_date.items():
        target = next(t for t in config.targets if t.name == name)
        location = target.path.relative_to(config.project_dir).as_posix()
        click.echo(f"{location}: stale ({len(files)} files differ); run `m shared build`", err=True)
        for file in files:
            click.echo(f"  {location}/{file}", err=True)
    if out_of_date:
        sys.exit(1)
    click.echo(f"m_shared: {len(config.targets)} target(s) up to date")


@shared.command()
@click.option(
    "--project", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Project directory holding pyproject.toml (default: the current directory).",
)
@click.option("--source", default="shared", show_default=True, help="Directory of the shared package to create.")
@_reports_errors
def init(project: Path | None, source: str) -> None:
    """Add [tool.m_shared], a shared package with an example validator, and targets for the Vite and workerd
    apps found; never overwrites anything, and does nothing when run again."""
    result = init_project(project or Path.cwd(), source)
    for line in result.actions:
        click.echo(line)
    for line in result.notes:
        click.echo(f"note: {line}")
    if result.changed:
        click.echo("m_shared: initialised; next: `m shared build` (or `m shared build --watch`)")
    else:
        click.echo("m_shared: already initialised; nothing to do")


@shared.command()
@_PROJECT
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_reports_errors
def doctor(project: Path | None, output_format: str) -> None:
    """Check Python, Transcrypt, semgrep, ruff, Node, the configuration and the targets; exit 1 if any check fails."""
    checks = run_checks(project)
    failed = [c for c in checks if c.status == "fail"]
    if output_format == "json":
        import json

        click.echo(json.dumps({"ok": not failed, "checks": [c.to_json() for c in checks]}, indent=2))
    else:
        width = max(len(c.name) for c in checks)
        for c in checks:
            line = f"{c.status:<4}  {c.name:<{width}}  {c.detail}"
            click.echo(line + (f"\n      {'':<{width}}  fix: {c.fix}" if c.status in ("fail", "warn") and c.fix else ""))
        warned = sum(c.status == "warn" for c in checks)
        click.echo(f"m_shared doctor: {len(failed)} of {len(checks)} checks failed" if failed
                   else f"m_shared doctor: all {len(checks) - sum(c.status == 'skip' for c in checks)} checks passed"
                   + (f", {warned} with a warning" if warned else ""))
    if failed:
        sys.exit(1)


@shared.command()
@_PROJECT
@_reports_errors
def verify(project: Path | None) -> None:
    """Run the doctest examples of the shared package in CPython, Node and workerd; exit 1 if any result differs.

    workerd runs them too when its npm package is installed in a node_modules of the project (or above
    it) or is on PATH.
    """
    from .verify import verify as run_verify

    config = load_config(project)
    result = run_verify(config)
    for divergence in result.divergences:
        example = divergence.example
        click.echo(f"{example.path}:{example.line}: example gives different results in CPython and JavaScript", err=True)
        click.echo(f"    >>> {example.source}", err=True)
        click.echo(f"    CPython:    {_outcome(divergence.cpython)}", err=True)
        shown = {runtime: _outcome(outcome) for runtime, outcome in divergence.javascript.items()}
        if len(set(shown.values())) == 1:  # the JS runtimes agree with each other: one line
            click.echo(f"    JavaScript: {next(iter(shown.values()))}", err=True)
        else:
            for runtime, outcome in shown.items():
                click.echo(f"    {runtime + ':':<11} {outcome}", err=True)
    ran = f"{result.ran_cpython} examples ran in CPython, {result.ran_node} in Node"
    if result.ran_workerd is not None:
        ran += f", {result.ran_workerd} in workerd"
    click.echo(f"m_shared verify: {ran}; {len(result.divergences)} divergence{'s' if len(result.divergences) != 1 else ''}")
    if result.divergences:
        sys.exit(1)


def _outcome(outcome: object) -> str:
    if isinstance(outcome, list) and outcome and outcome[0] == "value":
        import json

        return json.dumps(outcome[1], ensure_ascii=False)
    if isinstance(outcome, list) and outcome and outcome[0] == "error":
        return f"raises {outcome[1]}: {outcome[2]}"
    return "ran"


def _register_optional_commands() -> None:
    try:
        from .lint.cli import lint_command
    except ImportError:
        return
    shared.add_command(lint_command, "lint")


_register_optional_commands()
