"""What a figure measures, read from the dependency parse.

`counted_noun` names the thing a bare count counts ("30,000 jobs" → the token "jobs").
`ConceptFinder.find` climbs from the amount to the phrase it describes: the "of" phrase it is a
share of ("60% of its revenue"), the noun it is the value of ("a fine of 10.5 million", "a 25%
tax"), or the subject of the verb it is the object of ("Trade ... hit a record high of 1.28
trillion yuan"). A count of "times" is described by its verb ("met about 40 times" → "met").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from generator.analyse.figures.units import TIME_UNITS

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
VERB_OBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "advmod", "oprd", "acomp", "pobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "dep"})
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
LINKING_VERBS = frozenset({"be", "have", "become", "remain", "seem"})
COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "dobj"})
# Nouns that only frame a value ("a record high of", "a total of"): the concept lies beyond them.
FRAME_NOUNS = frozenset(
    ("high", "low", "record", "total", "level", "figure", "sum", "amount", "average", "peak",
     "tally", "number", "increase", "rise", "gain", "jump", "drop", "fall", "decline",
     "decrease", "growth", "cut", "loss", "reduction", "surge", "estimate", "maximum", "minimum")
)  # fmt: skip
KEPT_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
# Words that may stand between a number and its noun: "517 rushing yards", "8 straight Cups".
CHAIN_POS = frozenset({"ADJ", "NUM", "PUNCT"})
CHAIN_TAGS = frozenset({"VBG", "VBN"})
MAX_NOUN_CHAIN = 4
# Words that point a time word at a moment: "last month", "this year", "the previous week".
WHEN_WORDS = frozenset({"last", "next", "this", "past", "previous", "coming", "following"})
THIRD_PERSON = frozenset({"it", "they", "this", "that", "these", "those", "its"})
MAX_CONCEPT_TOKENS = 7
COORDINATION_PARTS = 2  # "Putin and Xi": the conjunction and the second name
MAX_STEPS = 6


def counted_noun(doc: Doc, number: Token, end: int) -> Token | None:
    """Return the noun a bare count counts, looking right of the number up to its head noun.

    For more than one, the first plural noun wins ("96 Liverpool fans" → "fans", "63000 Model 3
    sedans" → "sedans"); with none, the first noun does ("12-page document" counts pages).
    """
    if end < len(doc) and doc[end].lower_ == "of":
        objects = [child for child in doc[end].children if child.dep_ == "pobj"]
        return objects[0] if objects and objects[0].pos_ in NOUN_TAGS else None
    head = number.head
    governed = number.dep_ in MODIFIER_DEPS and head.i >= end
    window = doc[end : head.i + 1] if governed else doc[end : end + MAX_NOUN_CHAIN]
    first_noun: Token | None = None
    for token in window:
        if _says_when(token, number):
            break
        if token.pos_ in NOUN_TAGS and token.is_alpha and not _starts_compound(token):
            if token.tag_ in PLURAL_TAGS and number.lower_ != "one":
                return token
            first_noun = first_noun or token
        elif (
            token.pos_ not in CHAIN_POS
            and token.tag_ not in CHAIN_TAGS
            and not (
                governed and token.pos_ == "CCONJ"  # "27000 Model S and Model X vehicles"
            )
        ):
            break
    return first_noun


def _says_when(token: Token, number: Token) -> bool:
    """True for a time word pointed at a moment that the number does not count: "sold five
    million last month", but "the 50 previous years"."""
    pointed = any(child.lower_ in WHEN_WORDS for child in token.lefts)
    return pointed and token.lemma_.lower() in TIME_UNITS and number.head.i != token.i


def _starts_compound(token: Token) -> bool:
    """True for the "e" of "e-mail": a word glued to a following hyphen."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text == "-"


def noun_label(token: Token, after: int) -> str:
    """The counted noun as a unit: singular, with the noun compounds before it from token
    `after` on ("30,000 job cuts" → "job cut", but "a dozen clients" → "client")."""
    parts = [
        child
        for child in token.lefts
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i >= after
    ]
    words = [part.lemma_.lower() for part in parts]
    return " ".join([*words, token.lemma_.lower() if token.pos_ == "NOUN" else token.text])


def _is_clear_of(phrase: Token, avoid: range) -> bool:
    """True when `phrase`'s subtree holds neither the figure itself nor any other number."""
    return not any(word.i in avoid or word.like_num for word in phrase.subtree)


def describe(token: Token, avoid: range) -> str:
    """A short noun phrase headed by `token`: its left modifiers, itself, one prepositional
    phrase if it fits; no leading determiner, relative clause, apposition or figure."""
    words = [
        word
        for child in token.lefts
        if child.dep_ in KEPT_LEFT_DEPS
        and not (child.dep_ == "poss" and child.pos_ == "PRON")
        and _is_clear_of(child, avoid)
        for word in child.subtree
    ]
    words.append(token)
    preps = [child for child in token.rights if child.dep_ == "prep"]
    if preps and not any(word.i in avoid for word in preps[0].subtree):
        phrase = list(preps[0].subtree)
        if len(words) + len(phrase) <= MAX_CONCEPT_TOKENS:
            words += phrase
    conjuncts = [child for child in token.rights if child.dep_ in ("cc", "conj")]
    if len(conjuncts) == COORDINATION_PARTS and token.pos_ == "PROPN":
        words += [word for child in conjuncts for word in child.subtree]
    words = sorted({word.i: word for word in words if not word.is_punct}.values(), key=_index)
    text = " ".join(word.text for word in words[:MAX_CONCEPT_TOKENS])
    if words and words[0].is_sent_start and words[0].pos_ != "PROPN":
        text = text[:1].lower() + text[1:]
    return text


def _index(token: Token) -> int:
    return token.i


class ConceptFinder:
    """Finds concepts in one document; remembers its subjects to resolve "it" and "this"."""

    def __init__(self, doc: Doc) -> None:
        self._subjects = [
            token.i for token in doc if token.dep_ in SUBJECT_DEPS and token.pos_ in NOUN_TAGS
        ]
        self._doc = doc

    def _resolve(self, pronoun: Token) -> Token:
        """The latest noun subject before a third-person pronoun, or the pronoun itself."""
        if pronoun.lower_ not in THIRD_PERSON:
            return pronoun
        position = bisect.bisect_left(self._subjects, pronoun.i)
        return self._doc[self._subjects[position - 1]] if position else pronoun

    def _subject_of(self, verb: Token, avoid: range) -> str:
        for _ in range(MAX_STEPS):
            subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
            if subjects:
                subject = subjects[0]
                if subject.pos_ in ("PRON", "DET"):
                    subject = self._resolve(subject)
                return describe(subject, avoid)
            if verb.dep_ in NOUN_CLAUSE_DEPS:
                return describe(verb.head, avoid)
            if verb.dep_ not in CLAUSE_DEPS or verb.head.i == verb.i:
                return ""
            verb = verb.head
        return ""

    def _from_verb(self, token: Token, avoid: range, *, counts_times: bool) -> str | Token:
        """The concept of an amount governed by a verb: its subject, or the verb for "times"."""
        dep = token.dep_
        verb = token.head.head if dep == "pobj" else token.head
        if dep == "pobj" and verb.pos_ in NOUN_TAGS:
            return describe(verb, avoid)
        if verb.pos_ not in ("VERB", "AUX"):
            return verb  # climb on through an adjective or adverb
        if dep in SUBJECT_DEPS and verb.lemma_ in LINKING_VERBS:
            # "About 40 people were hurt": what is said of the figure describes it.
            complements = [child for child in verb.children if child.dep_ in COMPLEMENT_DEPS]
            return describe(complements[0], avoid) if complements else ""
        if counts_times or dep in SUBJECT_DEPS:
            return verb.text.lower()
        return self._subject_of(verb, avoid)

    def _climb(self, token: Token, avoid: range, *, counts_times: bool) -> str | Token:
        """One step up the parse: a concept found, or the token to keep climbing from."""
        head, dep = token.head, token.dep_
        if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in NOUN_TAGS:
            target = head.head
        elif dep in MODIFIER_DEPS and head.pos_ in NOUN_TAGS:
            target = head
        elif dep == "appos" and head.pos_ in NOUN_TAGS:
            return describe(head, avoid)
        elif dep in VERB_OBJECT_DEPS or dep in SUBJECT_DEPS:
            return self._from_verb(token, avoid, counts_times=counts_times)
        else:
            return ""
        return target if target.lemma_.lower() in FRAME_NOUNS else describe(target, avoid)

    def find(self, span: Span, *, counts_times: bool, skip_of: bool) -> str:
        """Return the concept for the figure written as `span`.

        `counts_times` describes a count of times by its verb; `skip_of` ignores an "of" phrase
        after the figure that already named its counted noun ("one of the people").
        """
        avoid = range(span.start, span.end)
        token = span.root
        if not skip_of:
            for child in token.rights:
                objects = [word for word in child.children if word.dep_ == "pobj"]
                if child.dep_ == "prep" and child.lower_ == "of" and objects:
                    return describe(objects[0], avoid)
        for _ in range(MAX_STEPS):
            step = self._climb(token, avoid, counts_times=counts_times)
            if isinstance(step, str):
                return step
            token = step
        return ""
