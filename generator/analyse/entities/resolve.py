"""Resolving an article's mentions to canonical names, with one label per name.

Mentions are grouped by `canonical_key`, then groups are merged when the article shows they
name one entity: an acronym it defines or whose initials spell a name it uses ("NATO"), a
surname or given name of exactly one person it names in full ("Putin", "Xi"), or an initial
and surname ("B. Lara" for "Brian Lara"); never a word that names something else the article
speaks of (`part_limits`). Each group takes the label most of its mentions have (`name_votes`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from generator.analyse.entities.aliases import (
    NATIONALITY_KEYS,
    ends_with,
    is_continent,
    is_country,
    is_region_word,
    plural_of,
    same_given_name,
)
from generator.analyse.entities.gazetteer import is_place_name
from generator.analyse.entities.name_votes import (
    LabelVotes,
    NameGroups,
    display_rank,
    vote_label,
    vote_weight,
)
from generator.analyse.entities.part_limits import (
    capital_from_position,
    follows_a_preposition,
    gives_an_event,
    keys_of,
    spells_a_law,
    titles_before_people,
)
from generator.analyse.entities.spans import NAME_PARTICLES, Candidate
from generator.model.name_words import EVENT_HEADS, ORGANISATION_WORDS, VENUE_HEADS
from generator.model.names import (
    canonical_key,
    expand_alias,
    initials_of,
    is_acronym,
    mixed_case_initials,
    tidy_name,
)

# Labels under which a country's or a people's word stands for itself.
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})

# Words that make a region of a place: "South East Asia" is not Asia, "South African" not African.
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)

# Words that say what kind of body, venue or event a name is, so a name without them is
# still its short form ("La Fenice" of "La Fenice Theatre").
KIND_WORDS = ORGANISATION_WORDS | VENUE_HEADS | EVENT_HEADS

# Labels of a title made of common words ("Jailhouse Rock"), whose last word is no short form
# where its capital comes only from opening a sentence.
WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})

# Words in a name such as "B. Lara".
INITIAL_AND_SURNAME = 2


class NameResolver:
    """Assigns each candidate of one article a canonical name and a label."""

    def __init__(
        self,
        doc: Doc,
        candidates: Sequence[Candidate],
        common_words: frozenset[str] = frozenset(),
    ) -> None:
        """`common_words`: the language's words (`caps.english_words`), whose capital at a
        sentence's start makes no name."""
        self.doc = doc
        self.candidates = candidates
        self.names = [tidy_name(doc[c.start : c.end].text) for c in candidates]
        self.keys = keys_of(self.names, candidates)
        self.written = dict(zip(reversed(self.keys), reversed(self.names), strict=True))
        self.titles = titles_before_people(doc, candidates)
        self.positional = {
            key
            for key in set(self.keys)
            if capital_from_position(
                doc,
                [c for c, k in zip(candidates, self.keys, strict=True) if k == key],
                common_words,
            )
        }
        self.groups = NameGroups()
        # Plurals merged into their singular, which names the group ("iPod", not "iPods").
        self.plurals: set[str] = set()
        self.labels: dict[str, LabelVotes] = defaultdict(lambda: defaultdict(float))
        for name, key, candidate in zip(self.names, self.keys, candidates, strict=True):
            self.groups.find(key)
            self.labels[key][candidate.label] += vote_weight(name, candidate)

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
            if expand_alias(name) is not None:
                continue
            letters = name.replace(".", "") if is_acronym(name) else mixed_case_initials(name)
            if letters is None:
                continue
            owners = {
                owner
                for owner in by_initials.get(letters, set())
                if not spells_a_law(self.written[owner], self._label_of(key))
            }
            if len(owners) == 1:
                self.groups.merge(key, next(iter(owners)))

    def merge_name_parts(self) -> None:
        """Merge the names the article gives in part into the one fuller name they are part
        of: a familiar given name ("Jim Roche" of "James Roche"), a plural ("iPods"), a lone
        word of a person's name (surname, given name, the "Lula" of "Luiz Inácio Lula da
        Silva"), an initial and surname, and the last words of any longer name ("Air Force"
        of "United States Air Force", "Congo" of "Democratic Republic of the Congo"). A part
        that two fuller names share stays apart."""
        self._merge_familiar_names()
        part_owners = self._person_parts()
        self._merge_plurals(part_owners)
        initialled: dict[tuple[str, str], set[str]] = defaultdict(set)
        for key in self._person_keys():
            words = key.split()
            initialled[words[0][0], words[-1]].add(key)
        # Shortest last, so that "Court" meets "Supreme Court" already merged into "US
        # Supreme Court" and has one owner, not two.
        pairs = sorted(set(zip(self.names, self.keys, strict=True)), key=lambda p: -len(p[1]))
        for name, key in pairs:
            words = key.split()
            owners: set[str] = set()
            if len(words) == 1 and self._label_of(key) not in ("GPE", "NORP"):
                owners |= part_owners.get(words[0], set())
            elif len(words) == INITIAL_AND_SURNAME and len(words[0]) == 1 and name[1:2] == ".":
                owners |= initialled.get((words[0], words[1]), set())
            if not is_acronym(name):
                longer = self._longer_names_ending_with(key)
                longer |= self._longer_names_adding_a_kind(key)
                longer |= self._longer_names_of(key)
                if key in self.positional:
                    # "Rock" opening a sentence is the word, not the "Jailhouse Rock" it ends:
                    # a work's title is a phrase of common words, a body's head its name.
                    longer = {k for k in longer if self._label_of(k) not in WORK_LABELS}
                owners |= longer
            roots = {self.groups.find(owner) for owner in owners} - {self.groups.find(key)}
            if len(roots) == 1:
                self.groups.merge(key, next(iter(roots)))

    def _person_keys(self) -> list[str]:
        """Keys of the people the article names in full (a first word longer than an initial)."""
        return [
            key
            for key in dict.fromkeys(self.keys)
            if len(key.split()) > 1 and self._label_of(key) == "PERSON" and len(key.split()[0]) > 1
        ]

    def _person_parts(self) -> dict[str, set[str]]:
        """Each word of a person's name (a particle excepted) and the people it is a part of."""
        owners: dict[str, set[str]] = defaultdict(set)
        for key in self._person_keys():
            words = key.split()
            for index, word in enumerate(words):
                if len(word) > 1 and word not in NAME_PARTICLES:
                    if index == 0 and word in self.titles:
                        continue  # "MEP" of "MEP Jon Tarr", where it stands before others too
                    owners[word].add(key)
        return owners

    def _longer_names_ending_with(self, short: str) -> set[str]:
        """The article's longer names whose last words are `short`, where it is their short
        form ("Air Force" of "United States Air Force"). A country's short form is the
        country ("Korea", "Congo"), but a place's or a people's name is not short for a
        region of it ("South East Asia", "South African"), a branch ("Scottish Labour"), or
        a firm or work named after it ("ITV London", "Hotel Rwanda"); of a person only when
        it is a country or people ("Michael Jordan"), since towns share surnames."""
        is_place = self._label_of(short) in PLACE_LABELS
        region = is_place and is_region_word(short)
        town = is_place and (region or is_place_name(short))
        owners = set()
        for key in dict.fromkeys(self.keys):
            if not ends_with(key, short) or follows_a_preposition(
                self.written[key], len(short.split())
            ):
                continue
            extra = key[: -len(short) - 1].split()
            if is_country(key):
                if is_continent(short) or " ".join(extra) in NATIONALITY_KEYS:
                    continue
            elif (
                (town if self._label_of(key) != "PERSON" else region)
                or is_place_name(key)
                or " ".join(extra) in NATIONALITY_KEYS
                or extra[-1] in COMPASS_WORDS
            ):
                continue
            owners.add(key)
        return owners

    def _longer_names_adding_a_kind(self, short: str) -> set[str]:
        """The article's longer names that are `short` and words saying what kind of body,
        venue or event it is ("La Fenice" of "La Fenice Theatre", "Golden Globe" of "Golden
        Globe Awards"); never for a place's name ("Brazil" is not the "Brazil Open")."""
        if self._label_of(short) in PLACE_LABELS or is_place_name(short):
            return set()
        owners = set()
        for key in dict.fromkeys(self.keys):
            if key.startswith(f"{short} ") and self._label_of(key) != "PERSON":
                extra = key[len(short) + 1 :].split()
                if all(word in KIND_WORDS for word in extra) and not gives_an_event(
                    self._label_of(short), extra
                ):
                    owners.add(key)
        return owners

    def _longer_names_of(self, short: str) -> set[str]:
        """The article's names that are `short` of something ("House" of "House of Tarvos",
        "Bank" of "Bank of Ostland"), not a person's nor a place's: where it names one
        such, the bare word is its short form, not every other article's "House"."""
        if self._label_of(short) in PLACE_LABELS:
            return set()
        return {
            key
            for key in dict.fromkeys(self.keys)
            if key.startswith(f"{short} of ") and self._label_of(key) not in ("PERSON", "GPE")
        }

    def _merge_familiar_names(self) -> None:
        """Merge "Jim Roche" into "James Roche": one surname after two forms of one given
        name, when the familiar form fits no other given name with that surname ("Al Smith"
        beside both "Alan Smith" and "Albert Smith" stays apart)."""
        by_rest: dict[str, list[str]] = defaultdict(list)
        for key in self._person_keys():
            given, rest = key.split(" ", 1)
            by_rest[rest].append(given)
        for rest, given_names in by_rest.items():
            matches = {
                given: [
                    other
                    for other in given_names
                    if other != given and same_given_name(given, other)
                ]
                for given in given_names
            }
            for given, found in matches.items():
                if len(found) == 1 and matches[found[0]] == [given]:
                    self.groups.merge(f"{given} {rest}", f"{found[0]} {rest}")

    def _merge_plurals(self, part_owners: dict[str, set[str]]) -> None:
        """Merge a plural into its singular ("iPods", "Lib Dems"), unless the singular is a
        person's name: "the Smiths" are a family or a band, not Smith."""
        keys = set(self.keys)
        for key in keys:
            for singular in (key[:-1], key[:-2]):
                if singular in keys and plural_of(key, singular) and singular not in part_owners:
                    self.groups.merge(key, singular)
                    self.plurals.add(key)

    def _label_of(self, key: str) -> str:
        labels = self.labels[key]
        return vote_label(labels, person_in_full=len(key.split()) > 1)

    def resolve(self) -> list[tuple[str, str]]:
        """Return (canonical name, label) for each candidate, in the candidates' order."""
        group_labels: dict[str, LabelVotes] = defaultdict(lambda: defaultdict(float))
        group_names: dict[str, Counter[str]] = defaultdict(Counter)
        person_in_full = {
            self.groups.find(key)
            for name, key, candidate in zip(self.names, self.keys, self.candidates, strict=True)
            if candidate.label == "PERSON" and len(name.split()) > 1
        }
        for name, key, candidate in zip(self.names, self.keys, self.candidates, strict=True):
            root = self.groups.find(key)
            # A lone word joined to a person named in full is their surname or given name,
            # whatever the model made of it ("Viotti" read as an organisation five times).
            one_word_part = root in person_in_full and " " not in name
            label = "PERSON" if one_word_part else candidate.label
            group_labels[root][label] += vote_weight(name, candidate)
            group_names[root][expand_alias(name) or name] += 1
        chosen_label = {
            root: vote_label(labels, root in person_in_full)
            for root, labels in group_labels.items()
        }
        chosen_name = {
            root: max(
                names,
                key=lambda name: display_rank(
                    name, names[name], canonical_key(name) in self.plurals
                ),
            )
            for root, names in group_names.items()
        }
        roots = [self.groups.find(key) for key in self.keys]
        return [(chosen_name[root], chosen_label[root]) for root in roots]
