"""Capitalised words that are no entity: currencies, dates, award modifiers, degrees."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.nonnames import drop_non_names, trim_nationality_nouns
from generator.analyse.entities.spans import Candidate


def kept_texts(nlp: Language, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    doc = nlp.make_doc(text)
    kept = drop_non_names(doc, [Candidate(start, end, label) for start, end, label in spans])
    return [doc[c.start : c.end].text for c in kept]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("It cost 9 Rupees in all", 3),
        ("It cost 9 Rupee in all", 3),
        ("They paid in Euros then", 3),
        ("It opens on Tuesday next", 3),
        ("It opens in October next", 3),
        ("She won the Peace prize", 3),
        ("the Bafta film award went", 1),
        ("an Oscar - winning role", 1),
        ("the Secretary of State said", 3),
        ("she holds a Ph.D. in law", 3),
        # Measures: a time zone, a unit after a number, a number word.
        ("it starts at 10:30 GMT daily", 4),
        ("it starts at 15:00 BST daily", 4),
        ("it lifts 28,950 Lb into orbit", 3),
        ("it airs on Three tonight", 3),
        # An injury's body part, a compass point alone.
        ("out with an Achilles tendon injury", 3),
        ("it was the Achilles ' heel of it", 3),
        ("storms hit North and South America", 2),
        # A word the article writes more often in lower case.
        ("the Broadband boom : broadband grew and broadband fell", 1),
    ],
)
def test_one_word_non_names_are_dropped(nlp: Language, text: str, index: int) -> None:
    assert kept_texts(nlp, text, [(index, index + 1, "PERSON")]) == []


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Mark Rand spoke", 1),
        ("The Rand rose", 1),
        ("Ms Rand said", 1),
        ("PHD Ltd grew", 0),
        # Capitalised as often as not, or an acronym: a name.
        ("the Quill sold a quill", 1),
        ("the US told us to tell us", 1),
        ("in 2004 Pele played", 2),
        ("in 2004 MST marched", 2),
        ("by 1,000 Ian and", 2),
    ],
)
def test_names_that_share_a_word_with_a_non_name_are_kept(
    nlp: Language, text: str, index: int
) -> None:
    assert kept_texts(nlp, text, [(index, index + 1, "PERSON")]) == [text.split()[index]]


def test_a_month_name_used_in_a_longer_name_stays(nlp: Language) -> None:
    spans = [(0, 2, "PERSON"), (4, 5, "PERSON")]
    assert kept_texts(nlp, "Theresa May said , May added", spans) == ["Theresa May", "May"]


def test_a_nationality_before_a_person_is_not_part_of_the_name(nlp: Language) -> None:
    doc = nlp.make_doc("Briton Ann Lee beat Dutch Masters and Australian Moss")
    candidates = [Candidate(0, 3, "PERSON"), Candidate(4, 6, "ORG"), Candidate(7, 9, "PERSON")]
    trimmed = trim_nationality_nouns(doc, candidates)
    assert [doc[c.start : c.end].text for c in trimmed] == ["Ann Lee", "Dutch Masters", "Moss"]


def test_a_demonym_before_a_person_is_not_part_of_the_name(nlp: Language) -> None:
    doc = nlp.make_doc("Californian Tom Quillby sued")
    assert trim_nationality_nouns(doc, [Candidate(0, 3, "PERSON")]) == [Candidate(1, 3, "PERSON")]


def test_a_word_of_a_longer_name_stays_though_written_in_lower_case(nlp: Language) -> None:
    text = "Quux Broadband grew . Broadband rose as broadband and broadband fell"
    spans = [(0, 2, "ORG"), (4, 5, "ORG")]
    assert kept_texts(nlp, text, spans) == ["Quux Broadband", "Broadband"]


def test_the_and_a_name_ending_in_a_noun_is_a_club_members_descriptor(nlp: Language) -> None:
    doc = nlp("Ana Odera won. The Tarvos Harrier led from the start.")
    candidates = [Candidate(0, 2, "PERSON"), Candidate(5, 7, "PERSON")]
    kept = drop_non_names(doc, candidates, nouns=frozenset({"harrier", "start"}))
    assert [doc[c.start : c.end].text for c in kept] == ["Ana Odera"]


def test_the_west_is_a_region_not_half_a_name(nlp: Language) -> None:
    assert kept_texts(nlp, "talks between Russia and the West", [(5, 6, "LOC")]) == ["West"]


def test_capital_letters_written_before_a_person_are_a_title_not_a_body(nlp: Language) -> None:
    text = "UKIP MEP Ada Vell spoke , and the MEP said BBC staff agreed"
    spans = [(0, 1, "ORG"), (1, 2, "ORG"), (2, 4, "PERSON"), (8, 9, "ORG"), (10, 11, "ORG")]
    assert kept_texts(nlp, text, spans) == ["UKIP", "Ada Vell", "BBC"]
