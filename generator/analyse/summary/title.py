"""Titles and one-line summaries for articles that come without them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from generator.analyse.summary.clauses import shorten_sentence
from generator.analyse.summary.rankers import NewsSummarizer
from generator.analyse.summary.summarise import Summarizer, rank_sentences

MAX_TITLE_CHARS = 90
MAX_TLDR_CHARS = 200
# A headline restates the lede, so it comes from one of the first few summary-worthy sentences:
# whichever of them the summariser ranks highest, which skips a soft opener.
LEDE_SENTENCES = 3


def derive_title(doc: Doc, max_chars: int = MAX_TITLE_CHARS) -> str:
    """A headline-like title: the lede's main clause, at most `max_chars` characters.

    Cut at a phrase boundary, without asides or trailing punctuation, first letter capitalised.
    Empty when the article has no summary-worthy sentence (only boilerplate, captions, lists).
    """
    return headline_from_ranking(list(doc.sents), rank_sentences(doc, NewsSummarizer()), max_chars)


def headline_from_ranking(
    sentences: Sequence[Span], ranked: Sequence[int], max_chars: int = MAX_TITLE_CHARS
) -> str:
    """`derive_title` for a ranking already made (`news` order), so nothing is ranked twice."""
    if not ranked:
        return ""
    lede = set(sorted(ranked)[:LEDE_SENTENCES])
    source = next(index for index in ranked if index in lede)
    return shorten_sentence(sentences[source], max_chars, drop_asides=True)


def derive_tldr(
    doc: Doc, summarizer: Summarizer | None = None, max_chars: int = MAX_TLDR_CHARS
) -> str:
    """A one-line TL;DR: the best-ranked sentence, cut to its main clause, as a sentence.

    Empty when the article has no summary-worthy sentence.
    """
    ranked = rank_sentences(doc, summarizer or NewsSummarizer())
    return tldr_from_ranking(list(doc.sents), ranked, max_chars)


def tldr_from_ranking(
    sentences: Sequence[Span], ranked: Sequence[int], max_chars: int = MAX_TLDR_CHARS
) -> str:
    """`derive_tldr` for a ranking already made."""
    if not ranked:
        return ""
    clause = shorten_sentence(sentences[ranked[0]], max_chars - 1, drop_asides=False)
    return f"{clause}." if clause else ""
