"""Cues: the label an article's own words give a name, on small made-up sentences."""

from __future__ import annotations

import pytest
from made_up_sites import cue_of
from spacy.language import Language

from generator.analyse.entities.cues import (
    CUE_WEIGHT,
    apply_cues,
    find_cue,
    find_titled_people,
)
from generator.analyse.entities.spans import Candidate


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("The steel giant Korvex cut jobs.", "Korvex", "ORG"),
        ("He joined the club Vardar last year.", "Vardar", "ORG"),
        ("They praised the band Blue Haze on Monday.", "Blue Haze", "ORG"),
        ("She starred in the film Quiet Harbour last year.", "Quiet Harbour", "WORK_OF_ART"),
        ("He sang on his last album, Quiet Harbour, alone.", "Quiet Harbour", "WORK_OF_ART"),
        ("Korvex, the steel firm, cut jobs.", "Korvex", "ORG"),
        ("Shares in Korvex fell on Monday.", "Korvex", "ORG"),
        ("Korvex's chief executive resigned.", "Korvex", "ORG"),
        ("The talks in the city of Tarvos ended.", "Tarvos", "GPE"),
        ("Mr Odera left early.", "Odera", "PERSON"),
        ("The veteran coach Rino Maas left early.", "Rino Maas", "PERSON"),
        ("Odera, 77, has died.", "Odera", "PERSON"),
        ("Odera said he would stay.", "Odera", "PERSON"),
        ("He studied in Oxford for years.", "Oxford", "GPE"),
    ],
)
def test_the_words_around_a_name_state_its_class(
    nlp: Language, text: str, name: str, cue: str
) -> None:
    assert cue_of(nlp, text, name) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The executive producer Rob Stamm spoke.", "Rob Stamm"),  # a person's or a firm's trade
        ("Its sister Tarvos dam is being built.", "Tarvos"),  # the title is the dam's
        ("He met Odera in Nairobi.", "Odera"),  # no evidence either way
        ("He stayed in Maathai for years.", "Maathai"),  # no place the gazetteer knows
        ("Odera said it would stay.", "Odera"),  # "it" says nothing of a person
        ("The former Dutch side lost.", "Dutch"),  # "former" qualifies, it is no title
        ("The steel company, Odera Ltd, grew.", "Odera Ltd"),  # across a comma: its head?
        ("The money lender Shylock smiled.", "Shylock"),  # a person's trade or a firm's
        ("Chelsea host Tarvos on Monday.", "Tarvos"),  # a trade before one word may be a verb
        ("The poll for the Sunday Herald said he won.", "Sunday Herald"),  # not the subject
    ],
)
def test_no_cue_without_evidence(nlp: Language, text: str, name: str) -> None:
    assert cue_of(nlp, text, name) == ""


def test_a_cue_becomes_the_label_and_outweighs_the_model(nlp: Language) -> None:
    doc = nlp("Shares in Korvex fell, and Kenya gained.")
    cued = apply_cues(doc, [Candidate(2, 3, "PERSON"), Candidate(6, 7, "GPE")])
    assert cued == [Candidate(2, 3, "ORG", CUE_WEIGHT, "ORG"), Candidate(6, 7, "GPE")]


def test_a_country_keeps_its_table_label_whatever_stands_before_it(nlp: Language) -> None:
    doc = nlp("Mr Kenya is no person.")
    assert apply_cues(doc, [Candidate(1, 2, "GPE")]) == [Candidate(1, 2, "GPE")]


def test_a_title_in_lower_case_finds_the_person_the_model_missed(nlp: Language) -> None:
    doc = nlp("Legendary Dutch coach Rino Maas has died.")
    found = find_titled_people(doc, [False] * len(doc))
    assert [(doc[c.start : c.end].text, c.label, c.cue) for c in found] == [
        ("Rino Maas", "PERSON", "PERSON")
    ]


def test_a_place_preposition_decides_nothing_for_an_ordinary_word(nlp: Language) -> None:
    doc = nlp("The show opens in Spring and in Oxford.")
    ordinary = frozenset({"spring"})
    assert find_cue(doc, 4, 5, ordinary) == ""
    assert find_cue(doc, 7, 8, ordinary) == "GPE"
