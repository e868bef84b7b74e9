import pytest

from generator.ingest.clean import clean_text
from generator.ingest.wiki_markup import find_wiki_markup


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # A link with a target shows its label; a plain link its text.
        (
            "[[w:Paul Volcker|Paul Volcker]], an official, spoke.",
            "Paul Volcker, an official, spoke.",
        ),
        ("See [[Moscow]] and [[w:Oslo|the capital]].", "See Moscow and the capital."),
        # A copy cut inside a link: one opening bracket, or none before a namespaced target.
        ("[w:Paul Volcker|Paul Volcker]] spoke.", "Paul Volcker spoke."),
        ("He met w:Paul Volcker|Paul Volcker]] today.", "He met Paul Volcker today."),
        # Half a link: the lone brackets go, the words stay.
        ("It has a hazard rating 4]] on the scale.", "It has a hazard rating 4 on the scale."),
        ("The [[Torino scale rates it.", "The Torino scale rates it."),
        # A web link shows its label; one cut short loses its address.
        (
            "Sales grew [http://example.org/a Example News] last year.",
            "Sales grew Example News last year.",
        ),
        (
            "It can be found at [http://www.example.org Example.org.",
            "It can be found at Example.org.",
        ),
        (
            "It shut down to avoid a lawsuit [http://example.org/graph?w",
            "It shut down to avoid a lawsuit",
        ),
        # A list item's marker goes; a star or hash inside a line is the writer's.
        (
            "Results:\n* Smith won the race\n## Jones came second\n\u2022 Brown was third",
            "Results:\nSmith won the race\nJones came second\nBrown was third",
        ),
        ("Rated 5* by #1 critics.\n*Not* a list.", "Rated 5* by #1 critics.\n*Not* a list."),
        ("A <!--\n* hidden note\n--> B.", "A  B."),
        # Editors' comments, with or without their "<", are not the article's.
        ("A <!-- see talk page --> B.", "A  B."),
        ("Text.\n!-- Instructions: http://example.org -->\nEnd.", "Text.\n\nEnd."),
        # A table keeps its cells' text and loses its syntax.
        (
            "Top films:\n{| border\n|-\n| Meet the Fockers\n! Rank\n|}\nEnd.",
            "Top films:\nMeet the Fockers\nRank\n\nEnd.",
        ),
        # Single brackets are punctuation, and a bar without a target is text.
        ("He said [sic] it.", "He said [sic] it."),
        ("Ann | Bob]] met.", "Ann | Bob met."),
        ("Prices | rose.\n| not in a table", "Prices | rose.\n| not in a table"),
    ],
)
def test_wiki_link_syntax_is_read_as_its_label(written: str, read: str) -> None:
    cleaned = clean_text(written)
    assert cleaned.text == read
    assert cleaned.removals == ()  # syntax, not the article's words: nothing to list


def test_a_label_maps_back_to_where_it_is_written() -> None:
    written = "Ask [[w:Paul Volcker|Paul Volcker]] now."
    cleaned = clean_text(written)
    start = cleaned.text.index("Paul")
    original = cleaned.span_to_original(start, start + len("Paul Volcker"))
    assert written[original[0] : original[1]] == "Paul Volcker"


def test_text_without_double_brackets_has_no_markup() -> None:
    assert find_wiki_markup("Prices [rose] 5% | fell.") == []
