"""Made-up sites for the entity tests: each article a list of (name, label) mentions, collected
as the site does, and a mention's cue read from a made-up sentence."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.entities.cues import find_cue
from generator.collect.entity_index import ArticleMentions, Entity, EntityResolver, collect_entities
from generator.collect.entity_rules import EMPTY_RULES, EntityRules
from generator.model.analysis import Mention, Sentence

SENTENCE = Sentence("A sentence.", 0, 11)

# A site: each article a list of (name, label) mentions, or (name, label, cue).
Site = list[list[tuple[str, ...]]]


def site_articles(site: Site) -> list[ArticleMentions]:
    return [
        (
            [Mention(name, label, name, 0, len(name), 0, *cue) for name, label, *cue in names],
            [SENTENCE],
            None,
        )
        for names in site
    ]


def collect(site: Site, rules: EntityRules = EMPTY_RULES) -> tuple[Entity, ...]:
    return collect_entities(site_articles(site), EntityResolver(rules), 1)


def collect_noted(site: Site) -> list[tuple[Entity, tuple[str, ...]]]:
    """Each entity with the full names the site notes it may mean."""
    resolver = EntityResolver(EMPTY_RULES)
    entities = collect_entities(site_articles(site), resolver, 1)
    return [(entity, resolver.vote.may_mean.get(entity.key, ())) for entity in entities]


def listed(site: Site, rules: EntityRules = EMPTY_RULES) -> list[tuple[str, str, int]]:
    """(group, name, articles) of each entity the site lists."""
    return [(e.group, e.name, len(e.appearances)) for e in collect(site, rules)]


def cue_of(nlp: Language, text: str, name: str) -> str:
    """The cue the words around `name` in `text` give it."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return find_cue(doc, span.start, span.end)
