"""SVG building blocks for the charts: escaping, number formats, ids and the outer element.

Charts are inlined into Markdown pages as raw HTML. Python-Markdown does not count `<svg>` as a
block-level tag, so it reads the chart as inline HTML inside a paragraph and still applies its
inline syntax (emphasis, links, attribute lists, and whatever pymdownx extension is enabled
later) to the text between tags. Every line therefore starts with a tag, and data text has its
XML specials and every character that starts inline Markdown syntax turned into a numeric
character reference: valid XML, inert Markdown, shown by the browser as the character itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

# Bars, lines and dots take the theme's primary colour, labels its muted text colour; the
# fallbacks keep a chart legible where MkDocs Material's variables are not defined.
PRIMARY_COLOUR = "color:var(--md-primary-fg-color,#4051b5)"
MUTED_COLOUR = "color:var(--md-default-fg-color--light,#757575)"
# Labels at about the body text's size on a phone, where a chart is drawn at its own width.
FONT_SIZE = 14

# XML's five specials, then inline Markdown and pymdownx syntax (emphasis, code, links, attribute
# lists, emoji, mark, caret, tilde, critic, arithmatex). Hyphens, full stops, commas, slashes and
# the like start no inline syntax and are left as they are: charts repeat dates in every tooltip.
_PUNCTUATION = "&<>\"'\\`*_[](){}!#|~^=+:$"
_ESCAPES = {ord(c): f"&#{ord(c)};" for c in _PUNCTUATION}
# Characters XML 1.0 cannot hold, not even as references; other control characters are
# whitespace to `str.split` and disappear when whitespace is folded.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1b\ud800-\udfff\ufffe\uffff]")
_ID_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_COMPACT_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_MINUS = "\u2212"


def escape_svg_text(text: str) -> str:
    """Untrusted text as inert SVG character data or attribute value, folded to one line."""
    return " ".join(_NOT_XML.sub("", text).split()).translate(_ESCAPES)


def shorten(text: str, limit: int) -> str:
    """The text cut to at most `limit` characters, an ellipsis marking the cut."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def format_coordinate(value: float) -> str:
    """A coordinate with fixed precision, so identical input gives identical bytes."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_compact(value: float) -> str:
    """Three significant digits with a scale letter: 1.28e12 → `1.28T`, 30 → `30`, 0.5 → `0.5`."""
    # Rounding before choosing the scale makes 999,999 read "1M", not "1000K".
    magnitude = float(f"{abs(value):.3g}")
    number = _plain(magnitude)
    for scale, letter in _COMPACT_SCALES:
        if magnitude >= scale:
            number = _plain(float(f"{magnitude / scale:.3g}")) + letter
            break
    return f"{_MINUS}{number}" if value < 0 and number != "0" else number


def _plain(value: float) -> str:
    return f"{value:f}".rstrip("0").rstrip(".") or "0"


def compact_with_unit(value: float, unit: str) -> str:
    """A compact value with its unit: `30%`, `1.28T CNY`, `40 times`."""
    number = format_compact(value)
    if unit in ("%", "percent"):
        return f"{number}%"
    return f"{number} {unit}".strip()


@dataclass(frozen=True)
class ChartText:
    """What a chart says in words: its name, the caller's description and every value shown.

    Screen readers treat a `role="img"` chart as one picture and never reach its marks, so the
    `<desc>` goes on to list every `label: value` pair after the caller's own description.
    """

    title: str
    description: str
    values: tuple[tuple[str, str], ...]
    id_prefix: str


def chart_text(
    kind: str, title: str, description: str, values: Iterable[tuple[str, str]], id_prefix: str
) -> ChartText:
    """The chart's words; without an `id_prefix`, one hashed from its kind, title and values.

    The hash makes ids stable across builds and distinct for two charts on one page unless
    both show the same data under the same title, when the caller must pass its own prefix.
    """
    listed = tuple(values)
    if not id_prefix:
        digest = hashlib.sha256(repr((kind, title, listed)).encode("utf-8", "replace"))
        id_prefix = f"chart-{digest.hexdigest()[:10]}"
    return ChartText(title, description, listed, id_prefix)


def svg_document(text: ChartText, width: float, height: float, body: list[str]) -> str:
    """The outer `<svg>` with its accessible name and description around the drawn body."""
    if not _ID_PREFIX.fullmatch(text.id_prefix):
        raise ValueError(
            f"id_prefix must be a letter, then letters, digits, - or _: {text.id_prefix!r}"
        )
    title_id, desc_id = f"{text.id_prefix}-title", f"{text.id_prefix}-desc"
    opening = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {format_coordinate(width)} '
        f'{format_coordinate(height)}" width="100%" role="img" aria-labelledby="{title_id}" '
        f'aria-describedby="{desc_id}" class="news-digest-chart" '
        f'font-size="{FONT_SIZE}" fill="currentColor" style="font-family:inherit">'
    )
    lines = [
        opening,
        f'<title id="{title_id}">{escape_svg_text(text.title)}</title>',
        f'<desc id="{desc_id}">{_describe(text.description, text.values)}</desc>',
        *body,
        "</svg>",
    ]
    return "\n".join(lines)


def _describe(description: str, values: tuple[tuple[str, str], ...]) -> str:
    escaped = escape_svg_text(description)
    sentences = [escaped] if escaped else []
    if sentences and not sentences[0].endswith((".", "?", "&#33;", "&#58;")):
        sentences[0] += "."
    if values:
        sentences.append(
            "; ".join(f"{escape_svg_text(k)}: {escape_svg_text(v)}" for k, v in values) + "."
        )
    return " ".join(sentences)


def tooltip(label: str, value: str) -> str:
    """A hover tooltip `label: value` for one mark; screen readers get the values from `<desc>`."""
    return f"<title>{escape_svg_text(label)}: {escape_svg_text(value)}</title>"


def text_element(x: float, y: float, text: str, anchor: str = "start") -> str:
    """A label drawn from untrusted text."""
    position = f'x="{format_coordinate(x)}" y="{format_coordinate(y)}"'
    if anchor != "start":
        position += f' text-anchor="{anchor}"'
    return f"<text {position}>{escape_svg_text(text)}</text>"
