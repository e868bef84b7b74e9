"""A user's corrections to the entity index, read from `entities.yml` next to `mkdocs.yml`.

The file is written and reviewed by hand, so it is small and forgiving about spelling but strict
about meaning: every name is matched with `canonical_key` (case, accents, dots, "the" and
possessives ignored), and anything ambiguous is refused with the file, the line and the reason.

    Vladimir Putin:                 # the name to show
      aliases: [Putin, V. Putin]    # other spellings merged into it
      type: person                  # optional: moves the entity to this group
    West:
      hide: true                    # never listed, linked or given a page
    Xi:
      rename: Xi Jinping            # the same as listing "Xi" under Xi Jinping's aliases

The whole file becomes one `EntityRules` value whose `resolve` says what any entity becomes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from generator.collect.entity_rules_yaml import RuleEntry, RuleLineError, parse_rule_entries
from generator.model.errors import BuildError
from generator.model.names import canonical_key

ENTITY_RULES_FILE = "entities.yml"
# Part of every digest, so that changing what a rule means also invalidates caches keyed on it.
RULES_FORMAT = 1


@dataclass(frozen=True, slots=True)
class EntityRule:
    """What an entity becomes: its display name, its group (None keeps the mention's own)."""

    name: str
    group: str | None = None
    hidden: bool = False


@dataclass(frozen=True)
class EntityRules:
    """Every rule of one `entities.yml`, looked up by the canonical key of any name it covers."""

    by_key: Mapping[str, EntityRule]  # read-only; keys sorted, so equal files compare equal

    def resolve(self, name: str, group: str) -> tuple[str, str] | None:
        """The (display name, group) an entity called `name` in `group` becomes; None if hidden.

        Names no rule covers come back unchanged.
        """
        # Keying a name costs more than the rest of collecting it: skip it when there are no rules.
        rule = self.by_key.get(canonical_key(name)) if self.by_key else None
        if rule is None:
            return (name, group)
        if rule.hidden:
            return None
        return (rule.name, rule.group or group)

    def digest(self) -> str:
        """A sha256 of what the rules do (not how the file is laid out), to key caches on."""
        table = [[key, r.name, r.group, r.hidden] for key, r in sorted(self.by_key.items())]
        text = json.dumps({"format": RULES_FORMAT, "rules": table}, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def __hash__(self) -> int:
        return hash(tuple(self.by_key.items()))


EMPTY_RULES = EntityRules(MappingProxyType({}))


class EntityRulesError(BuildError):
    """`entities.yml` cannot be used; the message reads `file:line: reason`."""


def load_entity_rules(path: Path) -> EntityRules:
    """Read and check the rules in `path`; a missing file means no rules.

    Raises `EntityRulesError` for anything that cannot be applied unambiguously.
    """
    if not path.exists():
        return EMPTY_RULES
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise EntityRulesError(path, None, f"cannot be read: {error}") from error
    try:
        return _rules_from_entries(parse_rule_entries(text))
    except RuleLineError as fault:
        raise EntityRulesError(path, fault.line, fault.reason) from None


@dataclass(frozen=True, slots=True)
class _Claim:
    """A name's key taken by an entry, either as the entry's own name or as one of its aliases."""

    entry: RuleEntry
    text: str  # the name as written there
    line: int
    is_alias: bool


def _rules_from_entries(entries: list[RuleEntry]) -> EntityRules:
    claims: dict[str, _Claim] = {}
    for entry in entries:
        own_key = canonical_key(entry.name)
        _claim(claims, own_key, _Claim(entry, entry.name, entry.line, is_alias=False))
        for alias, line in entry.aliases:
            alias_key = canonical_key(alias)
            if alias_key != own_key:
                _claim(claims, alias_key, _Claim(entry, alias, line, is_alias=True))
    by_key: dict[str, EntityRule] = {}
    for key, claim in claims.items():
        if claim.is_alias or claim.entry.rename is None:
            by_key[key] = _rule_of(claim.entry)
        else:
            by_key[key] = _follow_renames(claim.entry, claim.entry.rename, claims, by_key)
    return EntityRules(MappingProxyType(dict(sorted(by_key.items()))))


def _claim(claims: dict[str, _Claim], key: str, new: _Claim) -> None:
    old = claims.setdefault(key, new)
    if old is new or old.entry is new.entry:
        return
    if old.is_alias and new.is_alias:
        raise RuleLineError(
            new.line,
            f'"{new.text}" is listed as an alias of both "{old.entry.name}" and "{new.entry.name}"',
        )
    if not old.is_alias and not new.is_alias:
        same = "" if old.text == new.text else f' is the same name as "{old.text}", which'
        raise RuleLineError(new.line, f'"{new.text}"{same} already has an entry on line {old.line}')
    heading, alias = (new, old) if old.is_alias else (old, new)
    renamed_to = heading.entry.rename
    if renamed_to is not None and canonical_key(renamed_to) == canonical_key(alias.entry.name):
        return  # "Xi: rename: Xi Jinping" beside "Xi" among Xi Jinping's aliases says it twice
    if heading.entry.hidden:
        what = "hidden"
    elif renamed_to is not None:
        what = f'renamed to "{renamed_to}"'
    else:
        what = "an entry of its own"
    raise RuleLineError(
        new.line,
        f'"{heading.entry.name}" is both {what} (line {heading.line}) and listed as an alias'
        f' of "{alias.entry.name}" (line {alias.line})',
    )


def _follow_renames(
    entry: RuleEntry, target: str, claims: Mapping[str, _Claim], by_key: dict[str, EntityRule]
) -> EntityRule:
    """The rule at the end of a chain of renames; a name nobody lists becomes a rule of its own."""
    chain = [entry]
    while True:
        key = canonical_key(target)
        claim = claims.get(key)
        if claim is None:
            return by_key.setdefault(key, EntityRule(target))
        next_target = claim.entry.rename
        if claim.is_alias or next_target is None:
            return _rule_of(claim.entry)
        if claim.entry in chain:
            circle = " → ".join(f'"{link.name}"' for link in [*chain, claim.entry])
            raise RuleLineError(entry.line, f"renames go round in a circle: {circle}")
        chain.append(claim.entry)
        target = next_target


def _rule_of(entry: RuleEntry) -> EntityRule:
    return EntityRule(entry.name, entry.group, entry.hidden)
