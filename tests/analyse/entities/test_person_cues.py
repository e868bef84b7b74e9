"""Person cues for one-word names, on small made-up sentences."""

from __future__ import annotations

import pytest
from made_up_sites import cue_of
from spacy.language import Language

from generator.analyse.entities.caps import ordinary_words
from generator.analyse.entities.cues import apply_cues
from generator.analyse.entities.mentions import find_mentions
from generator.analyse.entities.spans import Candidate


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pop singer Orvessa arrived on Monday.", "Orvessa"),  # a trade as its modifier
        ("The player Odera scored twice.", "Odera"),  # a player is a person, no work
        ("They will join singers Orvessa, Mark Vannan and Lee Korrig.", "Orvessa"),
        ("Orvessa, who has sold millions of records, sang twice.", "Orvessa"),
        ("Orvessa announced that she would tour in May.", "Orvessa"),
        ("Orvessa opened the show on Monday. She sang for an hour.", "Orvessa"),
        ("It features Mark Vannan, Orvessa, Lee Korrig and Tom Maalu.", "Orvessa"),
    ],
)
def test_a_one_word_name_with_a_persons_evidence_is_cued_a_person(
    nlp: Language, text: str, name: str
) -> None:
    assert cue_of(nlp, text, name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarvos, who are top of the league, won.", "Tarvos"),  # a side takes the plural
        ("Korvex opened a shop. It sold phones.", "Korvex"),  # "it" is no person's
        ("Korvex beat Mark Vannan on Monday. He was angry.", "Korvex"),  # another person
        ('Korvex grew. "It was hard," said she.', "Korvex"),  # a quotation's speaker
        ("It features Mark Vannan, Korvex 5, Lee Korrig and Tom Maalu.", "Korvex"),  # a band
        ("Orvessa and Tarvos met in May.", "Orvessa"),  # a list of no people named in full
    ],
)
def test_no_person_cue_without_a_persons_evidence(nlp: Language, text: str, name: str) -> None:
    assert cue_of(nlp, text, name) == ""


def test_a_trade_that_may_be_a_verb_is_no_persons_title(nlp: Language) -> None:
    doc = nlp("Chelsea host Tarvos, Leeds travel to Vardar.")
    cued = apply_cues(doc, [Candidate(2, 3, "PERSON")], ordinary_words(nlp))
    assert cued[0].cue == ""


def test_a_one_word_name_listed_among_people_is_found_as_one(nlp: Language) -> None:
    text = "The record features Chris Martin, Dido, Robbie Williams and the Sugababes."
    found = {m.text: (m.label, m.cue) for m in find_mentions(nlp(text))}
    assert found["Dido"] == ("PERSON", "PERSON")
    assert "Sugababes" not in found or found["Sugababes"][1] == ""
