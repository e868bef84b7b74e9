"""Bodies named only by generic words, kept apart by country ("Supreme Court (Chile)").

Part of the collect stage (see `site`). "Parliament", "Supreme Court" or "Agriculture" (a
ministry) name a different body in each country: an article about Kenya and one about the
United Kingdom mean two parliaments. Each article's country is the first its lead names, else
the one it names most; where the site uses such a name in articles of two countries or more (a
country-qualified name such as "US Supreme Court" counting for its country), each article's
mentions are renamed for their country: to the site's own qualified name where it has one ("US
Supreme Court"), else to "name (Country)". A name used in one country only, or in an article
naming no country, is left as it is, and so is a name the user's rules cover.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from generator.collect.entity_rules import EntityRules
from generator.model.analysis import AnalysedArticle, Analysis, Mention
from generator.model.gazetteer import country_of_demonym, is_country
from generator.model.name_words import names_generic_body
from generator.model.names import canonical_key

Mentions = tuple[Mention, ...]
_names_generic_body = cache(names_generic_body)
_key = cache(canonical_key)
# spaCy's labels of a country's name (a people's adjective, NORP, names it in the lead only).
_COUNTRY_LABELS = frozenset({"GPE", "LOC"})


@dataclass(eq=False)
class GenericBodies:
    """Which generic bodies the site keeps apart by country, and what each becomes there.

    Plans compare by what they decide; `rename` keeps the tuples it made, so that a build's
    work done ahead on the same plan hands the same mentions to the collect stage.
    """

    split: frozenset[str] = frozenset()  # generic names' keys used in two countries or more
    qualified: Mapping[tuple[str, str], str] = field(default_factory=dict)
    shown: Mapping[str, str] = field(default_factory=dict)  # country key → its spelling
    _renamed: dict[int, tuple[Mentions, Mentions]] = field(default_factory=dict, repr=False)

    def decides_as(self, other: GenericBodies) -> bool:
        return (self.split, self.qualified, self.shown) == (
            other.split,
            other.qualified,
            other.shown,
        )

    def rename(self, analysis: Analysis) -> Analysis:
        """The analysis with its generic bodies renamed for its country (itself when none is)."""
        if not self.split:
            return analysis
        original = analysis.mentions
        kept = self._renamed.get(id(original))
        if kept is not None and kept[0] is original:
            mentions = kept[1]
        else:
            country = _main_country(original)
            mentions = original
            if country is not None:
                mentions = tuple(
                    _renamed(m, country, self.split, self.qualified, self.shown) for m in original
                )
                mentions = original if mentions == original else mentions
            self._renamed[id(original)] = (original, mentions)
        if mentions is original:
            return analysis
        return dataclasses.replace(analysis, mentions=mentions)


def plan_generic_bodies(analyses: Iterable[Analysis], rules: EntityRules) -> GenericBodies:
    """Find the generic bodies the site names in two countries or more (the user's rules
    aside)."""
    analyses = list(analyses)
    used: dict[str, set[str]] = {}  # generic name's key → countries
    qualified: dict[tuple[str, str], str] = {}  # (generic key, country) → the site's full name
    for analysis in analyses:
        country = _main_country(analysis.mentions)
        for mention in analysis.mentions:
            generic = _generic_rest(mention.canonical)
            if generic is not None:
                rest, place = generic
                used.setdefault(rest, set()).add(place)
                qualified.setdefault((rest, place), mention.canonical)
            elif country is not None and _names_generic_body(mention.canonical):
                used.setdefault(_key(mention.canonical), set()).add(country)
    split = frozenset(k for k, places in used.items() if len(places) > 1 and k not in rules.by_key)
    if not split:
        return GenericBodies()
    return GenericBodies(split, qualified, _country_names(analyses))


def qualify_generic_bodies(
    analysed: Sequence[AnalysedArticle], rules: EntityRules, plan: GenericBodies | None = None
) -> tuple[AnalysedArticle, ...]:
    """The articles, with each generic body's mentions renamed for its article's country where
    the site names that body in two countries or more. `plan`, made ahead, is used when it
    decides as this site's own would."""
    own = plan_generic_bodies((analysis for _, _, analysis in analysed), rules)
    if plan is None or not plan.decides_as(own):
        plan = own
    return tuple((article, clean, plan.rename(analysis)) for article, clean, analysis in analysed)


def _renamed(
    mention: Mention,
    country: str,
    split: frozenset[str],
    qualified: Mapping[tuple[str, str], str],
    shown: Mapping[str, str],
) -> Mention:
    key = _key(mention.canonical)
    if key not in split or not _names_generic_body(mention.canonical):
        return mention
    name = qualified.get((key, country)) or f"{mention.canonical} ({_shown(country, shown)})"
    return dataclasses.replace(mention, canonical=name)


def _shown(country: str, shown: Mapping[str, str]) -> str:
    # A country the site names only by its people's word ("Ukrainian"): its key, capitalised.
    if country in shown:
        return shown[country]
    return " ".join(w if w in ("of", "the", "and") else w.capitalize() for w in country.split())


@cache
def _generic_rest(name: str) -> tuple[str, str] | None:
    """(the generic body's key, the country's key) of a country's name before generic words
    ("US Supreme Court"); None for any other name."""
    words = name.split()
    for cut in range(1, len(words)):
        head, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if is_country(head) and names_generic_body(rest):
            return canonical_key(rest), canonical_key(head)
    return None


def _main_country(mentions: Sequence[Mention]) -> str | None:
    """The key of the article's country: the first one its lead sentence names, by name or by
    its people's adjective (the lead sets the scene: "The UK government is to return children
    to Albania", "Former Chilean dictator ..."); else the one it names most, ties to the first.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    for mention in ordered:
        country = _country_of(mention)
        if mention.sentence == 0 and country is not None:
            return country
    counted = Counter(
        country
        for mention in ordered
        if mention.label in _COUNTRY_LABELS and (country := _country_of(mention)) is not None
    )
    # Counter keeps first-seen order, and `most_common` is stable.
    return counted.most_common(1)[0][0] if counted else None


def _country_of(mention: Mention) -> str | None:
    return _country_named(mention.label, mention.canonical)


# A site names the same few hundred names thousands of times: each is read once per process.
@cache
def _country_named(label: str, canonical: str) -> str | None:
    if label in _COUNTRY_LABELS and is_country(canonical):
        return canonical_key(canonical)
    if label == "NORP":
        return country_of_demonym(canonical)
    return None


def _country_names(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Each country's key → the spelling the site uses most for it ("United Kingdom")."""
    spellings: dict[str, Counter[str]] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            if mention.label in _COUNTRY_LABELS:
                key = _country_named(mention.label, mention.canonical)
                if key is not None:
                    spellings.setdefault(key, Counter())[mention.canonical] += 1
    return {
        key: min(counted, key=lambda name: (-counted[name], -len(name), name))
        for key, counted in spellings.items()
    }
