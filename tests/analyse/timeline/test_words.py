"""Reading date entities into calendar parts, and telling points from ages and durations."""

from __future__ import annotations

import pytest

from generator.analyse.timeline.words import Anchor, DateExpression, read_expression


def _read(text: str) -> DateExpression:
    expression = read_expression(text)
    assert expression is not None, text
    return expression


@pytest.mark.parametrize(
    ("text", "years", "months", "days"),
    [
        ("March 20, 2023", (2023,), (3,), (20,)),
        ("20 March 2023", (2023,), (3,), (20,)),
        ("16th November, 1989", (1989,), (11,), (16,)),
        ("Dec. 20", (), (12,), (20,)),
        ("2023-03-20", (2023,), (3,), (20,)),
        ("25/12/2021", (2021,), (12,), (25,)),
        ("12/25/2021", (2021,), (12,), (25,)),
        ("the 2003-04 season", (2003, 2004), (), ()),
        ("1998-02", (1998, 2002), (), ()),
        ("'67", (1967,), (), ()),
        ("6 to 9 January", (), (1,), (6, 9)),
        ("Christmas", (), (12,), (25,)),
        ("Christmas Eve", (), (12,), (24,)),
        ("the Christmas period", (), (12,), ()),
        ("Thursday 9", (), (), ()),  # a day of the month needs its month
    ],
)
def test_absolute_parts(
    text: str, years: tuple[int, ...], months: tuple[int, ...], days: tuple[int, ...]
) -> None:
    expression = _read(text)
    assert (expression.years, expression.months, expression.days) == (years, months, days)


def test_an_all_digit_date_in_either_order_is_ambiguous() -> None:
    assert _read("03/04/2023").ambiguous
    assert not _read("03/03/2023").ambiguous


@pytest.mark.parametrize(
    ("text", "eras"),
    [
        ("the late 1960s", ((1960, 1969),)),
        ("the '80s", ((1980, 1989),)),
        ("the 80s", ((1980, 1989),)),
        ("the seventies", ((1970, 1979),)),
        ("the 1800s", ((1800, 1899),)),
        ("the 2000s", ((2000, 2009),)),
        ("the 21st century", ((2000, 2099),)),
        ("the twenty-first century", ((2000, 2099),)),
    ],
)
def test_decades_and_centuries(text: str, eras: tuple[tuple[int, int], ...]) -> None:
    assert _read(text).eras == eras


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("last month", Anchor("month", "last")),
        ("the last decade", Anchor("decade", "last", definite=True)),
        ("the past six years", Anchor("year", "past", 6, definite=True, plural=True)),
        ("two years ago", Anchor("year", "ago", 2, plural=True)),
        ("a few days ago", Anchor("day", "ago", 1, vague=True, plural=True)),
        ("in three weeks' time", Anchor("week", "ahead", 3, plural=True)),
        ("earlier this week", Anchor("week", "this")),
        ("the last couple of weeks", Anchor("week", "last", 2, definite=True, plural=True)),
        ("the next day", Anchor("day", "next", definite=True)),
        ("its fourth week", Anchor("week", "story")),
        ("recent months", Anchor("month", "vague", plural=True)),
        ("last night", Anchor("night", "last")),
    ],
)
def test_anchors(text: str, anchor: Anchor) -> None:
    assert _read(text).anchors == (anchor,)


def test_relations_attach_to_what_follows_them() -> None:
    assert _read("last September").month_relation == "last"
    assert _read("May last year").month_relation is None
    assert _read("May last year").anchors == (Anchor("year", "last"),)
    assert (_read("next Monday").weekday, _read("next Monday").weekday_relation) == (0, "next")
    # A count does not reach across "of": sixteen is not a number of seasons.
    assert _read("the last 16 of this season").anchors == (Anchor("season", "this"),)


def test_ranges_are_marked_by_their_connectors() -> None:
    assert _read("between 1997 and 2002").is_range
    assert _read("September 1956 to September 1957").is_range
    assert not _read("the year 2075").is_range


@pytest.mark.parametrize(
    "text",
    [
        "six years",
        "years",
        "a week",
        "five-year",
        "three years after",
        "two years later",
        "22-year-old",
        "the age of 84",
        "his 60s",
        "annual",
        "every day",
        "Fridays",
        "year-on-year",
        "the last 16",
        "nine awards",
        "18",
    ],
)
def test_ages_frequencies_durations_and_noise_are_not_points(text: str) -> None:
    assert read_expression(text) is None


@pytest.mark.parametrize("text", ["the day", "recent weeks", "this season", "the summer"])
def test_vague_points_are_still_read(text: str) -> None:
    assert read_expression(text) is not None


@pytest.mark.parametrize(
    ("text", "names_day"),
    [
        ("last night", True),
        ("this morning", True),
        ("Tuesday evening", True),
        ("tonight", True),
        ("the morning", False),
        ("next month", False),
    ],
)
def test_names_day(text: str, names_day: bool) -> None:
    assert _read(text).names_day is names_day
