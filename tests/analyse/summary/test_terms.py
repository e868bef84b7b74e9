"""Sentences as term vectors."""

from __future__ import annotations

import math

from spacy.language import Language

from generator.analyse.summary.terms import count_terms, count_words, dot, normalise, weigh_terms


def test_terms_are_weighted_content_lemmas(nlp: Language) -> None:
    sent = nlp("The council approved a new library budget.")[:]
    assert count_terms(sent) == {
        "council": 1.0, "approve": 0.7, "new": 0.7, "library": 1.0, "budget": 1.0,
    }  # fmt: skip


def test_attribution_and_dateline_are_not_terms(nlp: Language) -> None:
    sent = nlp("LONDON (Reuters) - The council approved the budget, the mayor said.")[:]
    assert set(count_terms(sent)) == {"council", "approve", "budget", "mayor"}


def test_rare_terms_weigh_more_and_vectors_are_unit_length() -> None:
    vectors = weigh_terms([{"budget": 1.0, "council": 1.0}, {"council": 1.0}])
    assert vectors[0]["budget"] > vectors[0]["council"]
    assert math.isclose(dot(vectors[0], vectors[0]), 1.0)
    assert vectors[1] == {"council": 1.0}


def test_normalise_and_dot() -> None:
    assert normalise({"a": 3.0, "b": 4.0}) == {"a": 0.6, "b": 0.8}
    assert normalise({}) == {}
    assert dot({"a": 0.6, "b": 0.8}, {"b": 1.0, "c": 5.0}) == 0.8


def test_count_words_skips_punctuation(nlp: Language) -> None:
    assert count_words(nlp("It cost $4 million, she said.")[:]) == 6
