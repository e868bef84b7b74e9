"""Grouping candidates into canonical names with one label each."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.entities.resolve import NameResolver
from generator.analyse.entities.spans import Candidate


def test_surname_merges_into_the_one_full_name(nlp: Language) -> None:
    doc = nlp.make_doc("Mark Waugh , Steve Waugh , Waugh , Brian Lara , Lara , B. Lara")
    candidates = [
        Candidate(0, 2, "PERSON"),
        Candidate(3, 5, "PERSON"),
        Candidate(6, 7, "PERSON"),
        Candidate(8, 10, "PERSON"),
        Candidate(11, 12, "ORG"),
        Candidate(13, 15, "PERSON"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    assert resolver.resolve() == [
        ("Mark Waugh", "PERSON"),
        ("Steve Waugh", "PERSON"),
        ("Waugh", "PERSON"),
        ("Brian Lara", "PERSON"),
        ("Brian Lara", "PERSON"),
        ("Brian Lara", "PERSON"),
    ]


def test_majority_label_wins_and_a_full_person_name_breaks_ties(nlp: Language) -> None:
    doc = nlp.make_doc("Jordan Jordan Jordan , Tom Cook Cook Cook")
    candidates = [
        Candidate(0, 1, "GPE"),
        Candidate(1, 2, "GPE"),
        Candidate(2, 3, "PERSON"),
        Candidate(4, 6, "PERSON"),
        Candidate(6, 7, "ORG"),
        Candidate(7, 8, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    labels = [label for _, label in resolver.resolve()]
    assert labels == ["GPE", "GPE", "GPE", "PERSON", "PERSON", "PERSON"]


def test_acronyms_merge_by_definition_or_by_initials(nlp: Language) -> None:
    doc = nlp.make_doc("World Trade Organization , WTO , Bank of England , BOE , NATO")
    candidates = [
        Candidate(0, 3, "ORG"),
        Candidate(4, 5, "ORG"),
        Candidate(6, 9, "ORG"),
        Candidate(10, 11, "ORG"),
        Candidate(12, 13, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_definitions([(candidates[2], candidates[3])])
    resolver.merge_spelled_acronyms()
    assert [name for name, _ in resolver.resolve()] == [
        "World Trade Organization",
        "World Trade Organization",
        "Bank of England",
        "Bank of England",
        "NATO",
    ]


def test_spellings_meet_and_the_mixed_case_full_form_is_shown(nlp: Language) -> None:
    doc = nlp.make_doc("JAPAN , Japan , the U.S. , United States")
    candidates = [
        Candidate(0, 1, "GPE"),
        Candidate(2, 3, "GPE"),
        Candidate(5, 6, "GPE"),
        Candidate(7, 9, "GPE"),
    ]
    names = [name for name, _ in NameResolver(doc, candidates).resolve()]
    assert names == ["Japan", "Japan", "United States", "United States"]
