"""When a word of an article's longer name is not that name's short form, though it is part of
it: the word names something else the article also speaks of.

The resolver (`resolve.NameResolver`) merges a name's parts into it; these rules keep apart:
- a title the article writes before other people too ("MEP" of "MEP Jon Tarr" where it also
  writes "MEP Ada Vell"): a descriptor, nobody's name;
- the place after a preposition inside a name ("Tarvos" of "Vell Farm in Tarvos"): the farm
  is in the town, it is not the town;
- a common word whose capital comes only from opening a sentence ("Rock" of "Jailhouse Rock",
  from "Rock music ..."): the word, not the work's title it ends (a body's head word, "Senate"
  of "US Senate", is its short form wherever it stands);
- an organisation before an event's word ("Academy" of "Academy Awards"): the body that gives
  the awards, not the awards;
- an acronym the article does not define, beside a law's name its initials spell ("GLA" beside
  "Greater London Act"): a law is abbreviated where it is defined, so the letters are the body
  the law is named after;
- a country's other name that is the surname of a person the article names ("Holland" where
  it names "Matt Holland"): keyed as written (`keys_of`), it is his name there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from generator.analyse.entities.caps import is_common_word
from generator.analyse.entities.spans import NAME_PARTICLES, Candidate
from generator.model.name_words import EVENT_HEADS, LEGAL_WORDS
from generator.model.names import canonical_key, expand_alias

# Lower-case words a name holds that make no place's or thing's name of what follows them.
_NAME_LINKS = frozenset({"of", "the"}) | NAME_PARTICLES
# Labels of a law's or an organisation's name, as the model gives them.
LAW, ORGANISATION = "LAW", "ORG"


def titles_before_people(doc: Doc, candidates: Iterable[Candidate]) -> frozenset[str]:
    """The lower-cased words the article writes just before a person's name ("MEP" in "UKIP
    MEP Ada Vell"): a title or descriptor, whatever other name it opens."""
    return frozenset(
        doc[c.start - 1].lower_
        for c in candidates
        if c.label == "PERSON" and c.start > 0 and doc[c.start - 1].text[:1].isupper()
    )


def follows_a_preposition(written: str, short_words: int) -> bool:
    """Whether the word before the last `short_words` words of the name as written is a
    lower-case word that is no part of a name ("in" of "Vell Farm in Tarvos"; not "of", "the"
    or "arap")."""
    words = written.split()
    if len(words) <= short_words:
        return False
    before = words[-short_words - 1]
    return before.islower() and before not in _NAME_LINKS


def capital_from_position(
    doc: Doc, candidates: Sequence[Candidate], common_words: frozenset[str]
) -> bool:
    """Whether the name is one common word ("Rock", "Noise") and every mention of it opens a
    sentence, where a capital says nothing."""
    return all(
        c.end - c.start == 1
        and bool(doc[c.start].is_sent_start)
        and is_common_word(doc[c.start].lower_, common_words)
        for c in candidates
    )


def gives_an_event(short_label: str, extra: list[str]) -> bool:
    """Whether an organisation's name followed only by an event's words ("Academy" +
    "Awards") names its event rather than itself."""
    return short_label == ORGANISATION and all(word in EVENT_HEADS for word in extra)


def spells_a_law(full_name: str, acronym_label: str) -> bool:
    """Whether a name an acronym's initials spell is a law's ("... Act", "... Bill") and the
    acronym is not read as a law."""
    words = full_name.casefold().split()
    return acronym_label != LAW and bool(words) and words[-1] in LEGAL_WORDS


def keys_of(names: Sequence[str], candidates: Sequence[Candidate]) -> list[str]:
    """Each name's key; a well-known short form ("Holland") keyed as written, not as the
    country it stands for, where the article names a person whose surname it is ("Matt
    Holland"): there it is his name."""
    surnames = {
        name.split()[-1].lower()
        for name, candidate in zip(names, candidates, strict=True)
        if candidate.label == "PERSON" and " " in name
    }
    return [
        name.lower()
        if " " not in name and name.lower() in surnames and expand_alias(name) is not None
        else canonical_key(name)
        for name in names
    ]
