"""Capitalised words that are not entities, whatever the model says.

A currency counted in an amount ("5m Euros"), a month or weekday, an award's name used as a
modifier ("the Peace prize", "an Oscar nomination"), a degree ("Ph.D."), the last word of an
office ("Secretary of State"), and a nationality noun standing before a person's name
("Briton Hayley Yelling": the person is Hayley Yelling, and "Briton" is no alias of hers).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

import pycountry
from nameparser.config import CONSTANTS
from spacy.tokens import Doc, Token

from generator.analyse.entities.offices import is_demonym
from generator.analyse.entities.part_limits import titles_before_people
from generator.analyse.entities.spans import TITLES, Candidate
from generator.model.given_names import given_names
from generator.model.month_names import MONTH_NAMES

DAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
# Nouns an award's name modifies: "the Nobel prize", "an Oscar nomination", "Bafta winner".
AWARD_NOUNS = frozenset(
    {"prize", "prizes", "award", "awards", "nomination", "nominations", "nominee",
     "nominees", "winner", "winners", "laureate", "laureates", "winning", "statuette"}
)  # fmt: skip
# A compass point alone names no place: "North" of "North and South America" is half a name.
# After "the" it is a region or a bloc ("the West", "the North").
COMPASS_POINTS = frozenset({"north", "south", "east", "west"})
# Nouns of an injury or the body part it strikes: a name before one is the part's ("an
# Achilles tendon injury", "his Achilles' heel"), no entity.
INJURY_NOUNS = frozenset(
    {"injury", "injuries", "tendon", "tendons", "ligament", "ligaments", "heel", "strain",
     "fracture"}
)  # fmt: skip
# A nationality, then at least a surname.
DESCRIBED_PERSON_WORDS = 2
# How many lower-case words after a name an award noun may stand: "Bafta film award".
AWARD_NOUN_REACH = 2
# A time zone after a clock time: "GMT", "EST", "AEDT".
ZONE_LETTERS = 4
# A unit's short form after a number: "Lb", "kg", "mph".
UNIT_LETTERS = 3
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}(?:am|pm)|(?:[01]\d|2[0-3])[0-5]\d")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# A number, or a currency sign, before a currency's name makes it an amount's unit.
CURRENCY_SIGNS = frozenset("$£€¥")


@functools.cache
def currency_words() -> frozenset[str]:
    """The unit word of every currency pycountry lists ("euro", "dollar", "rand"), without
    the funds and metals of its X codes."""
    words = set()
    for currency in pycountry.currencies:
        unit = currency.name.split()[-1].lower()
        if not currency.alpha_3.startswith("X") and unit.isalpha():
            words.add(unit)
    return frozenset(words)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_amount_unit(doc: Doc, start: int) -> bool:
    """True for a currency's name counted in an amount ("5m Euros") or in the plural."""
    word = doc[start].lower_
    if _singular(word) not in currency_words():
        return False
    if word != _singular(word):
        return True
    before = doc[start - 1] if start > 0 else None
    return before is not None and (
        before.like_num or before.text in CURRENCY_SIGNS or before.lower_ in ("m", "bn", "k")
    )


def _modifies_award(doc: Doc, end: int) -> bool:
    """True before an award noun, perhaps after another noun in lower case: "Peace prize",
    "Oscar nomination", "Oscar-winning", "Bafta film award"."""
    index = end + 1 if end < len(doc) and doc[end].text == "-" else end
    for token in doc[index : index + AWARD_NOUN_REACH]:
        if not token.text.islower():
            return False
        if token.lower_ in AWARD_NOUNS:
            return True
    return False


def _names_body_part(doc: Doc, end: int) -> bool:
    """True before an injury's noun, across a possessive: "Achilles injury", "Achilles' heel"."""
    index = end + 1 if end < len(doc) and doc[end].text in ("'", "\u2019", "'s") else end
    return index < len(doc) and doc[index].text.islower() and doc[index].lower_ in INJURY_NOUNS


def _is_bare_compass_point(doc: Doc, candidate: Candidate) -> bool:
    before = doc[candidate.start - 1].lower_ if candidate.start > 0 else ""
    return (
        doc[candidate.start].lower_ in COMPASS_POINTS
        and before != "the"
        and candidate.weight <= 1.0
    )


def _ends_office(doc: Doc, start: int) -> bool:
    """True for "State" of "Secretary of State": an office's title ending in "of" + word."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLES


def _is_degree(token: Token) -> bool:
    """A degree written as one ("Ph.D.", "PhD"): nameparser's suffixes, with dots or mixed
    case so that an organisation's acronym in capitals is not taken for one."""
    text = token.text
    folded = text.replace(".", "").lower()
    return folded in CONSTANTS.suffix_acronyms and ("." in text or not text.isupper())


def _is_clock_time(token: Token) -> bool:
    """ "10:30", "1500", "3pm": a time a zone may follow; a year is none ("2004")."""
    text = token.lower_
    return bool(_CLOCK_TIME.fullmatch(text)) and not _YEAR.fullmatch(text)


def _is_measure(doc: Doc, start: int) -> bool:
    """A zone after a clock time ("10:00 GMT", "1500 BST"), or a unit's short form after a
    number that is no year ("28,950 Lb"): a word of a measurement, not a name. A given name
    is none ("1989 Lee", "40 Ian"), nor an acronym after a count ("632 MST camps")."""
    token = doc[start]
    before = doc[start - 1] if start > 0 else None
    if before is None or not any(char.isdigit() for char in before.text):
        return False
    letters = token.text.rstrip(".")
    if _is_clock_time(before):
        return letters.isupper() and len(letters) <= ZONE_LETTERS
    return (
        not letters.isupper()
        and len(letters) <= UNIT_LETTERS
        and letters.isalpha()
        and not _YEAR.fullmatch(before.text)
        and token.lower_ not in given_names()
    )


def is_lower_case_word(doc: Doc, candidate: Candidate, cased: Counter[str]) -> bool:
    """True for one capitalised word the article writes more often in lower case ("the
    Broadband market ... broadband"): a common word capitalised by a title or a heading.
    An acronym, a name a rule confirmed (a country) and a word of a longer name stay."""
    token = doc[candidate.start]
    return (
        candidate.weight <= 1.0
        and not token.text.isupper()
        and token.text != token.lower_
        and cased[token.lower_] > cased[token.text]
    )


def is_non_name(doc: Doc, candidate: Candidate, longer_words: set[str]) -> bool:
    """True when a one-word candidate is a currency, date word, award modifier, degree, an
    injury's body part, a compass point alone or an office's last word rather than an
    entity. A month or day name the article also uses inside a longer name ("Theresa May")
    stays a name."""
    if candidate.end - candidate.start != 1:
        return False
    token = doc[candidate.start]
    word = token.lower_
    if (word in MONTH_NAMES or word in DAY_NAMES) and word not in longer_words:
        return True
    return (
        token.like_num
        or (_is_measure(doc, candidate.start) and word not in longer_words)
        or _is_amount_unit(doc, candidate.start)
        or _modifies_award(doc, candidate.end)
        or _names_body_part(doc, candidate.end)
        or _is_bare_compass_point(doc, candidate)
        or _ends_office(doc, candidate.start)
        or _is_degree(token)
    )


def trim_nationality_nouns(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """ "Briton Hayley Yelling" is Hayley Yelling and "Californian Tom Hale" Tom Hale: a
    person's name never opens on a nationality or demonym, which is a descriptor."""
    return [
        candidate._replace(start=candidate.start + 1)
        if candidate.label == "PERSON"
        and candidate.end - candidate.start >= DESCRIBED_PERSON_WORDS
        and is_demonym(doc[candidate.start].text)
        else candidate
        for candidate in candidates
    ]


def is_members_noun(doc: Doc, candidate: Candidate, nouns: frozenset[str]) -> bool:
    """True for "the Morpeth Harrier": "the" and a name ending in an English noun in the
    singular, read as a person's, is one member of a club named in the plural ("Morpeth
    Harriers"), not a name. Before another noun the name is a modifier ("the Tony Bell era")."""
    start, end = candidate.start, candidate.end
    last = doc[end - 1]
    return (
        candidate.label == "PERSON"
        and not candidate.cue
        and end - start >= DESCRIBED_PERSON_WORDS
        and start > 0
        and doc[start - 1].lower_ == "the"
        and last.lower_ in nouns
        and last.tag_ == "NNP"
        and last.lower_ not in given_names()
        and not (end < len(doc) and doc[end].text.islower() and doc[end].pos_ == "NOUN")
    )


def _is_title_letters(doc: Doc, candidate: Candidate, titles: frozenset[str]) -> bool:
    """True for "MEP" where the article writes "UKIP MEP Ada Vell": capital letters that stand
    before a person's name are a title, so "MEP" alone elsewhere ("the MEP said") names the
    office, not a body."""
    token = doc[candidate.start]
    return (
        candidate.end - candidate.start == 1
        and token.text.isupper()
        and token.is_alpha
        and token.lower_ in titles
    )


def drop_non_names(
    doc: Doc, candidates: Iterable[Candidate], nouns: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The candidates without the words that are no entity; `nouns` are the English nouns
    (`caps.english_words`) that end a club member's name ("the Morpeth Harrier")."""
    candidates = list(candidates)
    longer_words = {
        token.lower_
        for candidate in candidates
        if candidate.end - candidate.start > 1
        for token in doc[candidate.start : candidate.end]
    }
    cased = Counter(token.text for token in doc)
    titles = titles_before_people(doc, candidates)
    return [
        candidate
        for candidate in candidates
        if not is_non_name(doc, candidate, longer_words)
        and not _is_title_letters(doc, candidate, titles)
        and not is_members_noun(doc, candidate, nouns)
        and not (
            candidate.end - candidate.start == 1
            and doc[candidate.start].lower_ not in longer_words
            and is_lower_case_word(doc, candidate, cased)
        )
    ]
