"""Whether a TL;DR says its title again."""

from __future__ import annotations

import pytest

from generator.analyse.summary.overlap import repeats_title

TITLE = "Ericsson has posted a rise in fourth quarter profits"


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        ("Ericsson has posted a rise in fourth quarter profits thanks to its clients.", True),
        ("Ericsson posted a rise in profits in the fourth quarter.", True),
        ("Operating profit in the quarter was 9.5bn kronor against 6.3bn kronor.", False),
        ("Shares in Ericsson tumbled as the profit margin fell.", False),
        ("Ericsson has posted a rise of 40% to 9.5bn kronor, its best quarter since 2001.", False),
    ],
)
def test_repeats_title(text: str, repeats: bool) -> None:
    assert repeats_title(text, TITLE) is repeats


def test_a_title_of_function_words_is_never_repeated() -> None:
    assert not repeats_title("It was as it is.", "It is")
