"""The noun a bare count counts, read from the dependency parse: "30,000 jobs" counts jobs,
"96 Liverpool fans" counts fans, "12-page document" counts pages."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Token

from generator.analyse.figures.units import TIME_UNITS

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Words that may stand between a number and its noun: "517 rushing yards", "8 straight Cups".
CHAIN_POS = frozenset({"ADJ", "NUM", "PUNCT"})
CHAIN_TAGS = frozenset({"VBG", "VBN"})
MAX_NOUN_CHAIN = 4
ACRONYM_LENGTH = 2  # "SUV", "MST"; a lone capital starts a word ("T-shirts")
# Words that point a time word at a moment: "last month", "this year", "the previous week".
WHEN_WORDS = frozenset({"last", "next", "this", "past", "previous", "coming", "following"})
# Of those, the ones that point at one moment and never count: "311,764 last month" is no
# number of months, while "the 50 previous years" counts years.
MOMENT_WORDS = frozenset({"last", "next", "this"})
# Named periods of the calendar, which "last", "this" or "next" point at a moment just as they
# do a time unit: "8,500 last summer", "42,000 last weekend", "14 this season", "last May".
NAMED_PERIODS = frozenset(
    {"spring", "summer", "autumn", "fall", "winter", "weekend", "season", "quarter", "term"}
    | {"semester", "night", "morning", "afternoon", "evening", "weekday"}
    | {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}
)
PERIOD_WORDS = frozenset(TIME_UNITS) | NAMED_PERIODS


def counted_noun(doc: Doc, number: Token, end: int) -> Token | None:
    """Return the noun a bare count counts, looking right of the number up to its head noun.

    For more than one, the first plural noun wins ("96 Liverpool fans" → "fans", "63000 Model 3
    sedans" → "sedans"); with none, the first noun does ("12-page document" counts pages).
    """
    if end < len(doc) and doc[end].lower_ == "of":
        objects = [child for child in doc[end].children if child.dep_ == "pobj"]
        return objects[0] if objects and objects[0].pos_ in NOUN_TAGS else None
    head = number.head
    governed = number.dep_ in MODIFIER_DEPS and head.i >= end
    # "300 e-mails": the parser may hang the number on the hyphenated word's first part.
    last = head.i + len("-e") if _starts_compound(head) and head.i + 2 < len(doc) else head.i
    window = doc[end : last + 1] if governed else doc[end : end + MAX_NOUN_CHAIN]
    first_noun: Token | None = None
    for token in window:
        if _says_when(token, number):
            break
        if _in_hyphenated_modifier(token):
            continue  # "pre-orders", "e-mails", "part-time staff": read on to the noun
        if token.pos_ in NOUN_TAGS and token.is_alpha:
            if token.tag_ in PLURAL_TAGS and number.lower_ != "one":
                return token
            first_noun = first_noun or token
        elif (
            token.pos_ not in CHAIN_POS
            and token.tag_ not in CHAIN_TAGS
            and not (
                governed and token.pos_ == "CCONJ"  # "27000 Model S and Model X vehicles"
            )
        ):
            break
    return first_noun


def _says_when(token: Token, number: Token) -> bool:
    """True for a time word or named period pointed at a moment that the number does not count:
    "sold five million last month", "down from 311,764 last month" (which the parser may hang
    on "month"), "8,500 last summer", but "the 50 previous years"."""
    if token.lemma_.lower() not in PERIOD_WORDS and token.lower_ not in PERIOD_WORDS:
        return False
    pointers = [child for child in token.lefts if child.lower_ in WHEN_WORDS]
    if any(child.lower_ in MOMENT_WORDS and child.i > number.i for child in pointers):
        return True
    return bool(pointers) and number.head.i != token.i


def _starts_compound(token: Token) -> bool:
    """True for the "e" of "e-mail": a word glued to a following hyphen."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def noun_label(token: Token, after: int) -> str:
    """The counted noun as a unit: singular, with the noun compounds before it from token
    `after` on ("30,000 job cuts" → "job cut", but "a dozen clients" → "client")."""
    parts = [
        child
        for child in token.lefts
        if child.dep_ == "compound"
        and child.pos_ == "NOUN"
        and child.i >= after
        and not _starts_compound(child)
    ]
    words = [_hyphenated_prefix(part) + _noun_word(part) for part in parts]
    noun = _noun_word(token) if token.pos_ == "NOUN" else token.text
    return " ".join([*words, _hyphenated_prefix(token) + noun])


def _noun_word(token: Token) -> str:
    """A noun in the singular as a unit names it: lowercased, but an acronym keeps its
    capitals ("MST camps" → "MST camp", "SUVs" → "SUV")."""
    letters = token.text.removesuffix("s")
    if len(letters) >= ACRONYM_LENGTH and letters.isalpha() and letters.isupper():
        return letters
    return token.lemma_.lower()


def _is_glued_hyphen(token: Token) -> bool:
    doc = token.doc
    return token.text == "-" and token.i > 0 and not doc[token.i - 1].whitespace_


def _in_hyphenated_modifier(token: Token) -> bool:
    """True for a part of a hyphenated word that is not the counted noun: its first word and
    hyphen ("pre-", "e-"), and its last word when a noun follows ("part-time staff")."""
    if _starts_compound(token) or (_is_glued_hyphen(token) and not token.whitespace_):
        return True
    doc, index = token.doc, token.i
    if index == 0 or not _is_glued_hyphen(doc[index - 1]) or index + 1 >= len(doc):
        return False
    following = doc[index + 1]
    return following.is_alpha and following.pos_ in NOUN_TAGS


def _hyphenated_prefix(token: Token) -> str:
    """The "pre-" of "pre-orders", the "e-" of "e-mails": the word glued before by a hyphen."""
    doc, index = token.doc, token.i
    if index < len("e-") or doc[index - 1].text != "-" or doc[index - 1].whitespace_:
        return ""
    first = doc[index - 2]
    return f"{first.lower_}-" if _starts_compound(first) and first.is_alpha else ""
