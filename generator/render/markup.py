"""Safe Markdown and raw HTML building blocks: article text in, inert visible text out.

Article text is hostile: it may hold HTML, Markdown link or heading syntax, attribute lists,
pymdownx snippet markers (`--8<--`), emoji shortcodes or Jinja-looking braces. Every character
that any enabled extension could read as syntax becomes a numeric character reference, which
Python-Markdown passes through untouched and the browser shows as the character itself.

The bulk of a page (lists, tables, the full text) is written as raw HTML blocks, which
Python-Markdown stashes whole: no inline patterns run over them and MkDocs does not rewrite their
links, which makes them several times cheaper to convert than the same content as Markdown. The
same escaped text is safe inside them (`<`, `>` and `&` are references too), and preprocessors
that still read raw HTML, such as pymdownx snippets, find no syntax in it either.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

# Every ASCII punctuation character: cheaper to neutralise them all than to track which one a
# future extension starts reading as syntax. Letters, digits, spaces and non-ASCII pass through.
# Left out: the comma, full stop, apostrophe and question mark, common in prose and never syntax
# on their own (a line-leading "12." is handled separately below).
_SYNTAX = '!"#$%&()*+-/:;<=>@[\\]^_`{|}~'
_ESCAPES = {ord(c): f"&#{ord(c)};" for c in _SYNTAX}
# Control characters (C0, DEL, C1) are invisible and HTML forbids them in text: they go, before
# whitespace is folded. Those that are whitespace (tab, line ends, NEL…) fold to a space instead.
_CONTROLS: dict[int, None] = dict.fromkeys(
    code for code in (*range(0x20), *range(0x7F, 0xA0)) if not chr(code).isspace()
)
_WHITESPACE = re.compile(r"\s+")
_LIST_NUMBER = re.compile(r"^(\s*\d+)\.(?=\s|$)")


def escape_text(text: str) -> str:
    """Inline text: whitespace folded to single spaces, every syntax character neutralised.

    A full stop is only syntax after digits at a line start ("1. item"), which folding whitespace
    and escaping line-leading digits rules out; likewise the comma, apostrophe and question mark
    never start Markdown syntax on their own.
    """
    return escape_fragment(text).strip()


def escape_fragment(text: str) -> str:
    """Like `escape_text`, but keeps leading and trailing space: for pieces joined into a line."""
    escaped = _fold(text).translate(_ESCAPES)
    # A line that begins "12." would become an ordered list inside list items and quotes.
    return _LIST_NUMBER.sub(r"\1&#46;", escaped)


def escape_attribute(text: str) -> str:
    """Text for an HTML attribute or a Jinja-rendered field that the theme does not escape."""
    return html.escape(_fold(text).strip(), quote=True)


def _fold(text: str) -> str:
    return _WHITESPACE.sub(" ", text.translate(_CONTROLS))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL with its characters made safe inside a Markdown link, or None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or c in "<>\"'`()[]{}\\" for c in url):
        return None
    return url


def link(text: str, target: str) -> str:
    """A Markdown link from escaped text to a target the generator built (never article text)."""
    return f"[{text}]({target})"


def html_link(text: str, url: str) -> str:
    """The same as an HTML link, for raw HTML blocks: MkDocs neither rewrites nor checks it, so
    `url` is the final one (`paths.relative_url`)."""
    return f'<a href="{html.escape(url)}">{text}</a>'


# Material's search leaves out a section whose heading carries this attribute (attr_list): for
# sections that repeat sentences the search already finds elsewhere on the site.
SEARCH_SKIPS_SECTION = "{ data-search-exclude }"
# The same for one element of a searched section, written as an attribute of its raw HTML tag.
SEARCH_SKIPS_ELEMENT = "data-search-exclude"
# For listing pages: everything they show is already indexed on the article and entity pages,
# so indexing them again only makes the search index larger and the results noisier.
NOT_SEARCHED: dict[str, object] = {"search": {"exclude": True}}


def front_matter(fields: dict[str, object]) -> str:
    """A YAML front matter block for page metadata; values the theme prints are pre-escaped.

    Each value is written as JSON, which is YAML's flow style: as safe as a YAML emitter for any
    text (quotes, colons, line breaks), and far cheaper than an emitter on thousands of pages.
    """
    body = "".join(
        f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in fields.items()
    )
    return f"---\n{body}---\n\n"


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table; cells must already be escaped (a `|` inside one would split it)."""
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join("---" for _ in headers) + "|",
    ]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def mark_spans(text: str, spans: list[tuple[int, int, str | None]]) -> str:
    """Escaped `text` with some spans made HTML links (URL given) or bold (None), for raw HTML.

    Spans are offsets into `text`; one that overlaps an earlier one is left as plain text.
    """
    pieces: list[str] = []
    position = 0
    for start, end, target in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < position or end <= start:
            continue
        pieces.append(escape_fragment(text[position:start]))
        words = escape_fragment(text[start:end])
        pieces.append(html_link(words, target) if target else f"<strong>{words}</strong>")
        position = end
    pieces.append(escape_fragment(text[position:]))
    return "".join(pieces).strip()


# Raw HTML blocks. Each helper below returns one between marker comments, with its blank line:
# our Markdown extension (generator/plugin/raw_html.py) stashes what lies between them whole, so
# neither Python-Markdown's HTML block parser nor MkDocs' anchor scan reads it again (markup we
# wrote ourselves has nothing to tell them), and the MkDocs plugin holds the blocks that
# search skips out of its index parser's way. Without either, the block is still valid raw HTML
# and the markers are invisible comments. Article text can never forge a marker: its `<` is
# always a character reference. md_in_html would parse the inside of a tag with a `markdown`
# attribute, which no helper writes.
RAW_HTML_START = "<!-- news-digest:html -->"
UNSEARCHED_HTML_START = "<!-- news-digest:html unsearched -->"
RAW_HTML_END = "<!-- /news-digest:html -->"


def raw_html(block: str, *, searched: bool = True) -> str:
    """`block` (block-level HTML of our own, no blank line inside) as a marked raw block; one
    not `searched` must sit in a section whose heading carries `SEARCH_SKIPS_SECTION`."""
    start = RAW_HTML_START if searched else UNSEARCHED_HTML_START
    return f"{start}\n{block.strip()}\n{RAW_HTML_END}\n\n"


def html_paragraph(content: str, *, searched: bool = True) -> str:
    """A paragraph of escaped text and our own inline HTML."""
    return raw_html(f"<p>{content}</p>", searched=searched)


def html_list(items: list[str], *, searched: bool = True) -> str:
    """A bulleted list; each item must already be escaped text and our own inline HTML."""
    block = "<ul>\n" + "".join(f"<li>{item}</li>\n" for item in items) + "</ul>"
    return raw_html(block, searched=searched)


def html_table(headers: list[str], rows: list[list[str]], *, searched: bool = True) -> str:
    """A table with a head row, as the Markdown tables extension writes one (scripts and the
    theme's styles select on `thead` and `tbody`); cells must already be escaped.

    A line end between cells, as the extension writes: the search index takes the page's text
    from the HTML, and without white space between them two cells would read as one word.
    """
    head = "".join(f"<th>{header}</th>\n" for header in headers)
    body = "".join("<tr>\n<td>" + "</td>\n<td>".join(row) + "</td>\n</tr>\n" for row in rows)
    block = f"<table>\n<thead>\n<tr>\n{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>"
    return raw_html(block, searched=searched)


def html_admonition(kind: str, title: str, content: str) -> str:
    """An admonition as the admonition extension writes it (`!!! abstract "In short"`), for
    escaped title and content; `kind` is one of the theme's admonition types."""
    return raw_html(
        f'<div class="admonition {kind}">\n<p class="admonition-title">{title}</p>\n'
        f"<p>{content}</p>\n</div>"
    )
