"""dating.py's word-level rules on made-up Docs with exact annotations."""

from __future__ import annotations

import pytest
from made_up_docs import make_doc

from generator.analyse.figures.dating import _is_name


@pytest.mark.parametrize(
    ("words", "index", "pos", "ents", "expected"),
    [
        ("saw big Shrek", 2, ["", "", ""], ["O", "O", "O"], True),  # capitalised mid-sentence
        ("Shrek was big", 0, ["", "", ""], ["O", "O", "O"], False),  # only the sentence's start
        ("saw big shrek", 2, ["", "", "PROPN"], ["O", "O", "O"], True),
        ("saw big shrek", 2, ["", "", ""], ["O", "O", "B-ORG"], True),
        ("saw big shrek", 2, ["", "", ""], ["O", "O", "B-PERSON"], False),
    ],
)  # fmt: skip
def test_a_word_of_a_name(
    words: str, index: int, pos: list[str], ents: list[str], expected: bool
) -> None:
    doc = make_doc(words, pos=pos, ents=ents, sent_starts=[True, False, False])
    assert _is_name(doc[index]) is expected
