from generator.plugin.html_trim import drop_indentation


def test_indentation_and_blank_lines_go() -> None:
    page = "<body>\n    <div>\n\n      <p>Two  spaces stay</p>\n  \n\t</div>\n</body>\n"
    assert drop_indentation(page) == "<body>\n<div>\n<p>Two  spaces stay</p>\n</div>\n</body>\n"


def test_pages_where_white_space_is_content_are_left_alone() -> None:
    for tag in ("<pre>", "<code>", "<textarea>"):
        page = f"<div>\n    {tag}a\n    b</div>\n"
        assert drop_indentation(page) == page


def test_escaped_markup_stays_escaped() -> None:
    page = "<title>&lt;/title&gt;&lt;script&gt;</title>\n   <p>&amp;lt;</p>\n"
    trimmed = "<title>&lt;/title&gt;&lt;script&gt;</title>\n<p>&amp;lt;</p>\n"
    assert drop_indentation(page) == trimmed
