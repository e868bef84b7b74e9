"""Raw HTML that search skips joins a page only after Material's search has read the page.

Material's search plugin parses each page's whole HTML with `html.parser` to split it into
sections, and then drops the sections whose heading says `data-search-exclude`. On a generated
page those are most of the tags (an entity's article list, an article's figure table): parsing them
cost more than anything else in `mkdocs build`, to index nothing. The renderer marks such blocks
(`markup.raw_html(..., searched=False)`); before MkDocs converts the page they are swapped for
placeholder comments, and after the page is rendered the placeholders are swapped back. The
published page is the same; the index is the same, because those sections were excluded anyway.
"""

from __future__ import annotations

from generator.render.markup import RAW_HTML_END, UNSEARCHED_HTML_START


class UnsearchedBlocks:
    """The blocks held back from each page being built, by the page's source path."""

    def __init__(self) -> None:
        self._held: dict[str, list[str]] = {}

    def hold(self, page: str, markdown: str) -> str:
        """`markdown` with each unsearched block replaced by a placeholder comment."""
        if UNSEARCHED_HTML_START not in markdown:
            return markdown
        blocks: list[str] = []
        pieces: list[str] = []
        position = 0
        while (start := markdown.find(UNSEARCHED_HTML_START + "\n", position)) != -1:
            content_start = start + len(UNSEARCHED_HTML_START) + 1
            end = markdown.find("\n" + RAW_HTML_END, content_start)
            if end == -1:  # an unclosed marker (a hand-edited page): leave the rest as it is
                break
            pieces.append(markdown[position:start])
            pieces.append(_placeholder(len(blocks)))
            blocks.append(markdown[content_start:end])
            position = end + 1 + len(RAW_HTML_END)
        pieces.append(markdown[position:])
        self._held[page] = blocks
        return "".join(pieces)

    def held(self, page: str) -> tuple[str, ...]:
        """The blocks held back from `page` until `restore`."""
        return tuple(self._held.get(page, ()))

    def restore(self, page: str, html: str) -> str:
        """The rendered page with its held blocks back in place of their placeholders."""
        for number, block in enumerate(self._held.pop(page, ())):
            html = html.replace(_placeholder(number), block, 1)
        return html


def _placeholder(number: int) -> str:
    # A comment is a raw HTML block to Python-Markdown and invisible to search's parser. Article
    # text cannot forge one (its `<` is always a character reference).
    return f"<!-- news-digest:unsearched {number} -->"
