"""Calendar arithmetic: ISO forms, calendar periods, rolling windows and nearest days."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.analyse.timeline.calendar import (
    Direction,
    add_months,
    calendar_period,
    format_day,
    nearest_weekday,
    nearest_year,
    rolling_window,
)

FRIDAY = dt.date(2023, 3, 17)
MONDAY, TUESDAY, FRIDAY_INDEX = 0, 1, 4


@pytest.mark.parametrize(
    ("parts", "iso"),
    [
        ((2023,), "2023"),
        ((2023, 3), "2023-03"),
        ((2023, 3, 20), "2023-03-20"),
        ((2023, 2, 30), "2023-02"),  # no such day: the month is what is known
        ((2023, 13), "2023"),
        ((812,), "0812"),
    ],
)
def test_format_day_writes_the_precision_given(parts: tuple[int, ...], iso: str) -> None:
    assert format_day(*parts) == iso


def test_add_months_keeps_the_day_where_the_month_has_it() -> None:
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2023, 3, 17), -3) == dt.date(2022, 12, 17)
    assert add_months(dt.date(2023, 11, 5), 14) == dt.date(2025, 1, 5)


@pytest.mark.parametrize(
    ("unit", "offset", "period"),
    [
        ("day", -1, "2023-03-16"),
        ("week", 1, "2023-03-20/2023-03-26"),
        ("week", 0, "2023-03-13/2023-03-19"),
        ("weekend", -1, "2023-03-11/2023-03-12"),
        ("weekend", 0, "2023-03-18/2023-03-19"),
        ("month", -1, "2023-02"),
        ("month", -3, "2022-12"),
        ("quarter", -1, "2022-10/2022-12"),
        ("quarter", 0, "2023-01/2023-03"),
        ("year", 1, "2024"),
        ("decade", 0, "2020/2029"),
        ("season", 0, None),
    ],
)
def test_calendar_period_moves_whole_units(unit: str, offset: int, period: str | None) -> None:
    assert calendar_period(FRIDAY, unit, offset) == period


@pytest.mark.parametrize(
    ("unit", "count", "window"),
    [
        ("year", -6, "2017/2023"),
        ("decade", -1, "2013/2023"),
        ("month", -12, "2022-03/2023-03"),
        ("day", -10, "2023-03-07/2023-03-17"),
        ("week", -2, "2023-03-03/2023-03-17"),
        ("year", 3, "2023/2026"),
    ],
)
def test_rolling_window_ends_on_the_day(unit: str, count: int, window: str) -> None:
    assert rolling_window(FRIDAY, unit, count) == window


@pytest.mark.parametrize(
    ("weekday", "direction", "day"),
    [
        (MONDAY, "after", 20),
        (MONDAY, "on_or_before", 13),
        (FRIDAY_INDEX, "on_or_before", 17),
        (FRIDAY_INDEX, "before", 10),
        (FRIDAY_INDEX, "after", 24),
        (FRIDAY_INDEX, "on_or_after", 17),
        (MONDAY, "nearest", 20),
    ],
)
def test_nearest_weekday(weekday: int, direction: Direction, day: int) -> None:
    assert nearest_weekday(FRIDAY, weekday, direction) == dt.date(2023, 3, day)


@pytest.mark.parametrize(
    ("month", "day", "direction", "year"),
    [
        (10, None, "on_or_before", 2022),
        (10, None, "on_or_after", 2023),
        (10, None, "nearest", 2022),  # five months back beats seven ahead
        (3, None, "before", 2022),
        (3, None, "on_or_before", 2023),
        (3, 17, "after", 2024),
        (3, 17, "on_or_after", 2023),
        (2, 29, "on_or_before", 2020),
        (2, 29, "after", 2024),
    ],
)
def test_nearest_year(month: int, day: int | None, direction: Direction, year: int) -> None:
    assert nearest_year(FRIDAY, month, day, direction, None) == year


def test_a_written_weekday_picks_the_year() -> None:
    # 6 December is a Tuesday in 2022, a Wednesday in 2023 and a Friday in 2024.
    assert nearest_year(FRIDAY, 12, 6, "on_or_after", TUESDAY) == 2022
    assert nearest_year(FRIDAY, 12, 6, "on_or_before", FRIDAY_INDEX) == 2024
    # A Monday fits none of them: the direction decides.
    assert nearest_year(FRIDAY, 12, 6, "on_or_after", MONDAY) == 2023
