"""Safe Markdown building blocks: article text in, inert visible text out.

Article text is hostile: it may hold HTML, Markdown link or heading syntax, attribute lists,
pymdownx snippet markers (`--8<--`), emoji shortcodes or Jinja-looking braces. Every character
that any enabled extension could read as syntax becomes a numeric character reference, which
Python-Markdown passes through untouched and the browser shows as the character itself.
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


# For listing pages: everything they show is already indexed on the article and entity pages,
# so indexing them again only makes the search index larger and the results noisier.
NOT_SEARCHED: dict[str, object] = {"search": {"exclude": True}}


def front_matter(fields: dict[str, object]) -> str:
    """A YAML front matter block for page metadata; values the theme prints are pre-escaped.

    Each value is written as JSON, which is YAML's flow style: as safe as a YAML emitter for any
    text (quotes, colons, line breaks), and many times faster on a site of thousands of pages.
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
    """Escaped `text` with some spans made links (target given) or bold (target None).

    Spans are offsets into `text`; one that overlaps an earlier one is left as plain text.
    """
    pieces: list[str] = []
    position = 0
    for start, end, target in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < position or end <= start:
            continue
        pieces.append(escape_fragment(text[position:start]))
        words = escape_fragment(text[start:end])
        pieces.append(link(words, target) if target else f"**{words}**")
        position = end
    pieces.append(escape_fragment(text[position:]))
    return "".join(pieces).strip()
