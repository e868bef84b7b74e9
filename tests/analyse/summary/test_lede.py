"""Reading a first sentence as a hard-news lede or a scene-setting opener."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.lede import carries_news


@pytest.mark.parametrize(
    "text",
    [
        "The Brockton council closed the harbour library on Monday.",
        "Mayor Jane Holloway has resigned after a vote in Brockton.",
        "The Brockton council will close the harbour library next year.",
    ],
)
def test_a_statement_naming_who_did_what_carries_the_news(nlp: Language, text: str) -> None:
    assert carries_news(next(nlp(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "Why did the Brockton council close the harbour library?",
        '"We never saw it coming," said Jane Holloway of Brockton.',
        "He walked into the Brockton library on a grey morning.",
        "The old library smelled of rain and paper.",
    ],
)
def test_a_question_a_quote_an_anecdote_or_a_scene_does_not(nlp: Language, text: str) -> None:
    assert not carries_news(next(nlp(text).sents))
