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
import posixpath
import shutil
import stat
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .config import Config, Target
from .diagnostics import PublishError
from .link import MANIFEST, manifest

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class Tree(Mapping[str, bytes]):
    """A target's complete file tree: every file's sha256 up front, its bytes produced only when needed.

    Publishing an incremental build writes only the files whose digest changed; the rest are
    hard-linked from the current target, so unchanged modules are never re-linked nor re-written.
    """

    def __init__(self, digests: dict[str, str], produce: Callable[[str], bytes]):
        self._digests = dict(sorted(digests.items()))
        self._produce = produce

    @classmethod
    def of(cls, files: Mapping[str, bytes]) -> Tree:
        digests = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
        return cls(digests, files.__getitem__)

    def digest(self, path: str) -> str:
        return self._digests[path]

    def __getitem__(self, path: str) -> bytes:
        if path not in self._digests:
            raise KeyError(path)
        return self._produce(path)

    def __iter__(self) -> Iterator[str]:
        return iter(self._digests)

    def __len__(self) -> int:
        return len(self._digests)


def complete(files: Tree) -> Tree:
    """The files plus the manifest that lists them: exactly what a target holds after publishing."""
    listing = manifest({path: files.digest(path) for path in files})
    digests = {**{path: files.digest(path) for path in files}, MANIFEST: hashlib.sha256(listing).hexdigest()}
    return Tree(digests, lambda path: listing if path == MANIFEST else files[path])


def _current_manifest(path: Path) -> dict[str, str]:
    try:
        document = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        files = document["files"] if document.get("generator") == "m_shared" else {}
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except (OSError, ValueError, AttributeError, KeyError):
        return {}


def up_to_date(target: Target, wanted: Tree) -> bool:
    """A build's quick test: the target's manifest is the wanted one and every file it lists is there."""
    try:
        if (target.path / MANIFEST).read_bytes() != wanted[MANIFEST]:
            return False
    except OSError:
        return False
    return all((target.path / name).is_file() for name in wanted)


def stale_files(target: Target, wanted: Tree) -> list[str]:
    """Target-relative paths whose bytes differ from ``wanted`` (missing, changed or extra): `check` reads them all."""
    current: dict[str, str] = {}
    if target.path.is_dir():
        for file in sorted(target.path.rglob("*")):
            if file.is_file():
                current[file.relative_to(target.path).as_posix()] = hashlib.sha256(file.read_bytes()).hexdigest()
    names = sorted(set(current) | set(wanted))
    return [name for name in names if name not in wanted or current.get(name) != wanted.digest(name)]


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


def publish(config: Config, contents: Mapping[str, Tree]) -> list[str]:
    """Replace every target whose contents differ; return the names of the targets updated.

    ``contents`` maps a target name to its complete file tree (see :func:`complete`); a plain
    mapping of paths to bytes is accepted too.
    All new trees are staged first; only then are they swapped in, so a failure while
    writing leaves every target exactly as it was.
    """
    trees = {name: tree if isinstance(tree, Tree) else Tree.of(tree) for name, tree in contents.items()}
    changed = [t for t in config.targets if not up_to_date(t, trees[t.name])]
    for target in changed:
        check_owned(config, target)
    staged: list[tuple[Target, Path]] = []
    try:
        for target in changed:
            staged.append((target, _stage(target, trees[target.name])))
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
        where = f" ({error.filename})" if error.filename else ""  # a full disk names no file
        raise PublishError(f"cannot write the new build: {error.strerror or error}{where}") from None
    finally:
        for _, staging in staged:
            shutil.rmtree(staging, ignore_errors=True)
    return [target.name for target in changed]


def _stage(target: Target, files: Tree) -> Path:
    staging_root = target.path.parent
    staging_root.mkdir(parents=True, exist_ok=True)
    # The staging directory sits beside the target so the final rename never crosses a filesystem.
    staging = staging_root / f".{target.path.name}.m_shared-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    current = _current_manifest(target.path) if target.path.is_dir() else {}
    try:
        for directory in sorted({posixpath.dirname(relative) for relative in files} - {""}):
            (staging / directory).mkdir(parents=True, exist_ok=True)
        for relative in files:
            path = staging / relative
            if relative != MANIFEST and current.get(relative) == files.digest(relative):
                # Unchanged since the published build: share the file. Published files are never
                # modified in place, so the old and the new tree can hold the same inode. Only a regular
                # file is shared: a symlink put into the target would lead the new build out of it.
                with contextlib.suppress(OSError):
                    if stat.S_ISREG(os.lstat(target.path / relative).st_mode):
                        os.link(target.path / relative, path, follow_symlinks=False)
                        continue
            with open(path, "wb") as handle:
                handle.write(files[relative])
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
