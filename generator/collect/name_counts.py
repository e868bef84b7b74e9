"""One article's mentions summed up by (canonical name, label): its share of the entity index.

Part of the collect stage. Everything the site-wide index needs of an article's mentions is how
often each name appears under each label, where it first appears and how it was written; that
does not depend on any other article, so it is worked out once per article (for the articles
already analysed, while a rebuild waits for the new ones) and the index merges these small
summaries instead of walking every mention again.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model.analysis import Mention, Sentence

# The earliest mention of a name: (start, position in the article's list, mention), so that
# comparing two gives the one `min(mentions, key=start)` would, ties going to the one listed first.
First = tuple[int, int, Mention]
# A name written before one of these is a family's or siblings' name ("the Agnelli family"),
# not one person's, whatever the model's label says.
_FAMILY_NOUN_AFTER = re.compile(r"\s+(?:family|families|clan|dynasty|brothers|sisters)\b", re.I)


@dataclass(frozen=True, slots=True)
class NameCount:
    """One (canonical name, label) pair of an article: how often, where first, as written."""

    canonical: str
    label: str
    count: int
    first: First
    texts: frozenset[str]
    # (cue, mentions) for each label the article's words give some of them ("" never), A to Z:
    # the site-wide vote weighs these above the model's `label`.
    cues: tuple[tuple[str, int], ...] = ()
    # Mentions written right before a family noun ("the [Agnelli] family").
    as_family: int = 0


def count_names(
    mentions: Sequence[Mention], sentences: Sequence[Sentence] = ()
) -> tuple[NameCount, ...]:
    """The article's pairs in order of first mention (list order, as the index reads them);
    `sentences` (the article's) show which mentions name a family."""
    pairs: dict[tuple[str, str], tuple[int, First, set[str]]] = {}
    cues: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    families: Counter[tuple[str, str]] = Counter()
    for position, mention in enumerate(mentions):
        pair = (mention.canonical, mention.label)
        if mention.cue:
            cues[pair][mention.cue] += 1
        if _before_family_noun(mention, sentences):
            families[pair] += 1
        seen = pairs.get(pair)
        if seen is None:
            pairs[pair] = (1, (mention.start, position, mention), {mention.text})
            continue
        count, first, texts = seen
        texts.add(mention.text)
        if mention.start < first[0]:
            first = (mention.start, position, mention)
        pairs[pair] = (count + 1, first, texts)
    return tuple(
        NameCount(
            *pair,
            count,
            first,
            frozenset(texts),
            tuple(sorted(cues[pair].items())),
            families[pair],
        )
        for pair, (count, first, texts) in pairs.items()
    )


def _before_family_noun(mention: Mention, sentences: Sequence[Sentence]) -> bool:
    for sentence in sentences:
        if sentence.start <= mention.start and mention.end <= sentence.end:
            after = mention.end - sentence.start
            return _FAMILY_NOUN_AFTER.match(sentence.text, after) is not None
    return False


class NameCounts:
    """`count_names` of each article's mentions, worked out at most once per build."""

    def __init__(self) -> None:
        # By identity: the same tuple of mentions is asked about again, never an equal copy
        # worth hashing. The tuple is kept, so its id cannot be reused while it is here.
        self._counted: dict[int, tuple[Sequence[Mention], tuple[NameCount, ...]]] = {}

    def of(
        self, mentions: Sequence[Mention], sentences: Sequence[Sentence] = ()
    ) -> tuple[NameCount, ...]:
        """`count_names` of the mentions (and their article's sentences, given each time)."""
        known = self._counted.get(id(mentions))
        if known is not None and known[0] is mentions:
            return known[1]
        counted = count_names(mentions, sentences)
        self._counted[id(mentions)] = (mentions, counted)
        return counted
