from factories import make_figure

from generator.model.analysis import Sentence
from generator.render.figure_table import figure_sentence, sortable_number

LONG = "It said that " + "a " * 40 + "sales rose 5% to $2m this year, " + "b " * 60 + "then."


def sentence(text: str, start: int = 100) -> Sentence:
    return Sentence(text, start, start + len(text))


def at(text: str, words: str, start: int = 100) -> dict[str, object]:
    """A figure's text and offset (in the article, as the sentence's) where `words` stand."""
    return {"text": words, "start": start + text.index(words)}


def test_a_short_sentence_is_whole_with_the_figures_words_in_bold() -> None:
    text = "Sales rose 5% to <b>$2m</b>."
    pair = [make_figure(5, "percent", **at(text, "5%")), make_figure(2, "USD", **at(text, "$2m"))]
    assert figure_sentence(sentence(text), pair, limit=160) == (
        "Sales rose <strong>5&#37;</strong> to &#60;b&#62;<strong>&#36;2m</strong>&#60;&#47;b&#62;."
    )


def test_a_long_sentence_keeps_the_words_around_the_figure_cut_at_spaces() -> None:
    figure = make_figure(5, "percent", **at(LONG, "5%"))
    shown = figure_sentence(sentence(LONG), [figure], limit=60)
    # A third of the room before the figure (the subject and verb), the rest after.
    assert (
        shown
        == "…a a a a sales rose <strong>5&#37;</strong> to &#36;2m this year, b b b b b b b b b b…"
    )
    # No limit: the whole sentence, as on the article's page.
    assert figure_sentence(sentence(LONG), [figure]).count(" ") == LONG.count(" ")


def test_the_cut_moves_inward_at_the_ends_of_a_sentence() -> None:
    first = make_figure(1, "", **at(LONG, "It said"))
    assert (
        figure_sentence(sentence(LONG), [first], limit=30)
        == "<strong>It said</strong> that a a a a a a a a a…"
    )
    last = make_figure(1, "", **at(LONG, "then."))
    assert (
        figure_sentence(sentence(LONG), [last], limit=20) == "…b b b b b b b <strong>then.</strong>"
    )


def test_words_not_found_at_the_figures_offset_are_looked_for_in_the_sentence() -> None:
    text = "Sales rose 5% this year."
    assert figure_sentence(sentence(text), [make_figure(5, "", text="5%")]) == (
        "Sales rose <strong>5&#37;</strong> this year."
    )
    # Words the sentence does not hold are not bold anywhere; the sentence starts the excerpt.
    shown = figure_sentence(sentence(LONG), [make_figure(5, "", text="five")], limit=20)
    assert shown == "It said that a a a a…"


def test_sort_keys_are_plain_digits() -> None:
    assert [sortable_number(v) for v in (1.28e12, 2.5, -7.0, 0.000125)] == [
        "1280000000000", "2.5", "-7", "0.000125"
    ]  # fmt: skip
