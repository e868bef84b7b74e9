"""Person cues for a name of one word, which a reader takes for a person without a title.

`cues` asks these after its own person evidence (a title, an age, "said he"). Each rule
states a class of evidence:
- a trade noun of nameparser's titles that modifies the name ("singer Madonna", "singers
  Madonna, Usher and ..."): in "Chelsea host Tarvos" the trade is a verb, no modifier;
- a relative "who" with a verb in the singular ("Dido, who has ..."): a side takes the plural
  in British English ("Arsenal, who are ..."), a firm "which";
- "he" or "she" the subject of what the name, its sentence's subject, says or thinks ("Bono
  announced that he ..."), or of the next sentence ("Kylie opened the show. She sang ..."),
  when no other person is named in the name's sentence;
- a place in a list whose other members are people named in full ("Chris Martin, Dido,
  Robbie Williams and ...").
"""

from __future__ import annotations

from nameparser.config import CONSTANTS
from spacy.tokens import Doc, Span, Token

from generator.analyse.entities.gazetteer import is_place_name
from generator.analyse.entities.spans import Candidate

NAMEPARSER_TITLES = frozenset(CONSTANTS.titles)
PERSON_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PERSON = "who"
# Verbs after "who" that are singular whatever the tense: "who is", "who has", "who was".
SINGULAR_VERBS = frozenset({"is", "has", "was", "does", "'s"})
SINGULAR_TAG = "VBZ"
# Dependencies of a clause that reports or continues its subject's thought: "announced that he".
REPORTED_CLAUSES = frozenset({"ccomp", "xcomp"})
# People named in full that a list needs beside the name, and a full name's words.
LISTED_PEOPLE = 2
FULL_NAME_WORDS = 2
# A name with one of these is no one-word person's: "the Sugababes", "Maroon 5".
NAME_MODIFIERS = frozenset({"det", "compound", "poss", "nummod"})
# How the parser links a list's members: "Chris Martin, Dido, Robbie Williams" is read either way.
LIST_LINKS = frozenset({"conj", "appos"})


def _trade_before(doc: Doc, start: int, end: int, ordinary_words: frozenset[str]) -> bool:
    """ "singer Madonna": a lower-case trade noun, the name's modifier or the noun the name
    stands in apposition to (the parser reads it either way), and no word that may be a verb
    or an adjective (`ordinary_words`): in "Chelsea host Tarvos, ..." the trade is a verb."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.text.islower()
        and before.lower_ not in ordinary_words
        and before.pos_ == "NOUN"
        and (
            (before.dep_ == "compound" and start <= before.head.i < end)
            or (doc[start:end].root.dep_ == "appos" and doc[start:end].root.head == before)
        )
        and (before.lower_ in NAMEPARSER_TITLES or before.lemma_.lower() in NAMEPARSER_TITLES)
    )


def _singular_who(doc: Doc, end: int) -> bool:
    """ "Dido, who has sold ...": "who" after a comma, its verb in the singular."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != RELATIVE_PERSON:
        return False
    verb = doc[end + 2]
    return verb.lower_ in SINGULAR_VERBS or verb.tag_ == SINGULAR_TAG


def _other_person_in(sentence: Span, start: int, end: int) -> bool:
    return any(token.ent_type_ == "PERSON" and not start <= token.i < end for token in sentence)


def _pronoun_subject(token: Token) -> bool:
    """ "she sang": "he" or "she" the verb's subject, before it ("..., said she" closes a
    quotation, whose speaker may be anyone)."""
    return any(
        child.dep_ == "nsubj" and child.lower_ in PERSON_PRONOUNS and child.i < token.i
        for child in token.children
    )


def _pronoun_follows(doc: Doc, start: int, end: int) -> bool:
    """ "Bono announced that he ...", "Kylie opened the show. She sang ...": "he" or "she"
    the subject of the name's reported clause or of the next sentence's verb."""
    root = doc[start:end].root
    sentence = root.sent
    if root.dep_ != "nsubj" or root.head != sentence.root or _other_person_in(sentence, start, end):
        return False
    verb = root.head
    if any(child.dep_ in REPORTED_CLAUSES and _pronoun_subject(child) for child in verb.children):
        return True
    if sentence.end >= len(doc):
        return False
    # The next sentence opens on the pronoun: "She sang ...".
    following = doc[sentence.end]
    return following.lower_ in PERSON_PRONOUNS and _pronoun_subject(following.sent.root)


def _listed_with_people(doc: Doc, start: int, end: int) -> bool:
    """ "Chris Martin, Dido, Robbie Williams and the Sugababes": most of the list on one line
    are people named in full, the model's reading, and the name, no place the gazetteer
    knows, is one of them."""
    head = doc[start:end].root
    if any(child.dep_ in NAME_MODIFIERS and not start <= child.i < end for child in head.children):
        return False
    while head.dep_ in LIST_LINKS and head.head != head:
        head = head.head
    members = [head]
    for member in members:  # grows as the list's members are found
        members += [child for child in member.children if child.dep_ in LIST_LINKS]
    first, last = min(m.i for m in members), max(m.i for m in members)
    if "\n" in doc[min(first, start) : max(last + 1, end)].text or is_place_name(
        doc[start:end].text
    ):
        return False  # a list spans one line; a place the gazetteer knows is no person
    people = 0
    for member in members:
        if start <= member.i < end:
            continue
        words = [member, *(c for c in member.children if c.dep_ == "compound")]
        if len(words) >= FULL_NAME_WORDS and all(w.ent_type_ == "PERSON" for w in words):
            people += 1
    return people >= LISTED_PEOPLE and people * 2 > len(members) - 1


def one_word_person_evidence(
    doc: Doc, start: int, end: int, ordinary_words: frozenset[str] = frozenset()
) -> bool:
    """True when the words around a name of one word make it a person's; `ordinary_words`
    (`caps.ordinary_words`) are those that may be read as a verb or an adjective."""
    if end - start != 1:
        return False
    return (
        _trade_before(doc, start, end, ordinary_words)
        or _singular_who(doc, end)
        or _pronoun_follows(doc, start, end)
        or _listed_with_people(doc, start, end)
    )


def find_listed_people(doc: Doc, covered: list[bool], weight: float) -> list[Candidate]:
    """One-word names the model missed in a list of people named in full ("Chris Martin,
    Dido, Robbie Williams"): a capitalised proper noun, no part of a name yet, with no article
    ("the Sugababes" are a band)."""
    found = []
    for token in doc:
        if (
            covered[token.i]
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.is_sent_start
            or any(child.dep_ in NAME_MODIFIERS for child in token.children)
            or token.head.dep_ == "compound"
            or token.dep_ == "compound"
        ):
            continue
        if _listed_with_people(doc, token.i, token.i + 1):
            found.append(Candidate(token.i, token.i + 1, "PERSON", weight, "PERSON"))
    return found
