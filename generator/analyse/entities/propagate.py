"""Finding the names the model missed: known names seen elsewhere, and country names.

An article repeats its names, and the model recognises some occurrences but not others (in a
results table, in a headline, at the start of a sentence). Every capitalised occurrence of a
name the article has already shown to be a name is taken as a mention too, as is every
capitalised country or nationality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from generator.analyse.entities.places import COUNTRIES, NATIONALITIES
from generator.analyse.entities.spans import HONORIFICS, TITLES, Candidate
from generator.model.names import ACRONYM_ALIASES, NAME_ALIASES

NameKey = tuple[str, ...]


def _gazetteer() -> dict[NameKey, str]:
    names: dict[NameKey, str] = {}
    for country in COUNTRIES | set(NAME_ALIASES):
        names[tuple(country.lower().split())] = "GPE"
    for nationality in NATIONALITIES:
        names[tuple(nationality.lower().split())] = "NORP"
    for acronym in ACRONYM_ALIASES:
        names[(acronym,)] = "GPE" if ACRONYM_ALIASES[acronym] in COUNTRIES else "ORG"
        names[(".".join(acronym) + ".",)] = names[(acronym,)]
    return names


# Names every article may use without the model noticing them: countries, their adjectives,
# and the well-known short forms of countries and organisations.
GAZETTEER: dict[NameKey, str] = _gazetteer()


def name_key(doc: Doc, start: int, end: int) -> NameKey:
    """The lower-cased token texts of a span: how a name is looked up."""
    return tuple(token.lower_ for token in doc[start:end])


def _is_name_part(token: Token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or len(token.text) > 1)


def _person_name_parts(doc: Doc, candidate: Candidate) -> Iterable[NameKey]:
    """The given name and surname of a multi-word person's name, as one-word keys."""
    if candidate.label != "PERSON" or candidate.end - candidate.start == 1:
        return ()
    parts = (doc[candidate.start], doc[candidate.end - 1])
    return [
        (part.lower_,)
        for part in parts
        if part.is_alpha and len(part) > 1 and part.text[0].isupper() and part.lower_ not in TITLES
    ]


def index_known_names(doc: Doc, candidates: Iterable[Candidate]) -> dict[NameKey, str]:
    """Map each name the article shows as a name to its most frequent label.

    Surnames and given names of people named in full are included, unless two people share
    one ("Waugh" of "Mark Waugh" and "Steve Waugh" stays unresolved) or the word is also a
    name of something else in its own right.
    """
    labels: dict[NameKey, Counter[str]] = defaultdict(Counter)
    part_owners: dict[NameKey, set[NameKey]] = defaultdict(set)
    for candidate in candidates:
        key = name_key(doc, candidate.start, candidate.end)
        labels[key][candidate.label] += 1
        for part in _person_name_parts(doc, candidate):
            part_owners[part].add(key)
    known = {key: counter.most_common(1)[0][0] for key, counter in labels.items()}
    for part, owners in part_owners.items():
        if len(owners) == 1 and part not in known:
            known[part] = "PERSON"
    return known


def scan_for_names(
    doc: Doc, names: Mapping[NameKey, str], covered: list[bool], weight: float
) -> list[Candidate]:
    """Find capitalised, uncovered occurrences of `names`, longest first, with `weight`.

    A match must not be glued to a further capitalised word ("Japan" in "Japan Airlines"),
    since it would then be part of a longer name. `covered` is updated with the matches.
    """
    if not names:
        return []
    longest = max(len(key) for key in names)
    found: list[Candidate] = []
    index = 0
    while index < len(doc):
        match_end = _match_at(doc, index, names, covered, longest)
        if match_end is None:
            index += 1
            continue
        label = names[name_key(doc, index, match_end)]
        found.append(Candidate(index, match_end, label, weight))
        for position in range(index, match_end):
            covered[position] = True
        index = match_end
    return found


def _match_at(
    doc: Doc, index: int, names: Mapping[NameKey, str], covered: list[bool], longest: int
) -> int | None:
    if covered[index] or not _is_name_part(doc[index]):
        return None
    for end in range(min(len(doc), index + longest), index, -1):
        if name_key(doc, index, end) not in names or any(covered[index:end]):
            continue
        if not _is_name_part(doc[end - 1]) or _glued(doc, index, end, covered, names):
            return None
        return end
    return None


def _glued(
    doc: Doc, start: int, end: int, covered: list[bool], names: Mapping[NameKey, str]
) -> bool:
    """True when the match is part of a longer capitalised name on the same line: "Japan" in
    "Japan Airlines", "Madrid" in "Real Madrid", "Barcelona" in "Madrid-Barcelona". A
    person's title before a person's name is no such part: "Mr Moi" is Moi."""
    if start > 0:
        before = doc[start - 1]
        if before.text == "-" and not before.whitespace_:
            return True
        titled_person = before.lower_ in HONORIFICS or (
            before.lower_ in TITLES and names[name_key(doc, start, end)] == "PERSON"
        )
        if (
            "\n" not in before.whitespace_
            and not titled_person
            and _continues_name(before, covered)
        ):
            return True
    return (
        end < len(doc)
        and "\n" not in doc[end - 1].whitespace_
        and _continues_name(doc[end], covered)
    )


def _continues_name(token: Token, covered: list[bool]) -> bool:
    """A capitalised word not yet claimed, whose capital is not just a sentence's first."""
    return not covered[token.i] and token.is_title and not token.is_sent_start
