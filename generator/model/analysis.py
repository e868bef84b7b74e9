"""What the analysis finds in one article: summary sentences, mentions, figures and dates.

Offsets (`start`, `end`) inside an `Analysis` are character offsets into `CleanText.text`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from generator.model.article import Article, CleanText

ChangeSymbol = Literal["=", "~", ">", "<", "up", "down"]
FigureKind = Literal["money", "percent", "quantity", "count"]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a named entity in an article.

    `label` is spaCy's label (PERSON, ORG, GPE, ...); `canonical` is the name every alias of the
    same entity in this article resolves to. `cue` is the label the article's own words give
    this mention, whatever the model guessed ("oil giant [Yukos]" ORG, "Mr [Moi]" PERSON, "a
    film, [Hotel Rwanda]" WORK_OF_ART), or empty when they give none: evidence the site-wide
    vote weighs above the model's guess.
    """

    text: str
    label: str
    canonical: str
    start: int
    end: int
    sentence: int
    cue: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity mention.

    `value` is the number with scale words applied (for a range, the lower bound, with `low` and
    `high` set). `unit` is an ISO 4217 code for money, `percent`, `percentage point`, a physical
    unit, or the counted noun. `paired_with` is the index (within the article's figures) of the
    other amount in "1.28 trillion yuan ($153 billion)". `concept` is the phrase saying what is
    measured ("net profit", "Jugnot made"), empty when the text gives none that is sound; `notable`
    is then false unless the unit names what is counted. `date` is an ISO date or period the figure
    refers to, when its clause names one (the analysis gives a year).
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
class AnalysisJob:
    """One article to analyse: its cleaned text, and its date, against which relative dates
    ("last Monday") are resolved."""

    text: str
    date: dt.date | None


AnalysisResult = Analysis | AnalysisFailure
# What collecting takes of each article: the article, its cleaned text and its analysis.
AnalysedArticle = tuple[Article, CleanText, Analysis]
