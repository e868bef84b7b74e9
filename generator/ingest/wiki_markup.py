"""MediaWiki syntax left in text copied from a wiki's page source.

Wikinews and other wikis write links as `[[target|label]]` or `[[label]]` and web links as
`[http://url label]`; a copy of the page's source keeps the brackets, and a copy cut short keeps
half of them ("hazard rating 4]]", "[http://traffic.alexa.com/graph?w"). A reader sees only the
label, so cleaning deletes the brackets, link targets and addresses, a lone `[[` or `]]`, the
editors' comments (`<!-- … -->`, also with its "<" lost), the lines that open or close a table
(`{| border`, `|}`) and the markers of list items (`* `, `# `): deletions only, so every offset
still maps back to the text as given.
Single brackets around words are left alone: they are ordinary punctuation in news ("[sic]").
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
# A web link: "[", an address, then its label up to "]" or the line's end (a cut copy).
WEB_LINK = re.compile(r"\[(?P<address>https?://[^\s\]]*\s*)(?P<label>[^\]\n]*)(?P<close>\]?)")
COMMENT = re.compile(r"<?!--.*?-->", re.DOTALL)
# A table's opening and closing lines and its row separators go whole; a cell keeps its text.
TABLE_LINE = re.compile(r"^[ \t]*(?:\{\||\|\}|\|-)[^\n]*(?:\n|\Z)", re.MULTILINE)
CELL_MARK = re.compile(r"^[ \t]*[|!][ \t]?", re.MULTILINE)
TABLE = re.compile(r"^[ \t]*\{\|.*?(?:^[ \t]*\|\}[^\n]*|\Z)", re.MULTILINE | re.DOTALL)
# A list item's marker at a line's start ("* ", "## ", "•"), which a page shows as a bullet or a
# number, never as text; a star or hash inside a line is the writer's own.
LIST_MARK = re.compile(r"^[ \t]*(?:[*#]+|•)[ \t]+(?=\S)", re.MULTILINE)


def find_wiki_markup(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are wiki syntax, to delete, in order; the labels stay."""
    spans = _web_links(text) + _whole_matches(COMMENT, text) + _tables(text)
    spans += [
        mark
        for mark in _whole_matches(LIST_MARK, text)
        if not any(start <= mark[0] < end for start, end in spans)
    ]
    if "[[" in text or "]]" in text:
        spans += _internal_links(text)
    return sorted(spans)


def _internal_links(text: str) -> list[tuple[int, int]]:
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


def _web_links(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for link in WEB_LINK.finditer(text):
        spans.append((link.start(), link.start("label")))
        if link.group("close"):
            spans.append((link.start("close"), link.end("close")))
    return spans


def _whole_matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


def _tables(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for table in TABLE.finditer(text):
        lines = _whole_matches(TABLE_LINE, table.group())
        cells = [
            mark
            for mark in _whole_matches(CELL_MARK, table.group())
            if not any(start <= mark[0] < end for start, end in lines)
        ]
        spans += [(table.start() + start, table.start() + end) for start, end in lines + cells]
    return spans
