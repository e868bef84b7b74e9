"""Cues: the label an article's own words give a name, whatever the model guessed.

Each rule states a class of evidence:
- a descriptor noun before the name or in apposition after it ("oil giant Yukos", "the film
  Hotel Rwanda", "Santos, the Brazilian club"): the descriptor's class;
- what only an organisation has ("shares in Yukos", "Yukos's chief executive");
- a person's title or courtesy title before the name ("Mr Moi", "coach Rinus Michels"), an
  age in apposition ("Michels, 77,"), a person's pronoun after "said" ("Moi said he");
- a place preposition before a name the gazetteer knows as a place ("in Oxford").
A cue becomes the candidate's label, and counts more than the model's guess in the vote.
"""

from __future__ import annotations

from collections.abc import Iterable

from nameparser.config import CONSTANTS
from spacy.tokens import Doc, Token

from generator.analyse.entities.gazetteer import is_place_name
from generator.analyse.entities.kind_cues import (
    AFTER_ONLY,
    EVENT_DESCRIPTORS,
    PRODUCT_DESCRIPTORS,
    WORK_DESCRIPTORS,
    descriptor_after,
    is_unfounded_law,
    name_cue,
    verb_cue,
)
from generator.analyse.entities.person_cues import one_word_person_evidence
from generator.analyse.entities.propagate import GAZETTEER, name_key
from generator.analyse.entities.spans import HONORIFICS, TITLES, Candidate
from generator.analyse.entities.team_cues import team_cue

# How much a cued label counts in the vote: more than the model's label on a name of several
# words or the country table's, since the article says it outright.
CUE_WEIGHT = 3.0

# Descriptor nouns and the class they state.
_DESCRIPTORS = {
    "ORG": (
        "firm", "company", "group", "giant", "club", "team", "side", "band", "bank",
        "airline", "carrier", "maker", "manufacturer", "retailer", "broadcaster", "newspaper",
        "magazine", "agency", "party", "insurer", "conglomerate", "corporation",
        "network", "website", "chain", "outfit", "regulator", "watchdog", "studio", "charity",
        "rival", "rivals",
    ),
    "WORK_OF_ART": WORK_DESCRIPTORS,
    "PRODUCT": PRODUCT_DESCRIPTORS,
    "EVENT": EVENT_DESCRIPTORS,
    "GPE": ("city", "town", "village", "capital", "province", "country", "port", "suburb"),
}  # fmt: skip
# Trades both a person and a firm may ply ("executive producer Robbie Stamp", "game developer
# Krome Studios"): no cue either way, and no person's title.
AMBIGUOUS_TRADES = (
    "producer", "developer", "publisher", "operator", "supplier", "distributor", "contractor",
    "designer", "consultant", "provider", "partner", "owner", "lender", "label",
)  # fmt: skip
# Every descriptor, as it may follow a name ("the Quest console"), and as it may stand before
# one or in apposition, where some would name a person or a match instead ("the player Odera").
DESCRIPTORS_AFTER: dict[str, str] = {
    **{noun: label for label, nouns in _DESCRIPTORS.items() for noun in nouns if label != "GPE"},
    **dict.fromkeys(AMBIGUOUS_TRADES, ""),
}
DESCRIPTORS: dict[str, str] = {
    **{
        noun: label
        for label, nouns in _DESCRIPTORS.items()
        for noun in nouns
        if noun not in AFTER_ONLY
    },
    **dict.fromkeys(AMBIGUOUS_TRADES, ""),
}
# Places also take their descriptor with "of": "the city of Basra".
PLACE_DESCRIPTOR_LINK = "of"
# Only an organisation is traded or has these: "shares in X", "X's chief executive".
ORG_OBJECT_NOUNS = frozenset({"shares", "stake", "stakes", "shareholders", "bid", "takeover"})
ORG_POSSESSIONS = frozenset(
    {"shares", "shareholders", "chief", "board", "profits", "profit", "subsidiary",
     "headquarters", "customers", "stake", "takeover", "bosses"}
)  # fmt: skip
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
PERSON_PRONOUNS = frozenset({"he", "she"})
SPEECH_VERBS = frozenset({"said", "says", "told", "added", "insisted", "admitted"})
# Prepositions that put a place before a name: "in Oxford", "near Cowley".
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout"})
NAMEPARSER_TITLES = frozenset(CONSTANTS.titles)
NON_GPE_PLACES = frozenset({"LOC", "FAC"})
MAX_AGE = 120
# ", 77," after a name.
APPOSED_AGE_TOKENS = 3
# Words in a run of capitals a title may introduce: "coach Rinus Michels".
TITLED_NAME_WORDS = (2, 3)


def _previous(doc: Doc, index: int) -> Token | None:
    return doc[index - 1] if index > 0 else None


def _is_descriptor(token: Token | None) -> str:
    if token is None or not token.text.islower() or token.pos_ != "NOUN":
        return ""
    return DESCRIPTORS.get(token.lower_, "")


def _descriptor_before(doc: Doc, start: int) -> str:
    """ "oil giant Yukos", "the film Hotel Rwanda", "the film The Aviator", "the city of
    Basra". Across a comma only for a work ("his last album, Genius Loves Company"): "the
    state-owned Naftohaz company, Yury Boyko," names the company's head."""
    before = _previous(doc, start)
    if before is not None and before.text == "The":
        # A title's own article: "the thriller The Woodsman".
        start, before = start - 1, _previous(doc, start - 1)
    if before is not None and before.text == ",":
        work = _is_descriptor(_previous(doc, start - 1))
        return work if work == "WORK_OF_ART" else ""
    label = _is_descriptor(before)
    if label or before is None or before.lower_ != PLACE_DESCRIPTOR_LINK:
        return label
    place = _is_descriptor(_previous(doc, before.i))
    return place if place == "GPE" else ""


def _descriptor_after(doc: Doc, start: int, end: int) -> str:
    """ "Santos, the Brazilian club,": an apposition whose head is a descriptor."""
    for token in doc[start:end]:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= end:
                label = _is_descriptor(child)
                if label and any(word.lower_ in ("the", "a", "an") for word in child.lefts):
                    return label
    return ""


def _organisation_evidence(doc: Doc, start: int, end: int) -> bool:
    """ "shares in Yukos", "Yukos's chief executive"."""
    before = _previous(doc, start)
    if (
        before is not None
        and before.lower_ in ("in", "of")
        and start > 1
        and doc[start - 2].lower_ in ORG_OBJECT_NOUNS
    ):
        return True
    return (
        end + 1 < len(doc)
        and doc[end].text in POSSESSIVE_MARKS
        and doc[end + 1].lower_ in ORG_POSSESSIONS
    )


def _is_office(token: Token | None) -> bool:
    """A courtesy title or an office in any case: "Mr", "President", "coach"."""
    if token is None or token.text.isupper():
        return False
    if token.lower_ in HONORIFICS:
        return True
    # Our titles include modifiers ("former", "acting"), which qualify a title and are no title.
    return token.lower_ in TITLES and token.pos_ in ("NOUN", "PROPN")


def _is_trade(token: Token | None) -> bool:
    """A trade or rank from nameparser's titles, written as a common noun: "actor", "host".
    Capitalised, those titles hold words that open names of other kinds ("British")."""
    return (
        token is not None
        and token.text.islower()
        and token.lower_ not in DESCRIPTORS
        and token.lower_ in NAMEPARSER_TITLES
        and token.pos_ == "NOUN"
    )


def _is_person_title(token: Token | None) -> bool:
    return _is_office(token) or _is_trade(token)


def _modifies_noun(doc: Doc, end: int) -> bool:
    """True when the name modifies a noun after it ("sister Xiluodu dam"), so that a word
    before it describes the whole phrase, not the name."""
    return end < len(doc) and doc[end].text.islower() and doc[end].pos_ == "NOUN"


def _person_evidence(
    doc: Doc, start: int, end: int, ordinary_words: frozenset[str] = frozenset()
) -> bool:
    """A title before the name, an age after it, or "said he" after it, the name its subject.

    A trade counts before a name of two words or more only: a noun before one word may be a
    verb the tagger misread ("Chelsea host Birmingham")."""
    before = _previous(doc, start)
    titled = _is_office(before) or (_is_trade(before) and end - start > 1)
    if titled and not _modifies_noun(doc, end):
        return True
    after = [token.lower_ for token in doc[end : end + 3]]
    if len(after) == APPOSED_AGE_TOKENS and after[0] == "," and after[2] in (",", "."):
        age = doc[end + 1].text
        if age.isdigit() and 0 < int(age) <= MAX_AGE:
            return True
    root = doc[start:end].root
    said_he = (
        len(after) > 1
        and after[0] in SPEECH_VERBS
        and after[1] in PERSON_PRONOUNS
        and root.dep_ == "nsubj"
        and root.head.i == end
    )
    return said_he or one_word_person_evidence(doc, start, end, ordinary_words)


def _place_evidence(doc: Doc, start: int, end: int, ordinary_words: frozenset[str]) -> bool:
    """ "in Oxford": a place preposition before a name the gazetteer knows as a place, unless
    the name is also an ordinary word ("in Spring", "in Reading" decide nothing)."""
    before = _previous(doc, start)
    name = doc[start:end].text
    return (
        before is not None
        and before.lower_ in PLACE_PREPOSITIONS
        and name.lower() not in ordinary_words
        and is_place_name(name)
    )


def find_cue(
    doc: Doc,
    start: int,
    end: int,
    ordinary_words: frozenset[str] = frozenset(),
    label: str = "",
) -> str:
    """The label the words around tokens `start`..`end`, read by the model as `label`, give
    the name there, or "".

    `ordinary_words` are the lower-case words a place name must not be for a preposition to
    make it a place."""
    cue = _descriptor_before(doc, start) or _descriptor_after(doc, start, end)
    if cue:
        return cue
    cue = descriptor_after(doc, start, end, label, DESCRIPTORS_AFTER) or verb_cue(
        doc, start, end, label
    )
    if cue:
        return cue
    if _organisation_evidence(doc, start, end) or team_cue(doc, start, end, label):
        return "ORG"
    if _person_evidence(doc, start, end, ordinary_words):
        return "PERSON"
    if _place_evidence(doc, start, end, ordinary_words):
        return "GPE"
    return ""


def apply_cues(
    doc: Doc, candidates: Iterable[Candidate], ordinary_words: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Give each candidate the cue its context states, as its label with `CUE_WEIGHT`.

    Countries, nationalities and well-known short forms keep their table's label: the table
    decides them already, and a word before them describes something else.
    """
    cued = []
    for candidate in candidates:
        cue = ""
        name = doc[candidate.start : candidate.end].text
        if name_key(doc, candidate.start, candidate.end) not in GAZETTEER:
            cue = find_cue(doc, candidate.start, candidate.end, ordinary_words, candidate.label)
            cue = cue or name_cue(name, candidate.label)
        # A region or a building is a place too: "in Asia" says nothing against LOC.
        if cue == "GPE" and candidate.label in NON_GPE_PLACES:
            cue = ""
        if cue:
            cued.append(candidate._replace(label=cue, weight=CUE_WEIGHT, cue=cue))
        elif is_unfounded_law(name, candidate.label):
            cued.append(candidate._replace(weight=0.0))
        else:
            cued.append(candidate)
    return cued


def find_titled_people(doc: Doc, covered: list[bool]) -> list[Candidate]:
    """People the model missed after a title in lower case: "coach Rinus Michels".

    Two or three capitalised words, none yet part of a name, after a title noun in lower case.
    """
    found = []
    for token in doc[:-1]:
        if not (token.text.islower() and _is_person_title(token)):
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not covered[end]:
            end += 1
        words = end - token.i - 1
        if TITLED_NAME_WORDS[0] <= words <= TITLED_NAME_WORDS[1] and not (
            end < len(doc) and doc[end].text[:1].isupper()
        ):
            found.append(Candidate(token.i + 1, end, "PERSON", CUE_WEIGHT, "PERSON"))
    return found
