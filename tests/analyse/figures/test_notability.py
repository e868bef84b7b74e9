"""Quantities kept in the analysis but not notable: ages, time windows, bare repeats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures


def notable(nlp: Language, text: str) -> list[tuple[str, bool]]:
    return [(figure.text, figure.notable) for figure in find_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ages and bands of ages say who is meant.
        ("Applicants aged 25 to 40 may apply.", [("25 to 40", False)]),
        (
            "It is open to people between the ages of 18 and 30.",
            [("18", False), ("30", False)],
        ),
        ("Women aged 50 and over are invited.", [("50", False)]),
        ("At the age of 12 he left school.", [("12", False)]),
        # A span of time counted from now or from a start frames the news.
        ("The firm has grown over the past 15 or 20 years.", [("15", False), ("20 years", False)]),
        ("In the next 12 months, 30 staff go.", [("12 months", False), ("30 staff", True)]),
        # A bare number that repeats one already written in the sentence.
        ("It hit 300 units; 300 is a record.", [("300 units", True), ("300", False)]),
    ],
)  # fmt: skip
def test_ages_windows_and_repeats_are_not_notable(
    nlp: Language, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert notable(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He served 25 years in jail.", [("25 years", True)]),
        ("The aged-care budget is $5 billion.", [("$5 billion", True)]),
        ("It sold 300 units in May and 300 more in June.", [("300 units", True), ("300", True)]),
        ("It sold 300 units, then a further 300.", [("300 units", True), ("300", True)]),
    ],
)
def test_durations_money_and_counts_stay_notable(
    nlp: Language, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert notable(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group of people bounded by an age is an age, not "< 5" of nothing.
        ("The plan helps children under 5.", [("under 5", "year of age", False)]),
        ("Only people over 18 may vote.", [("over 18", "year of age", False)]),
        ("Free care for those over 70 is planned.", [("over 70", "year of age", False)]),
        ("Pupils under 11 years travel free.", [("under 11 years", "year of age", False)]),
        # Something counted after the number: no age.
        ("Firms with over 50 staff must report.", [("over 50 staff", "staff", True)]),
    ],
)  # fmt: skip
def test_a_group_bounded_by_an_age_is_an_age(
    nlp: Language, text: str, expected: list[tuple[str, str, bool]]
) -> None:
    found = [(figure.text, figure.unit, figure.notable) for figure in find_figures(nlp(text))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers will lift the retirement age to 68.", [("68", True)]),
        ("The voting age is to be cut to 16 next year.", [("16", True)]),
        ("Pupils aged 6 to 9 were tested.", [("6 to 9", False)]),
    ],
)
def test_an_age_a_change_reaches_is_notable(
    nlp: Language, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert notable(nlp, text) == expected


def test_a_small_count_in_the_lead_is_notable_and_later_it_is_not(nlp: Language) -> None:
    text = (
        "Three pilots were grounded on Friday. The airline fired two mechanics. "
        "Its three hangars stayed open."
    )
    assert notable(nlp, text) == [
        ("Three pilots", True),
        ("two mechanics", False),
        ("three hangars", False),
    ]


def test_a_definite_small_count_in_the_lead_is_not_notable(nlp: Language) -> None:
    assert notable(nlp, "The two unions met on Friday.") == [("two unions", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The manager says he is 100% sure of it.", [("100%", False)]),
        ("Fans are 100 percent behind the squad.", [("100 percent", False)]),
        ("We are 110% delighted.", [("110%", False)]),
        ("The island's power is 100% renewable.", [("100%", True)]),
        ("Turnover was 100% higher.", [("100%", True)]),
    ],
)
def test_a_whole_percent_of_someones_certainty_is_a_figure_of_speech(
    nlp: Language, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert notable(nlp, text) == expected
