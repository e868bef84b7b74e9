"""The denominators of a rate written after an amount: "per barrel", "a month", "/kWh".

A rate's denominator usually follows the amount's unit at once ("$60 per barrel"), but news often
names what the amount is of first ("$40,000 in fines per day", "£3bn of savings a year", "12
kilograms of rice an hour", "500 people per square kilometre"): the rate still belongs to the
amount, since a phrase of "in"/"of" and a noun names no rate of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.analyse.figures.units import match_unit, singular

PER_WORDS = frozenset({"per", "a", "an", "/"})
ARTICLES = frozenset({"a", "an"})
# Nouns that may follow "a"/"an" as the denominator of a rate ("$5 a share").
RATE_NOUNS = frozenset({"share", "barrel", "person", "head", "night", "ticket", "unit", "piece"})
# "$6.78 billion a year earlier" is a past level, not a rate.
TIME_ADVERBS = frozenset({"ago", "earlier", "later", "before", "after", "previously"})
# "in fines", "of savings": what an amount is of, written between it and its rate.
OF_WORDS = frozenset({"of", "in"})
# Words a noun phrase between an amount and its rate may hold: "of unpaid tax", "in new loans".
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
MAX_PHRASE_WORDS = 4


def read_rate(doc: Doc, index: int, *, first: bool = True) -> tuple[str, int] | None:
    """Read the denominator of a rate at `index`: its name and the index after it.

    A second denominator ("J/m^2 per year") is only written with "per" or "/".
    """
    if index + 1 >= len(doc) or doc[index].lower_ not in PER_WORDS:
        return None
    if not first and doc[index].lower_ in ARTICLES:
        return None
    words = [token.text for token in doc[index + 1 : index + 4]]
    unit = match_unit(words, denominator=True)
    token = doc[index + 1]
    if unit is not None:
        name, end = unit.name, index + 1 + unit.length
    elif token.is_alpha and (doc[index].lower_ not in ARTICLES or token.lower_ in RATE_NOUNS):
        name, end = singular(token.lower_), index + 2
    else:
        return None
    if end < len(doc) and doc[end].lower_ in TIME_ADVERBS:
        return None
    return name, end


def read_rate_past_phrase(doc: Doc, index: int) -> str | None:
    """The denominator of a rate written after a phrase saying what the amount is of, which
    starts at `index`: "in fines per day" → "day", "of savings a year" → "year"."""
    if index >= len(doc) or doc[index].lower_ not in OF_WORDS:
        return None
    position = index + 1
    while position < len(doc) and position - index <= MAX_PHRASE_WORDS:
        token = doc[position]
        possessive = token.tag_ == "POS"  # "of taxpayers' money"
        word = token.is_alpha and token.pos_ in PHRASE_POS and token.lower_ not in PER_WORDS
        if not (word or possessive):
            break
        position += 1
    if position == index + 1 or doc[position - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    rate = read_rate(doc, position)
    return rate[0] if rate is not None else None
