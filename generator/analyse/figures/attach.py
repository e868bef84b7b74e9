"""Turning numbers into amounts: the currency or unit written around each number.

`scan_amounts` walks the tokens once. At each number it reads a currency written before it
("$", "US $", "HK$"), the number itself (`figures_scan`), then whatever names its unit after it
("yuan", "Australian dollars", "15 €", "per cent", "km/h", "-year-old", "times", "in" for inches
where no noun phrase follows), past an uncertainty ("5 ± 0.2 mm"), and the denominators of a rate
("per barrel", "a month", "J/m2 per year").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.figures.currencies import (
    ISO_CODE_LENGTH,
    NATIONAL_CURRENCIES,
    PREFIX_CURRENCIES,
    SUBUNITS,
    YEN_SIGNS,
    currency_for_word,
)
from generator.analyse.figures.notability import is_age_group
from generator.analyse.figures.numbers import FOLD, looks_like_clock, split_attached
from generator.analyse.figures.rates import ARTICLES, read_rate, read_rate_past_phrase
from generator.analyse.figures.ratios import ratio_amount, read_ratio
from generator.analyse.figures.reading import NumberReading
from generator.analyse.figures.scan import (
    Amount,
    is_rejected_suffix,
    may_start_amount,
    read_currency_prefix,
    read_number,
    read_sign_word,
    suffix_unit,
)
from generator.analyse.figures.units import TIME_UNITS, match_unit
from generator.model.analysis import FigureKind

AGE_PATTERNS = (("-", "year", "-", "old"), ("year", "-", "old"), ("years", "old"))
AGE_UNIT = "year of age"
TIMES_WORDS = frozenset({"times", "time"})
MAX_COUNTRY_WORDS = 2  # "Hong Kong dollars"
# Currency signs written after the number, as much of Europe does: "15 €", "-15€".
SUFFIX_CURRENCIES: dict[str, str] = {"€": "EUR", "£": "GBP", "$": "USD", "₹": "INR", "₩": "KRW"}
# "2 in thick", "6 ft 2 in tall": "in" is inches when it governs no noun phrase.
DIMENSION_WORDS = frozenset({"thick", "thin", "tall", "long", "wide", "deep", "across"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
CLOCK_MARKS = frozenset({"am", "pm"})
# "9.83e-3 ± 1e-5 km/s2": the unit after an uncertainty belongs to the number before it.
UNCERTAINTY_MARKS = frozenset({"±", "+/-", "+-"})
MAX_RATES = 2  # "J/m^2 per year"
RANGE_LINKS = frozenset({"-", "\u2013", "to"})


@dataclass(frozen=True, slots=True)
class UnitReading:
    """A unit read after a number, and the token after it."""

    unit: str
    kind: FigureKind
    end: int


def _currency_word_at(doc: Doc, index: int, reading: NumberReading) -> UnitReading | None:
    """Read "yuan", "Australian dollars" or "Hong Kong dollars" starting at `index`."""
    for position in range(index, min(index + MAX_COUNTRY_WORDS + 1, len(doc))):
        country = doc[index:position].text
        code = currency_for_word(doc[position].text, country)
        if code is not None:
            following = doc[position + 1].lower_ if position + 1 < len(doc) else ""
            # Pounds are money when scaled, said to be sterling or a country's; "10 pounds" is
            # a weight.
            weight = doc[position].lower_.startswith("pound") and following != "sterling"
            if weight and reading.multiplier == 1.0 and not country:
                return None
            return UnitReading(code, "money", position + 1)
        # A country's name or people's adjective may come first: "New Zealand", "Kenyan".
        token = doc[position]
        if token.lower_ not in NATIONAL_CURRENCIES and not token.text[:1].isupper():
            return None
    return None


def _money_after(doc: Doc, index: int, reading: NumberReading) -> UnitReading | None:
    """Read a currency code, currency word or subunit after a number: "USD", "euros", "cents"."""
    if index >= len(doc):
        return None
    token = doc[index]
    if token.text.isupper() and len(token.text) == ISO_CODE_LENGTH:
        code = PREFIX_CURRENCIES.get(token.text)
        return UnitReading(code, "money", index + 1) if code else None
    if token.lower_ in SUBUNITS and token.lower_ != "p":
        return UnitReading(SUBUNITS[token.lower_], "money", index + 1)
    following = doc[index + 1].text if index + 1 < len(doc) else ""
    if token.text in SUFFIX_CURRENCIES and not following[:1].isdigit():
        return UnitReading(SUFFIX_CURRENCIES[token.text], "money", index + 1)
    # "tens of thousands of dollars": the currency follows the "of".
    skip = 1 if reading.low is not None and token.lower_ == "of" else 0
    return _currency_word_at(doc, index + skip, reading)


def _is_inch(doc: Doc, index: int) -> bool:
    """True when "in" after a numeral is the inch: at a clause's end or before a dimension
    ("2 in thick"), but not before a noun phrase ("2 in wide receivers", "3 in 10")."""
    if doc[index].lower_ != "in":
        return False
    following = doc[index + 1] if index + 1 < len(doc) else None
    if following is None or following.is_punct:
        return True
    after = doc[index + 2] if index + 2 < len(doc) else None
    return following.lower_ in DIMENSION_WORDS and (after is None or after.pos_ not in NOUN_TAGS)


def _unit_after(doc: Doc, index: int, digits: str) -> UnitReading | None:
    """Read an age, percent sign, physical unit or "times" written after the number `digits`
    (empty for a number in words)."""
    if index >= len(doc):
        return None
    if digits and _is_inch(doc, index):
        return UnitReading("inch", "quantity", index + 1)
    # "287 miles- and", "140 km/h.": a dash or full stop glued to a unit is not part of it.
    words = [token.text.rstrip("-.") or token.text for token in doc[index : index + 4]]
    lowered = tuple(word.lower() for word in words)
    for pattern in AGE_PATTERNS:
        if lowered[: len(pattern)] == pattern:
            return UnitReading(AGE_UNIT, "quantity", index + len(pattern))
    if lowered[:1] and lowered[0] in TIMES_WORDS:
        return UnitReading("time", "count", index + 1)
    skip = 1 if lowered[:1] == ("-",) else 0
    if lowered[skip : skip + 1] == (FOLD,):
        return UnitReading("time", "count", index + skip + 1)  # "three-fold", "10-fold"
    unit = match_unit(words[skip:])
    return UnitReading(unit.name, unit.kind, index + skip + unit.length) if unit else None


def _skip_uncertainty(doc: Doc, index: int) -> int:
    """The index after an uncertainty written after a number ("± 0.2", "+/- 3"), or `index`."""
    for length in (1, 2):  # "+/-" may reach us as "+", "/-"
        mark = "".join(token.text for token in doc[index : index + length])
        if mark in UNCERTAINTY_MARKS and index + length < len(doc):
            attached = split_attached(doc[index + length].text)
            if attached is not None and not attached.prefix and not attached.suffix:
                return index + length + 1
    return index


def _glued_to_word(doc: Doc, index: int) -> bool:
    """True when the token at `index` is letters written against the number before it."""
    return 0 < index < len(doc) and not doc[index - 1].whitespace_ and doc[index].is_alpha


def _read_unit(doc: Doc, reading: NumberReading, currency: str | None) -> UnitReading | None:
    """The unit written around a number read as `reading`, with unit "" when it has none;
    None when the number is no amount at all (a code, a clock time, a date like "9/11")."""
    following = doc[reading.end].lower_ if reading.end < len(doc) else ""
    if following in CLOCK_MARKS and looks_like_clock(reading.digits):
        return None  # "5am", "10.45 pm": a time of day, not attometres or picometres
    if currency:
        return UnitReading(currency, "money", reading.end)
    if reading.suffix:
        glued = suffix_unit(reading.suffix)
        # An unknown suffix makes a code or model name such as "5G" or "9AB8".
        return UnitReading(*glued, reading.end) if glued else None
    after = _skip_uncertainty(doc, reading.end)
    unit = _money_after(doc, after, reading) or _unit_after(doc, after, reading.digits)
    if unit is None and _glued_to_word(doc, reading.end):
        glued = suffix_unit(doc[reading.end].text)
        # "3D", "4WD": a numeral glued to letters it does not measure.
        return UnitReading(*glued, reading.end + 1) if glued else None
    if unit is None and reading.needs_unit and following != "of":
        return None
    return unit or UnitReading("", "count", reading.end)


def read_amount(doc: Doc, start: int, yen: str, carried: str | None = None) -> Amount | None:
    """Read the amount whose first token is `start`, or None when no number starts there.

    `carried` is the currency of a range's lower bound just before ("$10-25m"): the upper
    bound is read as money in it unless it names a unit of its own.
    """
    signed = read_sign_word(doc, start)
    sign = -1.0 if signed is not None else 1.0
    prefix = read_currency_prefix(doc, signed or start, yen)
    currency, number_start = prefix if prefix else (None, signed or start)
    if number_start >= len(doc):
        return None
    reading = read_number(doc, number_start, money=currency is not None or carried is not None)
    if reading is None or is_rejected_suffix(reading.suffix):
        return None
    # A yen sign glued on ("¥500", "Y=500") stands for what the article's "¥" does.
    own = yen if reading.digits.startswith(YEN_SIGNS) else reading.currency
    if currency and own and currency != own:
        return None
    ratio = None if currency or own or signed is not None else read_ratio(doc, reading)
    if ratio is not None:
        return ratio_amount(start, reading, ratio)
    unit = _read_unit(doc, reading, currency or own)
    if unit is None:
        return None
    if carried and not unit.unit:
        unit = UnitReading(carried, "money", unit.end)
    name, kind, end = unit.unit, unit.kind, unit.end
    for rate_number in range(MAX_RATES):
        rate = read_rate(doc, end, first=rate_number == 0) if name else None
        if rate is None:
            break
        name, end = f"{name} per {rate[0]}", rate[1]
    # "$40,000 in fines per day": the rate after what the amount is of; the phrase is left to
    # the concept, so the amount ends where it did.
    distant = read_rate_past_phrase(doc, end) if name and " per " not in name else None
    if distant is not None:
        name = f"{name} per {distant}"
    # A fraction is a share, of a group ("two-thirds of voters") or, after "by", of what
    # changed ("fell by a fifth"): one convention for both, as NewsQuant writes "a third" 0.333.
    duration = _fraction_of_time(doc, end) if reading.fraction and not name else None
    if duration is not None:
        name, kind, end = duration[0], "quantity", duration[1]
    if reading.fraction and not name:
        name, kind = "fraction", "percent"
    low, high = reading.low, reading.high
    if low is not None and high is not None:
        low, high = sorted((sign * low, sign * high))
    return Amount(
        first=start,
        end=end,
        number=reading.end - 1,
        value=sign * reading.value if low is None else low,
        low=low,
        high=high,
        unit=name,
        kind=kind,
        approximate=reading.approximate,
        spelled=reading.spelled,
        multiplier=reading.multiplier,
        fraction=reading.fraction,
        digits=reading.digits,
    )


def _fraction_of_time(doc: Doc, index: int) -> tuple[str, int] | None:
    """The time unit a fraction is of, written at `index` ("of an hour", "of a century"), and
    the index after it: "three quarters of an hour" is a duration, not a share."""
    words = doc[index : index + len(("of", "an", "hour"))]
    if len(words) < len(("of", "an", "hour")) or words[0].lower_ != "of":
        return None
    if words[1].lower_ not in ARTICLES:
        return None
    unit = TIME_UNITS.get(words[2].lower_)
    return (unit, index + len(words)) if unit is not None else None


def _carried_currency(doc: Doc, amounts: list[Amount], start: int) -> str | None:
    """The currency of the money amount that ends just before `start`, with only a dash or
    "to" between: "$10-25m", "£5 to 6m" write the currency once, before the lower bound."""
    last = amounts[-1] if amounts else None
    if last is None or last.kind != "money" or last.end != start - 1:
        return None
    return last.unit if doc[last.end].lower_ in RANGE_LINKS and " per " not in last.unit else None


def scan_amounts(doc: Doc, yen: str = "JPY") -> list[Amount]:
    """Return every amount written in `doc`, in text order, before any judging or merging.

    `yen` is the code "¥" stands for in this document (it is written for yuan too).
    """
    amounts: list[Amount] = []
    index = 0  # where the next amount may start: after the last one read
    for start, token in enumerate(doc):
        if start < index or not may_start_amount(token):
            continue
        amount = read_amount(doc, start, yen, _carried_currency(doc, amounts, start))
        if amount is not None and is_age_group(doc, amount):
            amount.unit, amount.kind = AGE_UNIT, "quantity"
        if amount is not None:
            amounts.append(amount)
            index = amount.end
    return amounts
