"""The summarisation algorithms, one small class each.

Every algorithm scores the eligible sentences of one article (`candidates`, indexes into
`sentences`); `summarise.summarize` keeps the best and restores article order. Scores only need
to order the candidates, so an algorithm that picks greedily returns its picking order.
All of them are linear in the number of sentences: similarities to the whole document come from
running sums of sentence vectors, never from an all-pairs matrix.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span

from generator.analyse.summary.cues import opens_with_connective, states_figure
from generator.analyse.summary.lede import carries_news
from generator.analyse.summary.terms import (
    TermVector,
    add_into,
    count_terms,
    count_words,
    dot,
    weigh_terms,
)

# Greedy redundancy control orders this many sentences, more than any summary needs; the rest
# follow by plain relevance so a long article does not cost candidates x candidates comparisons.
MMR_PICKS = 10


@dataclass(frozen=True, slots=True)
class LeadSummarizer:
    """LEAD-k: the first eligible sentences, the classic news baseline."""

    name: str = "lead"

    def rank(self, sentences: Sequence[Span], candidates: Sequence[int]) -> list[float]:
        """Earlier candidates score higher."""
        return [-float(position) for position in range(len(candidates))]


@dataclass(frozen=True, slots=True)
class CentralitySummarizer:
    """LexRank-like degree centrality: the sentences most like the rest of the article.

    No position prior at all, for articles that do not follow the inverted pyramid; the same
    redundancy control as the default.
    """

    name: str = "centrality"
    redundancy_weight: float = 0.25

    def rank(self, sentences: Sequence[Span], candidates: Sequence[int]) -> list[float]:
        """Score each candidate by its summed cosine similarity to every other sentence."""
        vectors = weigh_terms([count_terms(sent) for sent in sentences])
        total: TermVector = {}
        for vector in vectors:
            add_into(total, vector)
        relevance = [dot(vectors[i], total) - dot(vectors[i], vectors[i]) for i in candidates]
        return order_by_mmr(relevance, [vectors[i] for i in candidates], self.redundancy_weight)


@dataclass(frozen=True, slots=True)
class NewsSummarizer:
    """The default: lead prior + position-aware centrality + news cues, with redundancy control.

    Salience is directed centrality (as in PacSum, Zheng & Lapata 2019): a sentence matters when
    the sentences after it elaborate on it, and matters less when it repeats what came before.
    That carries the inverted-pyramid habit of news without trusting position alone, so a soft
    feature lede loses to the sentence the rest of the story is about. A mild explicit lead prior
    breaks ties toward the top. Hard figures (money, shares, quantities) are what readers come
    for; a sentence opening with "However," or "Meanwhile," needs the one before it; an
    over-long sentence is read, not skimmed. Maximal marginal relevance keeps the picks from
    saying the same thing twice. `centrality_weight` adds plain (undirected) centrality, which
    long extractive references reward and short lead-biased ones punish; cross-validation over
    both dev sets (`bench/tune_summary.py`, `bench/summary_tuning.md`) keeps it off.

    `centrality_gate` makes that weight a reading of the article: "news_lede" applies it only
    when the first sentence does not carry the news (`lede.carries_news`), "central_lede" only
    when the lede is less central than `lede_threshold` (0 to 1 among the candidates), "none"
    always. `lede_bonus` keeps a lede that carries the news whatever centrality says. Neither
    is chosen by the same cross-validation: dev BBC's gain from centrality is about as large
    under a news lede as under any other, so no reading of the lede sorts the articles that
    want it from those that do not (the figures are in `bench/summary_tuning.md`).
    """

    name: str = "news"
    lead_weight: float = 0.3
    repetition_penalty: float = 2.0
    figure_bonus: float = 0.3
    connective_penalty: float = 0.1
    length_penalty: float = 0.3
    comfortable_words: int = 25
    redundancy_weight: float = 0.25
    centrality_weight: float = 0.0
    centrality_gate: Literal["none", "news_lede", "central_lede"] = "none"
    lede_threshold: float = 0.5
    lede_bonus: float = 0.0

    def rank(self, sentences: Sequence[Span], candidates: Sequence[int]) -> list[float]:
        """Score candidates by salience, lead position and length; order them by MMR."""
        if not candidates:
            return []
        vectors = weigh_terms([count_terms(sent) for sent in sentences])
        later, earlier = directed_similarity(vectors)
        salience = rescale([later[i] - self.repetition_penalty * earlier[i] for i in candidates])
        centrality = rescale([later[i] + earlier[i] for i in candidates])
        news_lede = candidates[0] == 0 and carries_news(sentences[0])
        weight = self.centrality_weight * self._opens_centrality(news_lede, centrality[0])
        relevance = []
        for position, (index, value) in enumerate(zip(candidates, salience, strict=True)):
            sent = sentences[index]
            overlong = max(0.0, math.log(max(count_words(sent), 1) / self.comfortable_words))
            relevance.append(
                value
                + weight * centrality[position]
                + self.lead_weight / (1.0 + position)
                + self.lede_bonus * (news_lede and index == 0)
                + self.figure_bonus * states_figure(sent)
                - self.connective_penalty * opens_with_connective(sent)
                - self.length_penalty * overlong
            )
        return order_by_mmr(relevance, [vectors[i] for i in candidates], self.redundancy_weight)

    def _opens_centrality(self, news_lede: bool, first_centrality: float) -> bool:
        """Whether this article is read by plain centrality, given how its first candidate reads."""
        if self.centrality_gate == "news_lede":
            return not news_lede
        if self.centrality_gate == "central_lede":
            return first_centrality < self.lede_threshold
        return True


def directed_similarity(vectors: Sequence[TermVector]) -> tuple[list[float], list[float]]:
    """Each sentence's summed similarity to the sentences after it and to those before it."""
    later = [0.0] * len(vectors)
    suffix: TermVector = {}
    for index in range(len(vectors) - 1, -1, -1):
        later[index] = dot(vectors[index], suffix)
        add_into(suffix, vectors[index])
    earlier = [
        dot(vector, suffix) - later[index] - dot(vector, vector)
        for index, vector in enumerate(vectors)
    ]
    return later, earlier


def rescale(values: Sequence[float]) -> list[float]:
    """Min-max scale to [0, 1], so salience and the priors share one scale in every article."""
    if not values:
        return []
    low, high = min(values), max(values)
    span = high - low
    return [(value - low) / span if span else 0.0 for value in values]


def order_by_mmr(
    relevance: Sequence[float], vectors: Sequence[TermVector], redundancy_weight: float
) -> list[float]:
    """Maximal marginal relevance (Carbonell & Goldstein 1998) as scores, higher first.

    Greedily picks the candidate whose relevance, minus `redundancy_weight` times its highest
    similarity to anything already picked, is best; the first `MMR_PICKS` picks score above all
    other candidates, which keep their relevance order.
    """
    remaining = set(range(len(relevance)))
    closest = [0.0] * len(relevance)  # highest similarity to any pick so far
    picked: list[int] = []
    while remaining and len(picked) < MMR_PICKS:
        best = max(remaining, key=lambda k: (relevance[k] - redundancy_weight * closest[k], -k))
        picked.append(best)
        remaining.remove(best)
        for k in remaining:
            closest[k] = max(closest[k], dot(vectors[k], vectors[best]))
    rest = sorted(remaining, key=lambda k: (-relevance[k], k))
    order = picked + rest
    scores = [0.0] * len(relevance)
    for place, k in enumerate(order):
        scores[k] = float(len(order) - place)
    return scores
