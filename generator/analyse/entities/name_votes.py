"""The label and the display name an article's group of names takes, by its mentions' votes.

Part of the article's name resolution (`resolve`): mentions are grouped by a union-find over
their canonical keys, and each group takes the label most of its mentions have and the fullest
spelling.
"""

from __future__ import annotations

from generator.analyse.entities.spans import Candidate

# Preference among equally weighted labels. News refers to people by surname alone more than
# to anything else by one word, so a tie goes to PERSON, then to places and organisations.
LABEL_PREFERENCE = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT", "PRODUCT")

LabelVotes = dict[str, float]
MULTI_WORD_WEIGHT = 2.0
# Added to PERSON's votes for a name the article also gives with a first name.
PERSON_IN_FULL_BONUS = 1.0


class NameGroups:
    """Union-find over canonical keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        if root != key:
            root = self.find(root)
            self.parent[key] = root
        return root

    def merge(self, key: str, into: str) -> None:
        self.parent[self.find(key)] = self.find(into)


def vote_weight(name: str, candidate: Candidate) -> float:
    """A label given to a name of several words had more to go on than one given to a word."""
    return candidate.weight * (MULTI_WORD_WEIGHT if " " in name else 1.0)


def vote_label(labels: LabelVotes, person_in_full: bool) -> str:
    def rank(label: str) -> tuple[float, int]:
        bonus = PERSON_IN_FULL_BONUS if label == "PERSON" and person_in_full else 0.0
        order = (
            LABEL_PREFERENCE.index(label) if label in LABEL_PREFERENCE else len(LABEL_PREFERENCE)
        )
        return labels[label] + bonus, -order

    return max(labels, key=rank)


def display_rank(name: str, count: int, plural: bool) -> tuple[int, bool, bool, int, bool, int]:
    """Fullest first: more words, no bare initial ("B. Lara"), not all capitals, most used,
    then the singular ("iPod" of "iPods" once each)."""
    words = name.split()
    return len(words), not words[0].endswith("."), not name.isupper(), count, not plural, len(name)
