"""One hash of the source files a cached value depends on, so an edit to them never serves it stale.

Each cache names the packages (searched recursively) and modules that shape what it keeps, as
paths under `generator/`: a module moved into a sub-package stays covered, and a module no cache
names must be listed in `UNCACHED`, which a test checks. Hashing the code itself rather than the
version number also covers unreleased code, which developers and `make eval` run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

# Code that changes no cached value: where and when work runs, how it is stored, and the doors.
# An edit to these must not throw every user's caches away.
# (The seed index and the resolved names hash their own module: how they store is what they keep.)
UNCACHED = ("__init__.py", "__main__.py", "fingerprints.py", "cli", "plugin", "workers", "write",
            "incremental/__init__.py", "incremental/analyses.py", "incremental/analysis_cache.py",
            "incremental/head_start.py", "incremental/page_cache.py",
            "incremental/speed_work.py")  # fmt: skip


def source_files(*names: str) -> tuple[Path, ...]:
    """The modules under each name: a package folder, searched recursively, or one module."""
    found: set[Path] = set()
    for name in names:
        path = PACKAGE / name
        if path.is_dir():
            found.update(path.rglob("*.py"))
        elif path.is_file():
            found.add(path)
        else:
            raise FileNotFoundError(f"no module or package {name!r} in {PACKAGE}")
    return tuple(sorted(found))


def source_fingerprint(files: Iterable[Path]) -> str:
    """A digest of the files' paths under `generator/` and their bytes, in any order given."""
    digest = hashlib.blake2b(digest_size=16)
    for source in sorted(files):
        digest.update(source.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()
