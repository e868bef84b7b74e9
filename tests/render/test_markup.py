import html
import re
from functools import cache

import markdown  # type: ignore[import-untyped]  # no stubs in the lock file
import pytest
from bs4 import BeautifulSoup, Tag
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from generator.plugin.raw_html import GeneratedHtmlExtension
from generator.render.markup import (
    RAW_HTML_END,
    RAW_HTML_START,
    UNSEARCHED_HTML_START,
    escape_attribute,
    escape_text,
    front_matter,
    html_admonition,
    html_link,
    html_list,
    html_paragraph,
    html_table,
    mark_spans,
    safe_url,
    table,
)


def test_plain_prose_stays_readable() -> None:
    assert escape_text("  Xi met Putin,\n again.  ") == "Xi met Putin, again."


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "# Heading",
        "{: .evil onclick=x}",
        "--8<-- 'secret.txt'",
        "{{ config.site_name }}",
        "| a | b |",
        "![img](x.png)",
        "1. item",
        "`code`",
        "*em* _em_",
        "&amp; &#60;",
    ],
)
def test_syntax_characters_become_character_references(hostile: str) -> None:
    escaped = escape_text(hostile)
    without_references = re.sub(r"&#\d+;", "", escaped)
    assert not set(without_references) & set("<>[](){}#|!`*_&-=:$")
    assert html.unescape(escaped) == hostile


def test_attribute_escaping() -> None:
    assert escape_attribute('a "b" <c>') == "a &quot;b&quot; &lt;c&gt;"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("https://example.org/X-Files", "https://example.org/X-Files"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("https://example.org/a)b", None),
        ("//example.org", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, safe: str | None) -> None:
    assert safe_url(url) == safe


def test_table() -> None:
    assert table(["A", "B"], [["1", "2"]]) == "| A | B |\n|---|---|\n| 1 | 2 |\n"


def test_front_matter_is_yaml_that_reads_back_exactly() -> None:
    import yaml

    fields = {
        "title": 'A "quoted": title\nwith # and: colons',
        "tags": ["a", "ü"],
        "n": {"x": True},
    }
    block = front_matter(fields)
    assert block.startswith("---\n") and block.endswith("---\n\n")
    assert yaml.safe_load(block.strip().strip("-")) == fields


def test_html_blocks() -> None:
    start, end = RAW_HTML_START, RAW_HTML_END
    assert html_paragraph("a") == f"{start}\n<p>a</p>\n{end}\n\n"
    assert html_list(["a", "b"]) == f"{start}\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n{end}\n\n"
    assert html_list(["a"], searched=False).startswith(f"{UNSEARCHED_HTML_START}\n<ul>\n")
    assert html_paragraph("a", searched=False) == f"{UNSEARCHED_HTML_START}\n<p>a</p>\n{end}\n\n"
    assert html_table(["A"], [["1"]], searched=False).startswith(
        f"{UNSEARCHED_HTML_START}\n<table>\n"
    )
    assert html_link("a", "../x/#y") == '<a href="../x/#y">a</a>'
    assert html_link("a", 'x"y') == '<a href="x&quot;y">a</a>'


def test_marked_spans_are_links_and_bold() -> None:
    text = "Ada met Bob <b> in Rome."
    marked = mark_spans(text, [(0, 3, None), (8, 11, "../bob/"), (9, 20, "../no/")])
    assert marked == '<strong>Ada</strong> met <a href="../bob/">Bob</a> &#60;b&#62; in Rome.'


@pytest.mark.parametrize(
    ("spans", "marked"),
    [
        # Two spans from one place: the longer wins, in either order.
        ([(0, 3, None), (0, 12, None)], "<strong>Ada Lovelace</strong> met Bob."),
        ([(0, 12, None), (0, 3, "../ada/")], "<strong>Ada Lovelace</strong> met Bob."),
        ([(0, 3, "../ada/"), (0, 12, None)], "<strong>Ada Lovelace</strong> met Bob."),
        # An overlapping span is skipped, and the spans after it still count.
        (
            [(0, 12, None), (4, 16, None), (17, 20, "../bob/")],
            '<strong>Ada Lovelace</strong> met <a href="../bob/">Bob</a>.',
        ),
        # An empty span marks nothing.
        ([(4, 4, None)], "Ada Lovelace met Bob."),
    ],
)
def test_marked_spans_from_one_place_or_overlapping(
    spans: list[tuple[int, int, str | None]], marked: str
) -> None:
    assert mark_spans("Ada Lovelace met Bob.", spans) == marked


# --- Raw HTML blocks through Python-Markdown, as MkDocs converts a page -------------------------

FAST = settings(max_examples=60, deadline=None)
# Whole tokens that start Markdown, HTML, attribute-list, snippet and template syntax.
SYNTAX_TOKENS = (
    *"<>&\"'`*_[](){}#|!=+-.:;~^$%@\\/ \t\n0123456789aZé€\u00a0\u2028\x07",
    "1. ", "- ", "> ", "# ", "```", "    ", "---", "|---|", "--8<--", ":smile:", "{{ x }}",
    "{% y %}", "{: #id onclick=x}", "!!! note", "<script>", "</p>", "</table>", "<div markdown>",
    "&lt;", "&#60;", "&amp;", "[a](javascript:x)", "<https://x.org>", "\x02wzxhzdk:0\x03",
)  # fmt: skip
any_text = st.text(max_size=120) | st.lists(st.sampled_from(SYNTAX_TOKENS), max_size=30).map(
    "".join
)


@cache
def page_markdown(*, stash: bool) -> markdown.Markdown:
    """The site's Markdown, with our stash extension as the plugin adds it or without it."""
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    extensions = [*config.markdown_extensions, *([GeneratedHtmlExtension()] if stash else [])]
    return markdown.Markdown(extensions=extensions, extension_configs=dict(config.mdx_configs))


def convert(block: str, *, stash: bool = True) -> str:
    """`block` between two Markdown headings, as the generator writes a page's section."""
    md = page_markdown(stash=stash)
    md.reset()
    return str(md.convert(f"## Before\n\n{block}## After\n"))


def unmarked(block: str) -> str:
    return block.replace(f"{RAW_HTML_START}\n", "").replace(f"\n{RAW_HTML_END}", "").strip()


def visible(text: str) -> str:
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


@FAST
@given(any_text, any_text, st.booleans())
def test_raw_html_blocks_pass_through_markdown_untouched(
    first: str, second: str, stash: bool
) -> None:
    spans: list[tuple[int, int, str | None]] = [(0, min(3, len(first)), "../x/#y")]
    blocks = [
        html_paragraph(mark_spans(first, spans) + " " + escape_text(second)),
        html_list([escape_text(first), mark_spans(second, [(0, len(second), None)])]),
        html_table([escape_text(first), "B"], [[escape_text(second), html_link("z", "#s-1")]]),
        html_admonition("abstract", "In short", escape_text(first)),
    ]
    for block in blocks:
        converted = convert(block, stash=stash)
        # Stashed whole: the block is in the page as written, between the two headings.
        assert unmarked(block) in converted
        assert ("news-digest:html" in converted) is not stash
        page = BeautifulSoup(converted, "html.parser")
        assert [h.get_text() for h in page.find_all("h2")] == ["Before¶", "After¶"]
        wrote = BeautifulSoup(block, "html.parser")
        assert [(e.name, e.attrs) for e in page.find_all(True) if e.name not in ("h2", "a")] == [
            (e.name, e.attrs) for e in wrote.find_all(True) if e.name != "a"
        ]
        assert [a["href"] for a in page.select("a:not(.headerlink)")] == [
            a["href"] for a in wrote.find_all("a")
        ]


@FAST
@given(any_text)
def test_text_in_a_raw_html_block_shows_as_itself(text: str) -> None:
    page = BeautifulSoup(convert(html_paragraph(escape_text(text))), "html.parser")
    paragraphs = page.find_all("p")
    assert len(paragraphs) == 1 and not paragraphs[0].find_all(True)
    assert visible(paragraphs[0].get_text()) == visible(text)


def structure(html_text: str) -> list[tuple[str, dict[str, str], str]]:
    """Each element with its attributes and its own text, white space folded."""
    page = BeautifulSoup(html_text, "html.parser")
    return [
        (e.name, e.attrs, " ".join(e.find_all(string=True, recursive=False)).strip())
        for e in page.find_all(True)
        if isinstance(e, Tag)
    ]


def test_an_html_table_is_the_table_markdown_makes() -> None:
    headers = ["Figure", "&#36;"]
    written = table(headers, [["1", "a &#124; b"], ["2", "[c](#s)"]]) + "\n"
    raw = html_table(headers, [["1", "a &#124; b"], ["2", html_link("c", "#s")]])
    assert structure(convert(raw)) == structure(convert(written))
    # The search index reads the text between cells: they stay separate words.
    body = BeautifulSoup(convert(raw), "html.parser").find("tbody")
    assert body is not None and body.get_text().split() == [
        "1",
        "a",
        "|",
        "b",
        "2",
        "c",
    ]


def test_an_html_admonition_is_the_admonition_markdown_makes() -> None:
    written = convert('!!! abstract "In short"\n\n    Prices &#40;rose&#41;.\n\n')
    assert structure(
        convert(html_admonition("abstract", "In short", "Prices &#40;rose&#41;."))
    ) == (structure(written))


def test_front_matter_keeps_the_text_as_written_not_as_escapes() -> None:
    # A reader of the Markdown (and `git diff`) sees "Zürich", not "Z\u00fcrich".
    assert front_matter({"title": "Café in Zürich", "tags": ["Zürich"]}) == (
        '---\ntitle: "Café in Zürich"\ntags: ["Zürich"]\n---\n\n'
    )
