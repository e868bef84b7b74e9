"""Resolving an article's mentions to canonical names, with one label per name.

Mentions are grouped by `canonical_key`, then groups are merged when the article shows they
name one entity: an acronym it defines or whose initials spell a name it uses ("NATO"), a
surname or given name of exactly one person it names in full ("Putin", "Xi"), or an initial
and surname ("B. Lara" for "Brian Lara"). Each group takes the label most of its mentions have.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from generator.analyse.entities.spans import NAME_PARTICLES, Candidate
from generator.model.names import canonical_key, expand_alias, initials_of, is_acronym, tidy_name

# Preference among equally weighted labels. News refers to people by surname alone more than
# to anything else by one word, so a tie goes to PERSON, then to places and organisations.
LABEL_PREFERENCE = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT", "PRODUCT")


LabelVotes = dict[str, float]
# Words in a name such as "B. Lara".
INITIAL_AND_SURNAME = 2
MULTI_WORD_WEIGHT = 2.0
# Added to PERSON's votes for a name the article also gives with a first name.
PERSON_IN_FULL_BONUS = 1.0


class _Groups:
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


def _vote_weight(name: str, candidate: Candidate) -> float:
    """A label given to a name of several words had more to go on than one given to a word."""
    return candidate.weight * (MULTI_WORD_WEIGHT if " " in name else 1.0)


def _vote(labels: LabelVotes, person_in_full: bool) -> str:
    def rank(label: str) -> tuple[float, int]:
        bonus = PERSON_IN_FULL_BONUS if label == "PERSON" and person_in_full else 0.0
        order = (
            LABEL_PREFERENCE.index(label) if label in LABEL_PREFERENCE else len(LABEL_PREFERENCE)
        )
        return labels[label] + bonus, -order

    return max(labels, key=rank)


def _display_rank(name: str, count: int) -> tuple[int, bool, bool, int, int]:
    """Fullest first: more words, no bare initial ("B. Lara"), not all capitals, most used."""
    words = name.split()
    return len(words), not words[0].endswith("."), not name.isupper(), count, len(name)


class NameResolver:
    """Assigns each candidate of one article a canonical name and a label."""

    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc = doc
        self.candidates = candidates
        self.names = [tidy_name(doc[c.start : c.end].text) for c in candidates]
        self.keys = [canonical_key(name) for name in self.names]
        self.groups = _Groups()
        self.labels: dict[str, LabelVotes] = defaultdict(lambda: defaultdict(float))
        for name, key, candidate in zip(self.names, self.keys, candidates, strict=True):
            self.groups.find(key)
            self.labels[key][candidate.label] += _vote_weight(name, candidate)

    def merge_definitions(self, definitions: Iterable[tuple[Candidate, Candidate]]) -> None:
        """Merge each acronym the article defines into its full name."""
        for full, acronym in definitions:
            full_key = canonical_key(tidy_name(self.doc[full.start : full.end].text))
            acronym_key = canonical_key(self.doc[acronym.start : acronym.end].text)
            if full_key in self.groups.parent and acronym_key in self.groups.parent:
                self.groups.merge(acronym_key, full_key)

    def merge_spelled_acronyms(self) -> None:
        """Merge an acronym into the one multi-word name of the article its initials spell."""
        by_initials: dict[str, set[str]] = defaultdict(set)
        for name, key in zip(self.names, self.keys, strict=True):
            if len(name.split()) > 1:
                by_initials[initials_of(name)].add(key)
        for name, key in zip(self.names, self.keys, strict=True):
            if not is_acronym(name) or expand_alias(name) is not None:
                continue
            owners = by_initials.get(name.replace(".", ""), set())
            if len(owners) == 1:
                self.groups.merge(key, next(iter(owners)))

    def merge_name_parts(self) -> None:
        """Merge a lone word of a person's name (surname, given name, the "Lula" of "Luiz
        Inácio Lula da Silva"), or an initial and surname, into the one person the article
        names in full with it."""
        part_owners: dict[str, set[str]] = defaultdict(set)
        initialled: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key in self.keys:
            words = key.split()
            if len(words) == 1 or self._label_of(key) != "PERSON" or len(words[0]) == 1:
                continue
            # Any word of the name but a particle: "Lula" of "Luiz Inácio Lula da Silva".
            for word in words:
                if len(word) > 1 and word not in NAME_PARTICLES:
                    part_owners[word].add(key)
            initialled[words[0][0], words[-1]].add(key)
        for name, key in zip(self.names, self.keys, strict=True):
            words = key.split()
            owners: set[str] = set()
            if len(words) == 1 and self._label_of(key) not in ("GPE", "NORP"):
                owners = part_owners.get(words[0], set())
            elif len(words) == INITIAL_AND_SURNAME and len(words[0]) == 1 and name[1:2] == ".":
                owners = initialled.get((words[0], words[1]), set())
            if len(owners) == 1 and key not in owners:
                self.groups.merge(key, next(iter(owners)))

    def _label_of(self, key: str) -> str:
        labels = self.labels[key]
        return _vote(labels, person_in_full=len(key.split()) > 1)

    def resolve(self) -> list[tuple[str, str]]:
        """Return (canonical name, label) for each candidate, in the candidates' order."""
        group_labels: dict[str, LabelVotes] = defaultdict(lambda: defaultdict(float))
        group_names: dict[str, Counter[str]] = defaultdict(Counter)
        person_in_full: set[str] = set()
        for name, key, candidate in zip(self.names, self.keys, self.candidates, strict=True):
            root = self.groups.find(key)
            group_labels[root][candidate.label] += _vote_weight(name, candidate)
            group_names[root][expand_alias(name) or name] += 1
            if candidate.label == "PERSON" and len(name.split()) > 1:
                person_in_full.add(root)
        chosen_label = {
            root: _vote(labels, root in person_in_full) for root, labels in group_labels.items()
        }
        chosen_name = {
            root: max(names, key=lambda name: _display_rank(name, names[name]))
            for root, names in group_names.items()
        }
        roots = [self.groups.find(key) for key in self.keys]
        return [(chosen_name[root], chosen_label[root]) for root in roots]
