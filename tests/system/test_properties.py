"""Property-based tests: whatever the input, ingest, cleaning and escaping neither crash nor leak.

Ingest either makes an article or refuses the seed with a `SeedError`; cleaning maps every
character back to the original; escaped text renders, with the Markdown extensions `mkdocs.yml`
enables, as one paragraph whose visible text is the input and nothing else. A handful of
arbitrary texts go through the whole pipeline into a strict MkDocs build.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import shutil
import tempfile
from functools import cache
from pathlib import Path

import markdown  # type: ignore[import-untyped]  # no stubs in the lock file
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from hypothesis import HealthCheck, assume, given, reject, settings
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from generator.ingest.clean import clean_text
from generator.ingest.seeds import NOT_TEXT, SeedError, decode_bytes, parse_article
from generator.model.article import Article
from generator.render.markup import (
    escape_attribute,
    escape_fragment,
    escape_text,
    front_matter,
    link,
    mark_spans,
)

FAST = settings(max_examples=80, deadline=None)
LIMIT = 200_000
# Control characters HTML does not show (the whitespace ones fold to spaces instead).
CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")

# Text that exercises the syntax: Markdown and HTML punctuation, line ends, digits, accents,
# and whole tokens that start constructs (list markers, fences, snippets, shortcodes, braces).
SYNTAX_TOKENS = (
    *"<>&\"'`*_[](){}#|!=+-.:;~^$%@\\/ \t\n\r0123456789aZé€\u00a0\u2028\u202e\x07\x1b",
    "1. ", "12.", "- ", "* ", "> ", "# ", "```", "~~~", "    ", "---", "===", "|---|", "[^1]",
    "--8<--", ":smile:", "{{ x }}", "{% y %}", "{: #id onclick=x}", "!!! note", "<script>",
    "</p>", "&lt;", "&#60;", "&amp;", "[a](javascript:x)", "![i](x.png)", "<https://x.org>",
    "\x02wzxhzdk:0\x03", "www.x.org", "https://x.org", "javascript:",
)  # fmt: skip
syntax_text = st.lists(st.sampled_from(SYNTAX_TOKENS), max_size=40).map("".join)
any_text = st.text(max_size=200) | syntax_text


def visible(text: str) -> str:
    """What a reader sees of `text`: invisible controls dropped, whitespace folded."""
    return " ".join(CONTROLS.sub("", text).split())


@cache
def markdown_settings() -> tuple[list[object], dict[str, dict[str, object]]]:
    """The Markdown extensions and their settings as MkDocs loads them from `mkdocs.yml`."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


def render(source: str) -> BeautifulSoup:
    extensions, configs = markdown_settings()
    rendered = markdown.markdown(source, extensions=extensions, extension_configs=configs)
    return BeautifulSoup(rendered, "html.parser")


# --- Ingest ----------------------------------------------------------------------------------


BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)
any_bytes = st.binary(max_size=600) | st.builds(
    bytes.__add__, st.sampled_from(BOMS), st.binary(max_size=200)
)


@FAST
@given(any_bytes)
def test_any_bytes_decode_to_text_or_are_refused(raw: bytes) -> None:
    try:
        text, encoding = decode_bytes(raw)
    except SeedError as error:
        assert error.reason.startswith(("is not", "has no")), error.reason
        return
    assert encoding
    assert not NOT_TEXT.search(text)


NOT_TEXT_CHARACTERS = "".join(chr(code) for code in range(0x80) if NOT_TEXT.match(chr(code)))
BOM_FOR = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@FAST
@given(
    st.text(
        st.characters(codec="utf-8", exclude_characters=NOT_TEXT_CHARACTERS),
        min_size=1,
        max_size=200,
    ),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]),
)
def test_unicode_text_decodes_to_itself(text: str, codec: str) -> None:
    assume(not text.startswith("\ufeff"))  # that would be a byte-order mark
    raw = BOM_FOR.get(codec, b"") + text.encode(codec)
    assert decode_bytes(raw)[0] == text


front_matter_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
front_matter_keys = st.sampled_from(
    ["title", "date", "tags", "slug", "url", "source", "author", "summary", "license", "other"]
)
typed_front_matter = st.dictionaries(front_matter_keys, front_matter_values, max_size=5).map(
    lambda data: yaml.safe_dump(data, allow_unicode=True)
)
YAML_TOKENS = (
    *":-[]{}!&*#|>'\"%@`,? \n\t0123456789.abcxyz",
    "title: ", "date: ", "tags: ", "!!int ", "!!bool ", "!!float ", "!!timestamp ", "!!binary ",
    "!!python/object:os.system ", "&a ", "*a", "<<: ", "\\x3c", "\\u003c", "2024-02-30", "~",
)  # fmt: skip
YAML_TAGS = ("", "", "!!str ", "!!int ", "!!bool ", "!!float ", "!!timestamp ", "!!null ", "!!seq ")
YAML_VALUES = (
    "",
    "x",
    "yes",
    "maybe",
    "1e9999",
    "9" * 5000,
    "2024-13-45",
    "2024-02-30",
    "[a, [b]]",
)
yaml_line = st.builds(
    "{}: {}{}".format, front_matter_keys, st.sampled_from(YAML_TAGS), st.sampled_from(YAML_VALUES)
)
yaml_like = st.lists(st.sampled_from(YAML_TOKENS), max_size=40).map("".join) | st.lists(
    yaml_line, min_size=1, max_size=4
).map("\n".join)
seeds = (
    any_text
    | st.builds(lambda block, body: f"---\n{block}\n---\n{body}", yaml_like, any_text)
    | st.builds(lambda block, body: f"---\n{block}---\n{body}", typed_front_matter, any_text)
    | st.builds(lambda date, body: f"date {date} {body}", st.dates().map(str), any_text)
)


@FAST
@given(seeds)
def test_any_seed_becomes_an_article_or_a_reason(text: str) -> None:
    try:
        article = parse_article(text, "seed.md", LIMIT)
    except SeedError as error:
        assert error.reason and error.reason[0].islower(), error.reason
        assert error.line is None or 1 <= error.line <= text.count("\n") + 2, error.line
        return
    assert isinstance(article, Article)
    assert article.body == text[article.body_offset :]
    assert article.body.strip()
    for field in ("title", "author", "source", "url", "slug", "summary", "license"):
        value = getattr(article.meta, field)
        assert value is None or (isinstance(value, str) and value.strip())
    assert article.meta.date is None or isinstance(article.meta.date, dt.date)
    assert all(isinstance(tag, str) and tag for tag in article.meta.tags)


# --- Cleaning --------------------------------------------------------------------------------

CLEANING_TOKENS = (
    *"aAbBzZ .!?\"'\u201c\u2018\n\r\t",
    "\n\n", "\r\n", ". .", "VLadimir", "Sign up for our newsletter", "Click here", "Read more:",
    "follow us on", "subscribe now", "Advertisement", " email alerts ",
)  # fmt: skip
cleaning_text = st.text(max_size=200) | st.lists(st.sampled_from(CLEANING_TOKENS), max_size=40).map(
    "".join
)


@FAST
@given(cleaning_text)
def test_cleaning_maps_every_character_back_to_the_original(text: str) -> None:
    cleaned = clean_text(text)
    previous = -1
    for index, char in enumerate(cleaned.text):
        origin = cleaned.to_original(index)
        assert origin > previous  # the map keeps order: nothing is duplicated or reordered
        previous = origin
        source = text[origin]
        # Cleaning only ever replaces a lone CR with LF, and a drop cap with its lower case.
        drop_cap = any(r.reason == "drop cap" and r.start == origin for r in cleaned.removals)
        assert (
            char == source
            or (source, char) == ("\r", "\n")
            or (drop_cap and char == source.lower() != source)
        ), (index, char, source)
    for removal in cleaned.removals:
        assert text[removal.start : removal.start + len(removal.text)] == removal.text


# --- Escaping --------------------------------------------------------------------------------


@FAST
@given(any_text)
def test_escaped_text_renders_as_itself_in_one_paragraph(text: str) -> None:
    page = render(escape_text(text))
    elements = page.find_all(True)
    if not visible(text):
        assert not elements
        return
    assert [(e.name, e.attrs) for e in elements] == [("p", {})]
    assert visible(page.get_text()) == visible(text)


# Extensions a site might enable later (Material's documentation suggests them all). Left out:
# magiclink, which links a bare "www.example.org" (full stops are not escaped), and smarty, which
# curls quotes: both change what the reader sees, so enabling them needs escaping to change too.
FUTURE_EXTENSIONS = (
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    "pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.blocks.admonition", "pymdownx.caret",
    "pymdownx.critic", "pymdownx.details", "pymdownx.emoji", "pymdownx.highlight",
    "pymdownx.inlinehilite", "pymdownx.keys", "pymdownx.mark", "pymdownx.smartsymbols",
    "pymdownx.snippets", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.tilde",
)  # fmt: skip


@FAST
@given(any_text)
def test_escaped_text_stays_text_under_future_extensions(text: str) -> None:
    rendered = markdown.markdown(escape_text(text), extensions=list(FUTURE_EXTENSIONS))
    page = BeautifulSoup(rendered, "html.parser")
    assert [(e.name, e.attrs) for e in page.find_all(True)] == (
        [("p", {})] if visible(text) else []
    )
    assert visible(page.get_text()) == visible(text)


@FAST
@given(any_text, st.sampled_from(["- {}", "> {}", "| {} |", "## {}", "*{}*", "1. {}"]))
def test_escaped_text_stays_inside_the_markup_around_it(text: str, template: str) -> None:
    # The contexts the renderer puts article text in: list items, quotes, table cells (with
    # a header row), headings and emphasis.
    source = template.format(escape_text(text))
    if template.startswith("|"):
        source = f"| head |\n|---|\n{source}"
    assume(visible(text))
    page = render(source)
    allowed = {"ul", "ol", "li", "blockquote", "p", "table", "thead", "tbody", "tr", "th", "td"}
    for element in page.find_all(True):
        if element.name == "h2":  # the toc extension gives it an id and a permalink
            assert list(element.attrs) == ["id"]
        elif element.name == "a":
            assert element.get_attribute_list("class") == ["headerlink"]
        else:
            assert element.name in allowed | {"em"} and not element.attrs, element
    assert visible(text) in visible(page.get_text())


@FAST
@given(st.text(max_size=120), st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120))))
def test_marked_spans_render_as_the_text_with_links(
    text: str, offsets: list[tuple[int, int]]
) -> None:
    spans: list[tuple[int, int, str | None]] = []
    for number, (first, second) in enumerate(offsets):
        start, end = sorted((min(first, len(text)), min(second, len(text))))
        # Mentions are names: they hold a letter or digit, and begin and end with a visible one.
        name = text[start:end]
        if re.search(r"\w", name) and all(
            c.isprintable() and not c.isspace() for c in (name[0], name[-1])
        ):
            spans.append((start, end, None if number % 2 else f"../entity-{number}/"))
    page = render(mark_spans(text, spans))
    names = {e.name for e in page.find_all(True)}
    assert names <= {"p", "a", "strong"}
    assert all(str(a["href"]).startswith("../entity-") for a in page.find_all("a"))
    assert visible(page.get_text()) == visible(text)


@FAST
@given(any_text)
def test_escaped_fragments_join_into_one_line(text: str) -> None:
    joined = escape_fragment(text) + link("name", "../x/") + escape_fragment(text)
    page = render(joined.strip())
    assert [e.name for e in page.find_all(True)] == ["p", "a"]
    assert visible(page.get_text()) == visible(f"{text}name{text}")


@FAST
@given(any_text)
def test_page_metadata_survives_the_front_matter_round_trip(text: str) -> None:
    # MkDocs reads the block back; the theme prints its values unescaped, so they are escaped
    # once and must unescape to exactly the visible text.
    title = escape_attribute(text)
    assert title == html.escape(visible(text), quote=True)
    body, meta = get_data(front_matter({"title": title, "tags": [title]}) + "# Heading\n")
    assert body == "# Heading\n"
    assert meta == {"title": title, "tags": [title]}


def test_a_very_long_title_survives_the_front_matter_round_trip() -> None:
    title = escape_attribute("<b>word</b> --- ... " * 3000)
    body, meta = get_data(front_matter({"title": title, "description": title}) + "Text\n")
    assert (body, meta) == ("Text\n", {"title": title, "description": title})


# --- The whole pipeline ----------------------------------------------------------------------

WORDS = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u2028\u2029"),
    min_size=1,
    max_size=12,
)
article_text = st.lists(
    st.lists(WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4
).map("\n\n".join)


@pytest.mark.site
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_any_article_builds_strictly_and_shows_its_words(text: str) -> None:
    try:
        article = parse_article(decode_bytes(text.encode())[0], "seed.txt", LIMIT)
    except SeedError:
        reject()
    cleaned = clean_text(article.body).text
    assume(cleaned.strip())
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "seeds").mkdir()
        (project / "seeds" / "seed.txt").write_text(text, encoding="utf-8")
        shutil.copytree(ROOT / "docs", project / "docs")
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        config = load_config(
            config_file=str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True
        )
        build(config)
        pages = list((project / "site" / "articles").glob("*/index.html"))
        assert len(pages) == 1
        content = BeautifulSoup(pages[0].read_text(encoding="utf-8"), "html.parser").article
        assert content is not None
        shown = set(re.findall(r"\w+", visible(content.get_text()).casefold()))
    words = set(re.findall(r"\w+", cleaned.casefold()))
    assert words <= shown, words - shown
