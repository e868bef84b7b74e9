"""Whether one text says another again, by the words they share (no parse needed: the render
asks it of a title given in front matter)."""

from __future__ import annotations

import re

# A text whose words are at least this much the title's says the title again, whatever it adds.
_REPEATED_SHARE = 0.5
_WORD = re.compile(r"[^\W_]+")
# Words that carry no fact of their own; sharing them is not repeating.
# fmt: off
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "its", "it", "their", "his", "her", "this", "that", "as",
})
# fmt: on


def repeats_title(text: str, title: str) -> bool:
    """True when most of the words of `text` are the title's: shown under it, it says little
    more than the title ("Ericsson has posted a rise in profits thanks to its clients" under
    "Ericsson has posted a rise in profits"); a text adding figures and names is not a repeat."""
    title_words = _content_words(title)
    words = _content_words(text)
    if not title_words or not words:
        return False
    return len(words & title_words) >= _REPEATED_SHARE * len(words)


def _content_words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.casefold()) if word not in _FUNCTION_WORDS}
