"""Reading numbers written with digits, whole or split by the tokeniser.

`read_numeral` reads one numeral with whatever is glued to it: a currency ("HK$10.5bn"), a sign
("-18"), an exponent ("4e14", "3x10^8"), a range ("10–15", "3.5-4bn"), a slashed fraction ("1/4
inch") or the first number of a suspended range ("8- to 16-metre"). `read_thousands_groups` reads
thousands set apart with spaces ("10 000").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.analyse.figures.currencies import (
    DOLLAR_COUNTRY_PREFIXES,
    PREFIX_CURRENCIES,
    YEN_SIGNS,
)
from generator.analyse.figures.numbers import (
    parse_numeral,
    parse_slash_fraction,
    read_range_text,
    scale_value,
    split_attached,
)
from generator.analyse.figures.reading import NumberReading

APPROXIMATE_MARKS = ("~", "≈")
# "3x10^8" reaches the tokeniser's output as "3x10", "^", "8".
POWER_MARKS = ("^", "×")
# Written between a numeral and "10^8" with spaces: "2.998 × 10^8".
TIMES_SIGNS = frozenset({"×", "x", "*"})
# A numeral glued after these is an exponent ("8x2^10") or part of a code ("J1149.5+6663").
GLUE_MARKS = frozenset({"^", "+"})
MAX_GLUED_TOKENS = 3
# "10 000", "R1 500 000": thousands set apart with spaces, as some publishers write them.
THOUSANDS_GROUP_DIGITS = 3
# "PS" is what ASCII transliteration leaves of "£", but "PS5" is a games console: one digit.
TRANSLITERATED_POUND = "PS"
CONSOLE_NUMBER = re.compile(rf"{TRANSLITERATED_POUND}\d")
HYPHEN = "-"
DOLLAR = "$"
DOTTED_CURRENCIES = tuple(key for key in PREFIX_CURRENCIES if key.endswith("."))


def _read_range(doc: Doc, start: int) -> NumberReading | None:
    """Read a range written as one token: "10–15", "3.5-4.0", "5–7bn", "5bn-6bn", and "1m-$2"
    of "$1m-$2m" split by the tokeniser.

    A scale written on the lower bound must be the upper bound's, glued on or the next token:
    the one scale then multiplies both ("5m-6m"), as in "5–6m".
    """
    parts = read_range_text(doc[start].text)
    if parts is None:
        return None
    glued = doc[start + 1].text.rstrip(".") if start + 1 < len(doc) else ""
    upper = parts.suffix or (glued if not doc[start].whitespace_ else "")
    if parts.low_suffix and parts.low_suffix.lower() != upper.lower():
        return None  # "10am-2pm", "3D-4K"
    return NumberReading(
        end=start + 1,
        value=parts.low,
        low=parts.low,
        high=parts.high,
        currency=PREFIX_CURRENCIES.get(parts.currency),
        suffix=parts.suffix,
        digits=doc[start].text,
    )


def _read_split_numeral(doc: Doc, start: int) -> NumberReading | None:
    """Read a numeral the tokeniser split or left with something the attached pattern lacks:
    a power ("3x10", "^", "8"), a slashed fraction, a range, or a suspended "8-"."""
    text = doc[start].text
    fraction = parse_slash_fraction(text)
    if fraction is not None:
        return NumberReading(end=start + 1, value=fraction, fraction=True, needs_unit=True)
    value = parse_numeral(text[:-1]) if text.endswith(HYPHEN) else None
    if value is not None:
        # "8- to 16-metre": the unit written once, after the range's second number.
        return NumberReading(end=start + 1, value=value, digits=text[:-1])
    end = start + 1
    while end < len(doc) and end - start < MAX_GLUED_TOKENS and not doc[end - 1].whitespace_:
        end += 1
    glued = doc[start:end].text
    attached = split_attached(glued) if any(mark in glued for mark in POWER_MARKS) else None
    if attached is None or attached.prefix or attached.suffix:
        return _read_range(doc, start)
    return NumberReading(end=end, value=attached.value, digits=glued)


def _is_glued_on(doc: Doc, start: int) -> bool:
    """True for the exponent of "8x2^10" and the "6663" of "J1149.5+6663": a numeral glued by
    "^" or "+" to the token before it, so no amount of its own."""
    mark = doc[start - 1] if start > 1 else None
    if mark is None or mark.text not in GLUE_MARKS:
        return False
    return not mark.whitespace_ and not doc[start - 2].whitespace_


def read_times_power(doc: Doc, index: int) -> tuple[float, int] | None:
    """Read "× 10^8" written apart after a numeral: the power of ten it multiplies by, and the
    index after it."""
    if index + 1 >= len(doc) or doc[index].text not in TIMES_SIGNS or not doc[index].whitespace_:
        return None
    end = index + 2
    while end < len(doc) and end - index <= MAX_GLUED_TOKENS and not doc[end - 1].whitespace_:
        end += 1
    power = doc[index + 1 : end].text
    value = parse_numeral(power) if power.startswith("10") and "^" in power else None
    return (value, end) if value is not None else None


def _follows_dollar(doc: Doc, start: int) -> bool:
    """True when a "$" is glued before token `start`: "$A12m", "$NZ45", as Australians write."""
    return start > 0 and doc[start - 1].text == DOLLAR and not doc[start - 1].whitespace_


def read_numeral(doc: Doc, start: int) -> NumberReading | None:
    """Read a token holding digits, with any currency or unit glued to it ("HK$10.5bn")."""
    token = doc[start]
    if _is_glued_on(doc, start):
        return None
    # A sentence-final "$2.1T." keeps its full stop inside the token.
    text = token.text[:-1] if token.text[-2:-1].isalpha() and token.text[-1] == "." else token.text
    folded_yen = YEN_SIGNS[1]
    # "Y=1,500" is "¥1,500" after an ASCII fold; the yen sign's pattern reads it.
    text = YEN_SIGNS[0] + text.removeprefix(folded_yen) if text.startswith(folded_yen) else text
    # "Rs.500": an abbreviated currency keeps its full stop, which the pattern would read as a
    # decimal point.
    dotted = next((key for key in DOTTED_CURRENCIES if text.startswith(key)), "")
    text = text.replace(".", "", 1) if dotted else text
    attached = split_attached(text)
    if attached is None:
        return _read_split_numeral(doc, start)
    prefix = attached.prefix.lstrip("".join(APPROXIMATE_MARKS))
    currency = PREFIX_CURRENCIES.get(prefix)
    if prefix in DOLLAR_COUNTRY_PREFIXES and _follows_dollar(doc, start):
        currency = DOLLAR_COUNTRY_PREFIXES[prefix]  # "$US113", "$A12m", split by the tokeniser
    scale_follows = (
        start + 1 < len(doc)
        and not token.whitespace_
        and scale_value(doc[start + 1].text.rstrip("."), letters=True) is not None
    )
    is_console = CONSOLE_NUMBER.fullmatch(text) is not None and not scale_follows
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


def read_thousands_groups(doc: Doc, start: int, digits: str) -> tuple[float, int] | None:
    """Read "10 000" as ten thousand: groups of three digits after a short whole number.

    `digits` is the whole number as written, ending before token `start`. Return the value and
    the index after the last group.
    """
    if not digits.isdigit() or len(digits) > THOUSANDS_GROUP_DIGITS:
        return None
    value, index = float(digits), start
    while (
        index < len(doc)
        and doc[index].text.isdigit()
        and len(doc[index].text) == THOUSANDS_GROUP_DIGITS
        and doc[index - 1].whitespace_
    ):
        value, index = value * 1000 + float(doc[index].text), index + 1
    # "9 500 12 times" is a list of numbers: the groups must not run on into more digits.
    runs_on = index < len(doc) and doc[index].text[:1].isdigit()
    return (value, index) if start < index and not runs_on else None
