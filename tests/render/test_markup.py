import html
import re

import pytest

from generator.render.markup import escape_attribute, escape_text, front_matter, safe_url, table


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
