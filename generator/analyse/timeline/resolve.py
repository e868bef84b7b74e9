"""Resolving a read date expression against the article's own date.

Absolute dates need no article date: a year, a month of a year, a day, a decade, or a range of
those. Everything else is counted from the article's date. A weekday or a month named without a
year is the nearest one on the side the clause's tense points to: the past tense looks back and
counts the article's own day ("said Friday" in a Friday article is that day); a future clause
looks ahead and skips it. A present-tense weekday looks ahead too (news announces "talks start
Monday"), while a present-tense month takes the nearest one ("October's figures show...").
"last/this/next" with a calendar unit moves whole calendar units ("last month"); "the past six
years" and "the last decade" are rolling windows that end on the article's date; "two years ago"
is a point. A story-relative or vague reference ("the next day", "recent weeks") is None.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from generator.analyse.timeline.calendar import (
    SATURDAY,
    STEPS,
    Direction,
    calendar_period,
    format_at,
    format_day,
    join_period,
    nearest_weekday,
    nearest_year,
    rolling_window,
    shift,
)
from generator.analyse.timeline.lexicon import PARTS_OF_DAY, Relation
from generator.analyse.timeline.words import Anchor, DateExpression

Tense = Literal["past", "present", "future"]

CALENDAR_OFFSETS: dict[Relation, int] = {"last": -1, "this": 0, "next": 1}
# Spoken of as stretches rather than calendar units: "the last decade" is the past ten years.
ROLLING_UNITS = frozenset({"fortnight", "decade", "century"})
WEEKDAY_DIRECTIONS: dict[Tense, Direction] = {
    "past": "on_or_before", "present": "after", "future": "after",
}  # fmt: skip
MONTH_DIRECTIONS: dict[Tense, Direction] = {
    "past": "on_or_before", "present": "nearest", "future": "on_or_after",
}  # fmt: skip
RELATION_DIRECTIONS: dict[Relation, Direction] = {"last": "before", "next": "after"}
POINT_SIGNS: dict[Relation, int] = {"ago": -1, "ahead": 1}


def _ends(values: tuple[int, ...], is_range: bool) -> tuple[int, int]:
    """Where written values start and end: a range runs first to last, a list is its first."""
    return values[0], values[-1] if is_range else values[0]


def _optional_ends(values: tuple[int, ...], is_range: bool) -> tuple[int | None, int | None]:
    return _ends(values, is_range) if values else (None, None)


def _absolute(expression: DateExpression) -> str:
    """Years as written, with their months and days: "6 to 9 January 2005" is a period.

    Only called when the expression has a year or an era.
    """
    if expression.eras:
        return join_period(format_day(expression.eras[0][0]), format_day(expression.eras[-1][1]))
    first_year, last_year = _ends(expression.years, expression.is_range)
    first_month, last_month = _optional_ends(expression.months, expression.is_range)
    first_day, last_day = _optional_ends(expression.days, expression.is_range)
    return join_period(
        format_day(first_year, first_month, first_day), format_day(last_year, last_month, last_day)
    )


def _year_anchor(anchors: tuple[Anchor, ...], today: dt.date) -> int | None:
    """The year a relative year phrase names: "May last year", "June this year"."""
    for anchor in anchors:
        if anchor.unit == "year" and anchor.relation in CALENDAR_OFFSETS and not anchor.definite:
            return today.year + CALENDAR_OFFSETS[anchor.relation]
    return None


def _month_direction(expression: DateExpression, tense: Tense) -> Direction:
    relation = expression.month_relation
    if relation in RELATION_DIRECTIONS:
        return RELATION_DIRECTIONS[relation]
    return MONTH_DIRECTIONS[tense]


def _dated_month(expression: DateExpression, today: dt.date, tense: Tense) -> str:
    """A month, or a day of a month, without a year (only called with a month): the year comes
    from a relative year phrase, a written weekday, or the article's date and the tense."""
    first_month, last_month = _ends(expression.months, expression.is_range)
    first_day, last_day = _optional_ends(expression.days, expression.is_range)
    year = _year_anchor(expression.anchors, today)
    if year is None and expression.month_relation == "this":
        year = today.year
    if year is None:
        direction = _month_direction(expression, tense)
        year = nearest_year(today, first_month, first_day, direction, expression.weekday)
    # "December to February" crosses into the next year.
    later = (last_month, last_day or 0) < (first_month, first_day or 0)
    return join_period(
        format_day(year, first_month, first_day),
        format_day(year + later, last_month, last_day),
    )


def _weekday(expression: DateExpression, weekday: int, today: dt.date, tense: Tense) -> str:
    """A weekday in the week a phrase names ("Monday of this week"), else the nearest one."""
    for anchor in expression.anchors:
        if anchor.unit == "week" and anchor.relation in CALENDAR_OFFSETS:
            monday = today - dt.timedelta(days=today.weekday())
            offset = 7 * CALENDAR_OFFSETS[anchor.relation] + weekday
            return (monday + dt.timedelta(days=offset)).isoformat()
    relation = expression.weekday_relation
    if relation in RELATION_DIRECTIONS:
        direction = RELATION_DIRECTIONS[relation]
    elif relation == "this":
        # "this Friday" written on a Friday is that very day, whichever way the clause looks.
        direction = "on_or_before" if tense == "past" else "on_or_after"
    else:
        direction = WEEKDAY_DIRECTIONS[tense]
    return nearest_weekday(today, weekday, direction).isoformat()


def _part_of_day(anchor: Anchor, today: dt.date) -> str | None:
    """ "last night" is yesterday's; "this morning" today's."""
    if anchor.unit == "night" and anchor.relation == "last":
        return (today - dt.timedelta(days=1)).isoformat()
    if anchor.relation == "this":
        return today.isoformat()
    return None


def _weekend(anchor: Anchor, today: dt.date, tense: Tense) -> str | None:
    """ "last/this/next weekend" by calendar week; "the weekend" the nearest one on the tense's
    side."""
    if anchor.relation in CALENDAR_OFFSETS:
        return calendar_period(today, "weekend", CALENDAR_OFFSETS[anchor.relation])
    if anchor.relation is not None:
        return None
    direction: Direction = "on_or_before" if tense == "past" else "on_or_after"
    return calendar_period(nearest_weekday(today, SATURDAY, direction), "weekend", 0)


def _window_count(anchor: Anchor) -> int | None:
    """Signed number of units a rolling window spans, or None when the anchor is no window.

    "the past six years" and "the last year" (with "the") look back; "last year" alone is the
    calendar year. "the next three years" looks ahead; "the next day" belongs to the story.
    """
    if anchor.plural and anchor.count is None:
        return None  # "the past years": how many is not said
    count = anchor.count if anchor.count is not None else 1
    back = anchor.relation == "past" or (
        anchor.relation == "last"
        and (anchor.count is not None or anchor.definite or anchor.unit in ROLLING_UNITS)
    )
    if back:
        return -count
    ahead = anchor.relation == "next" and (
        anchor.count is not None or (anchor.unit in ROLLING_UNITS and not anchor.definite)
    )
    return count if ahead else None


def _counted(anchor: Anchor, today: dt.date) -> str | None:
    """A unit that counts: a point some units away, a rolling window, or a calendar period."""
    if anchor.relation in POINT_SIGNS:
        if anchor.count is None:
            return None  # "years ago"
        moved = shift(today, anchor.unit, POINT_SIGNS[anchor.relation] * anchor.count)
        return format_at(moved, STEPS[anchor.unit][0])
    window = _window_count(anchor)
    if window is not None:
        return rolling_window(today, anchor.unit, window)
    if anchor.relation in CALENDAR_OFFSETS and not (anchor.relation == "next" and anchor.definite):
        return calendar_period(today, anchor.unit, CALENDAR_OFFSETS[anchor.relation])
    return None


def _resolve_anchor(anchor: Anchor, today: dt.date, tense: Tense) -> str | None:
    """A unit placed by its relation; None for a vague or story-relative one."""
    if anchor.vague:
        return None
    if anchor.unit in PARTS_OF_DAY:
        return _part_of_day(anchor, today)
    if anchor.unit == "weekend":
        return _weekend(anchor, today, tense)
    return _counted(anchor, today) if anchor.unit in STEPS else None


def _relative(expression: DateExpression, today: dt.date, tense: Tense) -> str | None:
    if expression.named_day is not None:
        return (today + dt.timedelta(days=expression.named_day)).isoformat()
    if expression.months:
        return _dated_month(expression, today, tense)
    if expression.weekday is not None:
        return _weekday(expression, expression.weekday, today, tense)
    # The last unit that can be placed wins: "the same weekend last year" is last year.
    for anchor in reversed(expression.anchors):
        if (resolved := _resolve_anchor(anchor, today, tense)) is not None:
            return resolved
    return None


def resolve_expression(
    expression: DateExpression, article_date: dt.date | None, tense: Tense
) -> str | None:
    """The ISO date, month, year or period `expression` names, or None when it cannot be placed.

    `tense` is the tense of the clause the expression sits in; it only matters for weekdays,
    weekends and months written without a year.
    """
    if expression.ambiguous:
        return None
    if expression.years or expression.eras:
        return _absolute(expression)
    if article_date is None:
        return None
    try:
        return _relative(expression, article_date, tense)
    except (OverflowError, ValueError):
        return None  # "the past 5000 years" reaches beyond what `datetime` can hold
