"""Datelines and results tables."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.lines import (
    find_dateline_places,
    find_results_lines,
    label_teams,
    line_token_ranges,
)
from generator.analyse.entities.spans import Candidate


def test_line_token_ranges_leave_out_line_breaks(nlp: Language) -> None:
    doc = nlp.make_doc("One line\n\nTwo")
    assert [doc[s:e].text for s, e in line_token_ranges(doc)] == ["One line", "Two"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("LONDON 1996-08-30", "LONDON"),
        ("RIO DE JANEIRO 1996-12-05", "RIO DE JANEIRO"),
        ("AL-AIN , United Arab Emirates 1996-12-06", "AL-AIN"),
        ("KYIV, Ukraine (Reuters) - Shelling went on.", "KYIV"),
        ("WASHINGTON, March 3 - The Senate voted.", "WASHINGTON"),
    ],
)
def test_dateline_places(nlp: Language, line: str, place: str) -> None:
    doc = nlp.make_doc(line)
    assert [(doc[c.start : c.end].text, c.label) for c in find_dateline_places(doc)] == [
        (place, "GPE")
    ]


@pytest.mark.parametrize(
    "line", ["SOCCER - JAPAN GET LUCKY WIN", "NATO", "MINNESOTA 7 6 0 243 245", "THE END, said he"]
)
def test_headlines_and_table_rows_are_not_datelines(nlp: Language, line: str) -> None:
    assert find_dateline_places(nlp.make_doc(line)) == []


def test_find_results_lines(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Plymouth 4 Exeter 1\nLyon 20 6 8 6 24 31 26\nDALLAS AT ARIZONA 3\n"
        "Lyon won 4 games in 1996 .\nTemperatures : Moscow -5.5"
    )
    assert [doc[s:e].text for s, e in find_results_lines(doc)] == [
        "Plymouth 4 Exeter 1",
        "Lyon 20 6 8 6 24 31 26",
        "DALLAS AT ARIZONA 3",
    ]


def test_label_teams_relabels_places_but_not_countries_or_people(nlp: Language) -> None:
    doc = nlp.make_doc("Toronto 6 Japan 2 Smith 1\nToronto is cold .")
    candidates = [
        Candidate(0, 1, "GPE"),
        Candidate(2, 3, "GPE"),
        Candidate(4, 5, "PERSON"),
        Candidate(7, 8, "GPE"),
    ]
    assert [c.label for c in label_teams(doc, candidates, weight=2.0)] == [
        "ORG",
        "GPE",
        "PERSON",
        "GPE",
    ]
