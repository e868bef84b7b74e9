"""One hash of the source files a cached value depends on, so an edit to them never serves it stale.

The caches (analyses, pages, seeds, resolved names) each name the modules that shape what they
keep; hashing the code itself rather than the version number also covers unreleased code, which
developers and `make eval` run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def source_fingerprint(files: Iterable[Path]) -> str:
    """A digest of the files' names and bytes, whatever order they are given in."""
    digest = hashlib.blake2b(digest_size=16)
    for source in sorted(files):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()
