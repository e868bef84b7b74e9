"""Readable, stable, collision-free URL slugs."""

from __future__ import annotations

import re

from slugify import slugify

SLUG_MAX_LENGTH = 60
# Words a cut slug must not end on ("…-40-times-since", "…-after-the"): articles, prepositions,
# conjunctions and auxiliaries. Not spaCy's stop list: a cached build must not import spaCy.
_DANGLING_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "to", "in", "on", "at", "by",
    "for", "from", "with", "into", "onto", "over", "under", "after", "before", "since", "until",
    "as", "than", "that", "which", "who", "whom", "whose", "while", "when", "where", "if", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "can", "could", "may", "might", "must", "shall", "should", "its", "their", "his",
    "her", "our", "your", "my"
})  # fmt: skip
# Most names are plain ASCII words, whose slug is plain: python-slugify would give the same
# through its whole transliteration, for each of the tens of thousands of entities of a site.
_PLAIN_WORDS = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


def make_slug(text: str) -> str:
    """python-slugify's slug of `text`."""
    if _PLAIN_WORDS.fullmatch(text):
        return text.lower().replace(" ", "-")
    return slugify(text)


def unique_slug(text: str, taken: set[str], fallback: str) -> str:
    """A URL-safe slug for `text`, made unique against `taken` (which it joins)."""
    base = make_slug(text) or fallback
    if len(base) > SLUG_MAX_LENGTH:
        # Cut at a word boundary, keeping a prefix: slugify's own word_boundary mode skips long
        # words and keeps later short ones, which reads as a different title.
        cut = base.rfind("-", 0, SLUG_MAX_LENGTH + 1)
        base = base[: cut if cut > 0 else SLUG_MAX_LENGTH]
        # A cut slug that ends "…-40-times-since" or "…-after-the" reads as broken off.
        words = base.split("-")
        while len(words) > 1 and words[-1] in _DANGLING_WORDS:
            words.pop()
        base = "-".join(words)
    slug = base
    number = 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    taken.add(slug)
    return slug
