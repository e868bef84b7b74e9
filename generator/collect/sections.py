"""Sections: the topics of a site, found by non-negative matrix factorisation of its words.

NMF splits the articles' TF-IDF weights into a few topics, each a weighted set of words, and
gives each article a share of each topic; an article belongs to the topic of its largest share.
On the BBC corpus the topics of 150 random articles match its five desks with a homogeneity of
about 0.8 (`bench/topics.md`). A topic is named by its leading words as the articles write them.
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning

from generator.collect.slugs import unique_slug
from generator.collect.topics import Section

# Below this a site is one section.
MIN_ARTICLES = 6
# A topic that fewer articles lead is folded into their next topics.
MIN_SIZE = 3
MAX_SECTIONS = 12
NAME_WORDS = 3
# Words that share this many first letters are taken for one stem ("economy", "economic").
STEM = 5
# How a word is written is read from this many of a section's articles: enough to see it.
CASE_SAMPLE = 25
OTHER = "Other news"  # the articles that share no word with any topic


def section_count(articles: int) -> int:
    """How many topics to look for: a handful on a small site, a dozen at most on a large one,
    so that the front page can show every section."""
    return max(2, min(MAX_SECTIONS, round(math.sqrt(articles) / 2)))


def find_sections(
    keys: Sequence[str], texts: Sequence[str], weights: sparse.csr_matrix, words: Sequence[str]
) -> tuple[Section, ...]:
    """The sections of the articles `keys` (with their `texts` and TF-IDF `weights` rows)."""
    if len(keys) < MIN_ARTICLES or len(words) < 2:
        return ()
    topics = min(section_count(len(keys)), len(words))
    model = NMF(n_components=topics, init="nndsvd", max_iter=200, tol=1e-3)
    with warnings.catch_warnings():
        # A few iterations short of the tolerance still ranks the topics' words the same.
        warnings.simplefilter("ignore", ConvergenceWarning)
        shares = np.asarray(model.fit_transform(weights))
    leading = _lead_topics(shares)
    members: dict[int, list[int]] = {}
    for article, topic in enumerate(leading):
        members.setdefault(int(topic), []).append(article)
    for topic, articles in members.items():
        if topic >= 0:  # most typical first: the largest share of the topic, ties by key
            column = shares[:, topic]
            articles.sort(key=lambda a: (-float(column[a]), keys[a]))
    taken: set[str] = {"index"}  # sections/index.md lists the sections
    sections = []
    for topic, articles in sorted(members.items(), key=lambda item: (-len(item[1]), item[0])):
        if topic < 0:
            continue
        top = _top_words(model.components_[topic], words)
        sample = [texts[a] for a in sorted(articles)[:CASE_SAMPLE]]
        # A to Z: two words of about the same weight trade places after the smallest edit.
        name = " · ".join(sorted(_as_written(word, sample) for word in top))
        sections.append(
            Section(
                unique_slug(name, taken, "section"), name, top, tuple(keys[a] for a in articles)
            )
        )
    if -1 in members:
        orphans = tuple(keys[a] for a in members[-1])
        sections.append(Section(unique_slug(OTHER, taken, "section"), OTHER, (), orphans))
    return tuple(sections)


def _lead_topics(shares: np.ndarray) -> list[int]:
    """Each article's topic (-1 when it shares nothing with any), after folding the topics too
    few articles lead into the others, smallest first."""
    kept = list(range(shares.shape[1]))
    while True:
        sub = shares[:, kept]
        best = sub.argmax(axis=1)
        empty = sub.max(axis=1) <= 0
        leading = [-1 if empty[i] else kept[int(best[i])] for i in range(len(best))]
        sizes = Counter(leading)
        small = [topic for topic in kept if sizes[topic] < MIN_SIZE]
        if not small or len(kept) == 1:
            return leading
        kept.remove(min(small, key=lambda topic: (sizes[topic], topic)))


def _top_words(weights: np.ndarray, words: Sequence[str]) -> tuple[str, ...]:
    """The topic's heaviest words, one of each family: "brazil" leaves out "brazilian", "game"
    leaves out "games", whose stems the name would only repeat."""
    # Ties broken by the word, so the name never depends on the sort's stability.
    order = sorted(range(len(words)), key=lambda i: (-float(weights[i]), words[i]))
    chosen: list[str] = []
    for i in order:
        if weights[i] <= 0 or len(chosen) == NAME_WORDS:
            break
        if not any(_same_family(words[i], word) for word in chosen):
            chosen.append(words[i])
    return tuple(chosen)


def _same_family(one: str, other: str) -> bool:
    """Two words of one stem: one starts the other, or both start with the same five letters."""
    return one.startswith(other) or other.startswith(one) or one[:STEM] == other[:STEM]


def _as_written(word: str, texts: Sequence[str]) -> str:
    """The word as the articles mostly write it ("Labour", "BBC"), capitalised as a label."""
    forms: Counter[str] = Counter()
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    for text in texts:
        forms.update(pattern.findall(text))
    written = min(forms, key=lambda form: (-forms[form], form)) if forms else word
    return written[:1].upper() + written[1:]
