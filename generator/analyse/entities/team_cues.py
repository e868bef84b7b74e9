"""Cues that a place's name stands for its sports team, whatever the model guessed.

Each rule states a class of evidence:
- a team's role noun right after the name, the name its modifier: "Bolton boss Sam
  Allardyce", "the Tarvos defence" (not after a possessive: "Henman's coach" is a person's);
- a place the gazetteer knows as the subject or object of what only a side does to a side:
  "Newcastle beat Chelsea", "lost to Bolton", "Bolton signed Candela" (a person beats people
  too, so only a gazetteer's place);
- (in `model.name_words`) a place's name with a club's word before or after it: "Real
  Madrid", "Tarvos City", unless the whole name is a place the gazetteer knows ("Mexico City").
Countries never reach these rules (`cues.apply_cues` leaves the country table's names alone):
national sides keep their country's label, as in results lines.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.analyse.entities.gazetteer import is_place_name
from generator.model.name_words import names_event

# Nouns for a team's people and lines, which a club's name modifies and a person's does not.
TEAM_ROLES = frozenset(
    {"boss", "manager", "striker", "defender", "midfielder", "goalkeeper", "keeper",
     "winger", "skipper", "defence", "midfield", "chairman", "captain", "coach", "forward",
     "squad", "player", "players", "bench"}
)  # fmt: skip
# Verbs (lemmas) whose subject or object is a side: "Newcastle beat Chelsea".
MATCH_VERBS = frozenset({"beat", "defeat", "thrash", "hammer", "edge", "trounce", "outplay"})
# Verbs only a club does as subject: "Bolton signed Candela", "Tarvos sacked its manager".
CLUB_VERBS = frozenset({"sign", "sack"})
# A result against a side: "lost to Bolton", "drew with Tarvos".
RESULT_LINKS = frozenset(
    {("lose", "to"), ("draw", "with"), ("lose", "against"), ("draw", "against")}
)
# Labels a team's name never has: a nationality ("Spanish defender").
NOT_TEAMS = frozenset({"NORP"})


def _before_role(doc: Doc, end: int) -> bool:
    after = doc[end] if end < len(doc) else None
    return (
        after is not None
        and after.text.islower()
        and after.pos_ == "NOUN"
        and after.lower_ in TEAM_ROLES
    )


def _plays_a_side(doc: Doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    head = root.head
    if root.dep_ in ("nsubj", "dobj") and head.lemma_ in MATCH_VERBS:
        return True
    if root.dep_ == "nsubj" and head.lemma_ in CLUB_VERBS:
        return True
    return root.dep_ == "pobj" and (head.head.lemma_, head.lower_) in RESULT_LINKS


def team_cue(doc: Doc, start: int, end: int, label: str = "") -> str:
    """ "ORG" when the words around tokens `start`..`end` make the name there a team's."""
    name = doc[start:end].text
    # A competition's players are no team's: "a Davis Cup player".
    if label in NOT_TEAMS or names_event(name):
        return ""
    if _before_role(doc, end):
        return "ORG"
    return "ORG" if is_place_name(name) and _plays_a_side(doc, start, end) else ""
