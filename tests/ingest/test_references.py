import html

import pytest

from generator.ingest.references import Reference, decode_references, find_references


@pytest.mark.parametrize(
    ("written", "decoded"),
    [
        ("OSLO &mdash; The", "OSLO — The"),  # named
        ("1990&ndash;95", "1990–95"),
        ("it&#8217;s", "it’s"),  # decimal
        ("it&#x2019;s", "it’s"),  # hexadecimal
        ("&quot;Yes&quot;", '"Yes"'),
        ("AT&amp;T", "AT&T"),
        ("caf&eacute au lait", "café au lait"),  # a legacy name needs no semicolon
        ("1&#150;0", "1–0"),  # a Windows-1252 number, read as browsers read it
        ("&amp;mdash;", "&mdash;"),  # decoded once: the text shows the reference's name
        ("Q&A, R&D, AT&T & co", "Q&A, R&D, AT&T & co"),  # ampersands, not references
        ("&notit;", "¬it;"),  # "&not" and then the text "it;"
    ],
)
def test_references_decode_as_html_unescape_decodes_them_once(written: str, decoded: str) -> None:
    assert decode_references(written) == decoded
    assert _decode_found(written) == decoded


def test_each_reference_is_found_where_it_is_written() -> None:
    assert find_references("A &mdash; B &amp;mdash;") == [
        Reference(2, 9, "—"),
        Reference(12, 17, "&"),
    ]


def test_what_follows_a_reference_without_its_semicolon_is_not_part_of_it() -> None:
    assert find_references("x&notit;") == [Reference(1, 5, "¬")]


def test_text_without_an_ampersand_has_no_references() -> None:
    assert find_references("No references here.") == []


def _decode_found(text: str) -> str:
    parts = []
    position = 0
    for reference in find_references(text):
        parts += [text[position : reference.start], reference.decoded]
        position = reference.end
    decoded = "".join(parts) + text[position:]
    assert decoded == html.unescape(text)
    return decoded
