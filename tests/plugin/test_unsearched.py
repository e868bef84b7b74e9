from generator.plugin.unsearched import UnsearchedBlocks
from generator.render.markup import html_list, html_paragraph


def test_unsearched_blocks_are_held_and_put_back() -> None:
    blocks = UnsearchedBlocks()
    page = "# T\n\n" + html_paragraph("kept") + "## L\n\n" + html_list(["x"], searched=False)
    held = blocks.hold("e/a.md", page)
    assert held == (
        "# T\n\n<!-- news-digest:html -->\n<p>kept</p>\n<!-- /news-digest:html -->\n\n"
        "## L\n\n<!-- news-digest:unsearched 0 -->\n\n"
    )
    rendered = "<h1>T</h1><p>kept</p><h2>L</h2><!-- news-digest:unsearched 0 --><footer>"
    assert blocks.restore("e/a.md", rendered) == (
        "<h1>T</h1><p>kept</p><h2>L</h2><ul>\n<li>x</li>\n</ul><footer>"
    )


def test_blocks_go_back_to_their_own_page_once() -> None:
    blocks = UnsearchedBlocks()
    blocks.hold("a.md", html_list(["a"], searched=False))
    blocks.hold("b.md", html_list(["b"], searched=False) + html_list(["c"], searched=False))
    placeholder = "<!-- news-digest:unsearched {} -->"
    both = placeholder.format(0) + placeholder.format(1)
    assert blocks.restore("b.md", both) == "<ul>\n<li>b</li>\n</ul><ul>\n<li>c</li>\n</ul>"
    assert blocks.restore("a.md", both) == "<ul>\n<li>a</li>\n</ul>" + placeholder.format(1)
    assert blocks.restore("a.md", both) == both  # restored already: nothing held any more


def test_a_page_without_unsearched_blocks_is_left_alone() -> None:
    blocks = UnsearchedBlocks()
    page = "# Hand-written\n\n<!-- news-digest:unsearched 0 -->\n"
    assert blocks.hold("about.md", page) == page
    assert blocks.restore("about.md", page) == page


def test_an_unclosed_block_is_left_as_written() -> None:
    blocks = UnsearchedBlocks()
    page = "<!-- news-digest:html unsearched -->\n<ul>\n"
    assert blocks.hold("x.md", page) == page
