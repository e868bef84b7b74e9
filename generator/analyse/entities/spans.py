"""Candidate entity spans: trimming spaCy's spans to the name itself and dropping junk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from nameparser.config import CONSTANTS
from spacy.tokens import Doc, Token

# Words that name an office or courtesy rather than the person: "President Putin" is Putin.
TITLES = frozenset(
    {
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary",
        "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
        "governor", "gov.", "mayor", "king", "queen", "prince", "princess", "pope", "sir",
        "lord", "lady", "dame", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
        "prof", "prof.", "professor", "general", "gen.", "colonel", "col.", "captain",
        "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.", "judge",
        "justice", "rev.", "reverend", "father", "sheikh", "chairman", "chairwoman",
        "chief", "executive", "director", "coach", "commander", "ambassador", "envoy",
        "foreign", "defence", "defense", "interior", "finance", "deputy", "acting",
        "former", "leader", "spokesman", "spokeswoman", "striker", "defender",
        "midfielder", "goalkeeper", "batsman", "bowler", "skipper", "manager",
    }
)  # fmt: skip

# Words that can never be a name on their own, whatever the model says.
NON_NAMES = frozenset(
    {
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he",
        "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
        "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
        "there", "here", "today", "yesterday", "tomorrow",
    }
)  # fmt: skip

# Courtesy titles that only ever precede a person's name, whatever the model's label.
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "prof", "prof.", "professor",
     "sir", "dame"}
)  # fmt: skip
# Only events, products, works and laws end in a number ("Euro 2004", "Windows 95"); after
# anything else a number is a score, a date or a table column.
NUMBERED_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
MIN_NAME_LETTERS = 2
LEADING_WORDS = frozenset({"the", "a", "an"})
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
# A token the model attaches to a name that is really part of a contraction: "n't", "'re".
CONTRACTION_STARTS = ("'", "\u2019", "n't", "n\u2019t")
# Punctuation that ends a name wherever it stands, and punctuation that may sit inside one
# ("Marks & Spencer", "St. Louis", "Côte d'Ivoire").
NAME_BREAKERS = frozenset(
    {"(", ")", "[", "]", "{", "}", '"', "\u201c", "\u201d", ";", ":", "|", "/", "--"}
)
NAME_PUNCTUATION = frozenset({"&", ".", "'", "\u2019"})
NAMEPARSER_TITLES = frozenset(CONSTANTS.titles)
# Words of a trade and a full name: "Model Anna Nicole Smith".
TRADE_AND_NAME = 2
# The "v" of a fixture ("Porto v. Chelsea") joins two names and belongs to neither.
FIXTURE_WORDS = frozenset({"v", "v.", "vs", "vs."})
# Lower-case words that may open or continue a person's name: nameparser's surname particles
# ("da" of "Lula da Silva", "van"). Those it lists with a hyphen ("as-", "an-") are particles
# only when glued to the name, which `_hyphenated` sees, and are words otherwise.
NAME_PARTICLES = frozenset(prefix for prefix in CONSTANTS.prefixes if not prefix.endswith("-"))
# A character only wiki markup leaves inside a word: "[[Paul Volcker|Paul Volcker]]" cut short.
MARKUP_CHARACTERS = frozenset("|[]{}=")


class Candidate(NamedTuple):
    """A name found in the document: tokens `start`..`end` (exclusive) with a spaCy label.

    `weight` is how much the label counts when the mentions of one name vote on its label:
    a label the model gave in context counts more than one guessed from elsewhere.
    """

    start: int
    end: int
    label: str
    weight: float = 1.0
    cue: str = ""


def _is_edge_junk(token: Token) -> bool:
    return token.is_punct or token.is_space or token.text in POSSESSIVES


def _is_number(token: Token) -> bool:
    text = token.text
    return any(char.isdigit() for char in text) and not any(char.isalpha() for char in text)


def _breaks_name(token: Token, end: int) -> bool:
    """True for a token no name runs across: a line break, a number between two names
    ("Hartford 4 BOSTON 2"), or free-standing punctuation such as the dash in "SOCCER - ASIAN
    CUP" or the bracket in "Union ( EU )"."""
    if "\n" in token.text or "\n" in token.whitespace_:
        return True
    if _is_number(token):
        following = token.doc[token.i + 1] if token.i + 1 < end else None
        return following is not None and following.text[:1].isupper()
    if token.text in NAME_BREAKERS:
        return True
    spaced_before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return (
        token.is_punct
        and token.text not in NAME_PUNCTUATION
        and (spaced_before or bool(token.whitespace_))
    )


def _split_at_breaks(doc: Doc, start: int, end: int) -> Iterator[tuple[int, int]]:
    piece_start = start
    for index in range(start, end):
        if _breaks_name(doc[index], end):
            split_end = index if not doc[index].is_alpha else index + 1
            if split_end > piece_start:
                yield piece_start, split_end
            piece_start = index + 1
    if end > piece_start:
        yield piece_start, end


def _is_lower_word(token: Token) -> bool:
    """A word without a capital: "point-" of "point- al-Qaeda", "party" of "Renamo party"."""
    text = token.text
    return not any(char.isupper() for char in text) and any(char.isalpha() for char in text)


def _hyphenated(doc: Doc, index: int) -> bool:
    """True for a word of a hyphenated compound: "hyun" of "Moo-hyun", "trans" of "trans-Tasman"."""
    token = doc[index]
    glued_after = index + 1 < len(doc) and not token.whitespace_ and doc[index + 1].text == "-"
    glued_before = index > 0 and not doc[index - 1].whitespace_ and doc[index - 1].text == "-"
    return glued_after or glued_before


def _is_capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def extend_over_particle(doc: Doc, start: int, end: int) -> int:
    """End of a person's name the model cut at a particle: "Daniel arap" + "Moi", "Luiz
    Inácio Lula" + "da Silva". A lower-case word the model put last in a name, or a known
    particle just after it, followed by a capitalised word on the same line, is inside it."""
    last = doc[end - 1]
    if _is_lower_word(last) and last.is_alpha and not last.is_stop and end < len(doc):
        following = end
    elif end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES:
        following = end + 1
    else:
        return end
    if _is_capitalised(doc[following]) and "\n" not in doc[start:following].text_with_ws:
        return following + 1
    return end


def trim_span(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Shrink a span to the name: no article, punctuation, possessive or (for people) title,
    no fixture's "v." and no lower-case word at either end that is not a name particle (a
    work's title may end on one)."""
    while start < end and (
        _is_edge_junk(doc[start])
        or doc[start].lower_ in LEADING_WORDS
        or (
            label != "WORK_OF_ART"
            and _is_lower_word(doc[start])
            and doc[start].lower_ not in NAME_PARTICLES
            and not _hyphenated(doc, start)
        )
    ):
        start += 1
    while start < end and (
        _is_edge_junk(doc[end - 1])
        or doc[end - 1].lower_ in FIXTURE_WORDS
        or (label not in NUMBERED_LABELS and _is_number(doc[end - 1]))
        or (
            label != "WORK_OF_ART"
            and _is_lower_word(doc[end - 1])
            and not _hyphenated(doc, end - 1)
        )
    ):
        end -= 1
    if start < end and (label == "PERSON" or doc[start].lower_ in HONORIFICS):
        while end - start > 1 and doc[start].lower_ in TITLES:
            start += 1
        # A trade opening a sentence before a full name ("Model Anna Nicole Smith"): nameparser's
        # titles, only there (mid-sentence a trade is in lower case) and only before two more
        # words, since a lone one may be a given name.
        while (
            end - start > TRADE_AND_NAME
            and doc[start].is_sent_start
            and doc[start].lower_ in NAMEPARSER_TITLES
            and not _hyphenated(doc, start)
        ):
            start += 1
    return start, end


def is_junk(doc: Doc, start: int, end: int) -> bool:
    """True when the span cannot be a name: pronoun, contraction, number, title, no capital,
    wiki markup left in it, or one word said again and again."""
    if end <= start:
        return True
    text = doc[start:end].text
    letters = [char for char in text if char.isalpha()]
    if len(letters) < MIN_NAME_LETTERS or not any(char.isupper() for char in letters):
        return True
    if doc[start].text.startswith(CONTRACTION_STARTS):
        return True
    words = [token.lower_ for token in doc[start:end]]
    return (
        any(char in MARKUP_CHARACTERS for char in text)
        or (len(words) == 1 and words[0] in NON_NAMES)
        or (len(words) > 1 and len(set(words)) == 1)  # "Turn Turn": a refrain, not a name
        or all(word in TITLES or word in LEADING_WORDS for word in words)
    )


def clean_candidates(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Trim every candidate, split it at line breaks, and drop the junk that remains."""
    cleaned: list[Candidate] = []
    for candidate in candidates:
        end = candidate.end
        if candidate.label == "PERSON":
            end = extend_over_particle(doc, candidate.start, end)
        for piece_start, piece_end in _split_at_breaks(doc, candidate.start, end):
            label = "PERSON" if doc[piece_start].lower_ in HONORIFICS else candidate.label
            start, end = trim_span(doc, piece_start, piece_end, label)
            if not is_junk(doc, start, end):
                cleaned.append(candidate._replace(start=start, end=end, label=label))
    return cleaned


def split_glued_names(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Split a name the model ran into a person's surname ("At La Fenice Viotti was…"): its
    words before the surname are a name the article uses alone, and the surname ends a person's
    full name in the article; no real name is another name plus a surname."""
    found = list(candidates)
    texts = {doc[c.start : c.end].text: c.label for c in found}
    surnames = {doc[c.end - 1].text for c in found if c.label == "PERSON" and c.end - c.start > 1}
    split: list[Candidate] = []
    for candidate in found:
        head = doc[candidate.start : candidate.end - 1].text
        glued = (
            candidate.label != "PERSON"
            and candidate.end - candidate.start > 1
            and head in texts
            and doc[candidate.end - 1].text in surnames
        )
        if not glued:
            split.append(candidate)
            continue
        split.append(candidate._replace(end=candidate.end - 1, label=texts[head]))
        split.append(candidate._replace(start=candidate.end - 1, label="PERSON"))
    return split
