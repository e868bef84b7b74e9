"""What the last build read from each seed file: a rebuild reads and cleans only the changed ones.

Reading, decoding, parsing and cleaning two thousand seeds took a sizeable part of a rebuild that
changes one of them. A seed is taken from here when its file's size, modification and change
times and inode are all as they were when it was read (the change time cannot be set back by
hand), and when the code and settings that turn a file into an article are the same: otherwise it
is read again. One MessagePack file, decoded straight into the `Article` and `CleanText`
contracts (msgspec); one that cannot be read as ours is ignored and replaced.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import msgspec

from generator.fingerprints import source_files, source_fingerprint
from generator.model.article import Article, CleanText
from generator.write.atomic import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
SEED_INDEX_FILE = "seeds-v1.msgpack"
# The code that turns a file into an `Article` and its `CleanText`.
READING_SOURCES = ("ingest", "model", "incremental/seed_index.py")

Stamp = tuple[int, int, int, int]  # size, modification and change times (ns), inode


def stamp(status: os.stat_result | None) -> Stamp | None:
    """What tells a regular file's content has not changed; None for anything else (a symbolic
    link, whose target can change under it, is always read again)."""
    if status is None or not stat.S_ISREG(status.st_mode):
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


@dataclass(frozen=True, slots=True)
class _Seed:
    stamp: Stamp
    article: Article
    clean: CleanText


@dataclass(frozen=True, slots=True)
class _IndexFile:
    recipe: str
    seeds: dict[str, _Seed]


_ENCODE = msgspec.msgpack.Encoder().encode
_DECODE = msgspec.msgpack.Decoder(_IndexFile).decode


@cache
def _code_fingerprint() -> str:
    return source_fingerprint(source_files(*READING_SOURCES))


class SeedIndex:
    """The seeds of the last build, for one seeds folder and `max_chars`; `None` folder: off."""

    def __init__(self, folder: Path | None, seeds_dir: Path, max_chars: int) -> None:
        self._file = folder / SEED_INDEX_FILE if folder else None
        self._recipe = f"{_code_fingerprint()}|{seeds_dir.resolve()}|{max_chars}"
        self._seeds = self._load()
        self._kept: dict[str, _Seed] = {}
        self._changed = False

    def _load(self) -> dict[str, _Seed]:
        if self._file is None or not self._file.is_file():
            return {}
        try:
            index = _DECODE(self._file.read_bytes())
        except (OSError, msgspec.DecodeError) as error:
            log.info("news-digest: ignoring a bad seed index %s (%s)", self._file, error)
            return {}
        return index.seeds if index.recipe == self._recipe else {}

    def get(self, relative: str, status: os.stat_result | None) -> tuple[Article, CleanText] | None:
        """The article and clean text read from this seed before, if its file is unchanged."""
        known = self._seeds.get(relative)
        if known is None or known.stamp != stamp(status):
            return None
        self._kept[relative] = known
        return known.article, known.clean

    def earlier(self, relative: str) -> tuple[Article, CleanText] | None:
        """What the last build read from this seed, whether or not its file changed since."""
        known = self._seeds.get(relative)
        return (known.article, known.clean) if known is not None else None

    def put(
        self, relative: str, status: os.stat_result | None, article: Article, clean: CleanText
    ) -> None:
        """Remember a seed just read (`status` taken before reading it)."""
        seed_stamp = stamp(status)
        if seed_stamp is not None:
            self._kept[relative] = _Seed(seed_stamp, article, clean)
            self._changed = True

    def save(self) -> None:
        """Keep exactly the seeds asked about since loading, if anything changed."""
        if self._file is None or (not self._changed and self._kept.keys() == self._seeds.keys()):
            return
        try:
            write_atomically(self._file, _ENCODE(_IndexFile(self._recipe, self._kept)))
        except OSError as error:
            # A read-only or full disk costs speed, not correctness.
            log.warning("news-digest: cannot write the seed index: %s", error)
