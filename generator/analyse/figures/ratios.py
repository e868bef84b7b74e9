"""Ratios of two counts: "a 1 in 37 chance", "one in five adults", "two out of 10 voters".

A ratio says how large a share of a group is, or how likely a thing is. Read as two numbers it
gives two rows a reader cannot use ("1", and "37 chance" counting chances); read as one it is the
share in percent, with the ratio itself as the figure's text. "Out of" with no group named after
it, when the ratio is not what the clause is about ("rated 2 out of 10"), is a mark on a scale:
the mark, with the scale as its unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.figures.currencies import currency_for_word
from generator.analyse.figures.numbers import parse_numeral
from generator.analyse.figures.reading import NumberReading
from generator.analyse.figures.scan import Amount, read_number
from generator.analyse.figures.units import match_unit

# Longest first: "out of every" before "out of".
CONNECTORS = (("out", "of", "every"), ("in", "every"), ("out", "of"), ("in",))
SCALE_CONNECTOR = ("out", "of")
HYPHEN = "-"
GLUED_IN = "in-"  # "1-in-37" reaches us as "1", "-", "in-37"
# A group named after the denominator makes "out of" a share: "out of 10 voters".
GROUP_POS = frozenset({"NOUN", "PROPN", "ADJ"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERCENT = 100.0
FIRST_YEAR, LAST_YEAR = 1800, 2100
MAX_UNIT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Ratio:
    """A ratio read after its numerator: its value, unit and the index after it.

    A share is in percent ("1 in 5" → 20); a mark on a scale keeps the mark as its value and
    names the scale as its unit ("2 out of 10" → 2, "out of 10").
    """

    value: float
    unit: str
    end: int
    share: bool


def _is_plain_count(reading: NumberReading | None) -> bool:
    """True for a whole number with nothing written against it: no currency, unit, range."""
    return (
        reading is not None
        and reading.currency is None
        and not reading.suffix
        and reading.low is None
        and not reading.fraction
        and reading.value == int(reading.value)
        and reading.value > 0
    )


def _looks_like_year(reading: NumberReading) -> bool:
    """ "won one in 2010": the number after "in" is a year, not a denominator."""
    digits = reading.digits
    return (
        len(digits) == len("2010") and digits.isdigit() and FIRST_YEAR <= int(digits) <= LAST_YEAR
    )


def _connector(doc: Doc, index: int) -> tuple[tuple[str, ...], int] | None:
    """The connector words at `index` ("in", "out of every"), with hyphens around them skipped,
    and the index of the denominator."""
    words: list[str] = []
    positions: list[int] = []
    for position in range(index, min(index + 2 * len(CONNECTORS[0]) + 1, len(doc))):
        if doc[position].text != HYPHEN:
            words.append(doc[position].lower_)
            positions.append(position)
    for connector in CONNECTORS:
        if tuple(words[: len(connector)]) == connector:
            after = positions[len(connector) - 1] + 1
            while after < len(doc) and doc[after].text == HYPHEN:
                after += 1
            return connector, after
    return None


def _denominator(doc: Doc, index: int) -> tuple[float, int] | None:
    """The whole number a ratio is out of at `index` ("five", "37", "a million"), and the index
    after it."""
    if index >= len(doc):
        return None
    reading = read_number(doc, index, money=False)
    if reading is None or not _is_plain_count(reading) or _looks_like_year(reading):
        return None
    return reading.value, reading.end


def _glued_denominator(doc: Doc, index: int) -> tuple[float, int] | None:
    """ "1-in-37": a hyphen at `index`, then "in" glued to the denominator in one token."""
    if index + 1 >= len(doc) or doc[index].text != HYPHEN:
        return None
    token = doc[index + 1]
    if not token.lower_.startswith(GLUED_IN):
        return None
    value = parse_numeral(token.text[len(GLUED_IN) :])
    return (value, index + 2) if value is not None and value == int(value) else None


def _names_measure(doc: Doc, index: int) -> bool:
    """True when a unit or currency follows: "2 in 3 days" is a count in a time, not a ratio."""
    words = [token.text for token in doc[index : index + MAX_UNIT_WORDS]]
    return bool(words) and (
        match_unit(words) is not None or currency_for_word(words[0]) is not None
    )


def _format_count(value: float) -> str:
    return f"{value:,.0f}"


def read_ratio(doc: Doc, numerator: NumberReading) -> Ratio | None:
    """Read the ratio that the plain count `numerator` begins, or None."""
    if not _is_plain_count(numerator) or numerator.multiplier != 1.0:
        return None
    connector: tuple[str, ...] = ("in",)
    denominator = _glued_denominator(doc, numerator.end)
    if denominator is None:
        found = _connector(doc, numerator.end)
        if found is None:
            return None
        connector, index = found
        denominator = _denominator(doc, index)
    if denominator is None or denominator[0] <= numerator.value:
        return None  # "a 2-in-1 laptop" names a kind of thing
    value, end = denominator
    if _names_measure(doc, end):
        return None
    following = doc[end] if end < len(doc) else None
    group = following is not None and following.pos_ in GROUP_POS
    subject = doc[numerator.end - 1].dep_ in SUBJECT_DEPS
    if connector == SCALE_CONNECTOR and not group and not subject:
        return Ratio(numerator.value, f"out of {_format_count(value)}", end, share=False)
    return Ratio(PERCENT * numerator.value / value, "percent", end, share=True)


def ratio_amount(start: int, numerator: NumberReading, ratio: Ratio) -> Amount:
    """The amount a ratio read from `start` states: a share in percent, or a mark on a scale."""
    return Amount(
        first=start,
        end=ratio.end,
        number=ratio.end - 1,
        value=ratio.value,
        unit=ratio.unit,
        kind="percent" if ratio.share else "count",
        spelled=numerator.spelled,
        fraction=True,  # a share of a group, whatever its first word ("one in five")
    )
