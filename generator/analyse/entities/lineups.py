"""Sports line-ups: lines listing a side's players, each of them a person whatever the model read.

A line-up is a line of names separated by commas ("Dudek, Finnan, Carragher, Hyypia (Traore
73), Riise."), opened by a team's name or a substitutes' heading and a colon ("Liverpool:",
"Subs not used:"), or holding a substitution's brackets: the player who came on and the minute
("(Traore 73)"). Every name there is a player's, and the line is the article's own evidence of
it: a person cue the site-wide vote reads, so that a lone surname ("Carragher", read by the model
as nothing, an organisation or a town) is listed as the person it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from generator.analyse.entities.gazetteer import is_place_name
from generator.analyse.entities.lines import line_token_ranges
from generator.analyse.entities.spans import NAME_PARTICLES, Candidate

# A substitutes' heading opens with one of these: "Subs not used:", "Substitutes:".
SUBSTITUTES_WORDS = frozenset({"subs", "substitutes", "sub", "replacements"})
# Labels under which the model reads a team's name opening a line-up ("Liverpool:").
TEAM_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC"})
# A list after a colon needs this many names, one without a heading this many.
LISTED_NAMES = 2
UNHEADED_NAMES = 3
# Words of a heading before the colon, and of one player's name.
HEADING_WORDS = 4
NAME_WORDS = 4
MINUTE_DIGITS = 3
WORD_JOINERS = frozenset({"-", "'", "\u2019"})


def _is_name_word(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(char.isalpha() for char in text)) or (
        token.lower_ in NAME_PARTICLES
    )


def _is_minute(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= MINUTE_DIGITS


def _name_end(doc: Doc, start: int, end: int) -> int:
    """End of the run of name words from `start` ("Van Persie", "Owusu-Abeyie")."""
    index = start
    while index < end:
        token = doc[index]
        glued = token.text in WORD_JOINERS and not doc[index - 1].whitespace_ and index > start
        if not (_is_name_word(token) or glued):
            break
        index += 1
    return index


def _read_item(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The players' names of one listed item: a name, then perhaps "(Name 73)" or "(73)";
    None when the item is anything else."""
    name_end = _name_end(doc, start, end)
    if name_end == start or name_end - start > NAME_WORDS or not doc[start].text[:1].isupper():
        return None
    names = [(start, name_end)]
    if name_end == end:
        return names
    if doc[name_end].text != "(" or doc[end - 1].text != ")":
        return None
    inner_start, inner_end = name_end + 1, end - 1
    timed = inner_end > inner_start and _is_minute(doc[inner_end - 1])
    if timed:
        inner_end -= 1
    if inner_end == inner_start:
        return names if timed else None  # "Bowyer (77)": the minute of a card
    if not timed or _name_end(doc, inner_start, inner_end) != inner_end:
        return None
    return [*names, (inner_start, inner_end)]


def _split_items(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    if end > start and doc[end - 1].text == ".":
        end -= 1
    item_start = start
    for index in range(start, end):
        if doc[index].text == ",":
            yield item_start, index
            item_start = index + 1
    yield item_start, end


def _is_team_heading(doc: Doc, start: int, end: int, teams: set[tuple[int, int]]) -> bool:
    """A substitutes' heading or a team's name the model found: "Subs not used", "Liverpool"."""
    if not 0 < end - start <= HEADING_WORDS or not doc[start].text[:1].isupper():
        return False
    return doc[start].lower_ in SUBSTITUTES_WORDS or (start, end) in teams


def _read_line(
    doc: Doc, start: int, end: int, teams: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    colons = [index for index in range(start, end) if doc[index].text == ":"]
    headed = bool(colons) and _is_team_heading(doc, start, colons[0], teams)
    if colons and not headed:
        return []
    items_start = colons[0] + 1 if headed else start
    names: list[tuple[int, int]] = []
    items = 0
    for item_start, item_end in _split_items(doc, items_start, end):
        item = _read_item(doc, item_start, item_end)
        if item is None:
            return []
        names += item
        items += 1
    substituted = len(names) > items
    if items < (LISTED_NAMES if headed else UNHEADED_NAMES) or not (headed or substituted):
        return []
    places = sum(is_place_name(doc[s:e].text) for s, e in names)
    return [] if places * 2 > len(names) else names


def find_lineup_players(doc: Doc, candidates: Iterable[Candidate] = ()) -> list[tuple[int, int]]:
    """Token ranges of the players' names in the document's line-ups.

    `candidates` show which headings are a team's name ("Liverpool:")."""
    teams = {(c.start, c.end) for c in candidates if c.label in TEAM_LABELS}
    players: list[tuple[int, int]] = []
    for start, end in line_token_ranges(doc):
        players += _read_line(doc, start, end, teams)
    return players


def mark_lineup_players(
    doc: Doc, candidates: Iterable[Candidate], weight: float
) -> list[Candidate]:
    """The candidates with every player of a line-up a person, cued as one with `weight`,
    in place of whatever the model read there ("Dudek" an organisation, "Nunez 73" a law)."""
    candidates = list(candidates)
    players = find_lineup_players(doc, candidates)
    if not players:
        return candidates
    taken = [False] * len(doc)
    for start, end in players:
        taken[start:end] = [True] * (end - start)
    kept = [c for c in candidates if not any(taken[c.start : c.end])]
    kept += [Candidate(start, end, "PERSON", weight, "PERSON") for start, end in players]
    return sorted(kept)
