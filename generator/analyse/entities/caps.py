"""Capitals the model misreads: lines in capitals, and ordinary words opening a line.

The small English model leans on capitalisation to find names, so in "JAPAN GET LUCKY WIN" it
sees nothing or everything. Such lines (headlines, tables in capitals) are re-tagged on a copy
with ordinary casing: every word takes the casing it has elsewhere in the article ("Japan",
"win"), and an unseen word becomes lower case if it is an English word and capitalised
otherwise. Case changes never change the length of the text, so offsets found in the copy are
offsets into the document.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import cast

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Token

from generator.analyse.entities.places import NATIONALITIES
from generator.analyse.entities.spans import HONORIFICS, TITLES, Candidate

# A line is shouted when at least this share of its words (of two letters or more) is capitals.
SHOUTED_SHARE = 0.6
# Labels found on a recased copy are guesses on guessed casing: they count half in a vote.
RECASED_WEIGHT = 0.5
# Capitals this short, unseen elsewhere in the article, are more often initials than a word.
KEPT_CAPITALS = 2
# Word classes of the lemmatizer's tables (WordNet's). Its nouns include places in lower case
# ("toronto", "lyon"): good enough to recase a word the article never spells otherwise, but
# not to call a capitalised word an ordinary one.
COMMON_WORD_CLASSES = ("adj", "adv", "verb")
ALL_WORD_CLASSES = ("adj", "adv", "verb", "noun")
# Suffixes stripped (and endings restored) to find an inflected word's lemma in the tables.
INFLECTIONS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("est", ""),
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def find_shouted_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) character offsets of the lines written mostly in capitals."""
    line_start = 0
    for line in text.split("\n"):
        words = [word for word in line.split() if sum(char.isalpha() for char in word) > 1]
        shouted = sum(word.isupper() for word in words)
        if words and shouted >= SHOUTED_SHARE * len(words):
            yield line_start, line_start + len(line)
        line_start += len(line) + 1


def collect_casings(doc: Doc, shouted: list[tuple[int, int]]) -> dict[str, str]:
    """Map each lower-cased word to its most frequent spelling outside the shouted lines.

    A capital at the start of a sentence says nothing about the word, so such spellings are
    only used for words never seen elsewhere.
    """
    inside: Counter[tuple[str, str]] = Counter()
    at_start: Counter[tuple[str, str]] = Counter()
    line_index = 0
    for token in doc:
        while line_index < len(shouted) and shouted[line_index][1] <= token.idx:
            line_index += 1
        if line_index < len(shouted) and shouted[line_index][0] <= token.idx:
            continue
        if token.is_alpha:
            counter = at_start if token.is_sent_start else inside
            counter[token.lower_, token.text] += 1
    casings: dict[str, str] = {}
    for counter in (at_start, inside):  # mid-sentence spellings overwrite sentence starts
        for (lower, spelling), _count in sorted(counter.items(), key=lambda item: item[1]):
            casings[lower] = spelling
    return casings


@functools.cache
def _common_words(nlp: Language, classes: tuple[str, ...]) -> frozenset[str]:
    return load_common_words(nlp, classes)


def ordinary_words(nlp: Language) -> frozenset[str]:
    """Adjectives, adverbs, verbs and stop words of the pipeline's tables: words whose
    capital may come from their position alone ("Spring", "Reading")."""
    return _common_words(nlp, COMMON_WORD_CLASSES)


def english_words(nlp: Language) -> frozenset[str]:
    """Every word of the pipeline's tables, nouns included: "hall", "level", "assault"."""
    return _common_words(nlp, ALL_WORD_CLASSES)


def load_common_words(nlp: Language, classes: tuple[str, ...]) -> frozenset[str]:
    """The stop words and the words of `classes` ("adj", "adv", "verb", "noun") in the
    pipeline's lemmatizer tables; just the stop words when it has none."""
    words: set[str] = set(STOP_WORDS)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            for part_of_speech in classes:
                words.update(table.get(part_of_speech, ()))
    return frozenset(words)


def is_common_word(lower: str, common_words: frozenset[str]) -> bool:
    if lower in common_words:
        return True
    return any(
        lower.endswith(suffix) and lower[: -len(suffix)] + ending in common_words
        for suffix, ending in INFLECTIONS
    )


def recase_word(word: str, casings: dict[str, str], common_words: frozenset[str]) -> str:
    """Return a word written in capitals in the casing the article uses for it, or a guess."""
    if len(word) == 1 or not word.isupper():
        return word
    lower = word.lower()
    known = casings.get(lower)
    if known is not None:
        recased = known
    elif is_common_word(lower, common_words):
        recased = lower
    elif len(word) <= KEPT_CAPITALS:
        recased = word
    else:
        recased = word[0] + lower[1:]
    return recased if len(recased) == len(word) else word


def recase_line(line: str, casings: dict[str, str], common_words: frozenset[str]) -> str:
    """Return the line with each run of capitals recased; same length, same everything else."""
    return _LETTER_RUN.sub(lambda match: recase_word(match.group(), casings, common_words), line)


def tag_shouted_lines(doc: Doc, nlp: Language) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Re-run the entity recogniser on recased copies of the document's shouted lines.

    Returns the candidates found and the character ranges of the lines they replace.
    """
    text = doc.text  # Doc.text joins every token anew on each access
    shouted = list(find_shouted_lines(text))
    if not shouted:
        return [], []
    casings = collect_casings(doc, shouted)
    common_words = _common_words(nlp, ALL_WORD_CLASSES)
    recased = [recase_line(text[start:end], casings, common_words) for start, end in shouted]
    recogniser = cast("TrainablePipe", nlp.get_pipe("ner"))
    candidates: list[Candidate] = []
    for (line_start, _line_end), line_doc in zip(
        shouted, recogniser.pipe(nlp.make_doc(line) for line in recased), strict=True
    ):
        for entity in line_doc.ents:
            span = doc.char_span(
                line_start + entity.start_char,
                line_start + entity.end_char,
                alignment_mode="contract",
            )
            if span is not None and len(span) > 0:
                candidates.append(Candidate(span.start, span.end, entity.label_, RECASED_WEIGHT))
    return candidates, shouted


def _starts_line_or_sentence(token: Token) -> bool:
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        bool(token.is_sent_start)
        or previous is None
        or "\n" in previous.text + previous.whitespace_
    )


def _opens_known_name(token: Token, label: str) -> bool:
    """A person's title, or a nationality in a span the model did not call one ("Central
    American" is a nationality of its own)."""
    if token.lower_ in HONORIFICS or token.lower_ in TITLES:
        return True
    return token.text in NATIONALITIES and label != "NORP"


def drop_capitalised_words(doc: Doc, candidates: list[Candidate], nlp: Language) -> list[Candidate]:
    """Drop ordinary words capitalised by position from the front of candidates.

    "Select 5 , Choice 7" and "Results :" open a line, so their capital says nothing; an
    adjective, adverb or verb never capitalised elsewhere in mid-sentence is no name. A
    one-word candidate made of such a word goes ("Results"); a longer one loses it
    when a nationality or a person's title follows ("Legendary Dutch" is "Dutch", "Describing
    Mr Jackson" is Mr Jackson), since a name of two words may well open on an adjective ("New
    York", "United States"). A candidate a rule has confirmed (weight above 1, as for
    a country) is kept.
    """
    capitalised_inside = {
        token.lower_
        for token in doc
        if token.text[:1].isupper() and not _starts_line_or_sentence(token)
    }
    common_words = _common_words(nlp, COMMON_WORD_CLASSES)
    kept = []
    for candidate in candidates:
        token = doc[candidate.start]
        if (
            candidate.weight <= 1.0
            and _starts_line_or_sentence(token)
            and token.lower_ not in capitalised_inside
            and is_common_word(token.lower_, common_words)
        ):
            if candidate.end - candidate.start == 1:
                continue
            if _opens_known_name(doc[candidate.start + 1], candidate.label):
                candidate = candidate._replace(start=candidate.start + 1)  # noqa: PLW2901
        kept.append(candidate)
    return kept
