"""Stage 7: publish a linked file tree into each target directory, atomically.

A target is written as a fresh directory and then swapped in with one
``renameat2(RENAME_EXCHANGE)`` call on Linux, so a reader holding the target
open sees either the previous build or the new one, never a mix and never a
half-written file. A directory that m_shared did not create (no manifest) is
never overwritten: it may be the user's own code.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path

from .config import Config, Target
from .diagnostics import PublishError
from .link import MANIFEST, with_manifest

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def manifest_of(files: dict[str, bytes]) -> dict[str, str]:
    return {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}


def complete(files: dict[str, bytes]) -> dict[str, bytes]:
    """The files plus the manifest that lists them: exactly what a target holds after publishing."""
    return with_manifest(files, manifest_of(files))


def read_target(path: Path) -> dict[str, bytes] | None:
    """Everything currently in a target directory (None when it does not exist)."""
    if not path.is_dir():
        return None
    found = {}
    for file in sorted(path.rglob("*")):
        if file.is_file() or file.is_symlink():
            found[file.relative_to(path).as_posix()] = file.read_bytes() if file.is_file() else b""
    return found


def stale_files(target: Target, wanted: dict[str, bytes]) -> list[str]:
    """Target-relative paths that differ from ``wanted`` (missing, changed or extra)."""
    current = read_target(target.path) or {}
    names = sorted(set(current) | set(wanted))
    return [name for name in names if current.get(name) != wanted.get(name)]


def check_owned(config: Config, target: Target) -> None:
    """Refuse a target that is not ours to replace."""
    path = target.path
    label = f"target {target.name!r} ({path.relative_to(config.project_dir).as_posix()})"
    if path.is_symlink():
        raise PublishError(f"{label} is a symlink; m_shared only publishes into a real directory it owns")
    if path.exists() and not path.is_dir():
        raise PublishError(f"{label} exists and is not a directory; move it away or choose another path")
    if path.is_dir() and any(path.iterdir()):
        manifest = path / MANIFEST
        try:
            owned = json.loads(manifest.read_text(encoding="utf-8")).get("generator") == "m_shared"
        except (OSError, ValueError, AttributeError):
            owned = False
        if not owned:
            raise PublishError(
                f"{label} is a non-empty directory without an m_shared manifest.json; it may hold your own code, "
                "so m_shared will not overwrite it. Empty it or choose another path."
            )


def publish(config: Config, contents: dict[str, dict[str, bytes]]) -> list[str]:
    """Replace every target whose contents differ; return the names of the targets updated.

    ``contents`` maps a target name to its complete file tree (see :func:`complete`).
    All new trees are staged first; only then are they swapped in, so a failure while
    writing leaves every target exactly as it was.
    """
    changed = [t for t in config.targets if stale_files(t, contents[t.name])]
    for target in changed:
        check_owned(config, target)
    staged: list[tuple[Target, Path]] = []
    try:
        for target in changed:
            staged.append((target, _stage(config, target, contents[target.name])))
        swapped: list[tuple[Target, Path]] = []
        try:
            for target, staging in staged:
                _swap_in(target.path, staging)
                swapped.append((target, staging))
        except OSError as error:
            for target, staging in reversed(swapped):  # put the previous builds back
                with contextlib.suppress(OSError):
                    if staging.exists():
                        _swap_in(target.path, staging)
            raise PublishError(f"cannot publish to {target.path}: {error.strerror or error}") from None
    except OSError as error:
        raise PublishError(f"cannot write the new build: {error.strerror or error} ({error.filename})") from None
    finally:
        for _, staging in staged:
            shutil.rmtree(staging, ignore_errors=True)
    return [target.name for target in changed]


def _stage(config: Config, target: Target, files: dict[str, bytes]) -> Path:
    staging_root = target.path.parent
    staging_root.mkdir(parents=True, exist_ok=True)
    # The staging directory sits beside the target so the final rename never crosses a filesystem.
    staging = staging_root / f".{target.path.name}.m_shared-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        for relative, data in sorted(files.items()):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _swap_in(target: Path, staging: Path) -> None:
    """Make ``staging`` the target; afterwards ``staging`` holds the previous contents (if any)."""
    if not target.exists():
        os.rename(staging, target)
        staging.mkdir()  # an empty "previous build", so callers may clean up uniformly
        return
    if _exchange(staging, target):
        return
    # No atomic exchange on this platform: two renames, with a moment in which the target is missing.
    previous = staging.with_name(staging.name + "-previous")
    os.rename(target, previous)
    os.rename(staging, target)
    os.rename(previous, staging)


def _exchange(first: Path, second: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(error, os.strerror(error), str(second))
