"""Cues for works, products and events, and from a name's own words, on made-up sentences."""

from __future__ import annotations

import pytest
from made_up_sites import cue_of
from spacy.language import Language

from generator.analyse.entities.cues import CUE_WEIGHT, apply_cues, find_cue
from generator.analyse.entities.kind_cues import is_unfounded_law, name_cue
from generator.analyse.entities.spans import Candidate


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("He bought the Quest console last week.", "Quest", "PRODUCT"),
        ("Sales of Tarvos's Quest game rose.", "Quest", "PRODUCT"),
        ("He used the Korvex format for songs.", "Korvex", "PRODUCT"),
        ("The Tarvos shuttle landed safely.", "Tarvos", "PRODUCT"),
        ("They sold the handset Quest in May.", "Quest", "PRODUCT"),
        ("Rolling Hills, starring Ann Odera, opened.", "Rolling Hills", "WORK_OF_ART"),
        ("Rolling Hills, directed by Ann Odera, opened.", "Rolling Hills", "WORK_OF_ART"),
        ("Users can download Korvex free.", "Korvex", "PRODUCT"),
        ("Fans flocked to the festival Tarvos Nights.", "Tarvos Nights", "EVENT"),
    ],
)
def test_the_words_around_a_work_or_product_state_its_class(
    nlp: Language, text: str, name: str, cue: str
) -> None:
    assert cue_of(nlp, text, name) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Korvex software giant grew.", "Korvex"),  # the descriptor is the giant's
        ("The game Tarvos won was dull.", "Tarvos"),  # a match, not a game's title
        ("Korvex software runs it.", "Korvex"),  # the firm's software, perhaps
        ("Rolling Hills directed the play.", "Rolling Hills"),  # "directed" with no "by"
        ("The Ana Odera comedy opened.", "Ana Odera"),  # a work's maker
        ("The Korvex conference opened.", "Korvex"),  # an event's host
        ("Posters in Tarvos, featuring his face, rose.", "Tarvos"),  # posters feature
        ("He met Ana Odera, starring in two films.", "Ana Odera"),  # she is the one starring
        ("He appeared in Ana Odera's first film.", "Ana Odera"),  # the film is hers
        ("The search engine Korvex grew.", "Korvex"),  # a firm's trade
    ],
)
def test_no_work_or_product_cue_without_evidence(nlp: Language, text: str, name: str) -> None:
    assert cue_of(nlp, text, name) == ""


def test_a_descriptor_after_a_persons_name_names_what_the_person_made(nlp: Language) -> None:
    doc = nlp("He bought the Ana Odera console.")
    assert find_cue(doc, 3, 5, label="PERSON") == ""
    assert find_cue(doc, 3, 5, label="ORG") == "PRODUCT"
    doc = nlp("Ana Odera, directed by Rob Maas, opened.")
    assert find_cue(doc, 0, 2, label="PERSON") == ""
    assert find_cue(doc, 0, 2, label="ORG") == "WORK_OF_ART"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Only a work stars someone ...
        ("Rolling Hills, starring Rob Maas, opened.", 0, 2),
        # ... has a role played in it, or is dated by its year ...
        ("She won praise for her role in Rolling Hills.", 7, 9),
        ("He starred in Rolling Hills last year.", 3, 5),
        ("His last hit was 1992's Rolling Hills.", 6, 8),
        # ... and a work's descriptor names it across its own article, or in the plural.
        ("He is in the thriller The Rolling Hills.", 6, 8),
        ("Soap operas Rolling Hills and Tarvo Bay ended.", 2, 4),
    ],
)
def test_a_work_the_model_read_as_a_person_is_a_work(
    nlp: Language, text: str, start: int, end: int
) -> None:
    assert find_cue(nlp(text), start, end, label="PERSON") == "WORK_OF_ART"


@pytest.mark.parametrize(
    ("name", "label", "cue"),
    [
        ("C Maas", "ORG", "PERSON"),
        ("Tarvos United", "PERSON", "ORG"),
        ("Korvex plc", "GPE", "ORG"),
        ("Tarvos Film Festival", "GPE", "EVENT"),
        ("Quest 2", "LAW", "PRODUCT"),
        ("Quest 2", "WORK_OF_ART", ""),
        ("Tarvos City", "PERSON", "ORG"),
        ("Tarvos City", "GPE", ""),
        ("Ana Odera", "PERSON", ""),
        # A venue's or an event's head word: no person's name.
        ("Tarvos Stadium", "PERSON", "FAC"),
        ("Korvex Station", "PERSON", "FAC"),
        ("Premiership", "PERSON", "EVENT"),
        ("Stuart Hall", "PERSON", ""),
        ("Open", "PERSON", ""),
    ],
)
def test_a_names_own_words_state_its_class(name: str, label: str, cue: str) -> None:
    assert name_cue(name, label) == cue


def test_a_law_without_a_legal_word_gives_way_in_the_articles_vote(nlp: Language) -> None:
    assert is_unfounded_law("Tarvos Street", "LAW")
    assert not is_unfounded_law("Korvex Act", "LAW")
    doc = nlp("Tarvos Street and the Korvex Act met Quest 2 today.")
    cued = apply_cues(doc, [Candidate(0, 2, "LAW"), Candidate(4, 6, "LAW"), Candidate(7, 9, "LAW")])
    assert cued == [
        Candidate(0, 2, "LAW", 0.0),
        Candidate(4, 6, "LAW"),
        Candidate(7, 9, "PRODUCT", CUE_WEIGHT, "PRODUCT"),
    ]
