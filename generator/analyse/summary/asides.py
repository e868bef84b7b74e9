"""Parts of a sentence a headline can do without, found in spaCy's dependency parse.

Each function takes the tokens kept so far and returns a subset, so they compose in any order.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.analyse.summary.cues import CONNECTIVES

VERB_TAGS = frozenset({"VERB", "AUX"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Heads of phrases that can stand before the subject and be dropped: "Last year, ...".
_FRONTED_DEPENDENCIES = frozenset({"prep", "advmod", "npadvmod", "advcl", "intj", "cc"})
# Between commas these are asides: "Jin Pai, 35, was", "the agency, which made a profit, paid".
_ASIDE_DEPENDENCIES = frozenset({"appos", "relcl"})
# Longer "asides" are usually a misparse of the main clause, so they stay.
_LONGEST_ASIDE = 14
# What follows a subject's head noun and can go: "a chiropractor [accused of ...] has".
_SUBJECT_MODIFIERS = frozenset({"acl", "relcl", "prep", "appos", "punct"})
# A pronoun after the verb that may point back into the subject's modifier, not the subject.
_BACK_REFERENCES = frozenset({"it", "its"})
# …and one that points back to a person named there: "The UN [emergency relief coordinator
# Jan Egeland] has said that he…".
_PERSONAL_BACK_REFERENCES = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
_SUBJECT_CLAUSES = frozenset({"acl", "relcl"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_OPENING_BRACKETS = frozenset({"(", "[", "-LRB-"})
_CLOSING_BRACKETS = frozenset({")", "]", "-RRB-"})
# Fewer tokens than this left after dropping an opener means the opener was the clause.
SHORTEST_CLAUSE = 5


def without_fronted_modifier(tokens: list[Token], root: Token) -> list[Token]:
    """Drop an adverbial phrase before the subject and its comma ("Last year, the leaders met")."""
    # A subject inside a dateline already cut off ("United States - …") is the parser's misreading.
    kept = {token.i for token in tokens}
    subject = next((c for c in root.children if c.dep_ in SUBJECTS and c.i in kept), None)
    if subject is None:
        return tokens
    start = subject.left_edge.i
    before = [token for token in tokens if token.i < start]
    if not before or before[-1].text != "," or len(tokens) - len(before) < SHORTEST_CLAUSE:
        return tokens
    tops = [token for token in before if token.head.i == root.i and not token.is_punct]
    if all(token.dep_ in _FRONTED_DEPENDENCIES for token in tops):
        return [token for token in tokens if token.i >= start]
    return tokens


def without_opening_words(tokens: list[Token]) -> list[Token]:
    """Drop "But", "However," and the like: a title has no sentence before it to connect to."""
    start = 0
    while start < len(tokens) and (
        tokens[start].lower_ in CONNECTIVES or (start and tokens[start].text == ",")
    ):
        start += 1
    return tokens[start:] if len(tokens) - start >= SHORTEST_CLAUSE else tokens


def without_trailing_source(tokens: list[Token]) -> list[Token]:
    """Drop a closing "according to ..." phrase: attribution belongs in the text, not a title."""
    words = [token for token in tokens if not token.is_punct]
    if not words:
        return tokens
    for token in tokens:
        if token.lower_ == "according" and token.right_edge.i >= words[-1].i:
            kept = [other for other in tokens if other.i < token.i]
            while kept and kept[-1].is_punct:
                kept.pop()
            return kept if len(kept) >= SHORTEST_CLAUSE else tokens
    return tokens


def without_leading_source(tokens: list[Token]) -> list[Token]:
    """Drop an opening "According to …," as a closing one is dropped."""
    if len(tokens) < 2 or tokens[0].lower_ != "according" or tokens[1].lower_ != "to":
        return tokens
    comma = next((place for place, token in enumerate(tokens) if token.text == ","), None)
    if comma is None or len(tokens) - comma - 1 < SHORTEST_CLAUSE:
        return tokens
    return tokens[comma + 1 :]


def without_asides(tokens: list[Token]) -> list[Token]:
    """Drop bracketed text and short appositions or relative clauses set off by commas; an
    apposition that names the person or thing a common noun describes stays."""
    dropped: set[int] = set()
    depth = 0
    for token in tokens:
        if token.text in _OPENING_BRACKETS:
            depth += 1
        if depth:
            dropped.add(token.i)
        if token.text in _CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
    for token in tokens:
        if _names_a_description(token):
            continue
        if token.dep_ in _ASIDE_DEPENDENCIES and _between_commas(token):
            dropped.update(range(token.left_edge.i - 1, token.right_edge.i + 2))
    return [token for token in tokens if token.i not in dropped]


def without_time_phrases(tokens: list[Token], root: Token) -> list[Token]:
    """Drop "on Tuesday", "Wednesday morning", "in 2012" hanging off the main verb."""
    dropped: set[int] = set()
    for child in root.children:
        phrase = child.doc[child.left_edge.i : child.right_edge.i + 1]
        timely = any(token.ent_type_ in _TIME_LABELS for token in phrase)
        nouns = [token for token in phrase if token.pos_ in ("NOUN", "PROPN", "NUM")]
        if (
            child.dep_ in ("npadvmod", "prep")
            and timely
            and all(token.ent_type_ in _TIME_LABELS for token in nouns)
        ):
            dropped.update(range(child.left_edge.i, child.right_edge.i + 1))
    return [token for token in tokens if token.i not in dropped]


def without_subject_modifiers(
    tokens: list[Token], root: Token, *, clauses_only: bool = False
) -> list[Token]:
    """Keep the subject's head noun but drop what follows it ("a chiropractor accused of ...").

    `clauses_only` drops only the clauses anywhere inside the subject ("the disaster [that
    affected…]", "calculations [based on data…]"), keeping the phrases that say which one.
    """
    dropped: set[int] = set()
    later = [token.lower_ for token in tokens if token.i > root.i]
    refers_back = any(word in _BACK_REFERENCES for word in later)
    refers_to_person = any(word in _PERSONAL_BACK_REFERENCES for word in later)
    for subject in root.children:
        if subject.dep_ not in SUBJECTS:
            continue
        if clauses_only:
            for inner in subject.subtree:
                if inner.dep_ in _SUBJECT_CLAUSES and inner.i > subject.left_edge.i:
                    dropped.update(range(inner.left_edge.i, inner.right_edge.i + 1))
            continue
        if refers_to_person and _names_person_after(subject):
            continue  # the subject is the person a later "he" is; its words all say who
        for modifier in subject.rights:
            # "one [of their frontbenchers]": the "of" phrase says who the subject is; "Shares
            # [in drinks firm Allied Domecq] have risen on speculation that it…": so does a
            # name that a later "it" refers to.
            names = any(inner.pos_ == "PROPN" for inner in modifier.subtree)
            if (
                modifier.dep_ in _SUBJECT_MODIFIERS
                and modifier.lower_ != "of"
                and not (names and refers_back)
            ):
                dropped.update(range(modifier.left_edge.i, modifier.right_edge.i + 1))
    return [token for token in tokens if token.i not in dropped]


def _names_person_after(subject: Token) -> bool:
    """A person named after the subject's head word, in what modifies it."""
    return any(
        inner.ent_type_ == "PERSON" for modifier in subject.rights for inner in modifier.subtree
    )


def _names_a_description(token: Token) -> bool:
    """ "The party's candidate, Armando Guebuza, was elected": the name is the news."""
    return token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.pos_ == "NOUN"


def _between_commas(token: Token) -> bool:
    doc = token.doc
    left, right = token.left_edge.i - 1, token.right_edge.i + 1
    if right - left > _LONGEST_ASIDE:
        return False
    return left >= 0 and right < len(doc) and doc[left].text == "," and doc[right].text == ","
