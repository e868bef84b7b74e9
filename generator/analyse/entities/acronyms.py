"""Acronyms an article defines: "the North Atlantic Treaty Organization (NATO)"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from generator.analyse.entities.spans import Candidate
from generator.model.names import INITIALS_SKIPPED, initials_of, is_acronym

# How many words beyond the acronym's length a full name may have (function words, mostly).
EXTRA_WORDS = 3
# A name this short is abbreviated by its initials or not at all: after a person ("Mark
# Cairns (ENG)") or a player in a line-up ("C Smith (NZ)", "Jones (SA)") a bracket holds a
# country, team or party. Longer names may have a translated acronym ("UDMR").
SHORT_NAME_WORDS = 2


def _acronym_in_brackets(doc: Doc, open_index: int) -> bool:
    return (
        open_index + 2 < len(doc)
        and doc[open_index].text == "("
        and doc[open_index + 2].text == ")"
        and is_acronym(doc[open_index + 1].text)
    )


def _spelled_name_before(doc: Doc, end: int, acronym: str) -> int | None:
    """Start of the capitalised words ending at `end` whose initials spell `acronym`."""
    letters = acronym.replace(".", "")
    for start in range(end - 1, max(-1, end - len(letters) - EXTRA_WORDS - 1), -1):
        token = doc[start]
        if not (token.text[:1].isupper() or token.lower_ in INITIALS_SKIPPED):
            return None
        if token.text[:1].isupper() and initials_of(doc[start:end].text) == letters:
            return start
    return None


def _may_abbreviate(doc: Doc, full: Candidate, acronym: str) -> bool:
    """False for a bracket after a person or a short name that its initials do not spell:
    the model's label on a line-up's "C Smith" is no guide, so the name's length decides."""
    spelled = initials_of(doc[full.start : full.end].text) == acronym
    return spelled or (full.label != "PERSON" and full.end - full.start > SHORT_NAME_WORDS)


def find_acronym_definitions(
    doc: Doc, candidates: Iterable[Candidate]
) -> list[tuple[Candidate, Candidate]]:
    """Return (full name, acronym) pairs the article defines with a bracketed acronym.

    The full name is the candidate ending just before the bracket or, failing that, the
    capitalised words there whose initials spell the acronym; the acronym takes its label.
    """
    ending_at = {candidate.end: candidate for candidate in candidates}
    definitions: list[tuple[Candidate, Candidate]] = []
    for token in doc:
        if not _acronym_in_brackets(doc, token.i):
            continue
        acronym_index = token.i + 1
        full = ending_at.get(token.i)
        acronym = doc[acronym_index].text.replace(".", "")
        if full is not None and not _may_abbreviate(doc, full, acronym):
            continue
        if full is None:
            start = _spelled_name_before(doc, token.i, doc[acronym_index].text)
            if start is None:
                continue
            full = Candidate(start, token.i, "ORG")
        definitions.append((full, Candidate(acronym_index, acronym_index + 1, full.label)))
    return definitions
