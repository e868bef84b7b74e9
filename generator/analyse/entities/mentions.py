"""Named-entity mentions of an article, with aliases resolved to one canonical name.

spaCy's entities are the starting point. Lines in capitals are re-tagged on a recased copy,
datelines give their place, spans are trimmed to the name itself and junk is dropped; then
countries, defined acronyms and every further occurrence of a name already found are added,
and each mention is resolved to a canonical name with one label per name.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from generator.analyse.entities.acronyms import find_acronym_definitions
from generator.analyse.entities.caps import (
    drop_capitalised_words,
    english_words,
    ordinary_words,
    tag_shouted_lines,
)
from generator.analyse.entities.cues import CUE_WEIGHT, apply_cues, find_titled_people
from generator.analyse.entities.lines import find_dateline_places, label_teams
from generator.analyse.entities.lineups import mark_lineup_players
from generator.analyse.entities.nonnames import drop_non_names, trim_nationality_nouns
from generator.analyse.entities.offices import split_office_holders
from generator.analyse.entities.owned_names import (
    relabel_foreign_article_names,
    split_possessions,
)
from generator.analyse.entities.person_cues import find_listed_people
from generator.analyse.entities.propagate import (
    GAZETTEER,
    index_known_names,
    name_key,
    scan_for_names,
)
from generator.analyse.entities.resolve import NameResolver
from generator.analyse.entities.spans import Candidate, clean_candidates, split_glued_names
from generator.analyse.nlp.loader import load_pipeline
from generator.model.analysis import Mention
from generator.model.settings import ENTITY_LABELS

__all__ = ["ENTITY_LABELS", "find_mentions"]


# A country's name is a country wherever it stands, whatever the model said.
GAZETTEER_WEIGHT = 2.0


def _overlaps(first: Candidate, second: Candidate) -> bool:
    return first.start < second.end and second.start < first.end


def _model_candidates(doc: Doc) -> list[Candidate]:
    """spaCy's entities, with shouted lines re-tagged and datelines' places put first."""
    recased, shouted = tag_shouted_lines(doc, load_pipeline())
    candidates = [
        Candidate(entity.start, entity.end, entity.label_)
        for entity in doc.ents
        if not any(start <= entity.start_char < end for start, end in shouted)
    ]
    candidates += recased
    datelines = find_dateline_places(doc)
    kept = [c for c in candidates if not any(_overlaps(c, place) for place in datelines)]
    return kept + datelines


def _relabel_from_gazetteer(doc: Doc, candidate: Candidate) -> Candidate:
    label = GAZETTEER.get(name_key(doc, candidate.start, candidate.end))
    if label is None:
        return candidate
    return candidate._replace(label=label, weight=GAZETTEER_WEIGHT)


def _add_uncovered(found: list[Candidate], additions: list[Candidate], covered: list[bool]) -> None:
    for candidate in additions:
        if not any(covered[candidate.start : candidate.end]):
            found.append(candidate)
            covered[candidate.start : candidate.end] = [True] * (candidate.end - candidate.start)


def find_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """Every name in the document as a non-overlapping candidate, and the acronym definitions."""
    # Capitalised ordinary words go first, so that the name left is trimmed and looked up.
    candidates = drop_capitalised_words(doc, _model_candidates(doc), load_pipeline())
    cleaned = split_possessions(doc, clean_candidates(doc, candidates))
    cleaned = split_office_holders(doc, cleaned, english_words(load_pipeline()))
    candidates = [
        _relabel_from_gazetteer(doc, candidate)
        for candidate in trim_nationality_nouns(doc, cleaned)
    ]
    # Cued labels before the names are propagated, so that each copy carries the article's word.
    ordinary = ordinary_words(load_pipeline())
    candidates = relabel_foreign_article_names(doc, apply_cues(doc, candidates, ordinary))
    candidates = mark_lineup_players(doc, candidates, CUE_WEIGHT)
    covered = [False] * len(doc)
    found: list[Candidate] = []
    _add_uncovered(found, candidates, covered)
    _add_uncovered(found, find_titled_people(doc, covered), covered)
    _add_uncovered(found, find_listed_people(doc, covered, CUE_WEIGHT), covered)
    definitions = find_acronym_definitions(doc, found)
    _add_uncovered(found, [pair[index] for pair in definitions for index in (0, 1)], covered)
    found += scan_for_names(doc, GAZETTEER, covered, weight=GAZETTEER_WEIGHT)
    # A copied label is no new evidence, so propagated mentions do not vote.
    found += scan_for_names(doc, index_known_names(doc, found), covered, weight=0.0)
    nouns = english_words(load_pipeline())
    found = drop_non_names(doc, sorted(split_glued_names(doc, found)), nouns)
    found = apply_cues(doc, found, ordinary)
    found = relabel_foreign_article_names(doc, found)
    # Again last, so that no later cue takes a player for a team or a work.
    found = mark_lineup_players(doc, found, CUE_WEIGHT)
    return label_teams(doc, found, weight=GAZETTEER_WEIGHT), definitions


def find_mentions(doc: Doc, labels: frozenset[str] = ENTITY_LABELS) -> tuple[Mention, ...]:
    """Return every mention of a named entity with one of `labels`, in text order.

    Each mention's `canonical` is the fullest name the article uses for the entity ("Putin"
    -> "Vladimir Putin", "NATO" -> "North Atlantic Treaty Organization", "U.S." -> "United
    States"), and all mentions of one canonical name share one label. Offsets are into
    `doc.text`, and `text` is exactly `doc.text[start:end]`. The recogniser is re-run on lines
    written in capitals, using the pipeline from `load_pipeline`.
    """
    candidates, definitions = find_candidates(doc)
    resolver = NameResolver(doc, candidates, english_words(load_pipeline()))
    resolver.merge_definitions(definitions)
    resolver.merge_spelled_acronyms()
    resolver.merge_name_parts()
    sentence_starts = [sentence.start for sentence in doc.sents]
    mentions = []
    for candidate, (canonical, label) in zip(candidates, resolver.resolve(), strict=True):
        if label not in labels:
            continue
        span = doc[candidate.start : candidate.end]
        mentions.append(
            Mention(
                text=span.text,
                label=label,
                canonical=canonical,
                start=span.start_char,
                end=span.end_char,
                sentence=bisect.bisect_right(sentence_starts, candidate.start) - 1,
                cue=candidate.cue,
            )
        )
    return tuple(mentions)
