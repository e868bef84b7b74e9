"""Reading numbers as written in news text: numerals, number words, scale words and fractions.

Everything here is a pure function of strings, so it can be tested without a model. Scale words
are kept apart from numerals because "m" and "b" mean million and billion only in some contexts
("$2.6m", "2.7m people"), while "100m" on its own is a distance.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

NUMBER_WORDS: dict[str, float] = {
    **{word: float(value) for value, word in enumerate(_ONES)},
    **{word: float(20 + 10 * index) for index, word in enumerate(_TENS)},
    "dozen": 12.0,
}
TENS_VALUES = frozenset(NUMBER_WORDS[word] for word in _TENS)
TENS_WORDS = frozenset(_TENS)
TEN = 10.0
HUNDRED = 100.0
THOUSAND = 1e3

# Scale words that multiply the number before them, in any context.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6,
    "mln": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip

# Single letters that are scale words only next to money or before a plural noun.
LETTER_SCALE_WORDS: dict[str, float] = {"m": 1e6, "b": 1e9}
# "$2.1T" is trillions; "40t lorries" weigh tonnes: "t" is a scale word only next to money.
MONEY_SCALE_LETTERS: dict[str, float] = {"t": 1e12}

# "dozens of", "tens of thousands of": the range from one unit of the scale to ten of them.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip

FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
    "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8, "ninth": 1 / 9,
    "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip
# Also periods and parts of a game ("the past two quarters", "both halves"): fractions only
# before "of".
PERIOD_FRACTIONS = frozenset({"quarter", "quarters", "halves"})

SIGNS: dict[str, float] = {"-": -1.0, "\u2212": -1.0, "+": 1.0}
_CURRENCY_MARKS = "$£€¥₹₩₪"
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# "4e14", "2.48×10−5", "3x10^8" and "1.5×10⁶" scale by a power of ten; "2^10" raises the numeral.
_EXPONENT = (  # \u2212 is the minus sign
    r"[eE](?P<e>[-+\u2212]?\d+)"
    r"|[×xX*]10(?:(?:\^|\*\*)(?P<caret>[-+\u2212]?\d+)|(?P<minus>[-\u2212]\d+)"
    r"|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
    r"|\^(?P<own>\d+)"
)
_NUMERAL = (
    rf"(?:(?P<digits>{_DIGITS})(?P<vulgar>[{_VULGAR}])?|(?P<lone>[{_VULGAR}]))(?:{_EXPONENT})?"
)
_NUMERAL_PATTERN = re.compile(_NUMERAL)
# A token that holds a numeral with something glued on either side: "HK$10.5bn", "~45g", "25k",
# "US113", "RM79", "1.38pc", "80km/h", "4km²".
_ATTACHED_PATTERN = re.compile(
    r"(?P<prefix>[~≈]?[A-Za-z]{0,3}[$£€¥₹₩₪]?[A-Za-z]{0,2})"
    rf"(?:{_NUMERAL})"
    r"(?P<suffix>[A-Za-z%°'\u2019\u2032]*(?:\^?[23²³])?(?:/[A-Za-z]+(?:\^?[23²³])?)?)"
)
# "10–15", "3.5-4.0", "5–7bn", and with a scale or currency on both bounds "1m-$2" (of "$1m-$2m")
# or "5bn-6bn": a range the tokeniser left in one piece.
_RANGE = re.compile(
    rf"(?P<low>{_DIGITS})(?P<low_suffix>[A-Za-z]*)[-\u2013\u2014](?P<currency>[$£€]?)"
    rf"(?P<high>{_DIGITS})(?P<suffix>[A-Za-z%]*)"
)
# "minus-7": the sign written as a word and glued on with a hyphen.
SIGN_WORDS: dict[str, float] = {"minus-": -1.0}
# "threefold", "tenfold", "hundredfold": a multiplier written as one word.
FOLD = "fold"
_SLASH_FRACTION = re.compile(r"(?P<numerator>\d{1,2})/(?P<denominator>\d{1,3})")
# "9", "11.45", "7:30": what may stand before "am"/"pm" as a time of day.
_CLOCK_TIME = re.compile(r"(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?")


@dataclass(frozen=True, slots=True)
class RangeText:
    """A range written as one token, split apart: "$1m-$2" has `low_suffix` "m" and `currency`
    "$" written on its upper bound, "5–7bn" only the `suffix` "bn" written after both."""

    low: float
    high: float
    suffix: str
    low_suffix: str = ""
    currency: str = ""


@dataclass(frozen=True, slots=True)
class AttachedNumber:
    """A numeral with the symbols written against it, split apart."""

    prefix: str
    value: float
    suffix: str


def _numeral_value(match: re.Match[str]) -> float:
    """The value of a `_NUMERAL` match: digits, a vulgar fraction and any exponent."""
    digits = (match["digits"] or "0").replace(",", "")
    value = float(digits)
    vulgar = match["vulgar"] or match["lone"]
    if vulgar:
        value += unicodedata.numeric(vulgar)
    power = match["e"] or match["caret"] or match["minus"] or match["sup"]
    if power:
        exponent = int(power.translate(_SUPERSCRIPT_DIGITS).replace("\u2212", "-"))
        # Through the decimal text, so that 2.48e-5 stays exactly the number written.
        value = float(f"{value!r}e{exponent}")
    if match["own"]:
        # In integers while it can: 10.0 ** 23 is not the float nearest to 1e23.
        exponent = int(match["own"])
        value = float(int(value) ** exponent) if value.is_integer() else value**exponent
    return value


def parse_numeral(text: str) -> float | None:
    """Return the value of a digit string such as "1,234.5", ".500", "1½" or "4e14", else None."""
    match = _NUMERAL_PATTERN.fullmatch(text)
    return _numeral_value(match) if match else None


def parse_slash_fraction(text: str) -> float | None:
    """Return the value of a proper fraction written with a slash ("1/4", "3/40"), else None.

    Improper ones ("24/7", "50/50") are phrases or ratios, not fractions.
    """
    match = _SLASH_FRACTION.fullmatch(text)
    if match is None:
        return None
    numerator, denominator = int(match["numerator"]), int(match["denominator"])
    return numerator / denominator if 0 < numerator < denominator else None


def read_range_text(text: str) -> RangeText | None:
    """Split a range written as one token ("10–15", "5–7bn", "1m-$2") into its parts."""
    match = _RANGE.fullmatch(text)
    if match is None:
        return None
    low, high = sorted(float(match[group].replace(",", "")) for group in ("low", "high"))
    return RangeText(low, high, match["suffix"], match["low_suffix"], match["currency"])


def split_range(text: str) -> tuple[float, float, str] | None:
    """Split a plain range written as one token ("10–15", "5–7bn") into its bounds and suffix."""
    parts = read_range_text(text)
    if parts is None or parts.low_suffix or parts.currency:
        return None
    return parts.low, parts.high, parts.suffix


def looks_like_clock(text: str) -> bool:
    """True for a numeral that can be a time of day before "am"/"pm" ("9", "11.45", "7:30")."""
    return _CLOCK_TIME.fullmatch(text) is not None


def parse_number_word(word: str) -> float | None:
    """Return the value of one number word ("seven", "Twenty-five", "dozen"), else None."""
    lowered = word.lower()
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    tens, _, ones = lowered.partition("-")
    if tens in TENS_WORDS and ones in NUMBER_WORDS and NUMBER_WORDS[ones] < TEN:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def parse_fold_word(word: str) -> float | None:
    """Return the multiplier a "-fold" word stands for ("threefold" → 3, "hundredfold" → 100)."""
    lowered = word.lower()
    stem = lowered.removesuffix(FOLD)
    if stem == lowered or not stem.isalpha():
        return None
    # Only scale words spelled out: "mnfold" and "kfold" are no numbers.
    scale = SCALE_WORDS.get(stem) if len(stem) > len("bn") else None
    return parse_number_word(stem) or scale


def split_attached(text: str) -> AttachedNumber | None:
    """Split a token such as "HK$10.5bn" into prefix "HK$", value 10.5 and suffix "bn".

    A sign written first makes the number negative ("-18", "−1e-3", "minus-7", "-$4.1bn").
    Returns None when the token is not one numeral with optional letters or symbols around it
    (times like "1:36.6", codes like "9AB8", hyphenated scores like "2-1").
    """
    word = next((word for word in SIGN_WORDS if text.lower().startswith(word)), "")
    sign = SIGN_WORDS[word] if word else SIGNS.get(text[:1])
    match = _ATTACHED_PATTERN.fullmatch(text[len(word) or 1 :] if sign else text)
    # A sign may stand before a currency ("-$4.1bn", "−€2m"), not before letters ("-A4").
    signed_letters = sign and match and not any(mark in match["prefix"] for mark in _CURRENCY_MARKS)
    if match is None or (signed_letters and match["prefix"]):
        return None
    value = _numeral_value(match) * (sign or 1.0)
    return AttachedNumber(match["prefix"], value, match["suffix"])


def scale_value(word: str, *, letters: bool, money: bool = False) -> float | None:
    """Return the multiplier a scale word stands for ("bn" → 1e9), or None.

    With `letters`, "m" and "b" count too: the caller has seen money or a plural noun. With
    `money`, so does "t".
    """
    lowered = word.lower()
    if lowered in SCALE_WORDS and (lowered != "k" or word in ("k", "K")):
        return SCALE_WORDS[lowered]
    if letters and lowered in LETTER_SCALE_WORDS:
        return LETTER_SCALE_WORDS[lowered]
    if money and lowered in MONEY_SCALE_LETTERS:
        return MONEY_SCALE_LETTERS[lowered]
    return None


def combine_number_words(parts: list[tuple[float, bool]]) -> float:
    """Fold a run of `(value, is_scale)` parts into one number.

    "two hundred fifty thousand" arrives as 2, hundred, 50, thousand and becomes 250000: a scale
    multiplies what has been gathered since the last scale of a thousand or more.
    """
    total = 0.0
    current = 0.0
    for value, is_scale in parts:
        if not is_scale:
            current += value
            continue
        current = (current or 1.0) * value
        if value >= THOUSAND:
            total += current
            current = 0.0
    return total + current
