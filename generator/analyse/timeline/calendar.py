"""Calendar arithmetic for the timeline: periods around a day, and their ISO forms.

A resolved date is written at the precision its expression has: a day "2023-03-20", a month
"2023-03", a year "2023", or two of those joined by "/" for a period. Weeks run Monday to Sunday
(ISO 8601), quarters are calendar quarters, and a rolling window ("the past six years") runs
from the day that many units back to the day itself, written at the unit's precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal, TypeVar

Precision = Literal["day", "month", "year"]
# "before"/"after" skip the day itself; "on_or_..." count it; "nearest" looks both ways.
Direction = Literal["before", "on_or_before", "on_or_after", "after", "nearest"]

# How far one unit moves a day, and the precision a date counted in that unit is written at.
STEPS: dict[str, tuple[Precision, int]] = {
    "day": ("day", 1), "week": ("day", 7), "fortnight": ("day", 14), "month": ("month", 1),
    "quarter": ("month", 3), "year": ("year", 1), "decade": ("year", 10),
    "century": ("year", 100),
}  # fmt: skip
SATURDAY = 5
MONTHS_IN_YEAR = 12
LEAP_CYCLE = 4

T = TypeVar("T")


def format_day(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO form at the precision given; a day the month does not have is dropped."""
    if month is None or not 1 <= month <= MONTHS_IN_YEAR:
        return f"{year:04d}"
    if day is not None and 1 <= day <= calendar.monthrange(year, month)[1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def format_at(day: dt.date, precision: Precision) -> str:
    if precision == "day":
        return day.isoformat()
    return format_day(day.year, day.month) if precision == "month" else format_day(day.year)


def join_period(start: str, end: str) -> str:
    """A period's ISO form; a period that starts and ends in the same place is a single value."""
    return start if start == end else f"{start}/{end}"


def add_months(day: dt.date, months: int) -> dt.date:
    """Move by whole months, keeping the day of the month where the target month has it."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, unit: str, count: int) -> dt.date:
    """`day` moved by `count` of `unit` (negative goes back)."""
    precision, size = STEPS[unit]
    if precision == "day":
        return day + dt.timedelta(days=size * count)
    return add_months(day, count * size * (MONTHS_IN_YEAR if precision == "year" else 1))


def rolling_window(day: dt.date, unit: str, count: int) -> str:
    """The `count` units up to `day` (negative) or from it (positive), at the unit's precision."""
    precision = STEPS[unit][0]
    other = shift(day, unit, count)
    first, last = (other, day) if count < 0 else (day, other)
    return join_period(format_at(first, precision), format_at(last, precision))


def calendar_period(day: dt.date, unit: str, offset: int) -> str | None:
    """The calendar `unit` holding `day`, moved by `offset` units: last week is offset -1."""
    if unit == "day":
        return (day + dt.timedelta(days=offset)).isoformat()
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday() - 7 * offset)
        return join_period(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    if unit == "weekend":
        saturday = day + dt.timedelta(days=SATURDAY - day.weekday() + 7 * offset)
        return join_period(saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat())
    if unit in ("month", "quarter"):
        size = STEPS[unit][1]
        first_month = add_months(day.replace(day=1), -((day.month - 1) % size) + offset * size)
        last_month = add_months(first_month, size - 1)
        return join_period(format_at(first_month, "month"), format_at(last_month, "month"))
    if unit in ("year", "decade", "century"):
        size = STEPS[unit][1]
        first = day.year - day.year % size + offset * size
        return join_period(format_day(first), format_day(first + size - 1))
    return None


def _distance(candidate: int, target: int, direction: Direction) -> int | None:
    """How far `candidate` is from `target` when it lies on the wanted side, else None."""
    gap = candidate - target
    allowed = {
        "before": gap < 0,
        "on_or_before": gap <= 0,
        "on_or_after": gap >= 0,
        "after": gap > 0,
        "nearest": True,
    }[direction]
    return abs(gap) if allowed else None


def nearest_weekday(day: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The `weekday` (0 Monday) closest to `day` on the side `direction` asks for."""
    candidates = [day + dt.timedelta(days=offset) for offset in range(-7, 8)]
    options = [(date.toordinal(), date) for date in candidates if date.weekday() == weekday]
    return _closest(options, day.toordinal(), direction) or day


def _weekday_year(day: dt.date, month: int, day_of_month: int, weekday: int) -> int | None:
    """The year around `day` in which the date falls on `weekday`: "Monday 6 December"."""
    options: list[tuple[int, int]] = []
    for year in (day.year - 1, day.year, day.year + 1):
        if day_of_month <= calendar.monthrange(year, month)[1]:
            date = dt.date(year, month, day_of_month)
            if date.weekday() == weekday:
                options.append((date.toordinal(), year))
    return _closest(options, day.toordinal(), "nearest")


def nearest_year(
    day: dt.date, month: int, day_of_month: int | None, direction: Direction, weekday: int | None
) -> int:
    """The year whose `month` (and day) lies closest to `day` in `direction`.

    A weekday written with the date picks the year it falls in, when one of the three years
    around `day` fits; otherwise the direction decides.
    """
    if weekday is not None and day_of_month is not None:
        year = _weekday_year(day, month, day_of_month, weekday)
        if year is not None:
            return year
    options: list[tuple[int, int]] = []
    # Four years each way, so that a 29 February has a year on either side.
    for year in range(day.year - LEAP_CYCLE, day.year + LEAP_CYCLE + 1):
        if day_of_month is None:
            options.append((year * MONTHS_IN_YEAR + month, year))
        elif day_of_month <= calendar.monthrange(year, month)[1]:
            options.append((dt.date(year, month, day_of_month).toordinal(), year))
    target = day.toordinal() if day_of_month is not None else day.year * MONTHS_IN_YEAR + day.month
    return _closest(options, target, direction) or day.year


def _closest(options: list[tuple[int, T]], target: int, direction: Direction) -> T | None:
    """The value whose position is nearest `target` on the allowed side; ties go to the earlier
    one, since news looks back more often than ahead."""
    scored = [
        (distance, position, value)
        for position, value in options
        if (distance := _distance(position, target, direction)) is not None
    ]
    return min(scored, key=lambda item: (item[0], item[1]))[2] if scored else None
