"""Telling amounts from numbers that are not quantities.

Years ("in 2012"), calendar dates ("March 29", "Oct. 31"), clock times ("11 a.m."), numbers that
are part of a name ("Section 427", "Big 12", "Six Nations"), places in a numbered series ("page
12", "chapter 3", "flight 370"), telephone numbers ("0800 123 456"), compound adjectives
("one-off") and the pronoun "one" ("each one", "the same one") are written with digits or number
words but measure nothing. Nor does a fraction after an ordinal or a word of position: "the
second half of 2004", "the 2nd half", "the final quarter", "the latter half" name a part of a
period or a game, not a share of anything ("half of the staff", "fell by half" are shares).
"""

from __future__ import annotations

import re

from spacy.lang.en.lex_attrs import _ordinal_words
from spacy.tokens import Doc, Token

from generator.analyse.figures.numbers import looks_like_clock, split_range
from generator.analyse.figures.scan import Amount

MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec")
)  # fmt: skip
CLOCK_WORDS = frozenset(
    ("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "edt", "est", "cdt", "cst",
     "pdt", "pst", "et", "pt", "cet", "o'clock")
)  # fmt: skip
# Entity labels under which a four-digit number is a year or part of a name ("Euro 2020").
YEAR_LABELS = frozenset({"DATE", "EVENT", "LAW", "WORK_OF_ART", "FAC", "PRODUCT"})
# Capitalised words that start a figure's phrase without naming anything ("About 70%").
PLAIN_CAPITALISED = frozenset({"I", "A", "An", "The", "About", "Around", "Nearly", "Some"})
YEAR_DIGITS = re.compile(r"\d{4}")
APOSTROPHES = frozenset({"'", "\u2019"})
# "number one", "No 1": a place in a ranking, not a count.
RANK_WORDS = frozenset({"number", "no", "no.", "#"})
AGE_RANGE = range(1, 120)
# Nouns that name a place in a numbered series: the number after them is a label, not a count.
SERIES_NOUNS = frozenset(
    ("page", "chapter", "section", "verse", "episode", "article", "paragraph", "clause", "volume",
     "part", "season", "scene", "table", "appendix", "footnote", "psalm", "track", "channel",
     "route", "flight", "platform", "gate", "room")
)  # fmt: skip
SERIES_JOINERS = frozenset({"to", "-", "\u2013", "and", "or"})
# One group of a telephone number as tokenised: "+44", "0800", "(", "555", ")", "-".
PHONE_GROUP = re.compile(r"\+?\d+")
PHONE_JOINERS = frozenset({"(", ")", "-", "."})
# A number written in thousands groups ("3 100 000") has groups of three after the first.
# A number in groups that are not thousands is a telephone number from three groups on
# ("555 123 4567"); two ("2 1/2", "1994 96") are read elsewhere.
PHONE_MIN_GROUPS = 3
THOUSANDS_GROUP = re.compile(r"\d{3}")
FIRST_YEAR, LAST_YEAR = 1800, 2100
# spaCy's English ordinals ("first" ... "hundredth"), and ordinals in digits ("2nd", "4th").
ORDINAL_WORDS = frozenset(_ordinal_words)
DIGIT_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Words that place a part within a whole, as an ordinal does: "the last quarter".
POSITION_WORDS = frozenset({"last", "final", "latter", "former", "opening", "closing", "middle"})


def _is_month(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in MONTHS


def is_year(doc: Doc, amount: Amount) -> bool:
    """True for a bare four-digit year such as "2012" (not "2,000" or "2000 people"), or a span
    of years written in one token ("2019–20")."""
    if amount.unit or not YEAR_DIGITS.match(amount.digits):
        return False
    if len(amount.digits) > len("2012") and not split_range(amount.digits):
        return False
    year = float(amount.digits[: len("2012")])  # a span's second year may be cut short
    if year > LAST_YEAR:
        return False
    if doc[amount.number].ent_type_ in YEAR_LABELS:
        return True
    if year < FIRST_YEAR:
        return False
    # "2000 people" counts people; "the 2019 Rich List" and "in 2019" are years.
    following = doc[amount.end] if amount.end < len(doc) else None
    return not (following is not None and following.tag_ == "NNS")


def _in_dated_entity(token: Token) -> bool:
    """True inside a DATE entity that names a month ("between 6 and 12 December")."""
    if token.ent_type_ != "DATE":
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(_is_month(word) for word in doc[start:end])


def _is_calendar_or_clock(doc: Doc, amount: Amount) -> bool:
    """True for days of the month ("March 29", "Oct. 31"), clock times and ranks ("No 1")."""
    before = doc[amount.first - 1] if amount.first > 0 else None
    after = doc[amount.end] if amount.end < len(doc) else None
    if amount.unit:
        return False
    if after is not None and after.lower_ in CLOCK_WORDS and looks_like_clock(amount.digits):
        return True  # "10.45 am", "7:30 pm"
    if amount.value != int(amount.value):
        return False
    if (before is not None and _is_month(before)) or (after is not None and _is_month(after)):
        return True
    if before is not None and before.lower_ in RANK_WORDS:
        return True
    return (after is not None and after.lower_ in CLOCK_WORDS) or _in_dated_entity(
        doc[amount.number]
    )


def _is_year_abbreviation(doc: Doc, amount: Amount) -> bool:
    """True for the "93" of "in '93" and the "96" of "1994-96"."""
    if len(amount.digits) != len("93") or amount.first < len("'9"):
        return False
    before = doc[amount.first - 1]
    if before.whitespace_:
        return False
    if before.text in APOSTROPHES:
        return True
    earlier = doc[amount.first - 2]
    return before.text == "-" and YEAR_DIGITS.fullmatch(earlier.text) is not None


def _is_name_part(doc: Doc, amount: Amount) -> bool:
    """True for numbers inside names: "Section 427", "Big 12", "A.D. 1000", "S&P 500"."""
    if amount.unit or amount.first == 0:
        return False
    before = doc[amount.first - 1]
    if before.text not in PLAIN_CAPITALISED and any(char.isalpha() for char in before.text):
        capitalised = before.text[:1].isupper() and not before.is_sent_start
        return (before.pos_ == "PROPN" or capitalised) and not _is_month(before)
    return False


def _is_series_label(doc: Doc, amount: Amount) -> bool:
    """True for the number after a noun of a numbered series: "page 12", "Chapter 3", "Route 66"."""
    if amount.unit or amount.first == 0:
        return False
    before = amount.first - 1
    # The second end of "pages 12 to 14" or "chapters 3 and 4" is a label too.
    if before > 1 and doc[before].lower_ in SERIES_JOINERS and doc[before - 1].like_num:
        before -= 2
    return doc[before].lemma_.lower() in SERIES_NOUNS


def _phone_run(doc: Doc, index: int) -> list[Token]:
    """The digit groups and joiners written next to the digit group at `index`, without a word
    between; an opening bracket only before the first group ("(555) 123-4567", not "400
    (1999 dollars)")."""
    start = index
    while start > 0 and _is_phone_piece(doc[start - 1]) and doc[start - 1].whitespace_ in ("", " "):
        start -= 1
        if doc[start].text == "(":
            break
    end = index + 1
    while end < len(doc) and doc[end].text != "(" and _is_phone_piece(doc[end]):
        if doc[end - 1].whitespace_ not in ("", " "):
            break
        end += 1
    return list(doc[start:end])


def _is_phone_piece(token: Token) -> bool:
    return token.text in PHONE_JOINERS or PHONE_GROUP.fullmatch(token.text) is not None


def _is_phone_number(doc: Doc, amount: Amount) -> bool:
    """True inside a telephone number: "0800 123 456", "+44 20 7946 0000", "(555) 123-4567".

    Quantities are not written with a leading "+" or "0", nor in three or more groups unless
    the groups after the first are thousands ("3 100 000").
    """
    digits = [i for i in range(amount.first, amount.end) if PHONE_GROUP.fullmatch(doc[i].text)]
    if not digits:
        return False
    run = _phone_run(doc, digits[0])
    groups = [token.text for token in run if token.text not in PHONE_JOINERS]
    if len(groups) < 2:
        return False
    first = groups[0]
    if first.startswith("+") or (first.startswith("0") and len(first) > 1):
        return True
    thousands = all(THOUSANDS_GROUP.fullmatch(group) for group in groups[1:])
    return len(groups) >= PHONE_MIN_GROUPS and not thousands


def _is_spelled_name_or_modifier(doc: Doc, amount: Amount) -> bool:
    """True for "Six Nations" and "Big Ten" (capitalised mid-sentence) and for compound
    adjectives such as "one-off", "two-time" or "four-door" that measure nothing."""
    if not amount.spelled or amount.fraction:
        return False
    token = doc[amount.number]
    if token.text[:1].isupper() and not token.is_sent_start:
        return True
    return not amount.unit and amount.end < len(doc) and doc[amount.end].text == "-"


def _is_pronoun_one(doc: Doc, amount: Amount) -> bool:
    """True for "one" standing for a noun ("each one", "the same one"), not counting one."""
    token = doc[amount.number]
    if token.lower_ != "one" or amount.fraction:
        return False
    following = doc[amount.end] if amount.end < len(doc) else None
    return token.dep_ != "nummod" and not (following is not None and following.lower_ == "of")


def _is_part_of_period(doc: Doc, amount: Amount) -> bool:
    """True for a fraction word after an ordinal or a word of position: "the second half"."""
    if not amount.fraction or not amount.spelled or amount.first == 0:
        return False
    before = doc[amount.first - 1].lower_
    return (
        before in ORDINAL_WORDS or before in POSITION_WORDS or bool(DIGIT_ORDINAL.fullmatch(before))
    )


def is_age_apposition(doc: Doc, amount: Amount) -> bool:
    """True for a bare age set off after a name: "Mutu, 25, was sacked"."""
    if amount.unit or amount.first < len(", ") or int(amount.value) not in AGE_RANGE:
        return False
    before, name = doc[amount.first - 1], doc[amount.first - 2]
    after = doc[amount.end] if amount.end < len(doc) else None
    closed = after is not None and after.text in (",", ")")
    return before.text in (",", "(") and name.pos_ == "PROPN" and closed


def is_quantity(doc: Doc, amount: Amount) -> bool:
    """True when `amount` measures something rather than naming a year, date, time or thing."""
    return not (
        is_year(doc, amount)
        or _is_calendar_or_clock(doc, amount)
        or _is_year_abbreviation(doc, amount)
        or _is_name_part(doc, amount)
        or _is_series_label(doc, amount)
        or _is_phone_number(doc, amount)
        or _is_spelled_name_or_modifier(doc, amount)
        or _is_pronoun_one(doc, amount)
        or _is_part_of_period(doc, amount)
    )
