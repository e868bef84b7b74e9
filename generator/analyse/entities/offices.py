"""A person's name run into the words before it: an office ("the Air Force for Acquisition
Marvin Sambur", "Civil House José Dirceu"), a courtesy title inside a longer span ("Foreign
Policy Centre Mr Straw") or a demonym ("Californian Thomas Slattery").

The model often takes an office's capitalised words and the holder's name for one
organisation. The name is the last two words when they read as a person's: a given name
first (the `nicknames` package's table of given names), or a name the article uses for a
person elsewhere; the office's words before it are dropped when they are a phrase (a word in
lower case inside: "for Acquisition") or one English word ("Prop"), and kept as a name
otherwise ("Civil House").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from generator.analyse.entities.aliases import is_region_word
from generator.analyse.entities.caps import is_common_word
from generator.analyse.entities.places import NATIONALITIES
from generator.analyse.entities.spans import HONORIFICS, Candidate, clean_candidates
from generator.model.given_names import given_names
from generator.model.names import strip_accents

# A given name and a surname, after at least one word of an office.
HOLDER_WORDS = 2
OFFICE_AND_HOLDER = 3
# Endings that make a demonym of a place: "Californian", "Texan", "Londoner", "Floridian".
_DEMONYM_STEMS = (("n", ""), ("an", ""), ("ian", ""), ("n", "s"), ("ian", "a"), ("er", ""))


def is_demonym(word: str) -> bool:
    """A nationality ("Briton") or a word for someone from a country, US state or continent
    ("Californian", "Texan"); a given name is none ("Adrian", not of Adria), and a town's
    people are left out, since so many given names end like a town's ("Ronan")."""
    if word in NATIONALITIES:
        return True
    folded = strip_accents(word).lower()
    if not word[:1].isupper() or folded in given_names():
        return False
    return any(
        folded.endswith(ending) and is_region_word(folded[: -len(ending)] + restored)
        for ending, restored in _DEMONYM_STEMS
    )


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()


def _holder_start(doc: Doc, candidate: Candidate, people: set[str], words: frozenset[str]) -> int:
    """Where a person's name ends a longer non-person span, or -1. A surname that is an
    English word is more often a place's or a firm's last word ("Royal Albert Hall"), unless
    an office's phrase comes first ("Secretary for Defence Mark Sambur")."""
    if candidate.label == "PERSON":
        return -1
    for index in range(candidate.start + 1, candidate.end - 1):
        if doc[index].lower_ in HONORIFICS:
            return index
    if candidate.end - candidate.start < OFFICE_AND_HOLDER:
        return -1
    start = candidate.end - HOLDER_WORDS
    given, surname = doc[start], doc[start + 1]
    reads_as_person = f"{given.text} {surname.text}" in people or (
        strip_accents(given.lower_) in given_names() and not is_common_word(given.lower_, words)
    )
    phrase = any(token.text.islower() for token in doc[candidate.start : start])
    if (
        _is_capitalised(given.text)
        and _is_capitalised(surname.text)
        and (phrase or not is_common_word(surname.lower_, words))
        and reads_as_person
    ):
        return start
    return -1


def split_office_holders(
    doc: Doc, candidates: Iterable[Candidate], english_words: frozenset[str]
) -> list[Candidate]:
    """Split a person's name from the office or title run into it (see the module's notes);
    the pieces are trimmed again, so that the person loses a title ("Mr")."""
    candidates = list(candidates)
    people = {doc[c.start : c.end].text for c in candidates if c.label == "PERSON"}
    split: list[Candidate] = []
    for candidate in candidates:
        start = _holder_start(doc, candidate, people, english_words)
        if start < 0:
            split.append(candidate)
            continue
        pieces = [candidate._replace(start=start, label="PERSON")]
        office = doc[candidate.start : start]
        phrase = any(token.text.islower() for token in office)
        if not phrase and not (
            len(office) == 1 and is_common_word(office[0].lower_, english_words)
        ):
            pieces.insert(0, candidate._replace(end=start))
        split += clean_candidates(doc, pieces)
    return split
