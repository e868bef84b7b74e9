"""Acronyms defined in brackets."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.entities.acronyms import find_acronym_definitions
from generator.analyse.entities.spans import Candidate


def test_bracketed_acronym_after_a_candidate_takes_its_label(nlp: Language) -> None:
    doc = nlp.make_doc("the Hungarian Democratic Union ( UDMR ) said")
    full = Candidate(1, 4, "ORG")
    assert find_acronym_definitions(doc, [full]) == [(full, Candidate(5, 6, "ORG"))]


def test_full_name_is_found_by_initials_when_the_model_missed_it(nlp: Language) -> None:
    doc = nlp.make_doc("members of the National League for Democracy (NLD) met")
    assert find_acronym_definitions(doc, []) == [(Candidate(3, 7, "ORG"), Candidate(8, 9, "ORG"))]


def test_country_code_after_a_person_is_no_definition(nlp: Language) -> None:
    doc = nlp.make_doc("Mark Cairns ( ENG ) beat Peter Nicol ( PN )")
    people = [Candidate(0, 2, "PERSON"), Candidate(6, 8, "PERSON")]
    assert find_acronym_definitions(doc, people) == [(people[1], Candidate(9, 10, "PERSON"))]


def test_brackets_without_an_acronym_define_nothing(nlp: Language) -> None:
    doc = nlp.make_doc("Barcelona ( Spain ) and Porto ( 3 )")
    assert find_acronym_definitions(doc, [Candidate(0, 1, "ORG")]) == []


def test_team_code_after_a_player_of_any_label_is_no_definition(nlp: Language) -> None:
    # The model labels a line-up's players anything; a code they do not spell is their team's.
    doc = nlp.make_doc("Sin bin : B Kowal ( NZ ) , Tamberlo ( SA ) , Red Fox Union ( RFU )")
    players = [Candidate(3, 5, "ORG"), Candidate(9, 10, "GPE"), Candidate(14, 17, "ORG")]
    assert find_acronym_definitions(doc, players) == [(players[2], Candidate(18, 19, "ORG"))]
