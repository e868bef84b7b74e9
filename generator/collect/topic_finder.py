"""Collect: find a site's sections and stories (`topics` holds what they are).

scikit-learn and SciPy take about a second to import: `topics` does not import them, and this
module is imported only when topics must be found, so a build that takes them from the cache
never pays for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from generator.collect.sections import find_sections
from generator.collect.stories import find_stories
from generator.collect.topics import TopicDocument, Topics, gather_topics

# Titles, spans of time and reporting verbs say nothing of a topic, and would name every
# politics section after "Mr" and every business one after "Year".
_TITLES = {"mr", "mrs", "ms", "dr"}
_TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "time"}
_NEWS_STOP_WORDS = _TITLES | _TIME_WORDS | {"said", "says", "told"}
# Words of three letters or more, no digits: numbers and initials name no topic.
_WORD = r"(?u)\b[^\W\d_]{3,}\b"
# A word in more than half the articles tells none apart.
_MAX_SHARE = 0.5


def find_topics(documents: Sequence[TopicDocument]) -> Topics:
    """The sections and stories of a site's articles (in any order)."""
    ordered = sorted(documents, key=lambda document: document.key)
    keys = [document.key for document in ordered]
    if len(ordered) < 2:
        return gather_topics(keys, (), ())
    weights, words = weigh_words([document.text for document in ordered])
    sections = find_sections(keys, [document.text for document in ordered], weights, words)
    stories = find_stories(keys, [document.date for document in ordered], weights, words)
    return gather_topics(keys, sections, stories)


def weigh_words(texts: list[str]) -> tuple[sparse.csr_matrix, list[str]]:
    """TF-IDF rows (unit length) of the articles' words, and the words of its columns."""
    vectorizer = TfidfVectorizer(
        stop_words=sorted(ENGLISH_STOP_WORDS | _NEWS_STOP_WORDS),
        token_pattern=_WORD,
        # A word of one article only is no topic; on a tiny site every word has to do.
        min_df=2 if len(texts) > 10 else 1,
        max_df=_MAX_SHARE if len(texts) > 10 else 1.0,
        sublinear_tf=True,
        dtype=np.float64,
    )
    try:
        weights = vectorizer.fit_transform(texts)
    except ValueError:  # no word survives: nothing to group by
        return sparse.csr_matrix((len(texts), 0)), []
    return sparse.csr_matrix(weights), [str(word) for word in vectorizer.get_feature_names_out()]
