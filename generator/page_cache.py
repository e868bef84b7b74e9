"""The Markdown of the last build's article and entity pages, by key (`render.keys`).

One file holds the pages of the last build only, so it never grows past the site itself. It is
MessagePack checked against its type on every read: a corrupt or foreign file is ignored (the
pages are rendered again) and replaced, never trusted.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import msgspec

from generator.write import write_atomically

log = logging.getLogger("mkdocs.plugins.news_digest.cache")
PAGE_CACHE_FILE = "pages-v1.msgpack"
_DECODE = msgspec.msgpack.Decoder(dict[str, str]).decode
_ENCODE = msgspec.msgpack.Encoder(order="deterministic").encode


@dataclass(frozen=True, slots=True)
class PageCache:
    """`None` folder means caching is off: every page is rendered."""

    folder: Path | None

    @property
    def file(self) -> Path | None:
        return self.folder / PAGE_CACHE_FILE if self.folder else None

    def load(self) -> dict[str, str]:
        if self.file is None or not self.file.is_file():
            return {}
        try:
            return _DECODE(self.file.read_bytes())
        except (OSError, msgspec.DecodeError) as error:
            log.info("news-digest: ignoring a bad page cache %s (%s)", self.file, error)
            return {}

    def store(self, pages: Mapping[str, str], earlier: Mapping[str, str]) -> None:
        """Keep `pages` for the next build; nothing is written when they are the earlier ones."""
        if self.file is None or pages.keys() == earlier.keys():
            return
        try:
            write_atomically(self.file, _ENCODE(pages))
        except OSError as error:
            # A read-only or full disk costs speed, not correctness.
            log.warning("news-digest: cannot write the page cache: %s", error)
