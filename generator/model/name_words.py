"""What a name's own words say of its class, shared by the analysis (a mention's cue) and the
site-wide vote (a name's key): one vocabulary, in the layer both may import.

Each set states a class of names, never a particular one:
- a law holds a legal word ("Licensing Act", "Treaty of Rome"); a name without one is no law;
- a legal form or a club's suffix makes a name an organisation ("Korvex plc", "Tarvos United"),
  and so does a club's word beside a place ("Real Madrid", "Manchester City");
- an organisation's word makes a name no person's ("Tarvos City", "Korvex Group");
- an event's head word ends an event's name ("Tarvos Film Festival", "Korvex Cup"), and
  alone is no one's name ("Premiership");
- a venue's head word ends a building's or a station's name, never a person's ("Tarvos
  Stadium", "Korvex Station");
- a title ending in one digit is a product or a work ("Quest 2"), unless the word before the
  digit numbers something else ("Channel 4", "Formula 1", "Terminal 5");
- an initial and a surname is a person's name ("C Maas", "J. Odera");
- an organisation's word or a person's title alone ("Party", "DJ") describes a name, never
  names one.
"""

from __future__ import annotations

from generator.model.gazetteer import is_place_name
from generator.model.names import ACRONYM_ALIASES

LEGAL_WORDS = frozenset(
    {"act", "acts", "bill", "law", "laws", "treaty", "convention", "constitution", "code",
     "directive", "amendment", "protocol", "charter", "chapter", "article", "section",
     "regulation", "regulations", "statute", "accord", "accords", "agreement", "declaration",
     "resolution", "ordinance", "decree"}
)  # fmt: skip
# Legal forms and the suffixes of sports clubs: an organisation whatever the model guessed.
# The club words count only after the first word ("Athletic Bilbao" may open with a place).
LEGAL_FORMS = frozenset(
    {"fc", "afc", "plc", "inc", "inc.", "ltd", "ltd.", "llc", "gmbh", "corp", "corp.",
     "corporation", "co.", "holdings"}
)  # fmt: skip
CLUB_SUFFIXES = frozenset({"united", "utd", "rovers", "wanderers", "athletic", "albion", "hotspur"})
# Words that make a club of the place they stand beside ("Real Madrid", "Tarvos City"), where
# the whole is not itself a place ("Mexico City").
CLUB_PREFIXES = frozenset(
    {"real", "atletico", "inter", "ac", "sporting", "dynamo", "dinamo", "olympique", "borussia",
     "racing", "deportivo"}
)  # fmt: skip
# Not "county": "Orange County" is a place, as most counties are.
PLACE_CLUB_SUFFIXES = frozenset({"city", "town", "rangers"})
# Words no person's name holds: against a person reading only, since a place may hold some
# ("Mexico City", "West Bank").
ORGANISATION_WORDS = LEGAL_FORMS | CLUB_SUFFIXES | frozenset(
    {"city", "county", "group", "bank", "company", "party", "council", "association",
     "federation", "union", "institute", "university", "college", "foundation", "society",
     "commission", "committee", "ministry", "department", "agency", "authority", "board",
     "trust", "airlines", "airways", "motors", "industries", "systems", "technologies",
     "networks", "records", "studios", "pictures", "entertainment", "media", "games", "club",
     "league", "church", "school", "hospital", "service", "services", "news", "times", "post"}
)  # fmt: skip
EVENT_HEADS = frozenset(
    {"festival", "championship", "championships", "olympics", "tournament", "summit",
     "expo", "marathon", "prix", "cup", "open", "awards", "conference", "premiership",
     "trophy", "sevens"}
)  # fmt: skip
# Head words of buildings, grounds and stations: a person's name never ends in one ("hall"
# does: "Stuart Hall").
VENUE_HEADS = frozenset(
    {"stadium", "arena", "theatre", "theater", "station", "airport", "museum", "gallery",
     "cathedral", "abbey", "palace", "tower", "library", "square", "strait", "straits",
     "racecourse", "circuit", "ground"}
)  # fmt: skip
# Titles that stand for a person beside a name ("Mr", "DJ"). Not nameparser's list of titles,
# which holds words that also name places and bodies ("states", "us").
COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "dj", "mp"}
)
# Words a single digit after them numbers, in names that are neither products nor works.
NUMBERED_THINGS = frozenset(
    {"channel", "radio", "formula", "terminal", "group", "division", "league", "stage",
     "phase", "level", "zone", "tier", "platform", "category", "class", "type", "grade",
     "route", "flight", "gate", "number", "no", "no.", "room", "camp", "war", "day", "year",
     "round", "game", "match", "test", "series", "pool", "section", "chapter", "article"}
)  # fmt: skip
# Single capitals that open a sentence or stand for "I" rather than an initial.
NON_INITIALS = frozenset({"A", "I"})
INITIAL_NAME_WORDS = (2, 3)


def _words(name: str) -> list[str]:
    return name.casefold().split()


def holds_legal_word(name: str) -> bool:
    """ "Licensing Act", "Treaty of Rome": a name a law may have."""
    return any(word in LEGAL_WORDS for word in _words(name))


def names_organisation(name: str) -> bool:
    """A legal form anywhere, a club's suffix after the first word ("Tarvos United"), or a
    club's word beside a place ("Real Madrid", "Manchester City")."""
    words = _words(name)
    return len(words) > 1 and (
        any(word in LEGAL_FORMS for word in words)
        or any(word in CLUB_SUFFIXES for word in words[1:])
        or _names_club_of_place(words)
    )


def _names_club_of_place(words: list[str]) -> bool:
    if is_place_name(" ".join(words)):
        return False
    if words[0] in CLUB_PREFIXES and is_place_name(" ".join(words[1:])):
        return True
    return words[-1] in PLACE_CLUB_SUFFIXES and is_place_name(" ".join(words[:-1]))


def holds_organisation_word(name: str) -> bool:
    """A word of a name of two or more that no person's name holds: "Tarvos City"."""
    words = _words(name)
    return len(words) > 1 and any(word in ORGANISATION_WORDS for word in words)


def names_event(name: str) -> bool:
    """ "Tarvos Film Festival", "Korvex Cup": an event's head word ends the name."""
    words = _words(name)
    return len(words) > 1 and words[-1] in EVENT_HEADS


def is_event_head(name: str) -> bool:
    """ "Premiership", "Olympics": an event's head word alone, the event the article means."""
    # "Open" alone opens sentences and headlines far more often than it names a tournament.
    words = _words(name)
    return len(words) == 1 and words[0] in EVENT_HEADS and words[0] != "open"


def names_venue(name: str) -> bool:
    """ "Tarvos Stadium", "Korvex Station": a venue's head word ends the name."""
    words = _words(name)
    return len(words) > 1 and words[-1] in VENUE_HEADS


def ends_in_title_number(name: str) -> bool:
    """ "Quest 2": a title ending in one digit, unless that digit numbers a channel, a stage
    or the like ("Channel 4")."""
    words = _words(name)
    return (
        len(words) > 1
        and len(words[-1]) == 1
        and words[-1].isdigit()
        and words[-2] not in NUMBERED_THINGS
    )


def is_initial_and_surname(name: str) -> bool:
    """ "C Maas", "J. Odera", "J.P. Odera": one or two initials, then one or two words, none
    an organisation's ("U.S. State Department")."""
    words = name.split()
    if not INITIAL_NAME_WORDS[0] <= len(words) <= INITIAL_NAME_WORDS[1]:
        return False
    if holds_organisation_word(name) or words[0].replace(".", "").lower() in ACRONYM_ALIASES:
        return False
    first = words[0]
    letters = first.replace(".", "")
    if not (letters.isalpha() and letters.isupper()):
        return False
    single = len(letters) == 1 and (first.endswith(".") or first not in NON_INITIALS)
    dotted = len(letters) == len(first) // 2 and first.count(".") == len(letters)
    rest = words[1:]
    return (single or dotted) and all(word[:1].isupper() and not word.isupper() for word in rest)


def is_descriptor(name: str) -> bool:
    """ "Party", "the Council", "DJ": one organisation's word or person's title, which an
    article may use for the name it stands beside but which is nobody's name."""
    words = [w for w in name.lower().replace(".", "").split() if w != "the"]
    return len(words) == 1 and (words[0] in ORGANISATION_WORDS or words[0] in COURTESY_TITLES)


# Words that name a public body by what it does, which every country has ("Supreme Court",
# "Parliament", "Ministry of Agriculture"): a name made only of these (and joining words), with
# a body's noun or a portfolio's, is no one body's name but each country's own. Not "labour"
# (a party's name), nor words that name no body alone ("National", "Home").
BODY_NOUNS = frozenset(
    {"court", "courts", "tribunal", "parliament", "congress", "senate", "assembly", "cabinet",
     "government", "ministry", "department", "treasury", "office", "police", "army", "navy",
     "commission", "council", "legislature", "chamber", "prosecutor", "prosecutors"}
)  # fmt: skip
PORTFOLIO_WORDS = frozenset(
    {"agriculture", "finance", "defence", "defense", "health", "education", "justice",
     "interior", "foreign", "affairs", "trade", "industry", "transport", "energy",
     "environment", "culture"}
)  # fmt: skip
_BODY_QUALIFIERS = frozenset(
    {"supreme", "high", "constitutional", "district", "federal", "national", "central", "state",
     "appeal", "appeals", "air", "force", "electoral", "home", "upper", "lower", "house",
     "public", "general", "attorney", "security", "intelligence", "of", "the", "and", "for",
     "&"}
)  # fmt: skip


def names_generic_body(name: str) -> bool:
    """ "Supreme Court", "Ministry of Agriculture", "Parliament", "Agriculture" (its ministry):
    a body named only by generic words, no place's, person's or other proper name."""
    words = name.lower().replace(",", " ").split()
    named = BODY_NOUNS | PORTFOLIO_WORDS
    known = named | _BODY_QUALIFIERS
    return any(word in named for word in words) and all(word in known for word in words)
