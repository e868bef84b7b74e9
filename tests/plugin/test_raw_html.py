import markdown  # type: ignore[import-untyped]  # no stubs in the lock file

from generator.plugin.raw_html import GeneratedHtmlExtension, anchor_ids
from generator.render.markup import RAW_HTML_END, RAW_HTML_START, html_list, html_paragraph

EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition"]


def convert(text: str, *, stash: bool) -> str:
    extensions = [*EXTENSIONS, GeneratedHtmlExtension()] if stash else EXTENSIONS
    return str(markdown.markdown(text, extensions=extensions))


def test_marked_blocks_come_out_as_written_without_their_markers() -> None:
    page = "# T\n\nSome *text*\n\n" + html_list(["a &#60;b", "c"]) + html_paragraph("x") + "End\n"
    assert convert(page, stash=True) == (
        '<h1 id="t">T</h1>\n<p>Some <em>text</em></p>\n'
        "<ul>\n<li>a &#60;b</li>\n<li>c</li>\n</ul>\n<p>x</p>\n<p>End</p>"
    )


def test_the_same_page_as_the_html_block_parser_gives_but_for_blank_lines() -> None:
    page = "## A\n\n" + html_list(["*not emphasis*"]) + "## B\n\n" + html_paragraph("<b>y</b>")
    unmarked = page.replace(RAW_HTML_START + "\n", "").replace(RAW_HTML_END + "\n", "")
    stashed = convert(page, stash=True)
    parsed = convert(unmarked, stash=False)
    assert stashed.replace("\n", "") == parsed.replace("\n", "")
    assert "*not emphasis*" in stashed


def test_markdown_between_blocks_is_still_markdown() -> None:
    page = html_paragraph("one") + "**two**\n\n" + html_paragraph("three")
    assert convert(page, stash=True) == "<p>one</p>\n<p><strong>two</strong></p>\n<p>three</p>"


def test_an_unclosed_marker_leaves_the_rest_to_markdown() -> None:
    page = f"{RAW_HTML_START}\n<p>open</p>\n\n**bold**\n"
    assert "<strong>bold</strong>" in convert(page, stash=True)


def test_a_marker_inside_a_line_is_not_a_marker() -> None:
    page = f"Text {RAW_HTML_START} more\n"
    assert convert(page, stash=True) == convert(page, stash=False)


def test_blocks_in_a_row_share_one_placeholder_and_come_out_in_order() -> None:
    page = "## A\n\n" + "".join(html_paragraph(word) for word in ("x", "y", "z"))
    md = markdown.Markdown(extensions=[GeneratedHtmlExtension()])
    assert md.convert(page.rstrip() + "\n") == "<h2>A</h2>\n<p>x</p>\n<p>y</p>\n<p>z</p>"
    assert md.htmlStash.html_counter == 1


def test_anchor_ids_are_the_ids_mkdocs_would_collect() -> None:
    page = (
        '<h2 id="person">People</h2>\n<li id="person-ana-&amp;-co" class="x">Ana</li>\n'
        '<td data-id="not-an-anchor">1</td><a href="#x" name="old-style">a</a>\n'
        '<p>id=&quot;forged&quot; and id="text" outside a tag</p>'
    )
    assert anchor_ids(page) == {"person", "person-ana-&-co", "old-style"}
