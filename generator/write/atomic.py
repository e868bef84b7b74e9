"""Replacing a file in one step, for the pages and for every cache: never half a file.

A leaf: the writer and the caches all write through it, and it imports nothing of theirs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Temporary files start with this, so that a later run can find and delete those of a killed one.
TEMPORARY_PREFIX = ".news-digest-"


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` with `data` in one step: readers see the old file or the new, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=TEMPORARY_PREFIX, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
