"""Resolving read expressions against an article date, without the model."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analyse.timeline.resolve import Tense, resolve_expression
from generator.analyse.timeline.words import read_expression

FRIDAY = dt.date(2023, 3, 17)


def _resolve(text: str, tense: Tense = "present", today: dt.date | None = FRIDAY) -> str | None:
    expression = read_expression(text)
    assert expression is not None, text
    return resolve_expression(expression, today, tense)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("March 20, 2023", "2023-03-20"),
        ("20 March 2023", "2023-03-20"),
        ("2023-03-20", "2023-03-20"),
        ("March 2023", "2023-03"),
        ("February 2022", "2022-02"),
        ("2022", "2022"),
        ("in the 1960s", "1960/1969"),
        ("the late 1960s", "1960/1969"),
        ("between 1997 and 2002", "1997/2002"),
        ("September 1956 to September 1957", "1956-09/1957-09"),
        ("6 to 9 January 2005", "2005-01-06/2005-01-09"),
        ("the 2003-04 season", "2003/2004"),
        ("the first quarter of 2005", "2005"),
        ("31 February 2023", "2023-02"),
        ("03/04/2023", None),
    ],
)
def test_absolute_dates_need_no_article_date(text: str, resolved: str | None) -> None:
    assert _resolve(text, today=None) == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("next week", "2023-03-20/2023-03-26"),
        ("last week", "2023-03-06/2023-03-12"),
        ("this week", "2023-03-13/2023-03-19"),
        ("last year", "2022"),
        ("this month", "2023-03"),
        ("last month", "2023-02"),
        ("next month", "2023-04"),
        ("last quarter", "2022-10/2022-12"),
        ("earlier this year", "2023"),
        ("late last year", "2022"),
        ("yesterday", "2023-03-16"),
        ("today", "2023-03-17"),
        ("tomorrow", "2023-03-18"),
        ("last night", "2023-03-16"),
        ("this morning", "2023-03-17"),
        ("two years ago", "2021"),
        ("six months ago", "2022-09"),
        ("a week ago", "2023-03-10"),
        ("in three weeks' time", "2023-04-07"),
        ("the last decade", "2013/2023"),
        ("the past six years", "2017/2023"),
        ("the last year", "2022/2023"),
        ("the last 12 months", "2022-03/2023-03"),
        ("the next three years", "2023/2026"),
        ("the last couple of weeks", "2023-03-03/2023-03-17"),
        ("this decade", "2020/2029"),
        ("May last year", "2022-05"),
        ("January next year", "2024-01"),
        ("last September", "2022-09"),
        ("last March", "2022-03"),
        ("next March", "2024-03"),
        ("this June", "2023-06"),
        ("the same weekend last year", "2022"),
        ("last weekend", "2023-03-11/2023-03-12"),
        ("this weekend", "2023-03-18/2023-03-19"),
        ("Monday of this week", "2023-03-13"),
        ("last Thursday", "2023-03-16"),
        ("next Friday", "2023-03-24"),
    ],
)
def test_relative_dates_count_from_the_article_date(text: str, resolved: str) -> None:
    assert _resolve(text) == resolved


@pytest.mark.parametrize(
    ("text", "tense", "resolved"),
    [
        ("Monday", "future", "2023-03-20"),
        ("Monday", "present", "2023-03-20"),
        ("Monday", "past", "2023-03-13"),
        ("Friday", "past", "2023-03-17"),  # the article's own day counts looking back
        ("Friday", "future", "2023-03-24"),  # and not looking ahead
        ("Tuesday evening", "future", "2023-03-21"),
        ("October", "past", "2022-10"),
        ("October", "future", "2023-10"),
        ("October", "present", "2022-10"),
        ("May", "present", "2023-05"),
        ("March", "past", "2023-03"),
        ("20 March", "past", "2022-03-20"),
        ("20 March", "future", "2023-03-20"),
        ("Christmas", "future", "2023-12-25"),
        ("December to February", "future", "2023-12/2024-02"),
        ("the weekend", "past", "2023-03-11/2023-03-12"),
        ("the weekend", "future", "2023-03-18/2023-03-19"),
    ],
)
def test_tense_picks_the_side(text: str, tense: Tense, resolved: str) -> None:
    assert _resolve(text, tense) == resolved


@pytest.mark.parametrize(
    "text",
    [
        "recent weeks",
        "the next day",
        "the same year",
        "the fourth quarter",
        "this season",
        "this summer",
        "years ago",
        "a few days ago",
        "the coming months",
        "the day",
    ],
)
def test_vague_and_story_relative_points_stay_unresolved(text: str) -> None:
    assert _resolve(text) is None


@pytest.mark.parametrize("text", ["next week", "Monday", "October", "last year", "yesterday"])
def test_relative_dates_need_an_article_date(text: str) -> None:
    assert _resolve(text, today=None) is None


def test_a_window_beyond_the_calendar_is_unresolved() -> None:
    assert _resolve("the past 5000 years") is None
    assert _resolve("the past 500 years") == "1523/2023"
