"""Where a shortened sentence may end, and the marks a shortening must not leave unpaired."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.summary.cut_ends import without_unpaired_brackets


def test_a_bracket_whose_partner_was_dropped_goes_too(nlp: Language) -> None:
    doc = nlp("The video was launched today (Thursday) on six channels.")
    dropped = {"today", "(", "Thursday"}
    kept = [token for token in doc if token.text not in dropped]
    assert " ".join(token.text for token in without_unpaired_brackets(kept)) == (
        "The video was launched on six channels ."
    )


def test_paired_brackets_stay(nlp: Language) -> None:
    doc = nlp("The video was launched today (Thursday) on six channels.")
    assert without_unpaired_brackets(list(doc)) == list(doc)
