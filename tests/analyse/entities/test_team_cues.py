"""A place's name standing for its team, on made-up sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.cues import find_cue


def cue_at(nlp: Language, text: str, name: str, label: str) -> str:
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return find_cue(doc, span.start, span.end, label=label)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # A team's role noun after the name, whatever the model read ...
        ("Oxford boss Rob Maas was angry.", "Oxford", "PERSON"),
        ("Tarvos manager Rob Maas was angry.", "Tarvos", "PERSON"),
        ("The Oxford defence held firm.", "Oxford", "GPE"),
        ("Fans of the Tarvos player cheered.", "Tarvos", "ORG"),
        # ... a place the gazetteer knows beating a side, losing to one, signing a player.
        ("Oxford beat Tarvos on Saturday.", "Oxford", "GPE"),
        ("Tarvos lost to Oxford on Saturday.", "Oxford", "GPE"),
        ("Oxford signed the striker on Monday.", "Oxford", "GPE"),
    ],
)
def test_a_place_named_as_a_side_is_its_team(
    nlp: Language, text: str, name: str, label: str
) -> None:
    assert cue_at(nlp, text, name, label) == "ORG"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ana Odera beat Rob Maas in the final.", "Ana Odera", "PERSON"),  # people beat people
        ("Spanish striker Rob Maas scored.", "Spanish", "NORP"),  # a nationality
        ("He moved to Oxford last year.", "Oxford", "GPE"),  # a town to live in
        ("Oxford hosted the summit.", "Oxford", "GPE"),  # a town hosts
    ],
)
def test_no_team_without_a_sides_words(nlp: Language, text: str, name: str, label: str) -> None:
    assert cue_at(nlp, text, name, label) != "ORG"


def test_a_competitions_player_is_no_teams(nlp: Language) -> None:
    assert cue_at(nlp, "He is a Tarvos Cup player now.", "Tarvos Cup", "EVENT") == ""
