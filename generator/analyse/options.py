"""What an analysis can be asked to do, known without importing spaCy.

Settings, the CLI and the cache need these names; importing them must not load the NLP stack,
so a rebuild with nothing to analyse starts in a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

# The entity types the site indexes (spaCy's labels).
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
# The summarizers a user can choose; generator.analyse.summarise registers a class for each.
SUMMARIZER_NAMES = ("centrality", "lead", "news")
DEFAULT_SUMMARIZER = "news"


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """The settings that change an analysis; part of every cache key."""

    summarizer: str = DEFAULT_SUMMARIZER
    summary_sentences: int | None = None
    entity_labels: frozenset[str] = ENTITY_LABELS
