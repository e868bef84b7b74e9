"""Known names and countries found where the model missed them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.entities.propagate import (
    GAZETTEER,
    index_known_names,
    name_key,
    scan_for_names,
)
from generator.analyse.entities.spans import Candidate


def found_texts(doc: Doc, candidates: list[Candidate]) -> list[tuple[str, str]]:
    return [(doc[c.start : c.end].text, c.label) for c in candidates]


def test_gazetteer_holds_countries_nationalities_and_short_forms() -> None:
    assert GAZETTEER[("united", "arab", "emirates")] == "GPE"
    assert GAZETTEER[("chinese",)] == "NORP"
    assert GAZETTEER[("u.s.",)] == "GPE"
    assert GAZETTEER[("eu",)] == "ORG"


def test_index_known_names_adds_unshared_name_parts(nlp: Language) -> None:
    doc = nlp.make_doc("Mark Waugh , Steve Waugh and Brian Lara in Sydney")
    candidates = [
        Candidate(0, 2, "PERSON"),
        Candidate(3, 5, "PERSON"),
        Candidate(6, 8, "PERSON"),
        Candidate(9, 10, "GPE"),
    ]
    known = index_known_names(doc, candidates)
    assert known[("lara",)] == "PERSON"
    assert known[("brian",)] == "PERSON"
    assert ("waugh",) not in known  # two people share it
    assert known[("sydney",)] == "GPE"


def test_scan_for_names_matches_capitalised_uncovered_whole_names(nlp: Language) -> None:
    doc = nlp.make_doc("Lara scored . JAPAN beat Japan Airlines ; lara is lower .")
    names: dict[tuple[str, ...], str] = {("lara",): "PERSON", ("japan",): "GPE"}
    covered = [False] * len(doc)
    found = scan_for_names(doc, names, covered, weight=0.0)
    assert found_texts(doc, found) == [("Lara", "PERSON"), ("JAPAN", "GPE")]
    assert covered[0] and not covered[1]
    assert {c.weight for c in found} == {0.0}


def test_scan_for_names_prefers_the_longest_and_skips_covered_tokens(nlp: Language) -> None:
    doc = nlp.make_doc("New Zealand and Zealand")
    names = {("new", "zealand"): "GPE", ("zealand",): "GPE"}
    covered = [False, False, False, True]
    assert found_texts(doc, scan_for_names(doc, names, covered, weight=1.0)) == [
        ("New Zealand", "GPE")
    ]


def test_name_key_is_lower_case_token_texts(nlp: Language) -> None:
    doc = nlp.make_doc("The U.S. Senate")
    assert name_key(doc, 1, 3) == ("u.s.", "senate")
