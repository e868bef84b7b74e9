"""Reading one number from the tokens: numerals, number words, scale words and fractions.

`read_number` reads "1.28 trillion", "HK$10.5bn", "twenty-five", "a dozen", "a third of", "10–15"
and "tens of thousands of" as one `NumberReading`, from the numeral (`figures_numerals`) or
number words (`figures_spelled`) at its start; `read_currency_prefix` reads the currency written
before a number. The tokeniser splits some of these and not others ("$", "6", "m" but "25k"), so
both separate and glued-on symbols are handled.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.analyse.figures.currencies import (
    DOLLAR_COUNTRY_PREFIXES,
    ISO_CODE_LENGTH,
    PREFIX_CURRENCIES,
    YEN_SIGNS,
    currency_for_word,
)
from generator.analyse.figures.numbers import (
    combine_number_words,
    parse_numeral,
    scale_value,
    split_attached,
)
from generator.analyse.figures.numerals import (
    DOLLAR,
    TRANSLITERATED_POUND,
    read_numeral,
    read_thousands_groups,
    read_times_power,
)
from generator.analyse.figures.reading import NumberReading, Part
from generator.analyse.figures.spelled import (
    continue_number,
    may_start_words,
    read_added_fraction,
    read_words,
)
from generator.analyse.figures.units import match_unit
from generator.model.analysis import FigureKind

RANGE_DASHES = ("-", "\u2013")  # hyphen, en dash
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# "1960s", "2022's" with a straight quote, a curly one or a prime.
PLURAL_SUFFIXES = frozenset({"s", "'s", "\u2019s", "\u2032s"})
CLOCK_SUFFIXES = frozenset({"am", "pm"})
# Letters glued to a count: "10x" is ten times, "5G" the fifth mobile generation.
COUNT_SUFFIXES = {"x": "time", "X": "time", "fold": "time", "G": "generation"}
# Before a counted noun (after "m" for million): "3.4m combined sales", "2m US viewers".
MODIFIER_TAGS = frozenset({"JJ", "JJR", "VBN", "VBG", "NN", "NNP", "HYPH"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MAX_MODIFIERS = 2
# Races named by their distance: "the 400m hurdles", "the 100m sprint heats".
RACE_WORDS = frozenset(
    ("race", "races", "sprint", "hurdles", "relay", "freestyle", "backstroke", "breaststroke",
     "butterfly", "medley", "dash", "steeplechase", "final", "finals", "heat", "heats")
)  # fmt: skip
# "minus 7 degrees": the sign written as a word, apart from the number.
SIGN_WORDS = frozenset({"minus"})
# Units only when glued to the numeral: "35C", "6ft 4in"; apart, "C" is a letter, "in" a word.
GLUED_UNITS = {"C": "degree Celsius", "F": "degree Fahrenheit", "in": "inch"}


@dataclass(slots=True)
class Amount:
    """A number found in the text, with what the lexical pass could tell about it.

    `first`/`end` are token indexes (end exclusive) of the mention without its qualifier;
    `number` is the token whose syntax stands for the amount; `unit` stays "" for counts until
    the syntactic pass names the counted noun. Later passes adjust ranges in place.
    """

    first: int
    end: int
    number: int
    value: float
    low: float | None = None
    high: float | None = None
    unit: str = ""
    kind: FigureKind = "count"
    approximate: bool = False
    spelled: bool = False
    multiplier: float = 1.0
    fraction: bool = False
    digits: str = ""  # the numeral as written, for telling years and scores apart
    falling: bool = False  # a range written from its high end down ("from 785 to 708")


def _precedes_plural(doc: Doc, index: int) -> bool:
    """True when the noun phrase from `index` counts or pays in millions: "2.7m people", "3.4m
    combined sales", "5.45m Euros", "5m USD"; "100m" alone, "a 3m wall", "1.85m tall" and "the 400m
    hurdles" are distances.

    Modifiers may stand before the noun; a plural noun counts unless it names a race run over
    the distance.
    """
    for token in doc[index : index + MAX_MODIFIERS + 1]:
        code = token.text.isupper() and len(token.text) == ISO_CODE_LENGTH
        if currency_for_word(token.text) is not None or (code and token.text in PREFIX_CURRENCIES):
            return True
        if token.tag_ in PLURAL_TAGS:
            return token.lower_ not in RACE_WORDS
        if token.tag_ not in MODIFIER_TAGS or token.lower_ in RACE_WORDS:
            return False
    return False


def _read_whole(doc: Doc, core: NumberReading) -> tuple[float, int]:
    """The whole number a numeral starts, with thousands groups ("10 000"), a power of ten
    ("2.998 × 10^8") or an added fraction ("2 1/2", "two and a half") after it; and the index
    after them."""
    value, index = core.value, core.end
    if core.suffix or core.low is not None or core.multiplier != 1.0:
        return value, index
    grouped = read_thousands_groups(doc, index, core.digits)
    if grouped is not None:
        value, index = grouped
    power = read_times_power(doc, index)
    if power is not None:
        return value * power[0], power[1]
    added = read_added_fraction(doc, index, value)
    return (value + added[0], added[1]) if added is not None else (value, index)


def read_number(doc: Doc, start: int, *, money: bool) -> NumberReading | None:
    """Read a whole number at `start`, with any scale words and spelled-out parts after it, and
    the upper bound of a range the tokeniser glued to them ("1.5 million-2 million")."""
    # isnumeric, not isdigit: "½" and "⅓" are numerals too.
    core = read_numeral(doc, start) if any(c.isnumeric() for c in doc[start].text) else None
    core = core or read_words(doc, start)
    # A share ("a third of") or "dozens of" is whole; a range of numerals ("5–7") takes a scale.
    if core is None or core.fraction or (core.spelled and core.low is not None):
        return core
    money = money or core.currency is not None
    value, index = _read_whole(doc, core)
    multiplier, suffix = core.multiplier, core.suffix
    # "a hundred", "half a million": a scale word that what follows may add to ("and two").
    scaled = core.spelled and multiplier != 1.0
    parts: list[Part] = (
        [(value / multiplier, False), (multiplier, True)] if scaled else [(value, False)]
    )
    if suffix:
        letters = money or _precedes_plural(doc, index)
        suffix_scale = scale_value(suffix, letters=letters, money=money)
        if suffix_scale is not None:
            parts.append((suffix_scale, True))
            suffix, multiplier = "", suffix_scale
    while index < len(doc) and not suffix:
        letters = money or _precedes_plural(doc, index + 1)
        more, length = continue_number(doc, index, parts, letters=letters, money=money)
        if not more or (not core.spelled and not more[0][1]):
            break
        parts += more
        multiplier = more[0][0] if more[0][1] else multiplier
        index += length
    # Only scale words follow a numeral, so they multiply both ends of a range alike.
    factor = combine_number_words([(1.0, False), *parts[1:]])
    low = None if core.low is None else core.low * factor
    high = None if core.high is None else core.high * factor
    upper = _read_upper_bound(doc, index, parts, money=money) if low is None else None
    if upper is not None:
        low, high, index = upper
    return NumberReading(
        end=index,
        value=combine_number_words(parts) if low is None else low,
        low=low,
        high=high,
        currency=core.currency,
        suffix=suffix,
        approximate=core.approximate,
        spelled=core.spelled,
        multiplier=multiplier,
        digits=core.digits,
    )


def _read_upper_bound(
    doc: Doc, index: int, parts: list[Part], *, money: bool
) -> tuple[float, float, int] | None:
    """Read "million-2 million" after the "1.5" of "1.5 million-2 million", which the tokeniser
    glued together at `index`: the lower bound with the scale word, the upper bound with its
    own scale words after it (or else the lower bound's), and the index after them."""
    if index >= len(doc) or len(parts) > 1:
        return None
    scale, dash, upper = doc[index].text.partition(RANGE_DASHES[0])
    if not dash:
        scale, dash, upper = doc[index].text.partition(RANGE_DASHES[1])
    value = parse_numeral(upper.removeprefix(DOLLAR)) if dash else None
    factor = scale_value(scale, letters=False)
    if value is None or factor is None:
        return None
    high_parts: list[Part] = [(value, False)]
    end = index + 1
    while end < len(doc):
        more, length = continue_number(doc, end, high_parts, letters=True, money=money)
        if not more or not more[0][1]:
            break
        high_parts, end = high_parts + more, end + length
    high = combine_number_words(high_parts) if len(high_parts) > 1 else value * factor
    return combine_number_words([*parts, (factor, True)]), high, end


def may_start_amount(token: Token) -> bool:
    """False where `read_currency_prefix` and `read_number` surely find nothing: no currency,
    no numeral, no number word. Most words are such, and trying them was most of the scan."""
    text = token.text
    return (
        text in PREFIX_CURRENCIES
        or text in DOLLAR_COUNTRY_PREFIXES
        or text in YEN_SIGNS
        or token.lower_ in SIGN_WORDS
        or any(c.isnumeric() for c in text)  # as `read_number` tests for a numeral
        or may_start_words(token.lower_)
    )


def read_sign_word(doc: Doc, start: int) -> int | None:
    """The index after "minus" when it is the sign of the number after it ("minus 7 degrees"),
    not a subtraction between two numbers ("10 minus 7")."""
    if doc[start].lower_ not in SIGN_WORDS or start + 1 >= len(doc):
        return None
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.like_num or before.is_currency):
        return None
    return start + 1


def _dollar_country(doc: Doc, start: int) -> str | None:
    """The currency of a "$" at `start` glued to a country's letters and a numeral ("$A12m",
    "$NZ45"), or None."""
    if doc[start].whitespace_ or start + 1 >= len(doc):
        return None
    attached = split_attached(doc[start + 1].text)
    return DOLLAR_COUNTRY_PREFIXES.get(attached.prefix) if attached is not None else None


def read_currency_prefix(doc: Doc, start: int, yen: str) -> tuple[str, int] | None:
    """Read a currency symbol or code written before a number: "$", "US $", "A$", "$A", "EUR".

    `yen` is what "¥" (or "Y=", its ASCII fold) stands for in this document.
    """
    token = doc[start]
    following = doc[start + 1].text if start + 1 < len(doc) else ""
    # "US $5" is written with a space; "A$5" never is, where "A $5 fee" is an article.
    glued = not token.whitespace_ or token.text == "US"
    if token.text in DOLLAR_COUNTRY_PREFIXES and following == DOLLAR and glued:
        return DOLLAR_COUNTRY_PREFIXES[token.text], start + 2
    country = _dollar_country(doc, start) if token.text == DOLLAR else None
    if country is not None:
        return country, start + 1
    if token.text in YEN_SIGNS:
        return yen, start + 1
    if f"{token.text}{following}" in PREFIX_CURRENCIES and following == "." and glued:
        return PREFIX_CURRENCIES[f"{token.text}."], start + 2  # "Rs. 500", split by the tokeniser
    if token.text in PREFIX_CURRENCIES and token.text != TRANSLITERATED_POUND:
        return PREFIX_CURRENCIES[token.text], start + 1
    return None


def suffix_unit(suffix: str) -> tuple[str, FigureKind] | None:
    """Name the unit written against a numeral ("kHz", "%", "km/h", "x", "p"), or None.

    `suffix` may arrive glued in one token ("5G") or as the token after the numeral.
    """
    if suffix in COUNT_SUFFIXES:
        return COUNT_SUFFIXES[suffix], "count"
    if suffix == "p":
        return "penny", "money"
    if suffix in GLUED_UNITS:
        return GLUED_UNITS[suffix], "quantity"
    parts = suffix.replace("/", " / ").split()
    unit = match_unit(parts)
    if unit is None or unit.length != len(parts):
        return None
    return unit.name, unit.kind


def is_rejected_suffix(suffix: str) -> bool:
    """True for suffixes that make a numeral something other than an amount.

    Ordinals ("22nd"), decades and year possessives ("1960s", "2022's") and clock times
    ("10.45pm") are not quantities.
    """
    lowered = suffix.lower()
    return lowered in ORDINAL_SUFFIXES or lowered in CLOCK_SUFFIXES or lowered in PLURAL_SUFFIXES
