import datetime as dt

import pytest

from generator.ingest.frontmatter import FrontMatterError, parse_front_matter
from generator.model.article import ArticleMeta


def test_reads_every_known_field() -> None:
    meta = parse_front_matter(
        "title: A Title\ndate: 2024-02-29\nsource: The Paper\nurl: https://example.org/a\n"
        "author: A. Writer\ntags: [trade, china, trade]\nslug: my-slug\nsummary: Short.\n"
        "license: CC BY 4.0\nunknown: ignored\n"
    )
    assert meta == ArticleMeta(
        title="A Title",
        date=dt.date(2024, 2, 29),
        source="The Paper",
        url="https://example.org/a",
        author="A. Writer",
        tags=("trade", "china"),
        slug="my-slug",
        summary="Short.",
        license="CC BY 4.0",
    )


def test_accepts_comma_separated_tags_and_quoted_dates() -> None:
    meta = parse_front_matter('tags: "one, two , ,three"\ndate: "2023-03-17"\n')
    assert meta.tags == ("one", "two", "three")
    assert meta.date == dt.date(2023, 3, 17)


def test_empty_block_gives_empty_meta() -> None:
    assert parse_front_matter("") == ArticleMeta()


@pytest.mark.parametrize(
    ("block", "reason", "line"),
    [
        ("title: [unclosed\n", "YAML error", 3),
        ("- a list\n", "front matter must be a mapping", 2),
        ("title: ok\ndate: 2023-02-30\n", "`date` must be a date", 3),
        ("tags: {a: 1}\n", "`tags` must be a list", 2),
        ("title: ''\n", "`title` must be a non-empty piece of text", 2),
    ],
)
def test_faults_name_the_reason_and_line(block: str, reason: str, line: int) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse_front_matter(block)
    assert reason in caught.value.reason
    assert caught.value.line == line


def test_never_constructs_python_objects() -> None:
    with pytest.raises(FrontMatterError):
        parse_front_matter("title: !!python/object/apply:os.system ['true']\n")


def test_text_values_have_their_character_references_decoded_once() -> None:
    meta = parse_front_matter(
        "title: Q&amp;A &mdash; the vote\nauthor: Jos&eacute; Mart&iacute;nez\n"
        "source: The &lt;Paper&gt;\nsummary: It&#8217;s written &amp;mdash;\n"
        "tags: [R&amp;D, caf&eacute;]\n"
    )
    assert (meta.title, meta.author, meta.source) == (
        "Q&A — the vote",
        "José Martínez",
        "The <Paper>",
    )
    assert meta.summary == "It’s written &mdash;"
    assert meta.tags == ("R&D", "café")
