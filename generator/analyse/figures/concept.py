"""What a figure measures, read from the dependency parse.

(The noun a bare count counts is read in `counted.py`.)
`ConceptFinder.find` climbs from the amount to the phrase it describes: the "of" phrase it is a
share of ("60% of its revenue"), the noun it is the value of ("a fine of 10.5 million", "a 25%
tax"), a bare noun after "in" ("$48m in sales"), or what the verb it hangs on says of it. A verb
of being at a level or moving ("Trade hit 1.28 trillion yuan", "Sales rose 12%") has the measured
thing as its subject. Any other verb is a transaction whose subject is only the owner ("Jugnot
made 5.45m euros", "The company raised NZ$4.2 billion"): the concept is then the subject with the
verb, "Jugnot made", read as "what Jugnot made". A verb of reporting ("Fairmont reported $48m")
says nothing of what is measured, and neither does a verb alone: both leave the concept empty.
Pronoun subjects are resolved where the text allows ("which" to the noun its clause hangs on,
"it" to the latest noun subject not a person, "he" to the latest person); otherwise they are
left out. Frames, paces and dimensions ("a record", "an annual rate of", "in size") are passed
over (`frames.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.analyse.figures.concept_words import LEVEL_VERBS, REPORTING_VERBS, RESULT_VERBS
from generator.analyse.figures.frames import framed, is_frame, kind_after
from generator.analyse.figures.phrases import (
    TIME_ENTITIES,
    describe,
    is_pronoun,
    is_unit_word,
    noun_phrase,
    verb_phrase,
)
from generator.analyse.figures.referents import Referents

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
VERB_OBJECT_DEPS = frozenset(
    {"dobj", "dative", "attr", "npadvmod", "advmod", "oprd", "acomp", "pobj"}
)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "conj"})
# Prepositions of a change: "by 10%", "to $3bn", "from 4%".
CHANGE_PREPOSITIONS = frozenset({"by", "to", "from"})
LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})
CLAUSE_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "dep"})
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
LINKING_VERBS = frozenset({"be", "have", "become", "remain", "seem"})
COMPLEMENT_DEPS = frozenset({"acomp", "attr", "oprd", "dobj"})
MAX_STEPS = 6


@dataclass(frozen=True, slots=True)
class Shape:
    """What kind of figure a concept is sought for, where that changes where it lies."""

    counts_times: bool = False  # "have met 30 times": described by its verb
    money: bool = False  # "a loss of $3m" measures the loss; "a 3% loss" frames a fall
    duration: bool = False  # "sentenced to 18 years": a term given, not the subject's level
    counted: bool = False  # the unit names what is counted ("5,000 jobs"); a verb may add the rest


class ConceptFinder:
    """Finds concepts in one document; resolves pronoun subjects through its `Referents`."""

    def __init__(self, doc: Doc) -> None:
        self._referents = Referents(doc)

    def _subject(self, verb: Token) -> Token | None:
        """The noun a verb's clause is about: its subject (a pronoun resolved), the noun a
        participle or relative clause hangs on, or the subject of the clause above."""
        for _ in range(MAX_STEPS):
            subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
            if subjects:
                subject = subjects[0]
                return self._referents.resolve(subject, verb) if is_pronoun(subject) else subject
            if any(child.dep_ == "expl" for child in verb.children):
                return None  # "There were 20 instances": the clause has no subject to name
            if _is_purpose(verb):
                verb = verb.head.head.head  # "[they] fundraise in order to raise $30,000"
                continue
            if verb.dep_ in NOUN_CLAUSE_DEPS:
                return verb.head
            if verb.dep_ not in CLAUSE_DEPS or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _of_verb(
        self, verb: Token, avoid: range, shape: Shape, *, is_object: bool, via: str
    ) -> str:
        """The concept a verb gives the amount it governs: as its object, through the
        preposition `via` ("by 10%", "for $28bn"), or as an adverb ("down 0.7%")."""
        objects = [
            child for child in verb.children if child.dep_ == "dobj" and child.pos_ in NOUN_TAGS
        ]
        # "moved to Lancashire for £6.5m", "went for £2m": what is given in exchange is a price,
        # never the level the subject stands at.
        level = verb.lemma_ in LEVEL_VERBS and via != "for"
        # "cut its workforce by 10%", "pulled the sector down 0.7%": the object changed by it;
        # a verb of level only when it says "by" ("increased its debt by $3bn").
        changed = via in CHANGE_PREPOSITIONS or (not via and not is_object)
        if changed and (via == "by" or not level) and objects and describe(objects[0], avoid):
            return describe(objects[0], avoid)
        subject = self._subject(verb)
        # "a deal valued at $4bn": a participle on a noun is passive too.
        passive = (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(
            child.dep_ == "nsubjpass" for child in verb.children
        )
        # "was sentenced to 18 years", "was delayed by two years": a term the subject was given,
        # never its level (an activist is not 18 years); the verb says what the term is.
        termed = passive and shape.duration and not level
        if (level or (passive and not is_object and not termed)) and not shape.counts_times:
            # A passive subject is the thing valued or changed ("were scaled back to 4%").
            return describe(subject, avoid) if subject is not None else ""
        if verb.lemma_ in REPORTING_VERBS:
            return ""
        words = noun_phrase(subject, avoid) if subject is not None else []
        return verb_phrase(words, verb, avoid)

    def _from_verb(self, token: Token, avoid: range, shape: Shape) -> str | Token:
        """The concept of an amount governed by a verb, or the token to climb on from."""
        dep = token.dep_
        verb = token.head.head if dep == "pobj" else token.head
        if dep in ("pobj", "npadvmod", "advmod") and verb.pos_ in NOUN_TAGS:
            # "a rise in net profits to 2.4bn euros": the level reached by the profits; "The
            # deficit with China, up 30.5% at $162bn, ..."; "to a record $180.7bn" climbs on.
            return self._of_noun(verb, avoid, shape)
        if verb.pos_ not in ("VERB", "AUX"):
            return verb  # climb on through an adjective or adverb
        if dep in SUBJECT_DEPS and verb.lemma_ in LINKING_VERBS:
            # "About 40 people were hurt": what is said of the figure describes it.
            complements = [child for child in verb.children if child.dep_ in COMPLEMENT_DEPS]
            return describe(complements[0], avoid) if complements else ""
        if dep in SUBJECT_DEPS:
            # "30 people died in the crash"; a count whose unit names what is counted may take
            # its verb alone ("50,000 products will be unveiled").
            return verb_phrase([], verb, avoid, bare=shape.counted)
        is_object = dep in OBJECT_DEPS
        via = token.head.lower_ if dep == "pobj" else ""
        return self._of_verb(verb, avoid, shape, is_object=is_object, via=via)

    def _climb(self, token: Token, avoid: range, shape: Shape) -> str | Token:
        """One step up the parse: a concept found, or the token to keep climbing from."""
        head, dep = token.head, token.dep_
        if dep == "pobj" and head.lower_ == "of" and head.head.pos_ in NOUN_TAGS:
            target = head.head
        elif dep in MODIFIER_DEPS and head.pos_ in NOUN_TAGS:
            target = head
        elif dep == "appos" and head.pos_ in NOUN_TAGS:
            return describe(head, avoid)
        elif dep == "conj" and head.pos_ not in ("VERB", "AUX"):
            return head  # "$5bn in 2004 and $3bn in 2003": both of what the first is of
        elif dep in VERB_OBJECT_DEPS or dep in SUBJECT_DEPS or dep == "conj":
            # A conjunct of a verb is an object whose verb the parse elided ("and $3bn").
            return self._from_verb(token, avoid, shape)
        elif dep == "prep" and head.lemma_ in LEVEL_VERBS and _is_measured(token):
            # "The deficit was 24.4% above the record": a gap is the subject's.
            return self._described_subject(head, avoid)
        else:
            return ""
        return self._of_noun(target, avoid, shape)

    def _of_noun(self, target: Token, avoid: range, shape: Shape) -> str | Token:
        """The concept of the noun an amount modifies or is "of": the noun itself, or what a
        frame noun is of ("a 43% rise in net profits"), else the token to climb on from."""
        if target.dep_ == "poss" and target.tag_ == "NNS":
            target = target.head  # "a $1.7bn donors' aid package": the package's size
        target = _compound_end(target)  # "300 e-mails": the "mails" of "e-mails"
        if not is_frame(target, money=shape.money):
            # A time or a unit names nothing measured: "rose 4% year on year", "fell by a
            # fifth last year" (parsed as one phrase) are the clause's.
            climbs = is_unit_word(target) or target.ent_type_ in TIME_ENTITIES
            return describe(target, avoid) or (target if climbs else "")
        if target.dep_ == "dobj" and target.head.lemma_ in RESULT_VERBS:
            # "The index posted a 12% fall": the fall is the index's, whatever "posted" says.
            return framed(target, avoid) or self._described_subject(target.head, avoid)
        return framed(target, avoid) or target

    def _described_subject(self, verb: Token, avoid: range) -> str:
        subject = self._subject(verb)
        return describe(subject, avoid) if subject is not None else ""

    def find(self, span: Span, shape: Shape, *, skip_of: bool) -> str:
        """Return the concept for the figure written as `span`, or "" when none is sound.

        `shape` says what kind of figure it is; `skip_of` ignores an "of" phrase after the
        figure that already named its counted noun ("one of the people").
        """
        avoid = range(span.start, span.end)
        token = _amount_root(span)
        if not skip_of:
            for child in token.rights:
                objects = [word for word in child.children if word.dep_ == "pobj"]
                if child.dep_ == "prep" and child.lower_ == "of" and objects:
                    concept = describe(objects[0], avoid)
                    if concept:  # not "tens of thousands of [dollars]": a unit climbs on
                        return concept
        # Not after a level reached: "rose to 20.7 kronor in early trading" says when.
        reached = token.dep_ == "pobj" and token.head.lower_ in LEVEL_PREPOSITIONS
        kind = None if reached else kind_after(span)
        if kind is not None and describe(kind, avoid):
            return describe(kind, avoid)
        chance = _ratio_noun(span)
        if chance is not None and describe(chance, avoid):
            return describe(chance, avoid)  # "a 1 in 37 chance of an impact"
        for _ in range(MAX_STEPS):
            step = self._climb(token, avoid, shape)
            if isinstance(step, str):
                return step
            token = step
        return ""


def _is_measured(preposition: Token) -> bool:
    """True for a preposition an amount measures: "[24.4%] above the record", not the
    "between" of "between 15,000 and 20,000 couples go"."""
    return any(child.dep_ == "npadvmod" for child in preposition.children)


def _is_purpose(verb: Token) -> bool:
    """True for an infinitive on the object of a preposition of a verb: "[fundraise] in order
    to raise", "in a bid to cut", "with the aim to sell". The noun only frames the purpose; the
    doer is the subject of the verb the preposition hangs on."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and any(child.tag_ == "TO" for child in verb.lefts)
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _amount_root(span: Span) -> Token:
    """The span's root, but not a determiner: "a fifth last year" parsed as one phrase hangs
    both "a" and "fifth" on "year", and "fifth" is the amount."""
    root = span.root
    if root.dep_ != "det":
        return root
    hanging = [token for token in span if token.head.i not in range(span.start, span.end)]
    return next((token for token in reversed(hanging) if token.dep_ != "det"), root)


def _ratio_noun(span: Span) -> Token | None:
    """The noun the second count of a ratio sizes: "a 1 in 37 [chance] of an impact", "one in
    five [adults]"; only where the amount's own head does not already lead to it."""
    for token in span:
        head = token.head
        outside = head.i >= span.end and head.pos_ == "NOUN"
        if token.i != span.root.i and token.dep_ in MODIFIER_DEPS and outside:
            return head if span.root.head.i != head.i else None
    return None


def _compound_end(noun: Token) -> Token:
    """The last word of a hyphenated compound the parse split ("e", "-", "mails")."""
    doc = noun.doc
    while noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-":
        if doc[noun.i + 1].whitespace_ or doc[noun.i + 2].pos_ not in NOUN_TAGS:
            break
        noun = doc[noun.i + 2]
    return noun
