"""A reader that loads a published target over and over while builds run.

Each round opens the target directory once and reads manifest.json and every
file it lists through that directory handle, as a loader holding the target
would. A round is *consistent* when every file's sha256 matches the manifest.
Prints one JSON line: {"consistent": n, "inconsistent": n, "samples": [...], "vanished": n}.
"""

import hashlib
import json
import os
import sys
import time

target, seconds = sys.argv[1], float(sys.argv[2])
consistent, inconsistent, vanished = 0, 0, 0
samples: list = []  # a few inconsistent rounds, to show what was mixed
deadline = time.monotonic() + seconds


def read(directory_fd: int, relative: str) -> bytes:
    parts = relative.split("/")
    fd = directory_fd
    opened = []
    try:
        for part in parts[:-1]:
            fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            opened.append(fd)
        file_fd = os.open(parts[-1], os.O_RDONLY, dir_fd=fd)
        with os.fdopen(file_fd, "rb") as handle:
            return handle.read()
    finally:
        for handle in opened:
            os.close(handle)


while time.monotonic() < deadline:
    try:
        directory = os.open(target, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        vanished += 1
        continue
    try:
        manifest = json.loads(read(directory, "manifest.json"))
        mismatched = [
            name for name, digest in manifest["files"].items()
            if hashlib.sha256(read(directory, name)).hexdigest() != digest
        ]
        if mismatched:
            inconsistent += 1
            samples = (samples + [mismatched[:3]])[:5]
        else:
            consistent += 1
    except FileNotFoundError:
        vanished += 1  # the build we held was retired and deleted under us: never a mix, just gone
    except ValueError as error:
        inconsistent += 1
        samples = (samples + [f"unreadable manifest: {error}"])[:5]
    finally:
        os.close(directory)
print(json.dumps({"consistent": consistent, "inconsistent": inconsistent, "samples": samples, "vanished": vanished}))
