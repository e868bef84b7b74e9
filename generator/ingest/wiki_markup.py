"""MediaWiki link syntax left in text copied from a wiki ("[[w:Paul Volcker|Paul Volcker]]").

Wikinews and other wikis write links as `[[target|label]]` or `[[label]]`; a copy of the page's
source keeps the brackets, and a copy cut short keeps half of them ("hazard rating 4]]"). A
reader sees only the label, so cleaning deletes the brackets and the link target, and a lone
`[[` or `]]`: deletions only, so every offset still maps back to the text as given. Single
brackets are left alone: they are ordinary punctuation in news text ("[sic]").
"""

from __future__ import annotations

import re

# A link: one or two opening brackets and an optional target ending in "|", or (a copy cut
# inside the link) no bracket but a namespaced target ("w:Paul Volcker|"); then the label and two
# closing brackets. Nothing inside crosses a line or another bracket.
LINK = re.compile(
    r"(?:\[\[?(?P<target>[^\[\]|\n]*\|)?|(?<!\S)(?P<bare>\w{1,12}:[^\[\]|\n]*\|))"
    r"(?P<label>[^\[\]|\n]*)\]\]"
)
LONE_BRACKETS = re.compile(r"\[\[|\]\]")


def find_wiki_markup(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are link syntax, to delete, in order; the labels stay."""
    if "[[" not in text and "]]" not in text:
        return []
    spans: list[tuple[int, int]] = []
    position = 0
    for link in LINK.finditer(text):
        spans += _lone_brackets(text, position, link.start())
        spans.append((link.start(), link.start("label")))
        spans.append((link.end("label"), link.end()))
        position = link.end()
    spans += _lone_brackets(text, position, len(text))
    return spans


def _lone_brackets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in LONE_BRACKETS.finditer(text, start, end)]
