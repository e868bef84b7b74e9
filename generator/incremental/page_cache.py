"""The Markdown of the last build's article and entity pages, by key (`render.keys`).

An SQLite file (the standard library's): a build reads only the keys it asks for and writes only
pages that are new, in one transaction, then forgets pages the build no longer has, so the file
never outgrows the site and an edit to one article never rewrites the rest. A file that cannot be
read as ours is replaced: it costs a full render, never a wrong page.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
PAGE_CACHE_FILE = "pages-v1.sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, markdown TEXT NOT NULL)"


@dataclass(frozen=True, slots=True)
class PageCache:
    """`None` folder means caching is off: every page is rendered."""

    folder: Path | None

    @property
    def file(self) -> Path | None:
        return self.folder / PAGE_CACHE_FILE if self.folder else None

    def load_all(self) -> dict[str, str]:
        """Everything the cache holds: the last build's pages, read before their keys are known."""
        if self.file is None or not self.file.is_file():
            return {}
        try:
            with closing(sqlite3.connect(self.file, timeout=30)) as database:
                return dict(database.execute("SELECT key, markdown FROM pages").fetchall())
        except sqlite3.Error as error:
            log.info("news-digest: ignoring a bad page cache %s (%s)", self.file, error)
            return {}

    def store(self, pages: Mapping[str, str], earlier: Mapping[str, str]) -> None:
        """Keep exactly `pages`; `earlier`, what `load_all` found, is all that is there now."""
        if self.file is None:
            return
        new = [(key, markdown) for key, markdown in pages.items() if key not in earlier]
        stale = [key for key in earlier if key not in pages]
        try:
            if new or stale:
                _update(self.file, new, stale)
        except sqlite3.DatabaseError as error:
            log.info("news-digest: replacing a bad page cache %s (%s)", self.file, error)
            self.file.unlink(missing_ok=True)
            try:
                _update(self.file, list(pages.items()), [])
            except (sqlite3.Error, OSError) as again:
                log.warning("news-digest: cannot write the page cache: %s", again)
        except (sqlite3.Error, OSError) as error:
            # A read-only or full disk, or a file where the folder should be, costs speed, not
            # correctness.
            log.warning("news-digest: cannot write the page cache: %s", error)


def _update(file: Path, new: list[tuple[str, str]], stale: list[str]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(file, timeout=30)) as database, database:  # one transaction
        database.execute(_SCHEMA)
        database.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?)", new)
        database.executemany("DELETE FROM pages WHERE key = ?", ((key,) for key in stale))
