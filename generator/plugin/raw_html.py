"""A Markdown extension that hands the generator's own raw HTML blocks to the output untouched.

A generated page is mostly raw HTML (lists, tables, the full text). Python-Markdown would parse
every tag of it with `html.parser` to find where each block ends, and MkDocs parses it all once
more to collect anchor ids: much of the time of converting the page, to learn nothing, since
the renderer wrote these blocks itself. The renderer marks each block (`markup.raw_html`); this
preprocessor runs before both parsers and moves the marked blocks into Python-Markdown's HTML
stash, exactly where the HTML block parser would have put them, so the page comes out the same.

MkDocs' anchor scan then no longer sees the ids in those blocks, and would report every link to
one (`entities/index.md#person-xi-jinping`) as a link to a missing anchor. `anchor_ids` finds them
again, for the plugin to hand to MkDocs, with a pattern rather than a parser: the renderer writes
every attribute value in double quotes, escaped, so an article's text can never forge one.
"""

from __future__ import annotations

import html
import re

# Python-Markdown ships no type information and the lock file holds no stubs for it.
from markdown import Markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]

from generator.render.markup import RAW_HTML_END, RAW_HTML_START, UNSEARCHED_HTML_START

STARTS = frozenset((RAW_HTML_START, UNSEARCHED_HTML_START))

# An `id` attribute (not `data-id`), or the old-style `<a name>` that MkDocs also accepts.
ANCHOR_ATTRIBUTE = re.compile(r'(?:<[^<>]*?\sid|<a\s[^<>]*?\bname)="([^"]*)"')

# After whitespace normalisation (30), before MkDocs' anchor scan (21) and the HTML block
# parser (20).
PRIORITY = 25


class GeneratedHtmlStash(Preprocessor):  # type: ignore[misc]
    """Replaces each run of marked blocks with one stash placeholder in a paragraph of its own.

    Blocks with nothing but blank lines between them (an article's paragraphs) share one
    placeholder: every placeholder paragraph costs a pass of the inline patterns later.
    """

    def run(self, lines: list[str]) -> list[str]:
        kept: list[str] = []
        closed: list[str] = []  # blocks since the last Markdown line, not stashed yet
        block: list[str] | None = None
        start = RAW_HTML_START
        for line in lines:
            if block is not None:
                if line == RAW_HTML_END:
                    closed.append("\n".join(block))
                    block = None
                else:
                    block.append(line)
            elif line in STARTS:
                start = line
                block = []
            elif closed and not line.strip():
                continue
            else:
                self._stash(closed, kept)
                kept.append(line)
        self._stash(closed, kept)
        if block is not None:  # an unclosed marker (a hand-edited page): leave it as it was
            kept.extend((start, *block))
        return kept

    def _stash(self, closed: list[str], kept: list[str]) -> None:
        if closed:
            # Blank lines on both sides: the placeholder must be a paragraph of its own, even
            # at the end of the page, for it to be swapped back without a `<p>` around it.
            kept.extend(("", self.md.htmlStash.store("\n".join(closed)), "", ""))
            closed.clear()


class GeneratedHtmlExtension(Extension):  # type: ignore[misc]
    """`markdown.Markdown(extensions=[GeneratedHtmlExtension()])`."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(GeneratedHtmlStash(md), "news_digest_html", PRIORITY)


def anchor_ids(page_html: str) -> set[str]:
    """The anchors of HTML written by the renderer, as MkDocs' own scan would collect them."""
    return {html.unescape(anchor) for anchor in ANCHOR_ATTRIBUTE.findall(page_html)}
