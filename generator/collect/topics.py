"""Collect: the site's sections and stories, found in the articles' own words.

A *section* is a topic the corpus itself holds ("Labour · Election · Blair", "Film · Awards ·
Oscar"), so that a reader can browse undated articles too; a *story* is a few articles that
report the same event, shown together on one page. Both are read from the cleaned texts and
dates alone, never from the analysis, so a rebuild finds them while a worker still analyses the
edited article (`incremental.head_start`). Same articles, same sections and stories: every step
is deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from generator.collect.sections import Section, find_sections
from generator.collect.stories import Story, find_stories

# Titles, spans of time and reporting verbs say nothing of a topic, and would name every
# politics section after "Mr" and every business one after "Year".
_TITLES = {"mr", "mrs", "ms", "dr"}
_TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "time"}
_STOP_WORDS = sorted(ENGLISH_STOP_WORDS | _TITLES | _TIME_WORDS | {"said", "says", "told"})
# Words of three letters or more, no digits: numbers and initials name no topic.
_WORD = r"(?u)\b[^\W\d_]{3,}\b"
# A word in more than half the articles tells none apart.
_MAX_SHARE = 0.5


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


def find_topics(documents: Sequence[TopicDocument]) -> Topics:
    """The sections and stories of a site's articles (in any order)."""
    ordered = sorted(documents, key=lambda document: document.key)
    keys = [document.key for document in ordered]
    if len(ordered) < 2:
        return gather_topics(keys, (), ())
    weights, words = weigh_words([document.text for document in ordered])
    sections = find_sections(keys, [document.text for document in ordered], weights, words)
    stories = find_stories(keys, [document.date for document in ordered], weights, words)
    return gather_topics(keys, sections, stories)


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


def weigh_words(texts: list[str]) -> tuple[sparse.csr_matrix, list[str]]:
    """TF-IDF rows (unit length) of the articles' words, and the words of its columns."""
    vectorizer = TfidfVectorizer(
        stop_words=_STOP_WORDS,
        token_pattern=_WORD,
        # A word of one article only is no topic; on a tiny site every word has to do.
        min_df=2 if len(texts) > 10 else 1,
        max_df=_MAX_SHARE if len(texts) > 10 else 1.0,
        sublinear_tf=True,
        dtype=np.float64,
    )
    try:
        weights = vectorizer.fit_transform(texts)
    except ValueError:  # no word survives: nothing to group by
        return sparse.csr_matrix((len(texts), 0)), []
    return sparse.csr_matrix(weights), [str(word) for word in vectorizer.get_feature_names_out()]
