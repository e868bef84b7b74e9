"""The words a figure's concept is written with: a noun phrase, or a verb with what follows it.

A concept names what is measured, so no phrase is built on a word that cannot name it: a
pronoun ("it", "which", "we"), a determiner standing alone ("this"), or a verb on its own
("made", "sold"). Those give an empty phrase, and the caller says nothing rather than guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.analyse.figures.currencies import currency_for_word
from generator.analyse.figures.units import match_unit

KEPT_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
# Parts of speech that cannot head a phrase naming a measured thing.
UNNAMING_POS = frozenset(
    {"PRON", "DET", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM", "ADV"}
)
# spaCy's fine tags for pronouns, personal, possessive and relative ("which", "who", "that").
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WDT", "WP", "WP$", "EX"})
# What a verb keeps around it in its phrase: the passive auxiliary and negation ("were not
# hurt"), its particle ("paid out"), one prepositional phrase ("spent on the stadium").
VERB_LEFT_DEPS = frozenset({"auxpass", "neg"})
VERB_RIGHT_DEPS = frozenset({"prt"})
INFINITIVE_TAG = "TO"
MODAL_TAG = "MD"
VERB_PHRASE_DEPS = frozenset({"prep", "dative", "agent"})
NAMING_POS = frozenset({"NOUN", "PROPN"})
# A phrase that places the figure in time ("in 2004", "in a week") says nothing of what it is.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
MAX_CONCEPT_TOKENS = 7
COORDINATION_PARTS = 2  # "Putin and Xi": the conjunction and the second name


def is_pronoun(token: Token) -> bool:
    """True for a word that stands for a noun without naming one: "it", "which", "this"."""
    return token.tag_ in PRONOUN_TAGS or token.pos_ in ("PRON", "DET")


def is_unit_word(token: Token) -> bool:
    """True for a currency or unit of measure ("dollars", "feet", "months", "percent"): the
    figure's unit, never what it measures."""
    return bool(
        match_unit([token.text]) or match_unit([token.lower_]) or currency_for_word(token.lower_)
    )


def _is_clear_of(phrase: Token, avoid: range) -> bool:
    """True when `phrase`'s subtree holds neither the figure itself nor any other number."""
    return not any(word.i in avoid or word.like_num for word in phrase.subtree)


def _is_timeless(phrase: Token) -> bool:
    """True when `phrase`'s subtree names no date or time ("in 2004", "in a week")."""
    return not any(word.ent_type_ in TIME_ENTITIES for word in phrase.subtree)


def _index(token: Token) -> int:
    return token.i


def _is_capitalised_by_position(word: Token) -> bool:
    """True for a sentence-opening word whose capital only marks the sentence start: not a name,
    an entity ("Celtic", tagged an adjective) or a word with capitals inside ("EA", "iPod")."""
    return bool(
        word.is_sent_start
        and word.pos_ != "PROPN"
        and not word.ent_type_
        and word.text[1:] == word.text[1:].lower()
    )


def _is_glued_hyphen(word: Token) -> bool:
    """True for the hyphen inside a word the parse split ("e-mails")."""
    doc = word.doc
    inside = 0 < word.i < len(doc) - 1 and not doc[word.i - 1].whitespace_
    return word.text == "-" and inside and not word.whitespace_


def join_words(words: list[Token], limit: int = MAX_CONCEPT_TOKENS) -> str:
    """The first `limit` words in text order, spaced as written where they touch
    ("Telekom's"), else by one space; a lowercase sentence-opening word unless it is a name."""
    kept = {word.i: word for word in words if not word.is_punct or _is_glued_hyphen(word)}
    ordered = sorted(kept.values(), key=_index)
    while ordered and ordered[0].dep_ == "det":
        ordered = ordered[1:]  # "the state department's budget" reads as "state department's"
    ordered = ordered[:limit]
    text = ""
    for position, word in enumerate(ordered):
        if position:
            previous = ordered[position - 1]
            text += previous.whitespace_ if previous.i + 1 == word.i else " "
        text += word.text
    if ordered and _is_capitalised_by_position(ordered[0]):
        text = text[:1].lower() + text[1:]
    return text


def noun_phrase(token: Token, avoid: range) -> list[Token]:
    """The words of a short noun phrase headed by `token`: its left modifiers, itself, one
    prepositional phrase if it fits; no determiner, relative clause, apposition or figure.
    Empty when `token` cannot name anything (a pronoun, a verb, a unit)."""
    if token.pos_ in UNNAMING_POS or token.tag_ in PRONOUN_TAGS or is_unit_word(token):
        return []
    if token.ent_type_ in TIME_ENTITIES:
        return []  # "last weekend", "Friday": when the figure was, not what it measures
    words = [
        word
        for child in token.lefts
        if child.dep_ in KEPT_LEFT_DEPS
        and not (child.dep_ == "poss" and is_pronoun(child))
        and _is_clear_of(child, avoid)
        for word in child.subtree
    ]
    words += [*_glued_left(token), token]
    preps = [child for child in token.rights if child.dep_ == "prep"]
    if preps and not any(word.i in avoid for word in preps[0].subtree):
        phrase = list(preps[0].subtree)
        if len(words) + len(phrase) <= MAX_CONCEPT_TOKENS:
            words += phrase
    conjuncts = [child for child in token.rights if child.dep_ in ("cc", "conj")]
    if len(conjuncts) == COORDINATION_PARTS and token.pos_ == "PROPN":
        words += [word for child in conjuncts for word in child.subtree]
    return words


def _glued_left(token: Token) -> list[Token]:
    """The first parts of a hyphenated word the parse split: the "e-" of "e-mails"."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        if doc[start - 2].whitespace_ or not doc[start - 2].is_alpha:
            break
        start -= 2
    return list(doc[start : token.i])


def describe(token: Token, avoid: range) -> str:
    """The noun phrase headed by `token` as text; empty for a pronoun or a verb."""
    return join_words(noun_phrase(token, avoid))


def _complement_noun(child: Token) -> Token | None:
    """The noun a verb's object or prepositional phrase names ("the club", "on [the stadium]")."""
    if child.dep_ == "dobj":
        return child
    if child.dep_ in VERB_PHRASE_DEPS:
        objects = [word for word in child.children if word.dep_ == "pobj"]
        return objects[0] if objects else None
    return None


def _complement(verb: Token, avoid: range) -> list[Token]:
    """The first object or prepositional phrase after `verb` that names a thing (not a date, a
    time or another amount): "the club", "on the new stadium"."""
    for child in verb.rights:
        noun = _complement_noun(child)
        if noun is None or noun.pos_ not in NAMING_POS or noun.like_num:
            continue
        if any(word.i in avoid for word in child.subtree) or not _is_timeless(child):
            continue
        return list(child.subtree)
    return []


def _infinitive(verb: Token, avoid: range) -> list[Token]:
    """The clause a verb hands on to, as its verb and object ("are expected [to attend the
    show]", without what a clause on the object adds), if free of figures and dates."""
    for child in verb.rights:
        if child.dep_ != "xcomp" or not _is_timeless(child):
            continue
        objects = [word for word in child.children if word.dep_ == "dobj"]
        words = [word for word in child.lefts if word.tag_ == INFINITIVE_TAG]
        named = noun_phrase(objects[0], avoid) if objects else []
        if not any(word.i in avoid or word.like_num for word in named):
            return [*words, child, *named]
    return []


def _verb_words(verb: Token) -> list[Token]:
    """The verb as a reader writes it: with its modal ("will lend", "can create"), its passive
    auxiliary and negation ("were not hurt"), "to" ("Monsanto to pay") and particle ("paid
    out"); a bare "be" of a passive is dropped when no modal governs it ("that his sister be
    fined" reads "sister fined"); a modal keeps its auxiliaries ("could have sold")."""
    lefts = [
        child
        for child in verb.lefts
        if child.dep_ in VERB_LEFT_DEPS or child.tag_ in (INFINITIVE_TAG, MODAL_TAG)
    ]
    if any(child.tag_ == MODAL_TAG for child in lefts):
        # "could have sold", "will be unveiled": a modal keeps the auxiliaries it governs.
        lefts = [child for child in verb.lefts if child in lefts or child.dep_ == "aux"]
    else:
        lefts = [child for child in lefts if not (child.dep_ == "auxpass" and child.tag_ == "VB")]
    return [*lefts, verb, *(child for child in verb.rights if child.dep_ in VERB_RIGHT_DEPS)]


def verb_phrase(subject: list[Token], verb: Token, avoid: range, *, bare: bool = False) -> str:
    """What a verb says of its figure, with its subject's noun phrase first if any, the verb
    as a reader writes it, and what follows it if that fits: "Jugnot made", "spent on the new
    stadium", "the bank will lend". Empty when neither a subject nor what follows would name
    anything: a verb alone ("sold", "were hurt") does not say what is measured, unless `bare`
    (the figure's unit names what is counted: "50,000 products | will be unveiled")."""
    words = _verb_words(verb)
    complement = _complement(verb, avoid) or (_infinitive(verb, avoid) if bare else [])
    if len(subject) + len(words) + len(complement) <= MAX_CONCEPT_TOKENS:
        words += complement
    elif not subject:
        return ""  # the complement does not fit, and the verb alone says nothing
    if not subject and not complement and not bare:
        return ""
    # The subject comes first even when written after the verb ('"...," said Bill Smith'); the
    # subject phrase is capped already, and the verb must not be cut off after it.
    said = join_words(words, limit=len(words))
    return f"{join_words(subject)} {said}" if subject else said
