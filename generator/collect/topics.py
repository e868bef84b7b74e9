"""Collect: the site's sections and stories, found in the articles' own words.

A *section* is a topic the corpus itself holds ("Labour · Election · Blair", "Film · Awards ·
Oscar"), so that a reader can browse undated articles too; a *story* is a few articles that
report the same event, shown together on one page. Both are read from the cleaned texts and
dates alone, never from the analysis, so a rebuild finds them while a worker still analyses the
edited article (`incremental.speed_work`). Same articles, same sections and stories: every step
is deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Section:
    slug: str
    name: str  # its leading words: "Labour · Election · Blair"
    words: tuple[str, ...]  # the words that name it, lower case
    articles: tuple[str, ...]  # article keys, the most typical of the section first


@dataclass(frozen=True, slots=True)
class Story:
    first: str  # the key of its first article: a story keeps its URL as it grows
    articles: tuple[str, ...]  # article keys: dated ones oldest first, then undated by key
    words: tuple[str, ...]  # the own words its articles share most


@dataclass(frozen=True, slots=True)
class TopicDocument:
    """What topics read of one article."""

    key: str  # the article's seed path: stable whatever the site's order
    text: str  # its cleaned text
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class Topics:
    articles: frozenset[str]  # the keys of the articles they were found among
    sections: tuple[Section, ...]  # largest first
    stories: tuple[Story, ...]  # newest first, undated last
    section_of: dict[str, Section]  # article key → its section
    story_of: dict[str, Story]  # article key → its story, for articles in one


def gather_topics(
    keys: Sequence[str], sections: tuple[Section, ...], stories: tuple[Story, ...]
) -> Topics:
    """The topics of the articles `keys`, with each article's section and story at hand."""
    return Topics(
        frozenset(keys),
        sections,
        stories,
        {key: section for section in sections for key in section.articles},
        {key: story for story in stories for key in story.articles},
    )
