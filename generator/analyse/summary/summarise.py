"""Extractive summaries: which sentences of an article to show, in article order.

Each algorithm is a small class with a `name` and a `rank` method (see `summary_rankers`); they
share `summarize`, which applies the eligibility filter every algorithm must respect, and
`summary_length`, the site's policy for how long a summary is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Span

from generator.analyse.summary.cues import opens_with_personal_pronoun, refers_back
from generator.analyse.summary.eligibility import is_summary_worthy
from generator.analyse.summary.quotations import sentences_inside_quotations
from generator.analyse.summary.rankers import CentralitySummarizer, LeadSummarizer, NewsSummarizer
from generator.model.settings import DEFAULT_SUMMARIZER, SUMMARIZER_NAMES

__all__ = [
    "DEFAULT_SUMMARIZER",
    "SUMMARIZERS",
    "Summarizer",
    "is_summary_worthy",
    "rank_sentences",
    "select_summary",
    "summarize",
    "summary_length",
]


class Summarizer(Protocol):
    """One summarisation algorithm."""

    @property
    def name(self) -> str:
        """The key the algorithm is registered under in `SUMMARIZERS`."""
        ...

    def rank(self, sentences: Sequence[Span], candidates: Sequence[int]) -> list[float]:
        """One score per candidate (an index into `sentences`), higher is better."""
        ...


SUMMARIZERS: dict[str, type[Summarizer]] = {
    "lead": LeadSummarizer,
    "news": NewsSummarizer,
    "centrality": CentralitySummarizer,
}
if sorted(SUMMARIZERS) != sorted(SUMMARIZER_NAMES):
    raise ImportError("SUMMARIZERS and options.SUMMARIZER_NAMES disagree")  # a developer's slip
__all__ = [
    "DEFAULT_SUMMARIZER",
    "SUMMARIZERS",
    "Summarizer",
    "select_summary",
    "summarize",
    "summary_length",
]

# (longest article in sentences, summary sentences): short pieces get two or three sentences,
# long reads up to five, so a summary stays a summary.
_LENGTH_STEPS = ((5, 2), (12, 3), (25, 4))
_LONGEST_SUMMARY = 5


def summary_length(sentence_count: int) -> int:
    """How many sentences the site shows as the summary of an article this long."""
    for longest, sentences in _LENGTH_STEPS:
        if sentence_count <= longest:
            return min(sentence_count, sentences)
    return _LONGEST_SUMMARY


def summarize(doc: Doc, summarizer: Summarizer, count: int) -> tuple[int, ...]:
    """Indexes (into `list(doc.sents)`) of the `count` best eligible sentences, in article order.

    Fewer come back when the article has fewer summary-worthy sentences.
    """
    return select_summary(list(doc.sents), rank_sentences(doc, summarizer), count)


def select_summary(sentences: Sequence[Span], ranked: Sequence[int], count: int) -> tuple[int, ...]:
    """The `count` best-ranked sentences a reader can follow on their own, in article order.

    A sentence opening with a pronoun or a connective ("He said…", "This was…", "But…"), or
    pointing back with "these" or "those", leans on the sentence before it: it is chosen only
    once that sentence is (or, for "he" and "she", once an earlier chosen sentence names a
    person), else the next candidate takes its place.
    The ranking decides everything else.
    """
    # Each sentence's cues are looked at once, not once per pick.
    leaning = {i for i in ranked if refers_back(sentences[i])}
    personal = {i for i in leaning if opens_with_personal_pronoun(sentences[i])}
    chosen: list[int] = []

    def stands(index: int) -> bool:
        if index not in leaning or index - 1 in chosen:
            return True
        # "He"/"she" find their referent in any earlier chosen sentence that names a person.
        return index in personal and any(
            earlier < index and _names_a_person(sentences[earlier]) for earlier in chosen
        )

    waiting = list(ranked)
    while len(chosen) < count:
        pick = next((i for i in waiting if stands(i)), None)
        if pick is None:
            break
        chosen.append(pick)
        waiting.remove(pick)
    return tuple(sorted(chosen))


def _names_a_person(sent: Span) -> bool:
    return any(token.ent_type_ == "PERSON" for token in sent)


def rank_sentences(doc: Doc, summarizer: Summarizer) -> list[int]:
    """Indexes of the summary-worthy sentences, best first; ties go to the earlier sentence."""
    sentences = list(doc.sents)
    quoted = sentences_inside_quotations(sentences)
    candidates = [
        index
        for index, sent in enumerate(sentences)
        if index not in quoted and is_summary_worthy(sent)
    ]
    if not candidates:
        return []
    scores = summarizer.rank(sentences, candidates)
    order = sorted(range(len(candidates)), key=lambda k: (-scores[k], k))
    return [candidates[k] for k in order]
