"""Name normalisation shared by the in-article resolver and the cross-article collector.

Two functions matter to callers. `tidy_name` turns a mention as written into a display name
("the United States" -> "United States", "VLadimir Putin" -> "Vladimir Putin", "Putin's" ->
"Putin"), and `canonical_key` turns any name into a comparison key on which aliases of one
entity meet across articles ("The U.S.", "USA" and "United States" all give "united states").
"""

from __future__ import annotations

import re
import unicodedata

# Well-known short forms whose full name an article rarely spells out, as display names.
# Acronyms match only when written in capitals ("US", "U.S.", never the pronoun "us"); names
# match in any case. Keys are lower case without dots or a leading article.
ACRONYM_ALIASES: dict[str, str] = {
    "us": "United States",
    "usa": "United States",
    "uk": "United Kingdom",
    "un": "United Nations",
    "eu": "European Union",
    "ussr": "Soviet Union",
    "uae": "United Arab Emirates",
    "prc": "China",
    "drc": "Democratic Republic of the Congo",
    "dprk": "North Korea",
}
NAME_ALIASES: dict[str, str] = {
    "states": "United States",
    "united states of america": "United States",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "people's republic of china": "China",
    "russian federation": "Russia",
    "holland": "Netherlands",
    "republic of korea": "South Korea",
}

# Shortest and longest acronym, in letters.
ACRONYM_LENGTHS = (2, 8)
# Words that precede a name without being part of it.
LEADING_ARTICLES = frozenset({"the", "a", "an"})

# Function words skipped when spelling initials: "Organization of the Petroleum Exporting
# Countries" is OPEC, not OOTPEC.
INITIALS_SKIPPED = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "&"})

_POSSESSIVE = re.compile(r"['\u2019]s?$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\s&'-]+")
_DOTS = re.compile(r"(?<=\w)\.(?=\w|$)")
_SPACES = re.compile(r"\s+")
# Capitals with at most one small letter between two of them: "BoE", "DfES"; not "GmbH".
_MIXED_CASE_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")
# A capital, a stray capital from a damaged drop cap, then lower case: "VLadimir".
_DROP_CAP_DAMAGE = re.compile(r"^([A-Z])([A-Z])([a-z]{2,})")
_DROP_CAP_LENGTH = 4  # the shortest word it matches


def strip_accents(text: str) -> str:
    """Remove combining accents, so "Müller" and "Muller" compare equal."""
    if text.isascii():
        return text  # most names; no normal form changes an ASCII text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def strip_possessive(word: str) -> str:
    """Drop a trailing possessive "'s" or bare apostrophe from one word."""
    return _POSSESSIVE.sub("", word) if len(word) > len("'s") else word


def repair_word_case(word: str) -> str:
    """Undo drop-cap damage ("VLadimir" -> "Vladimir"); other words are returned as they are."""
    if len(word) < _DROP_CAP_LENGTH or not "A" <= word[1] <= "Z":
        return word  # most words: no pattern to search for
    return _DROP_CAP_DAMAGE.sub(lambda m: m.group(1) + m.group(2).lower() + m.group(3), word)


def tidy_name(text: str) -> str:
    """Return the display form of a name as written.

    Collapses whitespace, drops a leading article and a trailing possessive, and repairs
    drop-cap damage. Casing is otherwise kept: "NATO" stays "NATO".
    """
    words = _SPACES.sub(" ", text).strip(" \t\n\"'\u201c\u201d\u2018\u2019,;:-").split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    if words:
        words[-1] = strip_possessive(words[-1])
    return " ".join(repair_word_case(word) for word in words if word)


def _fold(name: str) -> str:
    """Lower-case, accent-free, dot-free, article-free form used to look names up."""
    folded = strip_accents(tidy_name(name)).lower().replace("\u2019", "'")
    folded = _DOTS.sub("", folded)
    folded = _NON_WORD.sub(" ", folded)
    words = folded.split()
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def expand_alias(name: str) -> str | None:
    """Return the full name of a well-known short form ("U.S." -> "United States"), or None."""
    return _expansion(name, _fold(name))


def _expansion(name: str, folded: str) -> str | None:
    if folded in ACRONYM_ALIASES and _DOTS.sub("", tidy_name(name)).isupper():
        return ACRONYM_ALIASES[folded]
    return NAME_ALIASES.get(folded)


def canonical_key(name: str) -> str:
    """Return the key on which different spellings of one entity meet across articles.

    The key is lower case, without accents, dots, punctuation, leading articles or possessives,
    and well-known short forms are first expanded to their full names, so "The United States",
    "United States" and "the U.S." all give "united states", and "Müller's" gives "muller". Only
    spelling is normalised: resolving "Putin" to "Vladimir Putin" needs the article's context and
    is done by the in-article resolver, whose canonical names are what should be keyed.
    """
    folded = _fold(name)
    expanded = _expansion(name, folded)
    return folded if expanded is None else _fold(expanded)


def initials_of(name: str) -> str:
    """Return the upper-case initials of a name's significant words ("North Atlantic Treaty
    Organization" -> "NATO"); hyphenated words give one initial per part."""
    words = _SPACES.split(strip_accents(name).replace("-", " "))
    return "".join(
        word[0].upper() for word in words if word and word.lower() not in INITIALS_SKIPPED
    )


def mixed_case_initials(text: str) -> str | None:
    """The capitals of a short form written with the small initials of its linking words ("BoE"
    for the Bank of England, "DfES"), or None for any other word ("McDonald", "iPod")."""
    if not _MIXED_CASE_ACRONYM.fullmatch(text) or len(text) > ACRONYM_LENGTHS[1]:
        return None
    return "".join(char for char in text if char.isupper())


def is_acronym(text: str) -> bool:
    """True for an all-capitals short form such as "NATO" or "U.N." (two to eight letters)."""
    letters = text.replace(".", "")
    return (
        ACRONYM_LENGTHS[0] <= len(letters) <= ACRONYM_LENGTHS[1]
        and letters.isalpha()
        and letters.isupper()
    )
