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
from typing import TYPE_CHECKING

from generator.model import Page

if TYPE_CHECKING:
    from generator.config import Settings
    from generator.pipeline import SiteBuild

MANIFEST = ".news-digest-files"
# Our temporary files, named so that a run killed mid-write leaves nothing the next one can't
# recognise as its own and remove.
TEMPORARY_PREFIX = ".news-digest-"


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def write_pages(pages: Iterable[Page], out_dir: Path) -> WriteReport:
    """Make `out_dir` hold exactly these pages (plus whatever else was there before us)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = list(pages)
    previous = _read_manifest(out_dir)
    current = [page.path for page in pages]
    _remove_leftover_temporaries(out_dir, previous | set(current))
    # Record every page this run may write before writing any: if it is killed part-way, the
    # next run still knows which files are ours and removes the ones no seed asks for any more.
    _write_manifest(out_dir, previous | set(current))
    written: list[str] = []
    unchanged = 0
    for page in pages:
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
    _write_manifest(out_dir, set(current))
    return WriteReport(tuple(written), unchanged, tuple(removed))


def save_url_history(settings: Settings, site: SiteBuild) -> bool:
    """Write the updated `urls.yml` when it changed; True when it was written."""
    target = settings.url_history_file
    if target is None or site.url_history is None:
        return False
    data = site.url_history.encode("utf-8")
    if target.is_file() and target.read_bytes() == data:
        return False
    write_atomically(target, data)
    return True


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


def _write_manifest(out_dir: Path, paths: set[str]) -> None:
    write_atomically(out_dir / MANIFEST, "".join(f"{p}\n" for p in sorted(paths)).encode())


def _remove_leftover_temporaries(out_dir: Path, pages: set[str]) -> None:
    """Delete the temporary files of a killed run, in the folders where it could have written."""
    folders = {out_dir, *(_inside(out_dir, page).parent for page in pages)}
    for folder in sorted(folders):
        if folder.is_dir():
            for leftover in folder.glob(f"{TEMPORARY_PREFIX}*.tmp"):
                leftover.unlink(missing_ok=True)


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
