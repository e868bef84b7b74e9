"""Write the pages: the only module that touches the output tree.

A page is written only when its bytes changed, through a temporary file and an atomic rename, so
an interrupted run never leaves a half-written page. A manifest of what the generator wrote lets a
later run remove pages whose article is gone without touching anything else in the folder.
"""

# Page paths are handled as strings with os.path: a rebuild writes almost nothing, and parsing
# tens of thousands of paths with pathlib would be most of what it does here.
# ruff: noqa: PTH112, PTH116, PTH117, PTH118, PTH120
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.model.build import Page, SiteBuild
from generator.write.atomic import TEMPORARY_PREFIX, write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest")

if TYPE_CHECKING:
    from generator.model.settings import Settings

MANIFEST = ".news-digest-files"
# Our temporary files, named so that a run killed mid-write leaves nothing the next one can't
# recognise as its own and remove.
SEPARATORS = (os.sep, os.altsep) if os.altsep else (os.sep,)


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def write_pages(
    pages: Iterable[Page],
    out_dir: Path,
    keys: Mapping[str, str] | None = None,
    record: Path | None = None,
) -> WriteReport:
    """Make `out_dir` hold exactly these pages (plus whatever else was there before us).

    `keys` maps a page's path to the key of its content (`render.keys`), and `record` is a file
    (outside `out_dir`, see `written_record`) that remembers them: a page whose key is the one it
    was last written under, in a file nobody touched since, is not even read back.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    pages = list(pages)
    keys = keys if record is not None and keys is not None else {}
    previous = _read_manifest(out_dir)
    current = {page.path for page in pages}
    _remove_leftover_temporaries(out_dir, previous | current)
    # Record every page this run may write before writing any: if it is killed part-way, the
    # next run still knows which files are ours and removes the ones no seed asks for any more.
    if not current <= previous:
        _write_manifest(out_dir, previous | current)
    known = _read_record(record) if record is not None else {}
    stamped: dict[str, str] = {}
    written: list[str] = []
    unchanged = 0
    root = os.fspath(out_dir)
    for page in pages:
        target = os.path.join(root, _checked(page.path))
        key = keys.get(page.path)
        # A file that cannot be looked at has no stamp, and nothing vouches for it: it is written.
        stamp = _stamped(key, target) if key is not None else ""
        if stamp and known.get(page.path) == stamp:
            stamped[page.path] = stamp
            unchanged += 1
            continue
        data = page.content.encode("utf-8")
        if _holds(target, data):
            unchanged += 1
        else:
            write_atomically(Path(target), data)
            written.append(page.path)
        if key is not None and (stamp := _stamped(key, target)):
            stamped[page.path] = stamp
    removed = sorted(previous - current)
    for path in removed:
        _inside(out_dir, path).unlink(missing_ok=True)
        _prune_empty_parents(out_dir, _inside(out_dir, path).parent)
    if current != previous:
        _write_manifest(out_dir, current)
    if record is not None and stamped != known:
        lines = "".join(f"{path}\t{stamped[path]}\n" for path in sorted(stamped))
        try:
            write_atomically(record, lines.encode())
        except OSError as error:
            # A cache like the others: losing it costs speed, not correctness.
            log.warning("news-digest: cannot write %s: %s", record, error)
    return WriteReport(tuple(written), unchanged, tuple(removed))


def _stamped(key: str, target: str) -> str:
    """The key with what tells that the file is the one written under it: its size, change and
    modification times and inode (the change time cannot be set back by hand)."""
    try:
        status = os.stat(target)
    except OSError:
        return ""
    return f"{key}\t{status.st_size}\t{status.st_mtime_ns}\t{status.st_ctime_ns}\t{status.st_ino}"


def written_record(cache_dir: Path | None, out_dir: Path) -> Path | None:
    """Where the cache keeps the keys of the pages written to `out_dir` (None: no cache). Not in
    `out_dir` itself: its file times differ from one copy of the tree to another."""
    if cache_dir is None:
        return None
    name = hashlib.sha256(os.fsencode(out_dir.resolve())).hexdigest()[:24]
    return cache_dir / f"written-{name}.tsv"


def _read_record(record: Path) -> dict[str, str]:
    try:
        lines = record.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


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


def remove_site_pages(site_dir: Path, outputs: Iterable[str]) -> list[str]:
    """Delete the pages a dirty `mkdocs serve` built whose source is gone; returns those deleted.

    A dirty build never cleans the site folder, and a page left there would still be served (its
    emptied folder too: `its-slug/index.html`).
    """
    removed = []
    for output in outputs:
        target = Path(output)
        if target.is_file():
            target.unlink()
            removed.append(output)
            _prune_empty_parents(site_dir, target.parent)
    return removed


def _write_manifest(out_dir: Path, paths: set[str]) -> None:
    write_atomically(out_dir / MANIFEST, "".join(f"{p}\n" for p in sorted(paths)).encode())


def _remove_leftover_temporaries(out_dir: Path, pages: set[str]) -> None:
    """Delete the temporary files of a killed run, in the folders where it could have written."""
    root = os.fspath(out_dir)
    # Each folder checked once, not each of the thousands of pages in it: a page's folder is
    # inside the output folder whenever the page is (and the writes check every page).
    inner = {os.path.dirname(page) for page in pages} - {""}
    folders = {root, *(os.path.join(root, _checked(folder)) for folder in inner)}
    for folder in sorted(folders):
        if os.path.isdir(folder):
            for leftover in Path(folder).glob(f"{TEMPORARY_PREFIX}*.tmp"):
                leftover.unlink(missing_ok=True)


def _holds(target: str, data: bytes) -> bool:
    """True when the file `target` holds exactly `data`."""
    try:
        with open(target, "rb") as stream:  # noqa: PTH123 - a string path, see above
            # One byte more than `data`: a longer file differs without being read to its end.
            return stream.read(len(data) + 1) == data
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return False


def _read_manifest(out_dir: Path) -> set[str]:
    try:
        lines = (out_dir / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return set()
    return {line for line in lines if line and _is_safe_relative(line)}


def _is_safe_relative(path: str) -> bool:
    # The manifest is a file on disk like any other: never let it steer a delete outside.
    # The same test as on `Path(path).parts`, without pathlib's cost on tens of thousands of pages.
    for separator in SEPARATORS[1:]:
        path = path.replace(separator, SEPARATORS[0])
    parts = [part for part in path.split(SEPARATORS[0]) if part not in ("", ".")]
    return bool(parts) and not os.path.isabs(path) and ".." not in parts


def _checked(relative: str) -> str:
    if not _is_safe_relative(relative):
        raise ValueError(f"refusing to write outside the output folder: {relative!r}")
    return relative


def _inside(out_dir: Path, relative: str) -> Path:
    return out_dir / _checked(relative)


def _prune_empty_parents(out_dir: Path, folder: Path) -> None:
    while folder != out_dir and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
