"""Derived tables kept in the temporary folder between processes, as jieba keeps its own.

A table that takes a tenth of a second or more to derive from a dependency's data (the
packed word list, the pinyin readings) is written once and read back by every later process
in a millisecond. A file is named by everything it was derived from, so any change makes a
new one; it is written whole or not at all; a folder that cannot be written only costs the
next process the derivation.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import tempfile
from pathlib import Path


def package_folder(name: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed; mengke needs it: pip install {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def file_identity(*paths: Path) -> str:
    """Path, size and modification time of each file: they change when a package is upgraded."""
    parts = []
    for path in paths:
        stat = path.stat()
        parts.append(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}")
    return "|".join(parts)


def cache_path(kind: str, identity: str) -> Path:
    """Where a table of ``kind`` derived from ``identity`` is kept (one file per user of a shared
    temporary folder)."""
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    owner = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"mengke-{kind}-{owner}-{digest}.bin"


def read_cache(path: Path) -> bytes | None:
    """The kept table, or None when there is none yet (or it cannot be read)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_cache(path: Path, data: bytes) -> None:
    """Write the table whole or not at all: a temporary file renamed into place, so that a
    process reading at the same time sees the old file or the new one, never half of one."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
