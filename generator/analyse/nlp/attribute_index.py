"""The attribute ruler's one-token rules found by table look-up, not tried at every token.

spaCy's attribute ruler maps tags to parts of speech and morphology with some 180 rules, nearly
all about a single token ({"TAG": "NNS"}, {"LOWER": "me", "TAG": "PRP"}). Its Matcher tries each
rule at each token, a large share of the whole parse (`bench/decisions.md`).
`IndexedAttributeRuler` finds the same matches by looking each token's attributes up in tables,
leaves every other rule (several tokens, an operator it does not know) to a Matcher of its own,
and hands the matches, sorted as the ruler sorts them, to the ruler's own `set_annotations`: the
same attributes, set in the same order.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

# Attributes whose value `Doc.to_array` gives exactly as the Matcher reads it; the text ones
# can also be matched by a regular expression.
TEXT_ATTRIBUTES = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP"})
INDEXED_ATTRIBUTES = TEXT_ATTRIBUTES | {"IS_SPACE"}
# An IN list longer than this is checked token by token rather than spread over table keys.
MOST_TABLE_KEYS = 1000

Row = list[int]
Match = tuple[int, int, int, int]  # (rule, match id, start, end), as the ruler orders them


@dataclass(frozen=True, slots=True)
class _Check:
    """A condition looked at after the table look-up: NOT_IN, REGEX, or an IN kept aside."""

    column: int
    allowed: frozenset[int] | None = None  # IN
    refused: frozenset[int] = frozenset()  # NOT_IN
    pattern: re.Pattern[str] | None = None  # REGEX, on the attribute's text


@dataclass(frozen=True, slots=True)
class _Rule:
    match_id: int
    checks: tuple[_Check, ...]


@dataclass
class _Spec:
    """One token's conditions, split into table keys and later checks."""

    keys: dict[str, list[int]]
    checks: list[tuple[str, dict[str, Any]]]


def _exact_value(value: str | bool | int, strings: StringStore) -> int:
    # As the Matcher reads a plain value: strings by their id, booleans as 0 or 1.
    if isinstance(value, str):
        return int(strings.add(value))
    return int(value)


def _read_spec(spec: dict[str, Any], strings: StringStore) -> _Spec | None:
    """The conditions of one token's pattern, or None when the Matcher has to handle it."""
    read = _Spec({}, [])
    for name, value in spec.items():
        if not isinstance(name, str):  # an attribute id: the Matcher knows them all
            return None
        attribute = "ORTH" if name.upper() == "TEXT" else name.upper()
        if attribute not in INDEXED_ATTRIBUTES:
            return None
        if isinstance(value, str | bool | int):
            read.keys[attribute] = [_exact_value(value, strings)]
        elif isinstance(value, dict) and value and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            operators = dict(value)
            members = operators.pop("IN", None)
            if members is not None:
                if not all(isinstance(member, str | int) for member in members):
                    return None
                read.keys[attribute] = sorted({int(get_string_id(m)) for m in members})
            if "REGEX" in operators and attribute not in TEXT_ATTRIBUTES:
                return None
            if operators:
                read.checks.append((attribute, operators))
        else:
            return None
    return read


class IndexedAttributeRuler:
    """The attribute ruler's rules, as they stand when this is made, matched by look-up."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._set_annotations: Callable[[Doc, list[Match]], None] = ruler.set_annotations
        strings = ruler.vocab.strings
        self._rest = Matcher(ruler.vocab)
        self._rule_of: dict[int, int] = {}
        specs: list[tuple[int, _Spec]] = []
        for index, rule in enumerate(ruler.patterns):
            name = str(index)  # the ruler's own match id for rule `index`
            match_id = int(strings.add(name))
            self._rule_of[match_id] = index
            for pattern in cast("list[list[dict[str, Any]]]", rule["patterns"]):
                spec = _read_spec(pattern[0], strings) if len(pattern) == 1 else None
                if spec is None:
                    self._rest.add(name, [pattern])
                else:
                    specs.append((match_id, spec))
        attributes = sorted(
            {a for _, spec in specs for a in spec.keys}
            | {a for _, spec in specs for a, _ops in spec.checks}
        )
        self._attributes: list[int | str] = list(attributes)
        self._tables: dict[tuple[str, ...], dict[Any, list[_Rule]]] = {}
        self._every_token: list[_Rule] = []
        for match_id, spec in specs:
            self._add(match_id, spec, attributes)
        self._lookups: list[tuple[Callable[[Row], Any], dict[Any, list[_Rule]]]] = [
            (operator.itemgetter(*(attributes.index(a) for a in keys)), table)
            for keys, table in self._tables.items()
        ]

    def _add(self, match_id: int, spec: _Spec, attributes: Sequence[str]) -> None:
        checks = [
            _Check(
                attributes.index(attribute),
                refused=frozenset(int(get_string_id(v)) for v in operators.get("NOT_IN", ())),
                pattern=re.compile(operators["REGEX"]) if "REGEX" in operators else None,
            )
            for attribute, operators in spec.checks
        ]
        keys = dict(spec.keys)
        while keys and _product_size(keys.values()) > MOST_TABLE_KEYS:
            longest = max(keys, key=lambda attribute: len(keys[attribute]))
            allowed = frozenset(keys.pop(longest))
            checks.append(_Check(attributes.index(longest), allowed=allowed))
        rule = _Rule(match_id, tuple(checks))
        if not keys:
            self._every_token.append(rule)
            return
        names = tuple(sorted(keys))
        table = self._tables.setdefault(names, {})
        for values in itertools.product(*(keys[name] for name in names)):
            table.setdefault(values if len(values) > 1 else values[0], []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        self._set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Match]:
        """What `AttributeRuler.match` returns: (rule, match id, start, end), sorted."""
        found: set[tuple[int, int, int]] = set()
        if self._attributes and len(doc):
            strings = doc.vocab.strings
            rows: list[Row] = doc.to_array(self._attributes).tolist()
            for i, row in enumerate(rows):
                for key_of, table in self._lookups:
                    for rule in table.get(key_of(row), ()):
                        if _passes(rule.checks, row, strings):
                            found.add((rule.match_id, i, i + 1))
                for rule in self._every_token:
                    if _passes(rule.checks, row, strings):
                        found.add((rule.match_id, i, i + 1))
        if len(self._rest):
            found.update(self._rest(doc, allow_missing=True))
        return sorted((self._rule_of[m], m, start, end) for m, start, end in found)


def _product_size(value_lists: Iterable[list[int]]) -> int:
    size = 1
    for values in value_lists:
        size *= len(values)
    return size


def _passes(checks: tuple[_Check, ...], row: Row, strings: StringStore) -> bool:
    for check in checks:
        value = row[check.column]
        if check.allowed is not None and value not in check.allowed:
            return False
        if value in check.refused:
            return False
        if check.pattern is not None and not check.pattern.search(strings[value]):
            return False
    return True


@Language.factory("indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """Built from the pipeline's "attribute_ruler", which it replaces."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError(f"{name} needs an AttributeRuler named attribute_ruler")
    return IndexedAttributeRuler(ruler)


def index_attribute_rules(nlp: Language) -> None:
    """Put the indexed ruler in place of the pipeline's attribute ruler, when it has one."""
    if "attribute_ruler" in nlp.pipe_names and isinstance(
        nlp.get_pipe("attribute_ruler"), AttributeRuler
    ):
        nlp.add_pipe("indexed_attribute_ruler", after="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
