"""Cutting sentences down to their main clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.clauses import render, repair_capitals, shorten_sentence, tidy


def shorten(nlp: Language, text: str, limit: int, *, asides: bool = True) -> str:
    return shorten_sentence(next(iter(nlp(text).sents)), limit, drop_asides=asides)


def test_cut_keeps_the_verb_and_its_object(nlp: Language) -> None:
    text = (
        "Discount retailer Kmart announced on Wednesday morning that it will buy department "
        "store operator Sears in a deal worth eleven billion dollars."
    )
    assert shorten(nlp, text, 90) == (
        "Discount retailer Kmart announced that it will buy department store operator Sears"
    )


def test_cut_never_splits_a_hyphenated_word(nlp: Language) -> None:
    text = (
        "Two passengers found dead on a cruise ship in Puerto Rico appear to have died in a "
        "murder-suicide, the cruise line said."
    )
    assert shorten(nlp, text, 80) == (
        "Two passengers found dead on a cruise ship in Puerto Rico appear to have died"
    )


def test_cut_does_not_stop_inside_a_dash_aside(nlp: Language) -> None:
    text = (
        "The player was given a new watch - which costs between $300 and $13,000 in the shops "
        "- as he visited a store in London on Thursday."
    )
    assert shorten(nlp, text, 60) == "The player was given a new watch"


def test_asides_stay_when_asked_to(nlp: Language) -> None:
    text = "Jin Pai, 35, was hurt (badly) at the airport."
    assert shorten(nlp, text, 90) == "Jin Pai was hurt at the airport"
    assert shorten(nlp, text, 90, asides=False) == "Jin Pai, 35, was hurt (badly) at the airport"


def test_render_closes_gaps_and_spaces_punctuation(nlp: Language) -> None:
    tokens = list(nlp("Jin Pai , 35 , was hurt ."))
    assert render([tokens[0], tokens[1], tokens[5], tokens[6], tokens[7]]) == "Jin Pai was hurt."


def test_render_keeps_the_space_before_a_removed_quotation_mark(nlp: Language) -> None:
    tokens = list(nlp('Most of it is "junk" mail.'))
    kept = [token for token in tokens if token.text != '"']
    assert render(kept) == "Most of it is junk mail."


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("the council met.", "The council met"),
        ("VLadimir Putin met Xi;", "Vladimir Putin met Xi"),
        ("the TVs were sold -", "The TVs were sold"),
    ],
)
def test_tidy(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


def test_repair_capitals_leaves_acronyms() -> None:
    assert repair_capitals("VLadimir met the MPs and NATO") == "Vladimir met the MPs and NATO"
