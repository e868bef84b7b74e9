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
from collections.abc import Sequence

from generator.collect.entity_rules import EntityRules
from generator.model.analysis import AnalysedArticle, Mention
from generator.model.gazetteer import country_of_demonym, is_country
from generator.model.name_words import names_generic_body
from generator.model.names import canonical_key

# spaCy's labels of a country's name (a people's adjective, NORP, names it in the lead only).
_COUNTRY_LABELS = frozenset({"GPE", "LOC"})


def qualify_generic_bodies(
    analysed: Sequence[AnalysedArticle], rules: EntityRules
) -> tuple[AnalysedArticle, ...]:
    """The articles, with each generic body's mentions renamed for its article's country where
    the site names that body in two countries or more."""
    countries = [_main_country(analysis.mentions) for _, _, analysis in analysed]
    shown = _country_names(analysed)
    used: dict[str, set[str]] = {}  # generic name's key → countries
    qualified: dict[tuple[str, str], str] = {}  # (generic key, country) → the site's full name
    for (_, _, analysis), country in zip(analysed, countries, strict=True):
        for mention in analysis.mentions:
            generic = _generic_rest(mention.canonical)
            if generic is not None:
                rest, place = generic
                used.setdefault(rest, set()).add(place)
                qualified.setdefault((rest, place), mention.canonical)
            elif country is not None and names_generic_body(mention.canonical):
                used.setdefault(canonical_key(mention.canonical), set()).add(country)
    split = {key for key, places in used.items() if len(places) > 1 and key not in rules.by_key}
    if not split:
        return tuple(analysed)
    renamed = []
    for (article, clean, analysis), country in zip(analysed, countries, strict=True):
        mentions = analysis.mentions
        if country is not None:
            mentions = tuple(
                _renamed(mention, country, split, qualified, shown) for mention in mentions
            )
        if mentions != analysis.mentions:
            renamed.append((article, clean, dataclasses.replace(analysis, mentions=mentions)))
        else:
            renamed.append((article, clean, analysis))
    return tuple(renamed)


def _renamed(
    mention: Mention,
    country: str,
    split: set[str],
    qualified: dict[tuple[str, str], str],
    shown: dict[str, str],
) -> Mention:
    key = canonical_key(mention.canonical)
    if key not in split or not names_generic_body(mention.canonical):
        return mention
    name = qualified.get((key, country)) or f"{mention.canonical} ({_shown(country, shown)})"
    return dataclasses.replace(mention, canonical=name)


def _shown(country: str, shown: dict[str, str]) -> str:
    # A country the site names only by its people's word ("Ukrainian"): its key, capitalised.
    if country in shown:
        return shown[country]
    return " ".join(w if w in ("of", "the", "and") else w.capitalize() for w in country.split())


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
    if mention.label in _COUNTRY_LABELS and is_country(mention.canonical):
        return canonical_key(mention.canonical)
    if mention.label == "NORP":
        return country_of_demonym(mention.canonical)
    return None


def _country_names(analysed: Sequence[AnalysedArticle]) -> dict[str, str]:
    """Each country's key → the spelling the site uses most for it ("United Kingdom")."""
    spellings: dict[str, Counter[str]] = {}
    for _, _, analysis in analysed:
        for mention in analysis.mentions:
            if mention.label in _COUNTRY_LABELS and is_country(mention.canonical):
                key = canonical_key(mention.canonical)
                spellings.setdefault(key, Counter())[mention.canonical] += 1
    return {
        key: min(counted, key=lambda name: (-counted[name], -len(name), name))
        for key, counted in spellings.items()
    }
