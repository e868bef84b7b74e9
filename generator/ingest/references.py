"""HTML character references in scraped text ("&mdash;", "&#8217;", "&amp;"), decoded once.

Plain text scraped from a web page keeps the references the page was written in, and the
generator shows article text as text, never as HTML: left alone, "&mdash;" would reach titles,
summaries, entities ("OSLO &mdash;" as an organisation) and feeds. What a reference means is
`html.unescape`'s decision (named references with or without their semicolon, numeric ones,
the Windows-1252 numbers browsers accept); this module only finds where each one sits, so that
cleaning can decode it in place and still map every offset back to the text as given.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# The pattern `html.unescape` itself finds candidates with (`html._charref`, private): what it
# matches and `html.unescape` changes is a reference.
CANDIDATE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@dataclass(frozen=True, slots=True)
class Reference:
    """`text[start:end]` is a reference standing for `decoded` (one character as a rule; two
    for a few named ones, none for a number that is no character)."""

    start: int
    end: int
    decoded: str


def decode_references(text: str) -> str:
    """The text with every reference decoded exactly once ("&amp;mdash;" → "&mdash;")."""
    return html.unescape(text)


def find_references(text: str) -> list[Reference]:
    """Every reference in `text`, in order; decoding them all gives `decode_references(text)`."""
    if "&" not in text:
        return []
    found = []
    for match in CANDIDATE.finditer(text):
        written = match.group()
        decoded = html.unescape(written)
        if decoded == written:
            continue  # "AT&T", "Q&A": an ampersand, not a reference
        # "&notit;" is the reference "&not" followed by "it;", which stays as written.
        kept = _common_suffix_length(written, decoded)
        end = match.end() - kept
        decoded = decoded[: len(decoded) - kept]
        if len(decoded) <= end - match.start():
            found.append(Reference(match.start(), end, decoded))
    return found


def _common_suffix_length(first: str, second: str) -> int:
    length = 0
    limit = min(len(first), len(second))
    while length < limit and first[-1 - length] == second[-1 - length]:
        length += 1
    return length
