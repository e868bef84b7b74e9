"""The words a date is written in, for `timeline_words` to read.

Every table maps a lowercased word to what it contributes; numbers are weekday 0 = Monday and
month 1 = January. Kept apart from the reader so that the vocabulary can grow without the logic
that combines it changing. The month names live in `generator.model.month_names`, which the
dateline reader at ingest shares.
"""

from __future__ import annotations

import re
from typing import Literal

Relation = Literal["last", "past", "next", "this", "ago", "ahead", "story", "vague"]

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS: dict[str, int] = {
    **{name: number for number, name in enumerate(WEEKDAY_NAMES)},
    **{name[:3]: number for number, name in enumerate(WEEKDAY_NAMES)},
    "tues": 1, "weds": 2, "thur": 3, "thurs": 3,
}  # fmt: skip
WEEKDAYS_PLURAL = frozenset(name + "s" for name in WEEKDAY_NAMES)
# Written after a counted unit, these make it a point: "two years ago", "in three weeks' time".
POINTING_WORDS: dict[str, Relation] = {"ago": "ago", "time": "ahead", "hence": "ahead"}
NAMED_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "halloween": (10, 31), "valentine": (2, 14),
}  # fmt: skip
# "the Christmas period" is the season around the day, so only its month is kept.
HOLIDAY_PERIODS = frozenset({"period", "season", "holiday", "holidays", "break", "rush"})
PARTS_OF_DAY = frozenset({"night", "morning", "afternoon", "evening"})
UNIT_NAMES = (
    "day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century",
    "season", *PARTS_OF_DAY,
)  # fmt: skip
UNITS: dict[str, str] = {
    **{unit: unit for unit in UNIT_NAMES},
    **{unit + "s": unit for unit in UNIT_NAMES},
    "centuries": "century",
}
# Only "the seventies" is a decade; "in his seventies" is an age.
DECADE_WORDS: dict[str, int] = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip
SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
RELATIONS: dict[str, Relation] = {
    "last": "last", "past": "past", "next": "next", "coming": "next", "upcoming": "next",
    "this": "this", "current": "this", "previous": "story", "following": "story",
    "same": "story", "that": "story", "those": "story", "recent": "vague", "these": "vague",
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "couple": 2,
    "dozen": 12,
}  # fmt: skip
VAGUE_COUNTS = frozenset({"few", "several", "many", "some", "numerous"})
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "final": 0, "opening": 0, "closing": 0,
}  # fmt: skip
# Words that make the whole entity an age, a frequency or a length of time.
NOT_POINT_WORDS = frozenset({
    "old", "olds", "age", "aged", "ages", "annual", "annually", "daily", "weekly", "monthly",
    "quarterly", "yearly", "nightly", "hourly", "fortnightly", "biannual", "every", "each", "per",
    "long",
})  # fmt: skip
# Hyphens and slashes join ranges ("2003-04") but also a count to its unit ("five-year"), so only
# the words among these cut a count off from what follows.
SYMBOL_CONNECTORS = frozenset({"-", "\u2013", "\u2014", "/"})
CONNECTORS = SYMBOL_CONNECTORS | {"to", "and", "through", "until", "till", "between"}
# A count or relation does not reach across these: "the last 16 of this season".
BREAKS = frozenset({"of", "in", "on", "at", "from", "since", "for", "by", "or"})
QUANTITY_NOUNS = frozenset({"couple", "dozen", "matter"})  # "the last couple of weeks"

WORD = re.compile(r"'\d\ds?(?![\da-z])|\d+(?:(?:st|nd|rd|th|s)(?![a-z]))?|[a-z]+|[-\u2013\u2014/]")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
COMPARISON = re.compile(r"[a-z]-on-[a-z]")  # "year-on-year", "month-on-month"
FIRST_YEAR, LAST_YEAR = 1000, 2199
# Two-digit years: "'67" is 1967, "'05" is 2005.
CENTURY_PIVOT = 30
# "the 1900s" is the century; "the 2000s" has always meant the decade.
LAST_CENTURY_NAMED_AS_HUNDREDS = 1900
LAST_DAY_OF_MONTH = 31
LAST_MONTH = 12
TENS = 20  # "twenty-first": a count this big before an ordinal is its tens
