"""Surface cues that make a sentence more or less useful out of context."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Entity labels of hard figures: an amount of money, a share, a measured quantity. Bare counts
# and dates are left out; almost every news sentence has one.
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})

# Openers that tie a sentence to the one before it; lifted into a summary it reads as a non
# sequitur ("However, ...", "Meanwhile, ...").
CONNECTIVES = frozenset(
    {
        "also",
        "and",
        "besides",
        "but",
        "furthermore",
        "hence",
        "however",
        "instead",
        "likewise",
        "meantime",
        "meanwhile",
        "moreover",
        "nevertheless",
        "nonetheless",
        "otherwise",
        "similarly",
        "still",
        "then",
        "therefore",
        "thus",
        "yet",
    }
)


# Pronouns that point back to someone or something named before: a sentence opening with one
# reads as "who?" without the sentence before it. "I", "we" and "you" speak for themselves.
REFERRING_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "theirs"}
)
# The referring pronouns whose referent is a person.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
# Demonstratives refer back when they stand for a noun ("This is…"), not when they modify one
# ("This year…").
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})
_TIME_LABELS = frozenset({"DATE", "TIME"})


def states_figure(sent: Span) -> bool:
    """True when `sent` names an amount of money, a percentage or a measured quantity."""
    # Token entity types, not `sent.ents`: that rebuilds the document's entity list per call.
    return any(token.ent_type_ in FIGURE_LABELS for token in sent)


def first_word(sent: Span) -> Token | None:
    """The first word of `sent`, past any opening quotation mark or bracket."""
    return next((token for token in sent if token.is_alpha), None)


def opens_with_connective(sent: Span) -> bool:
    """True when the first word of `sent` is a discourse connective pointing backwards."""
    first = first_word(sent)
    return first is not None and first.lower_ in CONNECTIVES


def opens_with_reference(sent: Span) -> bool:
    """True when the first word of `sent` (inside a quotation too) is a pronoun pointing back
    ("He said…", "Their reason…", "This was…") or a connective ("However, …")."""
    first = first_word(sent)
    if first is None:
        return False
    if first.lower_ in CONNECTIVES or first.lower_ in REFERRING_PRONOUNS:
        return True
    return first.lower_ in DEMONSTRATIVES and first.pos_ == "PRON"


def refers_back(sent: Span) -> bool:
    """True when `sent` opens with a reference (`opens_with_reference`) or points back with
    "these" or "those" before a noun ("Mr Howard said that these things happen"): either way a
    reader needs the sentence before it. "This year" and "these days" point at the calendar."""
    if opens_with_reference(sent):
        return True
    return any(
        token.lower_ in _PLURAL_DEMONSTRATIVES
        and token.dep_ == "det"
        and token.head.ent_type_ not in _TIME_LABELS
        for token in sent
    )


def opens_with_personal_pronoun(sent: Span) -> bool:
    """True when `sent` opens with "he", "she" or their other forms: a pronoun whose referent is
    a person, which any person named earlier in a summary can stand for."""
    first = first_word(sent)
    return first is not None and first.lower_ in PERSONAL_PRONOUNS
