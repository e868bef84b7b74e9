"""Surface cues for ranking summary sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.cues import (
    opens_with_connective,
    opens_with_reference,
    refers_back,
    states_figure,
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The library will cost $4 million to build.", True),
        ("Fares rose by 12% last year.", True),
        ("The council met three times in March.", False),
        ("The council approved the library.", False),
    ],
)
def test_states_figure(nlp: Language, text: str, figure: bool) -> None:
    assert states_figure(nlp(text)[:]) is figure


@pytest.mark.parametrize(
    ("text", "connective"),
    [
        ("However, residents said the cost was too high.", True),
        ("Meanwhile the council met again.", True),
        ("But the mayor disagreed.", True),
        ("Residents said the cost was too high.", False),
        ("Stillwater residents voted.", False),
    ],
)
def test_opens_with_connective(nlp: Language, text: str, connective: bool) -> None:
    assert opens_with_connective(nlp(text)[:]) is connective


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He said the cost was too high.", True),
        ("Its profits rose by a third last year.", True),
        ("They voted against the plan on Tuesday.", True),
        ("This was the third vote in a month.", True),
        ('"It is a waste of money," the mayor said.', True),
        ("However, residents said the cost was too high.", True),
        ("This year the council met three times.", False),
        ("These new rules take effect in May.", False),
        ("I think the cost is too high, the mayor said.", False),
        ("Herbert Smith voted against the plan.", False),
    ],
)
def test_opens_with_reference(nlp: Language, text: str, leans: bool) -> None:
    assert opens_with_reference(nlp(text)[:]) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("He said the cost was too high.", True),
        ("The mayor said that these things happen in politics.", True),
        ("Those claims were rejected by the council.", True),
        ("These days the council meets twice a year.", False),
        ("The mayor said the cost was too high this year.", False),
    ],
)
def test_refers_back(nlp: Language, text: str, leans: bool) -> None:
    """A sentence pointing back with "these" or "those" before a noun needs the one before."""
    assert refers_back(nlp(text)[:]) is leans
