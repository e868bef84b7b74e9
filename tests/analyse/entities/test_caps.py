"""Lines in capitals: finding them, recasing them, and re-tagging them."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.entities.caps import (
    drop_capitalised_words,
    find_shouted_lines,
    recase_line,
    recase_word,
    tag_shouted_lines,
)
from generator.analyse.entities.spans import Candidate

COMMON = frozenset({"get", "lucky", "win", "in", "surprise", "defeat"})


def test_find_shouted_lines_needs_most_words_in_capitals() -> None:
    text = "JAPAN GET LUCKY WIN\nJapan won in AL-AIN today\nLONDON 1996-08-30\nNATO and EU"
    assert [text[s:e] for s, e in find_shouted_lines(text)] == [
        "JAPAN GET LUCKY WIN",
        "LONDON 1996-08-30",
        "NATO and EU",
    ]


def test_recase_word_prefers_the_article_spelling_then_the_dictionary() -> None:
    casings = {"japan": "Japan", "nato": "NATO"}
    assert recase_word("JAPAN", casings, COMMON) == "Japan"
    assert recase_word("NATO", casings, COMMON) == "NATO"
    assert recase_word("LUCKY", casings, COMMON) == "lucky"
    assert recase_word("WINS", casings, COMMON) == "wins"
    assert recase_word("CUTTITTA", casings, COMMON) == "Cuttitta"
    assert recase_word("NY", casings, COMMON) == "NY"
    assert recase_word("Japan", casings, COMMON) == "Japan"


def test_recase_line_keeps_length_and_everything_but_case() -> None:
    line = "SOCCER - JAPAN GET LUCKY WIN , AL-AIN 1996"
    recased = recase_line(line, {"japan": "Japan"}, COMMON)
    assert recased == "Soccer - Japan get lucky win , AL-Ain 1996"  # two capitals may be initials
    assert len(recased) == len(line)


def test_tag_shouted_lines_finds_names_in_a_headline(nlp: Language) -> None:
    doc = nlp("RUSSIA AND CHINA SIGN NEW DEAL\nRussia and China signed a deal on Monday.")
    candidates, shouted = tag_shouted_lines(doc, nlp)
    assert shouted == [(0, 30)]
    assert [(doc[c.start : c.end].text, c.label) for c in candidates] == [
        ("RUSSIA", "GPE"),
        ("CHINA", "GPE"),
    ]


def test_drop_capitalised_words_drops_line_openers_that_are_words(nlp: Language) -> None:
    doc = nlp("Select 5 , Choice 7\nKarlsruhe 3 Freiburg 0")
    candidates = [Candidate(0, 1, "ORG"), Candidate(3, 4, "ORG"), Candidate(6, 7, "ORG")]
    kept = drop_capitalised_words(doc, candidates, nlp)
    assert [doc[c.start : c.end].text for c in kept] == ["Choice", "Karlsruhe"]


def test_a_positional_capital_before_a_nationality_or_title_is_trimmed(nlp: Language) -> None:
    doc = nlp("Legendary Dutch coach met him.\nDescribing Mr Hale , she smiled.")
    candidates = [Candidate(0, 2, "ORG"), Candidate(7, 10, "PERSON")]
    kept = drop_capitalised_words(doc, candidates, nlp)
    assert [doc[c.start : c.end].text for c in kept] == ["Dutch", "Mr Hale"]


def test_names_that_open_on_an_adjective_keep_it(nlp: Language) -> None:
    doc = nlp("Central American leaders met.\nNew York was cold.")
    candidates = [Candidate(0, 2, "NORP"), Candidate(6, 8, "GPE")]
    kept = drop_capitalised_words(doc, candidates, nlp)
    assert [doc[c.start : c.end].text for c in kept] == ["Central American", "New York"]
