"""Reading one number from the tokens: numerals, number words, scale words and fractions.

`read_number` reads "1.28 trillion", "HK$10.5bn", "twenty-five", "a dozen", "a third of" and
"tens of thousands of" as one `NumberReading`; `read_currency_prefix` reads the currency written
before a number. The tokeniser splits some of these and not others ("$", "6", "m" but "25k"), so
both separate and glued-on symbols are handled.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.numbers import (
    FRACTION_WORDS,
    SCALE_WORDS,
    TEN,
    TENS_VALUES,
    VAGUE_PLURALS,
    combine_number_words,
    parse_number_word,
    scale_value,
    split_attached,
)
from generator.analyse.units import DOLLAR_COUNTRY_PREFIXES, PREFIX_CURRENCIES, match_unit
from generator.model import FigureKind

ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# "1960s", "2022's" with a straight quote, a curly one or a prime.
PLURAL_SUFFIXES = frozenset({"s", "'s", "\u2019s", "\u2032s"})
CLOCK_SUFFIXES = frozenset({"am", "pm"})
# Letters glued to a count: "10x" is ten times, "5G" the fifth mobile generation.
COUNT_SUFFIXES = {"x": "time", "X": "time", "G": "generation"}
APPROXIMATE_MARKS = ("~", "≈")
ARTICLES = frozenset({"a", "an"})
DOZEN = 12.0
HUNDRED = 100.0
# "PS" is what ASCII transliteration leaves of "£", but "PS5" is a games console.
TRANSLITERATED_POUND = "PS"


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


@dataclass(frozen=True, slots=True)
class NumberReading:
    """One number read from the tokens up to `end` (exclusive)."""

    end: int
    value: float
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    suffix: str = ""
    approximate: bool = False
    spelled: bool = False
    multiplier: float = 1.0
    fraction: bool = False
    digits: str = ""


def _precedes_plural(doc: Doc, index: int) -> bool:
    """True when a plural noun follows: "2.7m people" counts millions, "100m" is a distance."""
    return index < len(doc) and doc[index].tag_ == "NNS" and match_unit([doc[index].text]) is None


def _read_fraction(doc: Doc, start: int, count: float) -> NumberReading | None:
    """Read "third of" or "-thirds of" at `start`, after a count of `count` ("a", "two")."""
    index = start + 1 if start < len(doc) and doc[start].text == "-" else start
    if index + 1 >= len(doc) or doc[index + 1].lower_ != "of":
        return None
    fraction = FRACTION_WORDS.get(doc[index].lower_)
    if fraction is None:
        return None
    return NumberReading(end=index + 1, value=count * fraction, spelled=True, fraction=True)


def _read_vague(doc: Doc, start: int) -> NumberReading | None:
    """Read "dozens of", "tens of thousands of": the range from one scale unit to ten."""
    scale = 1.0
    index = start
    while index + 1 < len(doc) and doc[index].lower_ in VAGUE_PLURALS:
        if doc[index + 1].lower_ != "of":
            break
        scale *= VAGUE_PLURALS[doc[index].lower_]
        index += 2
    if index == start:
        return None
    return NumberReading(end=index - 1, value=scale, low=scale, high=10 * scale, spelled=True)


def _read_numeral(doc: Doc, start: int) -> NumberReading | None:
    """Read a token holding digits, with any currency or unit glued to it ("HK$10.5bn")."""
    token = doc[start]
    attached = split_attached(token.text)
    if attached is None:
        return None
    prefix = attached.prefix.lstrip("".join(APPROXIMATE_MARKS))
    currency = PREFIX_CURRENCIES.get(prefix)
    if prefix == "US" and start > 0 and doc[start - 1].text == "$":
        currency = "USD"  # "$US113", split by the tokeniser
    scale_follows = (
        start + 1 < len(doc)
        and not token.whitespace_
        and scale_value(doc[start + 1].text.rstrip("."), letters=True) is not None
    )
    is_console = (
        prefix == TRANSLITERATED_POUND and token.text[-2:-1].isalpha() and not scale_follows
    )
    if (prefix and currency is None) or is_console:
        return None  # a model or product name: "S23", "XC40", "PS5"
    return NumberReading(
        end=start + 1,
        value=attached.value,
        currency=currency,
        suffix=attached.suffix,
        approximate=attached.prefix.startswith(APPROXIMATE_MARKS),
        digits=token.text,
    )


def _read_words(doc: Doc, start: int) -> NumberReading | None:
    """Read a number in words: "seven", "two-thirds of", "a dozen", "half of", "dozens of"."""
    lowered = doc[start].lower_
    word_value = parse_number_word(lowered)
    following = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if word_value is not None:
        fraction = _read_fraction(doc, start + 1, word_value)
        return fraction or NumberReading(end=start + 1, value=word_value, spelled=True)
    if lowered in ARTICLES and (following in SCALE_WORDS or following == "dozen"):
        value = SCALE_WORDS.get(following, DOZEN)
        return NumberReading(end=start + 2, value=value, spelled=True, multiplier=value)
    if lowered in ARTICLES:
        return _read_fraction(doc, start + 1, 1.0)
    if lowered == "half":
        return _read_fraction(doc, start, 1.0)
    return _read_vague(doc, start)


def _continues_number(
    doc: Doc, index: int, parts: list[tuple[float, bool]], *, letters: bool
) -> tuple[list[tuple[float, bool]], int]:
    """Return the parts token `index` adds to a number being read, and how many tokens it takes.

    Scale words ("trillion", a glued-on "m"), the "-five" of "twenty-five" and the "fifty" of
    "two hundred fifty" continue a number; anything else ends it (an empty list).
    """
    token = doc[index]
    # A sentence-final "m." is the scale word with the full stop glued on.
    text = token.text.rstrip(".") or token.text
    glued = index > 0 and not doc[index - 1].whitespace_
    scale = scale_value(text, letters=letters) if len(text) > 1 or glued else None
    if scale is not None:
        return [(scale, True)], 1
    if text == "-" and index + 1 < len(doc) and parts[-1][0] in TENS_VALUES and not parts[-1][1]:
        ones = parse_number_word(doc[index + 1].text)
        return ([(ones, False)], 2) if ones is not None and ones < TEN else ([], 0)
    word = parse_number_word(text)
    if word is not None and word < HUNDRED and parts[-1][1] and parts[-1][0] >= HUNDRED:
        return [(word, False)], 1
    return [], 0


def read_number(doc: Doc, start: int, *, money: bool) -> NumberReading | None:
    """Read a whole number at `start`, with any scale words and spelled-out parts after it."""
    core = _read_numeral(doc, start) if any(c.isdigit() for c in doc[start].text) else None
    core = core or _read_words(doc, start)
    if core is None or core.fraction or core.low is not None:
        return core
    money = money or core.currency is not None
    parts: list[tuple[float, bool]] = [(core.value, False)]
    multiplier, suffix, index = core.multiplier, core.suffix, core.end
    if suffix:
        suffix_scale = scale_value(suffix, letters=money or _precedes_plural(doc, index))
        if suffix_scale is not None:
            parts.append((suffix_scale, True))
            suffix, multiplier = "", suffix_scale
    while index < len(doc) and not suffix:
        letters = money or _precedes_plural(doc, index + 1)
        more, length = _continues_number(doc, index, parts, letters=letters)
        if not more or (not core.spelled and not more[0][1]):
            break
        parts += more
        multiplier = more[0][0] if more[0][1] else multiplier
        index += length
    return NumberReading(
        end=index,
        value=combine_number_words(parts),
        currency=core.currency,
        suffix=suffix,
        approximate=core.approximate,
        spelled=core.spelled,
        multiplier=multiplier,
        digits=core.digits,
    )


def read_currency_prefix(doc: Doc, start: int, yen: str) -> tuple[str, int] | None:
    """Read a currency symbol or code written before a number: "$", "US $", "A$", "EUR"."""
    token = doc[start]
    following = doc[start + 1].text if start + 1 < len(doc) else ""
    # "US $5" is written with a space; "A$5" never is, where "A $5 fee" is an article.
    glued = not token.whitespace_ or token.text == "US"
    if token.text in DOLLAR_COUNTRY_PREFIXES and following == "$" and glued:
        return DOLLAR_COUNTRY_PREFIXES[token.text], start + 2
    if token.text == "¥":
        return yen, start + 1
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
