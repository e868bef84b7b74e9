"""Trimming candidate spans and dropping junk, on tokenised text."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.entities.spans import (
    Candidate,
    clean_candidates,
    is_junk,
    split_glued_names,
    trim_span,
)


def span_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def test_trim_span_drops_article_possessive_and_punctuation(nlp: Language) -> None:
    doc = nlp.make_doc('He saw "the Kremlin\'s" walls.')
    start, end = trim_span(doc, 2, 7, "ORG")
    assert span_text(doc, start, end) == "Kremlin"


def test_trim_span_drops_titles_from_people_only(nlp: Language) -> None:
    doc = nlp.make_doc("Prime Minister Rishi Sunak met General Motors.")
    assert span_text(doc, *trim_span(doc, 0, 4, "PERSON")) == "Rishi Sunak"
    assert span_text(doc, *trim_span(doc, 5, 7, "ORG")) == "General Motors"


def test_a_title_alone_is_kept_for_is_junk_to_drop(nlp: Language) -> None:
    doc = nlp.make_doc("President")
    assert trim_span(doc, 0, 1, "PERSON") == (0, 1)
    assert is_junk(doc, 0, 1)


@pytest.mark.parametrize(
    ("text", "junk"),
    [("n\u2019t", True), ("They", True), ("1996", True), ("X", True), ("--", True),
     ("President", True), ("nato", True), ("NATO", False), ("Xi", False), ("JAPAN", False)],
)  # fmt: skip
def test_is_junk(nlp: Language, text: str, junk: bool) -> None:
    doc = nlp.make_doc(text)
    assert is_junk(doc, 0, len(doc)) is junk


def test_clean_candidates_splits_at_line_breaks_dashes_brackets_and_numbers(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("SOCCER - ASIAN CUP\nHartford 4 BOSTON 2 ( Union ( EU )")
    pieces = clean_candidates(doc, [Candidate(0, len(doc), "ORG")])
    assert [span_text(doc, c.start, c.end) for c in pieces] == [
        "SOCCER", "ASIAN CUP", "Hartford", "BOSTON", "Union", "EU",
    ]  # fmt: skip
    assert {c.label for c in pieces} == {"ORG"}


def test_clean_candidates_keeps_joined_punctuation(nlp: Language) -> None:
    doc = nlp.make_doc("Marks & Spencer and AL-AIN")
    cleaned = clean_candidates(doc, [Candidate(0, 3, "ORG"), Candidate(4, 7, "GPE")])
    assert [span_text(doc, c.start, c.end) for c in cleaned] == ["Marks & Spencer", "AL-AIN"]


def test_an_honorific_makes_a_person_whatever_the_model_said(nlp: Language) -> None:
    doc = nlp.make_doc("Mr Balls said so .")
    assert clean_candidates(doc, [Candidate(0, 2, "ORG")]) == [Candidate(1, 2, "PERSON")]


def test_trailing_numbers_stay_only_on_events_products_works_and_laws(nlp: Language) -> None:
    doc = nlp.make_doc("Euro 2004 in Lisbon 2004")
    cleaned = clean_candidates(doc, [Candidate(0, 2, "EVENT"), Candidate(3, 5, "GPE")])
    assert [span_text(doc, c.start, c.end) for c in cleaned] == ["Euro 2004", "Lisbon"]


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_span_of_nothing_but_junk_trims_to_nothing(nlp: Language, label: str) -> None:
    # Found by tests/system/test_properties.py: the model once labelled a lone "§" an entity.
    doc = nlp("§")
    assert trim_span(doc, 0, 1, label) == (1, 1)
    assert is_junk(doc, 1, 1)


def cleaned_texts(doc: Doc, candidates: list[Candidate]) -> list[str]:
    return [span_text(doc, c.start, c.end) for c in clean_candidates(doc, candidates)]


def test_a_fixture_v_is_trimmed(nlp: Language) -> None:
    doc = nlp.make_doc("Sporting Braga v. Benfica")
    assert cleaned_texts(doc, [Candidate(0, 3, "ORG")]) == ["Sporting Braga"]


def test_lower_case_words_at_the_ends_are_trimmed_but_particles_and_compounds_kept(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("the turning point- al-Zarqa said , and Kim Dae-jung party spoke")
    candidates = [Candidate(2, 7, "ORG"), Candidate(9, 14, "PERSON")]
    assert cleaned_texts(doc, candidates) == ["al-Zarqa", "Kim Dae-jung"]


def test_a_person_cut_at_a_particle_is_extended_over_it(nlp: Language) -> None:
    doc = nlp.make_doc("Tomas arap Kiptoo and Ana Maria da Costa left")
    candidates = [Candidate(0, 2, "PERSON"), Candidate(4, 6, "PERSON")]
    assert cleaned_texts(doc, candidates) == ["Tomas arap Kiptoo", "Ana Maria da Costa"]


def test_a_stop_word_or_a_hyphened_particle_is_no_particle(nlp: Language) -> None:
    doc = nlp.make_doc("Jo Hill as Everton won")
    assert cleaned_texts(doc, [Candidate(0, 3, "PERSON")]) == ["Jo Hill"]


@pytest.mark.parametrize(
    "text", ["Spin Spin Spin", "Ada Lind|Ada Lind", "[[Ada"],
)  # fmt: skip
def test_refrains_and_wiki_markup_are_junk(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    assert is_junk(doc, 0, len(doc))


def test_a_trade_before_a_full_name_is_trimmed_but_not_before_a_surname(nlp: Language) -> None:
    doc = nlp.make_doc("Model Ann Lee Moss met Dean Hale and Saint-Clair")
    candidates = [Candidate(0, 4, "PERSON"), Candidate(5, 7, "PERSON"), Candidate(8, 11, "PERSON")]
    assert cleaned_texts(doc, candidates) == ["Ann Lee Moss", "Dean Hale", "Saint-Clair"]


def test_events_lose_lower_case_ends_but_works_keep_them(nlp: Language) -> None:
    doc = nlp.make_doc("this Six Nations clash , Gone with the wind")
    candidates = [Candidate(0, 4, "EVENT"), Candidate(5, 9, "WORK_OF_ART")]
    assert cleaned_texts(doc, candidates) == ["Six Nations", "Gone with the wind"]


def test_an_academic_or_knightly_title_makes_a_person_whatever_the_model_said(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("Prof Quillby and Sir Tom Quarn")
    cleaned = clean_candidates(doc, [Candidate(0, 2, "WORK_OF_ART"), Candidate(3, 6, "ORG")])
    assert cleaned == [Candidate(1, 2, "PERSON"), Candidate(4, 6, "PERSON")]


def test_a_name_run_into_a_persons_surname_is_split(nlp: Language) -> None:
    doc = nlp.make_doc("Marta Vell sang at La Korva . At La Korva Vell was praised .")
    candidates = [Candidate(0, 2, "PERSON"), Candidate(4, 6, "FAC"), Candidate(8, 11, "ORG")]
    assert split_glued_names(doc, candidates) == [
        Candidate(0, 2, "PERSON"),
        Candidate(4, 6, "FAC"),
        Candidate(8, 10, "FAC"),
        Candidate(10, 11, "PERSON"),
    ]


def test_a_name_ending_in_a_word_that_is_no_surname_stays_whole(nlp: Language) -> None:
    doc = nlp.make_doc("Marta Vell sang at La Korva . The La Korva Choir sang .")
    candidates = [Candidate(0, 2, "PERSON"), Candidate(4, 6, "FAC"), Candidate(8, 11, "ORG")]
    assert split_glued_names(doc, candidates) == candidates
