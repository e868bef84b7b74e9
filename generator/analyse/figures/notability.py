"""Quantities a reader does not want in a table of figures, though they are quantities.

An age or a band of ages ("aged 25 to 40", "between the ages of 18 and 30", "18- to
30-year-olds", a group bounded by age: "children under 5", "those over 65") says who is meant,
not how much of anything; a time window counted from now ("over the past 15 or 20 years", "in
the first 3 months") frames the news rather than stating it; a bare number that repeats one
already written in the sentence ("300 units ... 300 is a record") adds no figure. Such rows stay
in the analysis, marked not notable.

A whole percent or more said of how sure, committed or loyal someone is ("I am 100% certain",
"we are 110% behind him") is a figure of speech, not a share of anything.

Two kinds are notable all the same: an age that is the level a change reaches or leaves ("raise
the pension age to 67") is the news, not who is meant; and a small count in the article's first
sentence ("Four players were suspended") is what the story reports.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.analyse.figures.change_words import (
    CHANGE_NOUNS,
    CHANGE_VERBS,
    CHANGE_VERBS_WITH_BY,
)
from generator.analyse.figures.scan import Amount

AGE_WORDS = frozenset({"age", "ages", "aged"})
# How far up the parse, and back through the words, an age word may stand from its number
# ("between the ages of 18 and 30": "30" → "18" → "of" → "ages").
AGE_HOPS = 3
AGE_LOOKBACK = 4
AGE_SUFFIXES = frozenset({"old", "olds"})
ADDING_WORDS = frozenset({"another", "further", "extra", "additional", "other"})
# "children under 5", "people over 18", "those over 65": a group of people bounded by an age.
AGE_BOUNDS = frozenset({"over", "under"})
GROUP_WORDS = len(("people", "over"))
# "those over 70": the parser tags "those" a determiner here as often as a pronoun.
GROUP_DETERMINERS = frozenset({"those"})
GROUP_TAGS = frozenset({"NNS", "NNPS"})
AGE_RANGE = range(1, 120)
YEAR = "year"
NOUN_POS = frozenset({"NOUN", "PROPN"})
WINDOW_WORDS = frozenset({"past", "last", "next", "previous", "coming", "recent", "first"})
# Words that may stand between a window word and the number: "the past five or six years".
WINDOW_FILLERS = frozenset({"or", "to", "and", "-", "\u2013", "few", "several", "some"})
# "raise the age to 67", "from 65 to 67": the prepositions that set the level of a change.
LEVEL_WORDS = frozenset({"to", "from"})
CHANGE_LEMMAS = frozenset(CHANGE_VERBS) | frozenset(CHANGE_VERBS_WITH_BY) | frozenset(CHANGE_NOUNS)
# How far up the parse the change may stand from the preposition ("from 65 to 67": "to" → "65"
# → "from" → "rise").
CHANGE_HOPS = 3
# A figure of speech says all (or more) of someone's certainty, commitment or support.
WHOLE_PERCENT = 100.0
STANCE_WORDS = frozenset(
    {"certain", "sure", "confident", "convinced", "committed", "behind", "determined"}
    | {"focused", "dedicated", "fit", "serious", "honest", "genuine", "positive", "right"}
)
# Those said of a person are as much speech whatever the adjective: "she is 100% happy".
PERSON_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
PREDICATE_TAGS = frozenset({"JJ", "VBN"})
# "the two sides", "its three plants": a definite count names things already known.
DEFINITE_TAGS = frozenset({"DT", "PRP$", "WP$"})


def _has_age_ancestor(token: Token) -> bool:
    for _ in range(AGE_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in AGE_WORDS:
            return True
    return False


def is_age(doc: Doc, amount: Amount) -> bool:
    """True for an age or an age band: "aged 25 to 40", "at the age of 12", "30-year-olds"."""
    if amount.kind in ("money", "percent"):
        return False
    before = doc[max(0, amount.first - AGE_LOOKBACK) : amount.first]
    if any(token.lower_ in AGE_WORDS for token in before):
        return True
    after = doc[amount.end : amount.end + 2]
    if any(token.lower_ in AGE_SUFFIXES for token in after):
        return True  # "30-year-olds", the hyphens read apart
    return _has_age_ancestor(doc[amount.number])


def is_age_group(doc: Doc, amount: Amount) -> bool:
    """True for the bound of a group of people by age: a bare whole number (or years) after
    "over"/"under" after a plural noun or a pronoun, counting nothing ("children under 5",
    "people over 18", "those under 16 years"), unlike "firms with over 100 staff"."""
    if amount.unit not in ("", YEAR) or amount.low is not None or amount.first < GROUP_WORDS:
        return False
    if amount.value != int(amount.value) or int(amount.value) not in AGE_RANGE:
        return False
    bound, group = doc[amount.first - 1], doc[amount.first - 2]
    names_group = (
        group.tag_ in GROUP_TAGS or group.pos_ == "PRON" or group.lower_ in GROUP_DETERMINERS
    )
    if bound.lower_ not in AGE_BOUNDS or not names_group:
        return False
    following = doc[amount.end] if amount.end < len(doc) else None
    return amount.unit == YEAR or following is None or following.pos_ not in NOUN_POS


def is_time_window(doc: Doc, amount: Amount) -> bool:
    """True for a span of time counted from now or from a start: "the past 15 or 20 years"."""
    index = amount.first - 1
    # spaCy counts "first" as a number too, so the walk stops at a window word before it
    # steps over numbers: "in the first 3 months".
    while (
        index >= 0
        and doc[index].lower_ not in WINDOW_WORDS
        and (doc[index].like_num or doc[index].lower_ in WINDOW_FILLERS)
    ):
        index -= 1
    return index >= 0 and doc[index].lower_ in WINDOW_WORDS


def repeats_earlier_number(doc: Doc, amount: Amount) -> bool:
    """True when the number was already written earlier in its sentence ("and 300 is a
    record" after "300 units")."""
    number = doc[amount.number]
    after = doc[amount.end] if amount.end < len(doc) else None
    before = doc[amount.first - 1] if amount.first > 0 else None
    if (after is not None and after.tag_ in ("JJR", "RBR")) or (
        before is not None and before.lower_ in ADDING_WORDS
    ):
        return False  # "300 more", "a further 300": a new amount of the same size
    start = number.sent.start
    return any(token.like_num and token.text == number.text for token in doc[start : amount.first])


def is_level_of_change(doc: Doc, amount: Amount) -> bool:
    """True for a number a change reaches or leaves: "raise the pension age to 67", "the age
    will rise from 65 to 67", "an increase in the age to 68"."""
    if amount.first == 0 or doc[amount.first - 1].lower_ not in LEVEL_WORDS:
        return False
    token = doc[amount.first - 1]
    for _ in range(CHANGE_HOPS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in CHANGE_LEMMAS:
            return True
    return False


def is_lead_count(doc: Doc, amount: Amount) -> bool:
    """True for a count of more than one in the article's first sentence, not after a
    determiner: the lead states what the story is about ("Four players were suspended", "won a
    total of three awards"), unlike "the two sides" or "its three plants"."""
    first = next(iter(doc.sents), None)
    if first is None or amount.first >= first.end or amount.value < 2 or amount.fraction:
        return False
    before = doc[amount.first - 1] if amount.first > 0 else None
    return before is None or before.tag_ not in DEFINITE_TAGS


def is_figure_of_speech(doc: Doc, amount: Amount) -> bool:
    """True for a whole percent or more of someone's certainty or support: "100% certain",
    "110 percent committed", "we are 100% behind him", "she is 100% happy"; not "the grid is
    100% renewable" nor "100% higher"."""
    if amount.kind != "percent" or amount.value < WHOLE_PERCENT or amount.end >= len(doc):
        return False
    word = doc[amount.end]
    if word.lower_ in STANCE_WORDS:
        return True
    if word.tag_ not in PREDICATE_TAGS:
        return False
    verb = word.head if word.dep_ == "acomp" else None
    subjects = [child for child in verb.children if child.dep_ == "nsubj"] if verb else []
    return any(s.lower_ in PERSON_PRONOUNS or s.ent_type_ == "PERSON" for s in subjects)
