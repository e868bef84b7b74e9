"""Datelines: the date (and often the place) a news story opens with.

Read at the very start of the text only, in these classes:

- a date alone on the first line or paragraph: "December 28, 2004", "28 December 2004",
  "Tuesday, December 28, 2004", "2004-12-28", "December 29", "December 2004";
- a date running into the lede after a dash: "December 28, 2004 - The toll …";
- a date, then the place, then a dash: "November 17, Brisbane, Australia - The …";
- a place, then the date, maybe the agency, then a dash: "LONDON, March 3, 2005 (Reuters) -",
  "CAPE CANAVERAL, Florida, Dec. 13, 2004 —"; a place in capitals and a date may also stand
  alone on their line ("LONDON 1996-08-30").

A date anywhere else (a match time, an event date) is not a dateline, and neither is a date that
runs into a sentence without a dash ("December 28, 2004 was …"): that is the lede itself.

A dateline without a year ("November 17, Brisbane -") takes the year of the full dates the text
writes elsewhere when they all name the same one; otherwise the article stays undated rather
than be given a guessed year. A dateline naming only a month ("December 2004") dates nothing.
Either way it is still a dateline, and cleaning takes it out of the text the analysis reads.

The month and weekday names are a dozen words each; python-dateutil (locked only as a
dependency of MkDocs' tools, and without type information) would parse the date but cannot say
where a dateline ends, and fills a missing year in silently.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.model.month_names import MONTHS

_MONTH = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"  # fmt: skip
_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?,?\s+"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|2[01])\d\d(?!\d)"
_ISO = rf"{_YEAR}-[01]\d-[0-3]\d(?!\d)"
# Month day[, year] | day month[ year] | month year | year-month-day, maybe after a weekday.
DATE = (
    rf"(?:{_WEEKDAY})?(?:{_MONTH}\s*{_DAY}(?:,?\s*{_YEAR})?|{_DAY}\s+{_MONTH},?(?:\s*{_YEAR})?"
    rf"|{_MONTH},?\s*{_YEAR}|{_ISO})"
)
FULL_DATE = re.compile(rf"\b(?:{_MONTH}\s*{_DAY},?\s*{_YEAR}|{_DAY}\s+{_MONTH},?\s*{_YEAR}|{_ISO})")
# A capitalised place of up to four words ("Cape Canaveral", "St. Louis"); a dateline names up
# to three, from city to country ("Brisbane, Australia").
_PLACE = r"[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,3}"
_PLACES = rf"{_PLACE}(?:,\s*{_PLACE}){{0,2}}"
_CAPITALS_PLACE = r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}"
_AGENCY = r"\(\s*[A-Z][\w .&/-]{0,30}?\s*\)"
# A dash into the lede; a hyphen needs a space after it so that it is no part of a date.
_DASH = r"\s*\.?\s*(?:--|[\u2013\u2014\u2015]|-(?=\s))\s*"
_LINE_END = r"[ \t]*[.:]?[ \t]*\r?\n\s*"

DATELINES = tuple(
    re.compile(form)
    for form in (
        rf"(?P<date>{DATE})(?:,\s*{_PLACES})?\s*(?:{_AGENCY})?(?:{_DASH}|{_LINE_END})",
        rf"{_PLACES},?\s+(?P<date>{DATE})\s*(?:{_AGENCY})?{_DASH}",
        rf"{_CAPITALS_PLACE},?\s+(?P<date>{DATE})\s*(?:{_AGENCY})?(?:{_DASH}|{_LINE_END})",
    )
)
_NUMBERS = re.compile(r"\d+")
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Dateline:
    """`text[start:end]` is a dateline, with the space before the lede; `date` is None when it
    names no day, or no year that the text confirms."""

    start: int
    end: int
    date: dt.date | None


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens `text` (character references already decoded), if any."""
    start = len(text) - len(text.lstrip())
    for form in DATELINES:
        match = form.match(text, start)
        if match is None:
            continue
        parts = _date_parts(match.group("date"))
        if parts is None:
            return None  # "February 30": no date, so no dateline either
        year, month, day = parts
        if year is None:
            year = _year_written_elsewhere(text, match.end())
        date = _valid_date(year, month, day) if year and day else None
        return Dateline(start, match.end(), date)
    return None


def _date_parts(written: str) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of a date the patterns matched; None when no calendar has it."""
    lowered = written.lower()
    numbers = [int(number) for number in _NUMBERS.findall(lowered)]
    if "-" in lowered and len(numbers) == 3:  # 2004-12-28
        iso_year, iso_month, iso_day = numbers
        valid = _valid_date(iso_year, iso_month, iso_day) is not None
        return (iso_year, iso_month, iso_day) if valid else None
    month = next(MONTHS[word] for word in _WORDS.findall(lowered) if word in MONTHS)
    year = next((number for number in numbers if number > 31), None)
    day = next((number for number in numbers if number <= 31), None)
    if day is not None and _valid_date(year or 2000, month, day) is None:
        return None  # 2000 is a leap year: "February 29" is a day in some year
    return year, month, day


def _year_written_elsewhere(text: str, after: int) -> int | None:
    """The year of the full dates the text writes after its dateline, when they agree."""
    years = {
        next(int(number) for number in _NUMBERS.findall(match.group()) if int(number) > 31)
        for match in FULL_DATE.finditer(text, after)
    }
    return years.pop() if len(years) == 1 else None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
