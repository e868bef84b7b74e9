"""Reading numbers as written in news text: numerals, number words, scale words and fractions.

Everything here is a pure function of strings, so it can be tested without a model. Scale words
are kept apart from numerals because "m" and "b" mean million and billion only in some contexts
("$2.6m", "2.7m people"), while "100m" on its own is a distance.
"""

from __future__ import annotations

import re
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
THOUSAND = 1e3

# Scale words that multiply the number before them, in any context.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "million": 1e6, "mn": 1e6,
    "mln": 1e6, "crore": 1e7, "billion": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip

# Single letters that are scale words only next to money or before a plural noun.
LETTER_SCALE_WORDS: dict[str, float] = {"m": 1e6, "b": 1e9}

# "dozens of", "tens of thousands of": the range from one unit of the scale to ten of them.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12.0, "tens": 10.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}  # fmt: skip

FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip

_NUMERAL = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_NUMERAL_PATTERN = re.compile(_NUMERAL)
# A token that holds a numeral with something glued on either side: "HK$10.5bn", "~45g", "25k",
# "US113", "RM79", "1.38pc", "80km/h".
_ATTACHED_PATTERN = re.compile(
    r"(?P<prefix>[~≈]?[A-Za-z]{0,3}[$£€¥₹₩₪]?[A-Za-z]{0,2})"
    rf"(?P<number>{_NUMERAL})"
    r"(?P<suffix>[A-Za-z%°'\u2019\u2032]*(?:/[A-Za-z]+)?)"
)


@dataclass(frozen=True, slots=True)
class AttachedNumber:
    """A numeral with the symbols written against it, split apart."""

    prefix: str
    value: float
    suffix: str


def parse_numeral(text: str) -> float | None:
    """Return the value of a digit string such as "1,234.5" or ".500", else None."""
    if not _NUMERAL_PATTERN.fullmatch(text):
        return None
    return float(text.replace(",", ""))


def parse_number_word(word: str) -> float | None:
    """Return the value of one number word ("seven", "Twenty-five", "dozen"), else None."""
    lowered = word.lower()
    if lowered in NUMBER_WORDS:
        return NUMBER_WORDS[lowered]
    tens, _, ones = lowered.partition("-")
    if tens in TENS_WORDS and ones in NUMBER_WORDS and NUMBER_WORDS[ones] < TEN:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def split_attached(text: str) -> AttachedNumber | None:
    """Split a token such as "HK$10.5bn" into prefix "HK$", value 10.5 and suffix "bn".

    Returns None when the token is not one numeral with optional letters or symbols around it
    (times like "1:36.6", codes like "9AB8", hyphenated scores like "2-1").
    """
    match = _ATTACHED_PATTERN.fullmatch(text)
    if match is None:
        return None
    return AttachedNumber(match["prefix"], float(match["number"].replace(",", "")), match["suffix"])


def scale_value(word: str, *, letters: bool) -> float | None:
    """Return the multiplier a scale word stands for ("bn" → 1e9), or None.

    With `letters`, "m" and "b" count too: the caller has seen money or a plural noun.
    """
    lowered = word.lower()
    if lowered in SCALE_WORDS and (lowered != "k" or word in ("k", "K")):
        return SCALE_WORDS[lowered]
    if letters and lowered in LETTER_SCALE_WORDS:
        return LETTER_SCALE_WORDS[lowered]
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
