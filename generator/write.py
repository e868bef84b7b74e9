"""Write: the only module that touches the output tree.

A page is written only when its bytes changed, through a temporary file and an atomic rename, so
an interrupted run never leaves a half-written page. A manifest of what the generator wrote lets a
later run remove pages whose article is gone without touching anything else in the folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.model import Page

MANIFEST = ".news-digest-files"


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def write_pages(pages: Iterable[Page], out_dir: Path) -> WriteReport:
    """Make `out_dir` hold exactly these pages (plus whatever else was there before us)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _read_manifest(out_dir)
    written: list[str] = []
    unchanged = 0
    current: list[str] = []
    for page in pages:
        current.append(page.path)
        target = _inside(out_dir, page.path)
        data = page.content.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
            continue
        write_atomically(target, data)
        written.append(page.path)
    removed = sorted(previous - set(current))
    for path in removed:
        _inside(out_dir, path).unlink(missing_ok=True)
        _prune_empty_parents(out_dir, _inside(out_dir, path).parent)
    write_atomically(out_dir / MANIFEST, "".join(f"{p}\n" for p in sorted(current)).encode())
    return WriteReport(tuple(written), unchanged, tuple(removed))


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` with `data` in one step: readers see the old file or the new, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read_manifest(out_dir: Path) -> set[str]:
    try:
        lines = (out_dir / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return set()
    return {line for line in lines if line and _is_safe_relative(line)}


def _is_safe_relative(path: str) -> bool:
    # The manifest is a file on disk like any other: never let it steer a delete outside.
    parts = Path(path).parts
    return bool(parts) and not Path(path).is_absolute() and ".." not in parts


def _inside(out_dir: Path, relative: str) -> Path:
    if not _is_safe_relative(relative):
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    return out_dir / relative


def _prune_empty_parents(out_dir: Path, folder: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
