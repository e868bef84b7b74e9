"""Cues for works, products and events, and from a name's own words (`cues` asks these last).

Each rule states a class of evidence:
- a descriptor noun after the name, the name its modifier ("the Quest console", "its Korvex
  format", "Tarvos's Quest game");
- what only a work takes ("Quest, starring ...", "Quest, directed by ...", "her role in
  Quest", "1992's Quest") or only software ("download Quest", "install Quest");
- the name's own words (`model.name_words`): a legal form or a club's suffix, an event's head
  word, a title ending in one digit, an initial and a surname, an organisation's, a venue's
  or an event's word where the model read a person.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model.name_words import (
    ends_in_title_number,
    holds_legal_word,
    holds_organisation_word,
    is_event_head,
    is_initial_and_surname,
    names_event,
    names_organisation,
    names_venue,
)

# Descriptors of works, products and events; `cues` adds them to the organisations' and
# places' it holds. A game, a console, a format and a device are all things a reader looks
# for among the products.
WORK_DESCRIPTORS = (
    "film", "movie", "album", "single", "song", "book", "novel", "play", "musical",
    "documentary", "sitcom", "opera", "painting", "poem", "biopic", "blockbuster", "series",
    "drama", "comedy", "thriller", "programme", "soap", "trilogy", "sequel", "franchise",
    "track", "hit", "films", "movies", "albums", "songs", "books", "novels", "operas",
    "musicals", "sitcoms", "soaps", "dramas", "plays",
)  # fmt: skip
PRODUCT_DESCRIPTORS = (
    "game", "games", "console", "consoles", "format", "formats", "shuttle", "spacecraft",
    "handset", "handsets", "phone", "phones", "software", "browser", "device", "devices",
    "gadget", "program", "application", "app", "car", "model",
    "satellite", "rocket", "drug", "vaccine", "processor", "chip",
)  # fmt: skip
EVENT_DESCRIPTORS = (
    "festival", "tournament", "championship", "championships", "conference", "summit",
    "fair", "exhibition", "ceremony", "marathon",
)  # fmt: skip
# Words a product descriptor shares with people ("the model Ana Maas") or a match ("the game
# Tarvos won"): these count after a name only ("the Astra model", "the Quest game").
AFTER_ONLY = frozenset({"model", "game", "games"})
# After a name, a work's or an event's descriptor, or a person's name before any, names a
# maker or a host ("the Ben Stiller comedy", "a BBC documentary", "the Labour conference"):
# only a product's or an organisation's descriptor after the name says what it is.
AFTER_LABELS = frozenset({"PRODUCT", "ORG"})
MAKERS = frozenset({"PERSON", "NORP"})
# Before a name whose descriptor follows: a determiner or a possessive, so that the name is
# the descriptor's modifier, not its owner ("Korvex software" may be the firm's).
NAME_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "new"})
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
# "Quest, starring ...", "Quest, directed by ...": what only a film or a show takes.
WORK_VERBS = frozenset({"starring", "co-starring", "directed"})
WORK_VERB_LINKS = {"directed": "by"}
# Before a name: what only a work has or is played in ("her role in Quest", "starred in
# Quest"). A person plays a role in a work, never in another person.
WORK_ROLE_PHRASES = frozenset(
    {("role", "in"), ("roles", "in"), ("starred", "in"), ("stars", "in"), ("starring", "in"),
     ("appeared", "in"), ("appears", "in"), ("cameo", "in")}
)  # fmt: skip
YEAR_DIGITS = 4
# "download Quest", "install Quest": what only software or a file takes.
SOFTWARE_VERBS = frozenset(
    {"download", "downloads", "downloaded", "downloading", "install", "installs", "installed",
     "installing", "uninstall", "uninstalled"}
)  # fmt: skip
# Labels a title ending in a digit may keep: "Euro 4" an event, "Quest 2" a work.
NUMBERED_KINDS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT"})


def descriptor_after(
    doc: Doc, start: int, end: int, label: str, descriptors: dict[str, str]
) -> str:
    """ "the Quest console", "Tarvos's Quest game": a product's or an organisation's descriptor
    that the name, not read as a person's, modifies and that heads its phrase (not "the Korvex
    software giant")."""
    if end >= len(doc) or start == 0 or label in MAKERS:
        return ""
    after = doc[end]
    opener = doc[start - 1]
    if not (opener.lower_ in NAME_OPENERS or opener.text in POSSESSIVE_MARKS):
        return ""
    if not after.text.islower() or after.pos_ != "NOUN" or after.dep_ == "compound":
        return ""
    described = descriptors.get(after.lower_, "")
    return described if described in AFTER_LABELS else ""


def _verb_after(doc: Doc, end: int, *, maker: bool) -> str:
    """ "Quest, starring Ana Odera", "Quest, directed by ...": the verb then a name or "by"
    ("Odera, starring in seven films," is the person). A maker's name before "directed by"
    may be the one directed ("Odera, directed by Maas, plays ...")."""
    index = end + 1 if end < len(doc) and doc[end].text == "," else end
    if index + 1 >= len(doc) or doc[index].lower_ not in WORK_VERBS:
        return ""
    link = WORK_VERB_LINKS.get(doc[index].lower_)
    following = doc[index + 1]
    if link is not None:
        return "WORK_OF_ART" if following.lower_ == link and not maker else ""
    return "WORK_OF_ART" if following.text[:1].isupper() else ""


def _work_before(doc: Doc, start: int, end: int) -> str:
    """ "her role in Quest", "1992's Quest": only a work is played in or dated by its year;
    not a name that owns what follows ("appeared in Odera's first book")."""
    if start < 2 or (end < len(doc) and doc[end].text in POSSESSIVE_MARKS):
        return ""
    if (doc[start - 2].lower_, doc[start - 1].lower_) in WORK_ROLE_PHRASES:
        return "WORK_OF_ART"
    year = doc[start - 2].text
    dated = len(year) == YEAR_DIGITS and year.isdigit()
    return "WORK_OF_ART" if dated and doc[start - 1].text in POSSESSIVE_MARKS else ""


def verb_cue(doc: Doc, start: int, end: int, label: str = "") -> str:
    """The kind a work's or software's verb gives the name: "download Quest" a product, not
    read as a person's; "Quest, starring ...", "her role in Quest" a work."""
    maker = label in MAKERS
    if not maker and start > 0 and doc[start - 1].lower_ in SOFTWARE_VERBS:
        return "PRODUCT"
    return _verb_after(doc, end, maker=maker) or _work_before(doc, start, end)


def name_cue(name: str, label: str) -> str:
    """The label the name's own words give it, read by the model as `label`, or ""."""
    if is_initial_and_surname(name):
        return "PERSON"
    if names_organisation(name):
        return "ORG"
    if names_event(name):
        return "EVENT"
    if label not in NUMBERED_KINDS and ends_in_title_number(name):
        return "PRODUCT"
    return _no_persons_word(name) if label == "PERSON" else ""


def _no_persons_word(name: str) -> str:
    """The label of a word no person's name holds: an organisation's, a venue's or an
    event's."""
    if holds_organisation_word(name):
        return "ORG"
    if names_venue(name):
        return "FAC"
    return "EVENT" if is_event_head(name) else ""


def is_unfounded_law(name: str, label: str) -> bool:
    """A law the model read in a name without a legal word ("Quest 2", "Downing Street"): the
    model's LAW is rarely right there, so other evidence decides."""
    return label == "LAW" and not holds_legal_word(name)
