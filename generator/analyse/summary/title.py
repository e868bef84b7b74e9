"""Titles and one-line summaries for articles that come without them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from generator.analyse.summary.clauses import main_clause, shorten_sentence
from generator.analyse.summary.cues import DEMONSTRATIVES, REFERRING_PRONOUNS, opens_with_reference
from generator.analyse.summary.eligibility import is_summary_worthy
from generator.analyse.summary.rankers import NewsSummarizer
from generator.analyse.summary.summarise import Summarizer, rank_sentences

# Two lines of a headline in a list, about twenty words: long enough for most ledes' main clause
# whole ("Director Quentin Tarantino is in talks to write and direct a new instalment in the
# Friday the 13th horror franchise"), short enough to read at a glance.
MAX_TITLE_CHARS = 120
MAX_TLDR_CHARS = 200
# A headline restates the lede: its first summary-worthy sentence, or the second when the first
# cannot carry a headline (a quotation, a pronoun whose referent comes later).
LEDE_SENTENCES = 2
# The TL;DR is one of the summary's best sentences, not one far down the ranking.
TLDR_CANDIDATES = 3
_QUOTE_MARKS = frozenset({'"', "“", "``", "'", "‘"})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})


def derive_title(doc: Doc, max_chars: int = MAX_TITLE_CHARS) -> str:
    """A headline: the main clause of the lede, at most `max_chars` characters.

    The lede's first sentence that can head the article (not a quotation, not opening with a
    pronoun) gives it, whole: cut only where a phrase of when, where or how begins. Only when
    no such cut fits is it cut where it must be. Empty when the article has no
    summary-worthy sentence.
    """
    return headline(list(doc.sents), max_chars)


def headline(sentences: Sequence[Span], max_chars: int = MAX_TITLE_CHARS) -> str:
    """`derive_title` for sentences already split; independent of any summary ranking, so
    tuning the summary never moves a title."""
    lede = list(_lede(sentences))
    source = next((sent for sent in lede if _can_head(sent)), lede[0] if lede else None)
    if source is None:
        return ""
    whole = shorten_sentence(source, max_chars, drop_asides=True, whole_fact=True)
    return whole or shorten_sentence(source, max_chars, drop_asides=True)


def first_words(text: str, max_chars: int = MAX_TITLE_CHARS) -> str:
    """The opening words of `text`, up to `max_chars`, with "…" where they were cut: the title
    of an article with no sentence a headline can be made from (a list, a table, a fragment)."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = " ".join(line.split())
    if len(words) <= max_chars:
        return words.rstrip(" .,;:")
    cut = words[: max_chars - 1].rsplit(" ", 1)[0].rstrip(" .,;:-\u2013—")
    return f"{cut}…"


def _lede(sentences: Sequence[Span]) -> Iterator[Span]:
    found = 0
    for sent in sentences:
        if found == LEDE_SENTENCES:
            return
        if is_summary_worthy(sent):
            found += 1
            yield sent


def _can_head(sent: Span) -> bool:
    """A headline states the news itself: not a quotation, and no pronoun whose referent is
    not in the headline ("They may not know…", "Scientists have compared it to…")."""
    tokens, _ = main_clause(sent, drop_asides=True)
    words = [token for token in tokens if not token.is_punct]
    if not words or any(token.text in _QUOTE_MARKS for token in sent[:2]):
        return False
    first = words[0]
    if first.lower_ in REFERRING_PRONOUNS or (
        first.lower_ in DEMONSTRATIVES and first.pos_ == "PRON"
    ):
        return False
    return not any(
        token.dep_ in _OBJECTS and token.lower_ in {"it", "them", "this", "that"} for token in words
    )


def derive_tldr(
    doc: Doc, summarizer: Summarizer | None = None, max_chars: int = MAX_TLDR_CHARS
) -> str:
    """A one-line TL;DR: the best-ranked sentence that stands on its own, cut to its main
    clause, as a sentence. The page leaves it out when it says the title again.

    Empty when the article has no summary-worthy sentence.
    """
    ranked = rank_sentences(doc, summarizer or NewsSummarizer())
    return tldr_from_ranking(list(doc.sents), ranked, max_chars)


def tldr_from_ranking(
    sentences: Sequence[Span], ranked: Sequence[int], max_chars: int = MAX_TLDR_CHARS
) -> str:
    """`derive_tldr` for a ranking already made: the best of the first few sentences that does
    not open with a pronoun or connective ("It said…"); empty when none of them does."""
    for index in ranked[:TLDR_CANDIDATES]:
        if opens_with_reference(sentences[index]):
            continue
        clause = shorten_sentence(sentences[index], max_chars - 1, drop_asides=False)
        if clause:
            return f"{clause}."
    return ""
