"""Key phrases of an article, to become its tags.

Candidates are named entities (people, organisations, places, events, works) and the content
part of noun chunks ("record trade", "peace plan"). A phrase scores by how often it is mentioned,
with early mentions counting more (news says what matters first), and multi-word phrases slightly
favoured as more specific. Surnames fold into the full name given earlier ("Putin" counts for
"Vladimir Putin"), and a phrase is dropped when a better one already contains its words.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.analyse.summary.clauses import repair_capitals
from generator.analyse.summary.eligibility import BOILERPLATE, BYLINE, dateline_length
from generator.analyse.summary.terms import REPORTING_VERBS

# Entity labels that make good tags; dates, amounts and nationality adjectives do not.
TAG_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# Noun-chunk words that carry no topic of their own ("many ways", "the same time").
VAGUE_WORDS = frozenset(
    {
        "many", "much", "more", "most", "other", "same", "such", "last", "next", "first",
        "latest", "own", "several", "few", "various", "certain", "way", "time", "year", "day",
        "week", "month", "thing", "lot", "part", "kind", "fact", "number", "people", "case",
        "term", "point", "today", "yesterday", "world", "new", "old", "big", "small", "former",
        "current", "recent", "local", "good", "great", "important", "major", "key", "top",
    }
)  # fmt: skip
_CHUNK_WORD_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
_LONGEST_CHUNK = 3
# A phrase that is not a name is a tag only when the article returns to it; a lone common noun
# ("trade") has to come back more often than a compound ("peace plan").
_SINGLE_NOUN_MENTIONS = 3
_PHRASE_MENTIONS = 2
_ENTITY_WEIGHT = 1.5
_EXTRA_WORD_WEIGHT = 0.25
# Sentences over which an early mention's extra weight halves.
_POSITION_SCALE = 5.0
# Words skipped when reading an acronym off a name ("United Nations" gives "UN").
_GLUE = frozenset({"of", "the", "and", "for", "&"})
_BRACKETS = frozenset({"(", "[", "-LRB-"})
MIN_PHRASES = 3
MAX_PHRASES = 6


@dataclass(slots=True)
class _Candidate:
    display: str
    words: frozenset[str]
    is_entity: bool
    first_sentence: int
    score: float = 0.0
    mentions: int = 0
    surfaces: dict[str, int] = field(default_factory=dict)


def find_key_phrases(doc: Doc, count: int = 5) -> tuple[str, ...]:
    """Up to `count` (clamped to 3..6) key phrases of `doc`, best first.

    Names keep their capitals as most often written ("Xi Jinping"); other phrases are
    lower-cased with the head noun lemmatised ("peace talks" becomes "peace talk"), so that
    singular and plural mentions count together. Fewer come back when the article is too short
    to have that many.
    """
    wanted = min(max(count, MIN_PHRASES), MAX_PHRASES)
    candidates: dict[str, _Candidate] = {}
    for index, key, surface, is_entity in _mentions(doc):
        weight = 1.0 + 1.0 / (1.0 + index / _POSITION_SCALE)
        candidate = candidates.get(key)
        if candidate is None:
            words = frozenset(key.split())
            candidate = candidates[key] = _Candidate(surface, words, is_entity, index)
        candidate.mentions += 1
        candidate.score += weight
        candidate.surfaces[surface] = candidate.surfaces.get(surface, 0) + 1
    ranked = sorted(_merge_acronyms(candidates).values(), key=_ranking, reverse=True)
    chosen: list[_Candidate] = []
    # Recurring phrases first; one-off phrases only to reach the minimum on a short article.
    for strict in (True, False):
        for candidate in ranked:
            if len(chosen) >= (wanted if strict else MIN_PHRASES):
                break
            if strict and not _recurs(candidate):
                continue
            if candidate not in chosen and not any(_overlaps(candidate, c) for c in chosen):
                chosen.append(candidate)
    return tuple(_display(candidate) for candidate in chosen)


def _merge_acronyms(candidates: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """Count "UN" as a mention of "United Nations" when both appear."""
    by_initials: dict[str, _Candidate] = {}
    for candidate in candidates.values():
        words = [word for word in _display(candidate).split() if word.lower() not in _GLUE]
        if candidate.is_entity and len(words) > 1:
            by_initials.setdefault("".join(word[0] for word in words).upper(), candidate)
    merged: dict[str, _Candidate] = {}
    for key, candidate in candidates.items():
        full = by_initials.get(key.upper().replace(".", ""))
        if candidate.is_entity and full is not None and full is not candidate:
            full.score += candidate.score
            full.mentions += candidate.mentions
        else:
            merged[key] = candidate
    return merged


def _recurs(candidate: _Candidate) -> bool:
    """Names always count; a phrase that is not a name must come back, a lone noun more often."""
    if candidate.is_entity:
        return True
    needed = _SINGLE_NOUN_MENTIONS if len(candidate.words) == 1 else _PHRASE_MENTIONS
    return candidate.mentions >= needed


def _ranking(candidate: _Candidate) -> tuple[float, int]:
    """Weighted score; on a tie, the phrase mentioned first."""
    weight = _ENTITY_WEIGHT if candidate.is_entity else 1.0
    weight *= 1.0 + _EXTRA_WORD_WEIGHT * (len(candidate.words) - 1)
    return candidate.score * weight, -candidate.first_sentence


def _overlaps(candidate: _Candidate, better: _Candidate) -> bool:
    return candidate.words <= better.words or better.words <= candidate.words


def _display(candidate: _Candidate) -> str:
    """The fullest spelling ("Vladimir Putin", not "Putin"), then the most frequent one."""
    return max(
        candidate.surfaces.items(), key=lambda item: (len(item[0].split()), item[1], item[0])
    )[0]


def _mentions(doc: Doc) -> Iterator[tuple[int, str, str, bool]]:
    """(sentence index, key, surface, is_entity) for each tag-worthy mention in `doc`.

    One pass over the entities and one over the noun chunks, each mapped to its sentence, so
    the cost stays linear in the length of the article.
    """
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    # A sentence of boilerplate has no topics; a byline or dateline says who and where.
    content_starts = [
        sent.end_char if BOILERPLATE.search(sent.text) else sent.start_char + _preamble(sent.text)
        for sent in sentences
    ]
    entities = list(doc.ents)
    full_names = _full_names(entities)
    in_entity = {index for entity in entities for index in range(entity.start, entity.end)}
    for entity in entities:
        index = bisect.bisect_right(starts, entity.start) - 1
        if entity.label_ not in TAG_LABELS or entity.start_char < content_starts[index]:
            continue
        name = _entity_name(entity)
        if not name or (entity.label_ == "ORG" and _is_cited_source(entity)):
            continue
        key = name.lower()
        yield index, full_names.get(key, key) if entity.label_ == "PERSON" else key, name, True
    for chunk in doc.noun_chunks:
        index = bisect.bisect_right(starts, chunk.start) - 1
        words = _content_words(chunk, in_entity)
        if words and chunk.start_char >= content_starts[index]:
            surface = " ".join(words)
            yield index, surface, surface, False


def _preamble(text: str) -> int:
    """Characters of a byline or dateline opening `text`: they say who and where, not what."""
    if not BYLINE.match(text):
        return dateline_length(text)
    end = text.find("\n")
    if end < 0:
        return len(text)
    body = text[end:].lstrip()
    return len(text) - len(body) + dateline_length(body)


def _entity_name(entity: Span) -> str:
    """The entity as written, without a leading "the", a possessive or stray punctuation."""
    tokens = list(entity)
    opening = next((k for k, token in enumerate(tokens) if token.text in _BRACKETS), None)
    if opening is not None:
        tokens = tokens[:opening]
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if not tokens:
        return ""
    text = entity.doc[tokens[0].i : tokens[-1].i + 1].text
    return repair_capitals(" ".join(text.split()))


def _full_names(entities: list[Span]) -> dict[str, str]:
    """Each surname and first name of a multi-word person name, mapped to the full name."""
    names: dict[str, str] = {}
    for entity in entities:
        parts = _entity_name(entity).lower().split()
        if entity.label_ == "PERSON" and len(parts) > 1:
            names.setdefault(parts[-1], " ".join(parts))
            names.setdefault(parts[0], " ".join(parts))
    return names


def _is_cited_source(entity: Span) -> bool:
    """An outlet quoted as a source ("told the BBC", "according to Reuters") is not a topic."""
    head = entity.root.head
    if entity.root.dep_ in ("nsubj", "dobj", "dative") and head.lemma_ in REPORTING_VERBS:
        return True
    return head.lower_ == "to" and head.head.lower_ == "according"


def _content_words(chunk: Span, in_entity: set[int]) -> list[str]:
    """The topic words of a noun chunk: its trailing nouns and adjectives, lower-cased."""
    root = chunk.root
    if root.i in in_entity or root.pos_ not in ("NOUN", "PROPN") or root.is_stop:
        return []
    words: list[Token] = []
    for token in reversed(chunk[: root.i - chunk.start + 1]):
        if token.i in in_entity or token.pos_ not in _CHUNK_WORD_TAGS or token.is_stop:
            break
        if token.lower_ in VAGUE_WORDS or token.lemma_.lower() in VAGUE_WORDS:
            break
        if not token.is_alpha:
            break
        words.append(token)
        if len(words) == _LONGEST_CHUNK:
            break
    words.reverse()
    if not words or words[-1].i != root.i:
        return []
    return [*(word.lower_ for word in words[:-1]), root.lemma_.lower()]
