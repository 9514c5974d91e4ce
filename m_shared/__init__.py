"""m_shared: write validators once in Python, run them in CPython, the browser and workerd.

The public API is small; the CLI (``m shared ...``) is a thin shell over it::

    import m_shared
    result = m_shared.build("path/to/app")      # compile and publish every target
    stale = m_shared.check("path/to/app")       # {target: [stale files]}
"""

from __future__ import annotations

from pathlib import Path

from .config import Config, Target
from .config import load as load_config
from .diagnostics import BuildFailed, ConfigError, Diagnostic, MSharedError, PublishError
from .pipeline import Builder, BuildResult

__version__ = "0.1.0"


def build(project: str | Path | None = None) -> BuildResult:
    """Build the project in ``project`` (default: found from the current directory) and publish its targets."""
    config = load_config(Path(project) if project is not None else None)
    return Builder(config).build()


def check(project: str | Path | None = None) -> dict[str, list[str]] | BuildResult:
    """Which published files differ from what a build would publish, per target."""
    config = load_config(Path(project) if project is not None else None)
    return Builder(config).stale()


__all__ = [
    "BuildFailed", "BuildResult", "Builder", "Config", "ConfigError", "Diagnostic", "MSharedError",
    "PublishError", "Target", "build", "check", "load_config",
]
