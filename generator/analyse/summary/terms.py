"""Sentences as weighted bags of content terms, for similarity between sentences.

Terms are lower-cased lemmas of content words. Each is weighted by its part of speech (names and
nouns carry a story's topic more than verbs and adjectives do) and by its inverse sentence
frequency, so a word in every sentence ("Putin" in a Putin story) tells sentences apart less than
a word in a few. Vectors are L2-normalised so a dot product is a cosine.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from generator.analyse.summary.eligibility import content_tokens

TermVector = dict[str, float]

# How much a word of each part of speech says about what a sentence is about.
POS_WEIGHTS: Mapping[str, float] = {
    "PROPN": 1.0,
    "NOUN": 1.0,
    "NUM": 0.7,
    "VERB": 0.7,
    "ADJ": 0.7,
}

# Attribution verbs appear in most news sentences and say nothing about the story itself.
REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "claim", "reveal", "insist", "believe", "report", "state", "accord"}
)


def count_terms(sent: Span) -> TermVector:
    """Weighted content terms of `sent` (dateline excluded), each at its highest weight."""
    terms: TermVector = {}
    for token in content_tokens(sent):
        weight = POS_WEIGHTS.get(token.pos_)
        if weight is None or token.is_stop or not (token.is_alpha or token.like_num):
            continue
        lemma = token.lemma_.lower()
        if lemma in REPORTING_VERBS:
            continue
        terms[lemma] = max(terms.get(lemma, 0.0), weight)
    return terms


def weigh_terms(bags: Sequence[TermVector]) -> list[TermVector]:
    """Unit vectors of the bags, each term scaled by its inverse sentence frequency."""
    frequency: dict[str, int] = {}
    for bag in bags:
        for term in bag:
            frequency[term] = frequency.get(term, 0) + 1
    total = max(len(bags), 1)
    vectors = []
    for bag in bags:
        raw = {term: w * (1.0 + math.log(total / frequency[term])) for term, w in bag.items()}
        vectors.append(normalise(raw))
    return vectors


def normalise(vector: Mapping[str, float]) -> TermVector:
    """`vector` scaled to unit length; empty when it has no weight."""
    norm = math.sqrt(sum(value * value for value in vector.values()))
    if not norm:
        return {}
    return {term: value / norm for term, value in vector.items()}


def dot(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    """Dot product of two sparse vectors, iterating over the smaller one."""
    if len(left) > len(right):
        left, right = right, left
    return sum(value * right.get(term, 0.0) for term, value in left.items())


def add_into(total: dict[str, float], vector: Mapping[str, float]) -> None:
    """Accumulate `vector` into `total` in place."""
    for term, value in vector.items():
        total[term] = total.get(term, 0.0) + value


def count_words(sent: Span) -> int:
    """Number of words and numbers in `sent`, punctuation excluded."""
    return sum(1 for token in sent if token.is_alpha or token.like_num)
