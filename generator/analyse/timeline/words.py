"""Reading a date expression: the words of a DATE entity sorted into calendar parts.

The entity's text is read word by word, without the parse: years, months, days of the month,
weekdays, decades, named days ("yesterday") and anchors, a calendar unit with the relation and
count written around it ("the past six years", "last month", "three weeks ago"). What cannot be a
point in time is told apart here: ages ("22-year-old", "the age of 84"), frequencies ("annual",
"every day", "year-on-year") and bare durations ("six years", "for years", "three years after")
make `read_expression` return None. A reference that is a point but a vague or story-relative one
("recent weeks", "the next day", "the fourth quarter") is read, and resolution gives up on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.analyse.timeline.lexicon import (
    BREAKS,
    CENTURY_PIVOT,
    COMPARISON,
    CONNECTORS,
    DECADE_WORDS,
    FIRST_YEAR,
    HOLIDAY_PERIODS,
    HOLIDAYS,
    ISO_DATE,
    LAST_CENTURY_NAMED_AS_HUNDREDS,
    LAST_DAY_OF_MONTH,
    LAST_MONTH,
    LAST_YEAR,
    NAMED_DAYS,
    NOT_POINT_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    POINTING_WORDS,
    QUANTITY_NOUNS,
    RELATIONS,
    SEASONS,
    SLASHED_DATE,
    SYMBOL_CONNECTORS,
    TENS,
    UNITS,
    VAGUE_COUNTS,
    WEEKDAYS,
    WEEKDAYS_PLURAL,
    WORD,
    Relation,
)
from generator.model.month_names import MONTHS


@dataclass(frozen=True, slots=True)
class Anchor:
    """A calendar unit and what places it: "last" month, "the past six" years, "a week ago"."""

    unit: str
    relation: Relation | None = None
    count: int | None = None
    vague: bool = False
    definite: bool = False
    plural: bool = False


@dataclass(frozen=True, slots=True)
class DateExpression:
    """The calendar parts of one date entity, in the order written; `weekday` 0 is Monday.

    `eras` are decades and centuries as (first year, last year); `named_day` is an offset from
    the article's date ("yesterday" is -1); `is_range` says the text joins two values ("between
    1997 and 2002", "6 to 9 January"); `ambiguous` marks "03/04/2023", day and month unknowable.
    """

    years: tuple[int, ...] = ()
    months: tuple[int, ...] = ()
    days: tuple[int, ...] = ()
    month_relation: Relation | None = None
    weekday: int | None = None
    weekday_relation: Relation | None = None
    named_day: int | None = None
    eras: tuple[tuple[int, int], ...] = ()
    anchors: tuple[Anchor, ...] = ()
    is_range: bool = False
    ambiguous: bool = False

    @property
    def names_day(self) -> bool:
        """Whether it picks out a single day, so a clock time around it is worth dating."""
        day_part = any(
            anchor.unit in PARTS_OF_DAY and anchor.relation in ("last", "this")
            for anchor in self.anchors
        )
        return bool(self.weekday is not None or self.named_day is not None or self.days or day_part)


def _two_digit_year(digits: str) -> int:
    value = int(digits)
    return (2000 if value < CENTURY_PIVOT else 1900) + value


def _era(word: str, definite: bool) -> tuple[int, int] | None:
    """ "1960s" is 1960 to 1969, "1800s" a century, "'60s" a decade, "60s" one only after "the"."""
    digits = word.strip("'s")
    if len(digits) > len("99"):
        first = int(digits)
        if first % 100 == 0 and first <= LAST_CENTURY_NAMED_AS_HUNDREDS:
            return first, first + 99
        return (first, first + 9) if first % 10 == 0 else None
    if word.startswith("'") or definite:
        first = _two_digit_year(digits)
        return (first, first + 9) if first % 10 == 0 else None
    return None  # "in his 60s" is an age


class _Reader:
    """Walks the words once, keeping what is written before a unit until the unit arrives."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.years: list[int] = []
        self.months: list[int] = []
        self.days: list[int] = []
        self.eras: list[tuple[int, int]] = []
        self.anchors: list[Anchor] = []
        self.month_relation: Relation | None = None
        self.weekday: int | None = None
        self.weekday_relation: Relation | None = None
        self.named_day: int | None = None
        self.is_range = False
        self.is_point = True
        self.has_season = False
        self._reset()

    def _reset(self) -> None:
        self.relation: Relation | None = None
        self.count: int | None = None
        self.vague = False
        self.definite = False
        self.ordinal: int | None = None

    def _next_word(self, index: int) -> str:
        following = self.words[index + 1 : index + 3]
        if following[:1] == ["-"]:
            following = following[1:]
        return following[0] if following else ""

    def read(self) -> None:
        for index, word in enumerate(self.words):
            if word in NOT_POINT_WORDS:
                self.is_point = False
            elif word[0].isdigit() or word[0] == "'":
                self._read_number(index, word)
            else:
                self._read_word(index, word)

    def _read_word(self, index: int, word: str) -> None:
        if word in MONTHS:
            self.months.append(MONTHS[word])
            self.month_relation, self.relation = self.relation or self.month_relation, None
        elif word in WEEKDAYS:
            self.weekday, self.weekday_relation, self.relation = WEEKDAYS[word], self.relation, None
        elif word in UNITS:
            self._read_unit(word)
        elif word in RELATIONS:
            self.relation = RELATIONS[word]
        elif word in NUMBER_WORDS:
            self.count = NUMBER_WORDS[word]
        elif word in VAGUE_COUNTS:
            self.vague = True
        elif word in ORDINAL_WORDS:
            tens = self.count if self.count is not None and self.count >= TENS else 0
            self.ordinal = ORDINAL_WORDS[word] + tens
        else:
            self._read_other_word(index, word)

    def _read_other_word(self, index: int, word: str) -> None:
        if word == "the":
            self.definite = True
        elif word in POINTING_WORDS and self.anchors:
            self.anchors[-1] = _with_relation(self.anchors[-1], POINTING_WORDS[word])
        elif word in NAMED_DAYS:
            self.named_day = NAMED_DAYS[word]
        elif word in HOLIDAYS:
            month, day = HOLIDAYS[word]
            self.months.append(month)
            following = self._next_word(index)
            if following not in HOLIDAY_PERIODS:
                self.days.append(day - 1 if following == "eve" else day)
        elif word in DECADE_WORDS and self.definite:
            self.eras.append((DECADE_WORDS[word], DECADE_WORDS[word] + 9))
        elif word in SEASONS:
            self.has_season = True
        elif word in WEEKDAYS_PLURAL:
            self.is_point = False  # "on Fridays"
        elif word in CONNECTORS:
            self.is_range = True
            if word not in SYMBOL_CONNECTORS:
                self._reset()
        elif word in BREAKS and (index == 0 or self.words[index - 1] not in QUANTITY_NOUNS):
            self._reset()

    def _read_unit(self, word: str) -> None:
        unit = UNITS[word]
        if unit == "century" and self.ordinal:
            first = (self.ordinal - 1) * 100
            self.eras.append((first, first + 99))
        else:
            # "the first week", "its fourth week": which one only the story knows.
            relation = "story" if self.ordinal is not None else self.relation
            self.anchors.append(
                Anchor(unit, relation, self.count, self.vague, self.definite, unit != word)
            )
        self._reset()

    def _read_number(self, index: int, word: str) -> None:
        if word.endswith("s") and (era := _era(word, self.definite)) is not None:
            self.eras.append(era)
        elif word.endswith("s"):
            self.is_point = False
        elif word.startswith("'"):
            self.years.append(_two_digit_year(word[1:]))
        elif word[-1].isalpha():
            self._read_ordinal(index, int(word[:-2]))
        else:
            self._read_digits(index, word)

    def _read_ordinal(self, index: int, number: int) -> None:
        if self._next_word(index) in UNITS:
            self.ordinal = number  # "the 21st century", "the 87th minute"
        elif 1 <= number <= LAST_DAY_OF_MONTH:
            self.days.append(number)

    def _follows_year(self, index: int) -> bool:
        """Whether a "-" or "/" joins this number to the year just before it ("2003-04")."""
        if not self.years:
            return False
        year = str(self.years[-1])
        return self.words[max(index - 2, 0) : index] in ([year, "-"], [year, "/"])

    def _read_digits(self, index: int, word: str) -> None:
        number = int(word)
        if len(word) == len("2023") and FIRST_YEAR <= number <= LAST_YEAR:
            self.years.append(number)
        elif len(word) == len("04") and self._follows_year(index):
            # "2003-04", "1956-87": the second year keeps the first one's century.
            century = self.years[-1] // 100 * 100
            self.years.append(century + number + (100 if number < self.years[-1] % 100 else 0))
        elif self._next_word(index) in UNITS:
            self.count = number
        elif 1 <= number <= LAST_DAY_OF_MONTH:
            self.days.append(number)

    def expression(self) -> DateExpression:
        return DateExpression(
            years=tuple(self.years),
            months=tuple(self.months),
            days=tuple(self.days) if self.months else (),
            month_relation=self.month_relation,
            weekday=self.weekday,
            weekday_relation=self.weekday_relation,
            named_day=self.named_day,
            eras=tuple(self.eras),
            anchors=tuple(self.anchors),
            is_range=self.is_range,
        )

    def names_a_point(self) -> bool:
        """Something calendar-like is written, and it is not only a length of time."""
        placed = (
            self.years or self.months or self.eras or self.has_season
            or self.weekday is not None or self.named_day is not None
        )  # fmt: skip
        if placed:
            return self.is_point
        lengths = all(
            anchor.relation is None and (anchor.count is not None or anchor.plural or anchor.vague)
            for anchor in self.anchors
        )
        return self.is_point and bool(self.anchors) and not lengths


def _with_relation(anchor: Anchor, relation: Relation) -> Anchor:
    return Anchor(anchor.unit, relation, anchor.count, anchor.vague, anchor.definite, anchor.plural)


def _read_numeric_date(text: str) -> DateExpression | None:
    """An all-digit date: "2023-03-20", or "20/03/2023" when only one order makes sense."""
    if match := ISO_DATE.search(text):
        year, month, day = (int(group) for group in match.groups())
        return DateExpression(years=(year,), months=(month,), days=(day,))
    if match := SLASHED_DATE.search(text):
        first, second = int(match[1]), int(match[2])
        year = int(match[3]) if len(match[3]) == len("2023") else _two_digit_year(match[3])
        # Only a day can be over 12; the same number twice needs no order.
        if first > LAST_MONTH or first == second:
            return DateExpression(years=(year,), months=(second,), days=(first,))
        if second > LAST_MONTH:
            return DateExpression(years=(year,), months=(first,), days=(second,))
        return DateExpression(years=(year,), ambiguous=True)
    return None


def read_expression(text: str) -> DateExpression | None:
    """Sort the words of a date entity into calendar parts; None when it is not a point in time.

    Ages, frequencies and bare durations are not points; see the module docstring.
    """
    lowered = text.lower().replace("\u2019", "'")
    if COMPARISON.search(lowered):
        return None
    numeric = _read_numeric_date(lowered)
    if numeric is not None:
        return numeric
    reader = _Reader(WORD.findall(lowered))
    reader.read()
    return reader.expression() if reader.names_a_point() else None
