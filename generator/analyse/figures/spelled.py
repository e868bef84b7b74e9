"""Numbers in words, and the parts of a number beyond its first word.

`read_words` reads "seven", "two-thirds of", "one sixth", "a dozen", "half a million", "dozens
of" and the share a change is by ("fell by a fifth", "rose by half"). `read_added_fraction` reads
what a whole number takes on ("two and a half", "2 1/2"); `continue_number` reads the next part
of a spelled number ("million", the "-five" of "twenty-five", the "and two" of "a hundred and
two", the ", two hundred" of "three million, two hundred").
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.analyse.figures.numbers import (
    FOLD,
    FRACTION_WORDS,
    HUNDRED,
    PERIOD_FRACTIONS,
    SCALE_WORDS,
    TEN,
    TENS_VALUES,
    THOUSAND,
    VAGUE_PLURALS,
    parse_fold_word,
    parse_number_word,
    parse_numeral,
    parse_slash_fraction,
    scale_value,
)
from generator.analyse.figures.reading import NumberReading, Part

HYPHEN = "-"
CONJUNCTIONS = frozenset({"and", "&"})
ARTICLES = frozenset({"a", "an"})
DOZEN = 12.0
HALF = 0.5
# Tags before a bare "dozen" that make it a unit's name ("a baker's dozen", "a square dozen").
NAMING_TAGS = frozenset({"POS", "JJ"})
_FIRST_WORDS = ARTICLES | {"half"} | VAGUE_PLURALS.keys()  # as `read_words` reads them
# After "by", a fraction word that qualifies nothing after it is the size of a change ("fell by a
# fifth last year"); before a noun it is an ordinal ("by a third party").
BY = "by"
QUALIFIED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
TIME_LABELS = frozenset({"DATE", "TIME"})
MAX_MIXED_WHOLE = 1000.0  # "2 1/2" is a mixed number; "2015 3/4 of" is a year, then a share


def read_word_fraction(
    doc: Doc, start: int, count: float, *, needs_of: bool
) -> tuple[float, int] | None:
    """Read "third of", "-thirds of" or "sixth" at `start`, after a count of `count`.

    Return the fraction's value and the index after it. After "a" (`needs_of`), and for words
    that also name periods ("two quarters", but "one-quarter"), only "of" makes a fraction: "a
    third term" is an ordinal. Otherwise the word must agree with the count: "one sixth", "two
    thirds".
    """
    hyphenated = start < len(doc) and doc[start].text == HYPHEN
    index = start + 1 if hyphenated else start
    if index >= len(doc) or doc[index].lower_ not in FRACTION_WORDS:
        return None
    word = doc[index].lower_
    following = doc[index + 1].text.lower() if index + 1 < len(doc) else ""
    if following != "of":
        plural = word.endswith("s")
        # "a one-quarter stake" is a fraction; "one quarter" may be three months, and "the
        # three-quarters" are a rugby team's backs.
        period = word in PERIOD_FRACTIONS and not (hyphenated and not plural)
        if needs_of or period or plural != (count != 1):
            return None
        if following == HYPHEN:
            return None  # "one third-quarter", "two fifth-graders"
    return count * FRACTION_WORDS[word], index + 1


def read_added_fraction(doc: Doc, index: int, whole: float) -> tuple[float, int] | None:
    """Read the fraction a whole number `whole` takes on at `index`: "and a half", "and three
    quarters", or a fraction written after a numeral ("2 1/2", "3 ½").

    Return the fraction's value and the index after it.
    """
    if index >= len(doc):
        return None
    token = doc[index]
    if token.lower_ == "and" and index + 2 < len(doc):
        word, fraction_word = doc[index + 1].lower_, doc[index + 2].lower_
        count = 1.0 if word in ARTICLES else parse_number_word(word)
        # "cut 5 and a third of its staff": a share of something else, not an added part.
        share = index + 3 < len(doc) and doc[index + 3].lower_ == "of"
        if count is None or fraction_word not in FRACTION_WORDS or share:
            return None
        return count * FRACTION_WORDS[fraction_word], index + 3
    if whole >= MAX_MIXED_WHOLE or whole != int(whole) or not doc[index - 1].whitespace_:
        return None
    fraction = parse_slash_fraction(token.text)
    if fraction is None and len(token.text) == 1 and not token.text.isdigit():
        fraction = parse_numeral(token.text)  # a vulgar fraction such as "½"
    return (fraction, index + 1) if fraction is not None else None


def _read_fraction(
    doc: Doc, start: int, count: float, *, needs_of: bool = True
) -> NumberReading | None:
    """`read_word_fraction` as a reading: a fraction, whose unit is "fraction" unless named."""
    fraction = read_word_fraction(doc, start, count, needs_of=needs_of)
    if fraction is None:
        return None
    return NumberReading(end=fraction[1], value=fraction[0], spelled=True, fraction=True)


def _read_share_of_change(doc: Doc, start: int, index: int) -> NumberReading | None:
    """Read the fraction word at `index` of a number from `start` after "by": "a fifth", "half",
    "a quarter" with nothing after it that it would qualify (a time may follow: "last year")."""
    if start == 0 or doc[start - 1].lower_ != BY or index >= len(doc):
        return None
    word = doc[index].lower_
    if word not in FRACTION_WORDS or word.endswith("s"):
        return None
    following = doc[index + 1] if index + 1 < len(doc) else None
    qualifies = following is not None and (
        following.text == HYPHEN
        or (following.pos_ in QUALIFIED_POS and following.ent_type_ not in TIME_LABELS)
    )
    if qualifies:
        return None
    return NumberReading(end=index + 1, value=FRACTION_WORDS[word], spelled=True, fraction=True)


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


def _read_scale(doc: Doc, index: int, count: float) -> NumberReading | None:
    """Read "million" or "dozen" at `index` after "a" or "half a": a scale word standing alone."""
    word = doc[index].lower_ if index < len(doc) else ""
    scale = SCALE_WORDS.get(word, DOZEN if word == "dozen" else None)
    if scale is None:
        return None
    return NumberReading(end=index + 1, value=count * scale, spelled=True, multiplier=scale)


def _read_fold(doc: Doc, start: int) -> NumberReading | None:
    """Read "threefold", "tenfold": a number of times, whose "fold" stays as the unit's suffix."""
    fold = parse_fold_word(doc[start].lower_)
    return NumberReading(end=start + 1, value=fold, spelled=True, suffix=FOLD) if fold else None


def may_start_words(lowered: str) -> bool:
    """False for a word `read_words` never reads from: no number word, article, "half" or
    "dozens"; the scan skips such words without trying."""
    return (
        lowered in _FIRST_WORDS
        or parse_number_word(lowered) is not None
        or parse_fold_word(lowered) is not None
    )


def read_words(doc: Doc, start: int) -> NumberReading | None:
    """Read a number in words: "seven", "two-thirds of", "a dozen", "half a million", "half of",
    "dozens of", "threefold"."""
    lowered = doc[start].lower_
    word_value = parse_number_word(lowered)
    if lowered == "dozen" and start > 0 and doc[start - 1].tag_ in NAMING_TAGS:
        return None
    if word_value is not None:
        fraction = _read_fraction(doc, start + 1, word_value, needs_of=False)
        return fraction or NumberReading(end=start + 1, value=word_value, spelled=True)
    if lowered in ARTICLES:
        return (
            _read_scale(doc, start + 1, 1.0)
            or _read_fraction(doc, start + 1, 1.0)
            or _read_share_of_change(doc, start, start + 1)
        )
    following = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    if lowered == "half" and following in ARTICLES:
        return _read_scale(doc, start + 2, HALF)
    if lowered == "half":
        return _read_fraction(doc, start, 1.0) or _read_share_of_change(doc, start, start)
    return _read_vague(doc, start) or _read_fold(doc, start)


def _ends_below(doc: Doc, index: int, scale: float) -> bool:
    """True when the number word at `index` is followed by no scale word of `scale` or more:
    "a hundred and two" goes on, "two million and three million" are two numbers."""
    following = doc[index + 1].text if index + 1 < len(doc) else ""
    next_scale = scale_value(following, letters=False)
    return next_scale is None or next_scale < scale


def _joined_part(doc: Doc, index: int, parts: list[Part]) -> list[Part]:
    """The part after "and", "&" or a comma that continues a spelled number, or none.

    "a hundred and two", "two hundred & forty": a smaller number after a scale word. After a
    comma, only a scaled part that goes on after thousands: "three million, two hundred and
    forty", not "of the three million, two hundred were hurt".
    """
    last, is_scale = parts[-1]
    word = parse_number_word(doc[index + 1].text) if index + 1 < len(doc) else None
    if not is_scale or word is None or word >= last or not _ends_below(doc, index + 1, last):
        return []
    if doc[index].lower_ in CONJUNCTIONS:
        return [(word, False)]
    scaled = index + 2 < len(doc) and scale_value(doc[index + 2].text, letters=False) is not None
    after = doc[index + 3].text if index + 3 < len(doc) else ""
    goes_on = after.lower() in CONJUNCTIONS or parse_number_word(after) is not None
    goes_on = goes_on or scale_value(after, letters=False) is not None
    return [(word, False)] if last >= THOUSAND and scaled and goes_on else []


def continue_number(
    doc: Doc, index: int, parts: list[Part], *, letters: bool, money: bool = False
) -> tuple[list[Part], int]:
    """Return the parts token `index` adds to a number being read, and how many tokens it takes.

    Scale words ("trillion", a glued-on "m"), the "-five" of "twenty-five", the "fifty" of "two
    hundred fifty" and the "and two" of "a hundred and two" continue a number; anything else
    ends it (an empty list). `letters` and `money` are passed on to `scale_value`.
    """
    token = doc[index]
    # A sentence-final "m." is the scale word with the full stop glued on.
    text = token.text.rstrip(".") or token.text
    glued = index > 0 and not doc[index - 1].whitespace_
    scale = scale_value(text, letters=letters, money=money) if len(text) > 1 or glued else None
    if scale is not None:
        return [(scale, True)], 1
    if text == HYPHEN and index + 1 < len(doc) and parts[-1][0] in TENS_VALUES and not parts[-1][1]:
        ones = parse_number_word(doc[index + 1].text)
        return ([(ones, False)], 2) if ones is not None and ones < TEN else ([], 0)
    if text in CONJUNCTIONS or text == ",":
        joined = _joined_part(doc, index, parts)
        return (joined, 2) if joined else ([], 0)
    word = parse_number_word(text)
    if word is not None and word < HUNDRED and parts[-1][1] and parts[-1][0] >= HUNDRED:
        return [(word, False)], 1
    return [], 0
