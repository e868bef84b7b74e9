"""What a headline leaves out, one kind of detail at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from generator.analyse.summary.asides import (
    without_asides,
    without_fronted_modifier,
    without_opening_words,
    without_subject_modifiers,
    without_time_phrases,
    without_trailing_source,
)


def kept(nlp: Language, text: str, step: Callable[[list[Token], Token], list[Token]]) -> str:
    sent = next(iter(nlp(text).sents))
    return " ".join(token.text for token in step(list(sent), sent.root))


@pytest.mark.parametrize(
    ("text", "step", "result"),
    [
        (
            "Last year, the factory produced 40,000 cars.",
            without_fronted_modifier,
            "the factory produced 40,000 cars .",
        ),
        (
            "Babies given antibiotics are heavier, a study has found.",
            without_fronted_modifier,
            "Babies given antibiotics are heavier , a study has found .",
        ),
        (
            "The factory produced 40,000 cars on Monday morning.",
            without_time_phrases,
            "The factory produced 40,000 cars .",
        ),
        (
            "A chiropractor accused of fraud has surrendered his license.",
            without_subject_modifiers,
            "A chiropractor has surrendered his license .",
        ),
        (
            # The name a later "he" refers to is who the subject is, not a modifier of it.
            "The United Nations (UN) emergency relief coordinator Jan Egeland has said that he is "
            "hopeful about the aid.",
            without_subject_modifiers,
            "The United Nations ( UN ) emergency relief coordinator Jan Egeland has said that he "
            "is hopeful about the aid .",
        ),
    ],
)
def test_parse_based_steps(
    nlp: Language, text: str, step: Callable[[list[Token], Token], list[Token]], result: str
) -> None:
    assert kept(nlp, text, step) == result


@pytest.mark.parametrize(
    ("text", "step", "result"),
    [
        (
            "However, the mayor said the plan was fine.",
            without_opening_words,
            "the mayor said the plan was fine .",
        ),
        ("But it rained.", without_opening_words, "But it rained ."),
        (
            "Sales rose by 30% last year, according to official data.",
            without_trailing_source,
            "Sales rose by 30 % last year",
        ),
        (
            "Jin Pai, 35, was hurt (badly) at the airport.",
            without_asides,
            "Jin Pai was hurt at the airport .",
        ),
    ],
)
def test_token_steps(
    nlp: Language, text: str, step: Callable[[list[Token]], list[Token]], result: str
) -> None:
    sent = next(iter(nlp(text).sents))
    assert " ".join(token.text for token in step(list(sent))) == result
