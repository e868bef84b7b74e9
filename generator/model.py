"""The contracts between the pipeline's stages.

Every value that crosses a stage boundary is one of these frozen dataclasses: ingest makes
`Article`s, cleaning makes `CleanText`, analysis makes an `Analysis` per article, collecting makes
the cross-article indexes, and rendering makes `Page`s. Nothing downstream mutates what an
upstream stage produced, so a stage can be cached, parallelised or tested on its own.

Offsets (`start`, `end`) inside an `Analysis` are character offsets into `CleanText.text`; the
`analyze` command maps them back to the text as given with `CleanText.to_original`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ChangeSymbol = Literal["=", "~", ">", "<", "up", "down"]
FigureKind = Literal["money", "percent", "quantity", "count"]


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
    only deletes or replaces same-length runs, so this piecewise map is exact.
    """

    text: str
    removals: tuple[Removal, ...] = ()
    segments: tuple[tuple[int, int], ...] = ((0, 0),)

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
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a named entity in an article.

    `label` is spaCy's label (PERSON, ORG, GPE, ...); `canonical` is the name every alias of the
    same entity in this article resolves to.
    """

    text: str
    label: str
    canonical: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity mention.

    `value` is the number with scale words applied (for a range, the lower bound, with `low` and
    `high` set). `unit` is an ISO 4217 code for money, `percent`, `percentage point`, a physical
    unit, or the counted noun. `paired_with` is the index (within the article's figures) of the
    other amount in "1.28 trillion yuan ($153 billion)". `date` is an ISO date or period the figure
    refers to, when its clause names one.
    """

    text: str
    value: float
    unit: str
    change: ChangeSymbol
    concept: str
    kind: FigureKind
    notable: bool
    start: int
    end: int
    sentence: int
    low: float | None = None
    high: float | None = None
    paired_with: int | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the article mentions, resolved against the article's own date.

    `resolved` is an ISO date ("2023-03-20"), month ("2023-03") or year ("2023"), or a range of
    two of those joined by "/" ("2023-03-20/2023-03-26"); None when it cannot be pinned down
    (no article date for "next week", or "recently").
    """

    text: str
    start: int
    end: int
    sentence: int
    resolved: str | None


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the site shows about one article, derived from its cleaned text."""

    title: str
    sentences: tuple[Sentence, ...]
    summary: tuple[int, ...]  # indexes into `sentences`, in article order
    mentions: tuple[Mention, ...]
    figures: tuple[Figure, ...]
    word_count: int
    key_phrases: tuple[str, ...] = ()
    tldr: str = ""
    dates: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article whose analysis raised; the others carry on."""

    reason: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A seed that could not be turned into pages, reported by path and reason."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        # A file name may hold a line break: shown raw, it could forge a line of the report.
        path = (
            self.path.encode("unicode_escape").decode("ascii")
            if not self.path.isprintable()
            else self.path
        )
        where = f"{path}:{self.line}" if self.line is not None else path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Page:
    """One generated file, at a path relative to the docs folder: a Markdown page, or a data
    file such as `figures/figures.csv` that MkDocs copies as it is."""

    path: str
    content: str
