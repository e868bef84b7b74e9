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
ITEM_SEPARATORS = frozenset({",", ";"})
# Names under a heading the model did not read as a team: enough for a side, not a pair.
SIDE_NAMES = 11
# A player's role in brackets after the name, in lower case: "(capt)", "(c)".
ROLE_WORDS = 2


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
    return _with_bracket(doc, names, name_end + 1, end - 1)


def _with_bracket(
    doc: Doc, names: list[tuple[int, int]], inner_start: int, inner_end: int
) -> list[tuple[int, int]] | None:
    """The item's names with what its bracket adds: "(Traore 73)" a substitute, "(77)" a
    card's minute and "(capt)" a role add no one; anything else makes no line-up item."""
    if 0 < inner_end - inner_start <= ROLE_WORDS and all(
        token.is_lower or token.text == "." for token in doc[inner_start:inner_end]
    ):
        return names
    timed = inner_end > inner_start and _is_minute(doc[inner_end - 1])
    if timed:
        inner_end -= 1
    if inner_end == inner_start:
        return names if timed else None
    if not timed or _name_end(doc, inner_start, inner_end) != inner_end:
        return None
    return [*names, (inner_start, inner_end)]


def _split_items(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    if end > start and doc[end - 1].text == ".":
        end -= 1
    item_start = start
    for index in range(start, end):
        # Rugby writes a side's positions apart with semicolons: "Balshaw; Rees, Bell; …".
        if doc[index].text in ITEM_SEPARATORS:
            yield item_start, index
            item_start = index + 1
    yield item_start, end


def _is_heading(doc: Doc, start: int, end: int) -> bool:
    """A few words before a colon, opening on a capital: "Liverpool", "Subs not used"."""
    return 0 < end - start <= HEADING_WORDS and doc[start].text[:1].isupper()


def _read_line(
    doc: Doc, start: int, end: int, teams: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    colons = [index for index in range(start, end) if doc[index].text == ":"]
    headed = bool(colons) and _is_heading(doc, start, colons[0])
    # A substitutes' heading or a team's name the model found; any other heading ("Leeds", or
    # "Saracens" read as a person) heads only a side's worth of names.
    team = headed and (doc[start].lower_ in SUBSTITUTES_WORDS or (start, colons[0]) in teams)
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
    if headed and not team and items < SIDE_NAMES:
        return []
    places = sum(is_place_name(doc[s:e].text) for s, e in names)
    return [] if places * 2 > len(names) else names


def find_lineup_players(doc: Doc, candidates: Iterable[Candidate] = ()) -> list[tuple[int, int]]:
    """Token ranges of the players' names in the document's line-ups.

    `candidates` show which headings are a team's name ("Liverpool:")."""
    teams = {(c.start, c.end) for c in candidates if c.label in TEAM_LABELS}
    players: list[tuple[int, int]] = []
    for start, end in line_token_ranges(doc):
        for piece_start, piece_end in _sentences_of_line(doc, start, end):
            players += _read_line(doc, piece_start, piece_end, teams)
    return players


def _sentences_of_line(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The line cut after each full stop: a paragraph can run a report's last sentence, a
    side's line-up and the replacements' into one line ("…inspection. Leeds: Balshaw; …")."""
    piece_start = start
    for index in range(start, end):
        if doc[index].text == ".":
            yield piece_start, index + 1
            piece_start = index + 1
    if piece_start < end:
        yield piece_start, end


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
