"""The year a figure refers to, apart from the baselines and report dates around it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures
from generator.analyse.timeline.dates import find_dates

ARTICLE_DATE = dt.date(2005, 3, 1)


def dates(
    nlp: Language, text: str, article_date: dt.date | None = None
) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    figures = find_figures(doc, find_dates(doc, article_date))
    return [(figure.text, figure.date) for figure in figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telekom's 2004 net profit was 4.6bn euros.", [("4.6bn euros", "2004")]),
        ("2004's profit was $3bn.", [("$3bn", "2004")]),
        ("Fairmont earned $48m in the third quarter of 2004.", [("$48m", "2004")]),
        ("Profit for the year to March 2005 was $3bn.", [("$3bn", "2005")]),
    ],
)
def test_the_year_of_the_figure_own_period(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares have risen 40% since 2001.", [("40%", None)]),
        ("Revenue was $9bn, higher than in 2003.", [("$9bn", None)]),
        ("2004's profit was $3bn, up from 2003.", [("$3bn", "2004")]),
        (
            "Telekom's 2004 net profit was 4.6bn euros, up from 3.2bn euros in 2003.",
            [("4.6bn euros", "2004"), ("3.2bn euros", "2003")],
        ),
        (
            "Its revenue grew to $7bn in 2004 compared with $5bn in 2003.",
            [("$7bn", "2004"), ("$5bn", "2003")],
        ),
    ],
)
def test_a_baseline_year_dates_only_the_baseline(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected


def test_a_year_written_on_a_sum_beats_the_clause_year(nlp: Language) -> None:
    text = "Profit was $5bn in 2004 and $3bn in 2003."
    assert dates(nlp, text) == [("$5bn", "2004"), ("$3bn", "2003")]


def test_last_and_this_year_count_from_the_article_date(nlp: Language) -> None:
    text = "Last year the bank lent $5bn, and this year it expects to lend $6bn."
    assert dates(nlp, text, ARTICLE_DATE) == [("$5bn", "2004"), ("$6bn", "2005")]


def test_relative_years_stay_undated_without_an_article_date(nlp: Language) -> None:
    text = "Last year the bank lent $5bn, and this year it expects to lend $6bn."
    assert dates(nlp, text) == [("$5bn", None), ("$6bn", None)]


def test_a_year_counted_back_is_a_comparison_not_a_date(nlp: Language) -> None:
    assert dates(nlp, "A year ago, debt was 11bn euros higher.", ARTICLE_DATE) == [
        ("11bn euros", None)
    ]


def test_the_date_of_a_report_does_not_date_what_it_reports(nlp: Language) -> None:
    text = "In 2005 the company said that its profit was $3bn."
    assert dates(nlp, text) == [("$3bn", None)]


def test_a_span_of_years_dates_its_figures_with_the_span(nlp: Language) -> None:
    text = "Some 1,500 posts disappeared between 1989 and 2003."
    assert dates(nlp, text, ARTICLE_DATE) == [("Some 1,500 posts", "1989/2003")]


def test_a_clause_with_a_date_of_its_own_never_borrows_another_year(nlp: Language) -> None:
    text = "Growth would reach 4% in 2004, but fall to 3% next year."
    assert dates(nlp, text) == [("4%", "2004"), ("3%", None)]
    assert dates(nlp, text, ARTICLE_DATE) == [("4%", "2004"), ("3%", "2006")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a rise or fall, "on" and "over" give the baseline; "last year" dates the figure.
        (
            "Ford sold 61,000 vans last year, up 4% on 2003.",
            [("61,000 vans", "2004"), ("4%", "2004")],
        ),
        ("Sales rose 7% over 2003 to 8,000 units.", [("7%", None), ("8,000 units", None)]),
    ],
)  # fmt: skip
def test_a_baseline_after_on_or_over_does_not_date_the_change(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text, ARTICLE_DATE) == expected


def test_a_baseline_after_on_does_not_date_an_undated_article_figures(nlp: Language) -> None:
    assert dates(nlp, "Ford sold 61,000 vans last year, up 4% on 2003.") == [
        ("61,000 vans", None),
        ("4%", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year naming a thing named on the side dates nothing.
        ("The sequel to 2004's Shrek 2 earned $90m.", [("$90m", None)]),
        ("Fans of the 2006 World Cup spent $90m.", [("$90m", None)]),
        # Also where the parser takes the title for the subject of the clause after it.
        (
            "Sony's Big Fish, the sequel to 2000's Meet the Parents is showing in 900 theatres.",
            [("900 theatres", None)],
        ),
        # The named thing as the clause's subject: the year is when it stands.
        ("The 2006 World Cup drew 30,000 fans.", [("30,000 fans", "2006")]),
        ("2004's Shrek 2 earned $90m.", [("$90m", "2004")]),
        # A year before a common noun is the figure's period.
        ("2004's profit was $3bn.", [("$3bn", "2004")]),
    ],
)
def test_a_year_that_names_a_thing_dates_only_its_subject_clause(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates(nlp, text) == expected
