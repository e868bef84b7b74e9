"""An article as read from its seed file, and its text cleaned for analysis.

Offsets into `CleanText.text` map back to the text as given with `CleanText.to_original`: the
`analyze` command reports them against the seed, not the cleaned text.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What front matter said about an article; `None` or empty when it said nothing."""

    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    slug: str | None = None
    summary: str | None = None
    license: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One seed file, read but not yet analysed.

    `path` is the seed's path relative to the seeds folder, with forward slashes: the article's
    identity for reports and caches. `body` is the text after any date line or front matter;
    `body_offset` is where it starts in the decoded file, so offsets can be reported against the
    file as well as against the body.
    """

    path: str
    body: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    body_offset: int = 0
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of text that cleaning took out or changed, kept so a user can see why."""

    reason: str
    text: str
    start: int  # offset into the original text


@dataclass(frozen=True, slots=True)
class CleanText:
    """Text ready for analysis, with the way back to the original.

    `segments` lists `(clean_start, original_start)` pairs: from `clean_start` on, each cleaned
    character sits at `original_start + (i - clean_start)` until the next segment begins. Cleaning
    only deletes or replaces same-length runs, so this piecewise map is exact. The one exception
    is a decoded character reference: its character sits where the reference starts and stands
    for all of it, so `wide_characters` lists `(clean_offset, original_length)` for each such
    character ("—" for the 7 characters of "&mdash;"), and a span that ends with one ends where
    the reference does.
    """

    text: str
    removals: tuple[Removal, ...] = ()
    segments: tuple[tuple[int, int], ...] = ((0, 0),)
    wide_characters: tuple[tuple[int, int], ...] = ()

    def to_original(self, offset: int) -> int:
        """Map an offset into `text` to the matching offset into the original text."""
        starts = [clean for clean, _ in self.segments]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        clean_start, original_start = self.segments[index]
        return original_start + (offset - clean_start)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span; the end maps from its last character so it never overshoots."""
        if end <= start:
            original = self.to_original(start)
            return original, original
        last = end - 1
        return self.to_original(start), self.to_original(last) + self._original_length(last)

    def _original_length(self, offset: int) -> int:
        """How many original characters the character at `offset` stands for."""
        index = bisect.bisect_left(self.wide_characters, (offset, 0))
        if index < len(self.wide_characters) and self.wide_characters[index][0] == offset:
            return self.wide_characters[index][1]
        return 1
