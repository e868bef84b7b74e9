"""What a pronoun subject stands for, when the text shows it.

A figure's concept is often owned by a pronoun ("it said", "which employs", "we have met"), and
a pronoun never names what is measured. Each kind is resolved by where its referent is written:
- a relative pronoun ("which", "who", "that") stands for the noun its relative clause hangs on,
  also when the pronoun's verb sits in a clause inside it ("schools, which it says will create");
- "I" and "we" inside a quotation are its speaker: the subject of the verb outside the quotation
  that the quoted clause hangs on (`"...," the two leaders said`), or else the person or body
  named as a subject (or "he"/"she", resolved) just before the quotation opens;
- "he" and "she" stand for the latest person named as a subject in their sentence or the one
  before, else the latest person named there, never the speaker of the quotation they are in
  ("Smith said: 'she was unstoppable'" is not about Smith);
- "it", "they", "this" stand for the latest noun subject that is not a person; inside a
  quotation, only one the quotation itself names: a speaker's "it's £30m" is about what they
  speak of, not the narrator's last subject (nor the speaker).
Anything else is left unresolved, and the caller says nothing rather than guess.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
THIRD_PERSON = frozenset({"it", "they", "this", "that", "these", "those", "its", "their"})
PERSONAL = frozenset({"he", "she", "his", "her", "him"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Clauses a relative pronoun's verb may sit in below its relative clause: "which it says will".
INNER_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
# Who may speak for a "we" or "I" when the quotation names no speaker in its own sentence.
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
OPENING_MARKS = frozenset({"\u201c", "``"})
CLOSING_MARKS = frozenset({"\u201d", "''"})
MAX_STEPS = 6


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges (start, end) inside quotation marks; a quotation left open ends at the
    paragraph's end, as news writes a quote running over paragraphs."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for token in doc:
        if token.is_space and "\n" in token.text and opened is not None:
            spans.append((opened, token.i))
            opened = None
        if token.text not in QUOTE_MARKS:
            continue
        if opened is None and token.text not in CLOSING_MARKS:
            opened = token.i + 1
        elif opened is not None and token.text not in OPENING_MARKS:
            spans.append((opened, token.i))
            opened = None
    if opened is not None:
        spans.append((opened, len(doc)))
    return spans


class Referents:
    """Resolves pronoun subjects in one document."""

    def __init__(self, doc: Doc) -> None:
        subjects = [token for token in doc if token.dep_ in SUBJECT_DEPS]
        self._subjects = [token.i for token in subjects if token.pos_ in NOUN_TAGS]
        self._people = [entity.end - 1 for entity in doc.ents if entity.label_ == "PERSON"]
        self._person_subjects = [index for index in self._people if doc[index].dep_ in SUBJECT_DEPS]
        self._things = [index for index in self._subjects if doc[index].ent_type_ != "PERSON"]
        self._speakers = [
            token.i
            for token in subjects
            if token.ent_type_ in SPEAKER_ENTITIES or token.lower_ in PERSONAL
        ]
        self._sentence_starts = [sentence.start for sentence in doc.sents]
        self._quotes = quote_spans(doc)
        self._doc = doc
        # Pronouns being resolved: a quoted "he" whose speaker is a "he" before the quote may
        # lead back to itself, and then the text does not show who it is.
        self._resolving: set[int] = set()

    def _sentence(self, index: int) -> int:
        return bisect.bisect_right(self._sentence_starts, index) - 1

    def _latest(
        self, indexes: list[int], before: int, skip: Token | None = None, *, near: bool = False
    ) -> Token | None:
        """The last token of `indexes` before `before` (not one written as `skip`); with `near`,
        only in the same sentence or the one before."""
        position = bisect.bisect_left(indexes, before)
        while position:
            position -= 1
            token = self._doc[indexes[position]]
            if near and self._sentence(token.i) < self._sentence(before) - 1:
                return None
            if skip is None or token.text != skip.text:
                return token
        return None

    def _person(self, pronoun: Token) -> Token | None:
        """The person "he" or "she" stands for: the latest one named as a subject in its
        sentence or the one before, else the latest one named there at all ("The coach
        praised Tom Brady. He scored 25 points."); never the speaker of its quotation."""
        speaker = self.speaker(pronoun)
        subject = self._latest(self._person_subjects, pronoun.i, speaker, near=True)
        return subject or self._latest(self._people, pronoun.i, speaker, near=True)

    def _thing(self, pronoun: Token) -> Token | None:
        """The latest noun subject "it" or "they" may stand for: not a person, and inside a
        quotation one named in the quotation before the pronoun."""
        found = self._latest(self._things, pronoun.i)
        quote = self._quote_of(pronoun)
        if found is not None and quote is not None and found.i < quote[0]:
            return None
        return found

    def _quote_of(self, token: Token) -> tuple[int, int] | None:
        for start, end in self._quotes:
            if start <= token.i < end:
                return start, end
        return None

    def speaker(self, token: Token) -> Token | None:
        """Who speaks the quotation `token` is in: the subject of the verb outside it that the
        quoted clause hangs on, or the person or body named as a subject before it opens."""
        quote = self._quote_of(token)
        if quote is None:
            return None
        start, end = quote
        head = token
        for _ in range(MAX_STEPS * 2):
            if head.head.i == head.i:
                break
            head = head.head
            if not start <= head.i < end:
                subjects = [child for child in head.children if child.dep_ in SUBJECT_DEPS]
                outside = [child for child in subjects if not start <= child.i < end]
                if outside:
                    return self._named(outside[0], head)
                break
        before = self._latest(self._speakers, start, near=True)
        return self._named(before, before.head) if before is not None else None

    def _named(self, subject: Token, verb: Token) -> Token | None:
        if subject.tag_ in RELATIVE_TAGS or subject.pos_ in ("PRON", "DET"):
            return self.resolve(subject, verb)
        return subject

    def resolve(self, pronoun: Token, verb: Token) -> Token | None:
        """What a pronoun subject of `verb` stands for, when the text shows it; else None."""
        if pronoun.i in self._resolving:
            return None
        self._resolving.add(pronoun.i)
        try:
            return self._resolve(pronoun, verb)
        finally:
            self._resolving.discard(pronoun.i)

    def _resolve(self, pronoun: Token, verb: Token) -> Token | None:
        lower = pronoun.lower_
        if pronoun.tag_ in RELATIVE_TAGS or lower == "that":
            clause = verb
            for _ in range(MAX_STEPS):
                if clause.dep_ == "relcl":
                    return clause.head  # "The firm, which employs 3,000 people": the firm
                if clause.dep_ not in INNER_CLAUSE_DEPS:
                    break
                clause = clause.head
        if lower in FIRST_PERSON:
            return self.speaker(pronoun)
        if lower in THIRD_PERSON:
            return self._thing(pronoun)
        if lower in PERSONAL:
            return self._person(pronoun)
        return None
