"""`entities.yml` as written → one `RuleEntry` per name, each checked on its own, with lines.

The YAML is composed into nodes rather than loaded, so every value keeps the line it came from
and no Python object is ever constructed from the file.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import yaml

from generator.collect.entity_groups import ENTITY_GROUPS, GROUP_ORDER
from generator.model.names import canonical_key

RULE_KEYS = ("aliases", "type", "hide", "rename")
_KEYS_TEXT = ", ".join(f'"{key}"' for key in RULE_KEYS[:-1]) + f' or "{RULE_KEYS[-1]}"'
_STANDARD_TAG = "tag:yaml.org,2002:"
_NULL_TAG = _STANDARD_TAG + "null"
_BOOL_TAG = _STANDARD_TAG + "bool"
# The tags safe_load builds plain values from; any other (`!!python/object`, `!custom`) is refused.
_PLAIN_TAGS = frozenset(
    _STANDARD_TAG + name
    for name in ("null", "bool", "int", "float", "str", "timestamp", "seq", "map")
)


class RuleLineError(Exception):
    """A problem at one line of the file, before we know which file it is."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One name of the file with its rule, as written."""

    name: str
    line: int
    aliases: tuple[tuple[str, int], ...]  # (spelling, line)
    group: str | None
    hidden: bool
    rename: str | None


def parse_rule_entries(text: str) -> list[RuleEntry]:
    """The entries of one file's text, in file order; `RuleLineError` names the first bad line."""
    return _parse_entries(_compose(text))


def _compose(text: str) -> yaml.Node | None:
    try:
        # Composing builds the node tree with line marks and constructs no Python objects at all.
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "not valid YAML"
        if error.context and problem.startswith("but "):
            # PyYAML splits some sentences in two: "expected a single document", "but found...".
            problem = f"{error.context}, {problem}"
        raise RuleLineError(mark.line + 1 if mark else None, f"YAML error: {problem}") from None
    except yaml.YAMLError as error:
        raise RuleLineError(None, f"YAML error: {error}") from None


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _checked(node: yaml.Node) -> yaml.Node:
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace(_STANDARD_TAG, "!!", 1)
        raise RuleLineError(_line(node), f"the YAML tag {tag} is not allowed here")
    return node


def _text_of(node: yaml.Node, what: str) -> str:
    """A scalar's text as written, whatever YAML would make of it (`1984`, `No` stay names)."""
    if not isinstance(_checked(node), yaml.ScalarNode):
        raise RuleLineError(_line(node), f"{what} must be plain text, not a list or a mapping")
    text = " ".join(str(node.value).split())
    if not canonical_key(text):
        raise RuleLineError(
            _line(node), f"{what} is empty" if not text else f'"{text}" is not a name'
        )
    return text


def _parse_entries(root: yaml.Node | None) -> list[RuleEntry]:
    if root is None:  # an empty file, or only comments
        return []
    if not isinstance(_checked(root), yaml.MappingNode):
        raise RuleLineError(
            _line(root), "the file must list names, each followed by a colon and its rule"
        )
    return [_parse_entry(key, value) for key, value in root.value]


def _parse_entry(key_node: yaml.Node, value_node: yaml.Node) -> RuleEntry:
    name = _text_of(key_node, "a name")
    fields = _fields_of(name, _checked(value_node))
    entry = RuleEntry(
        name=name,
        line=_line(key_node),
        aliases=_aliases_of(name, fields["aliases"]) if "aliases" in fields else (),
        group=_group_of(name, fields["type"]) if "type" in fields else None,
        hidden=_flag_of(name, fields["hide"]) if "hide" in fields else False,
        rename=_text_of(fields["rename"], f'"{name}": rename') if "rename" in fields else None,
    )
    _check_entry(entry, fields)
    return entry


def _fields_of(name: str, node: yaml.Node) -> dict[str, yaml.Node]:
    if isinstance(node, yaml.ScalarNode) and node.tag == _NULL_TAG:
        return {}  # a bare `Name:` fixes how the name is written, and nothing else
    if isinstance(node, yaml.SequenceNode):
        raise RuleLineError(
            _line(node), f'"{name}": put the list of other spellings under "aliases:"'
        )
    if not isinstance(node, yaml.MappingNode):
        raise RuleLineError(
            _line(node), f'"{name}": write its rule as keys indented below the name: {_KEYS_TEXT}'
        )
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        key = _text_of(key_node, f'a key of "{name}"')
        if key not in RULE_KEYS:
            close = difflib.get_close_matches(key.lower(), RULE_KEYS, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            raise RuleLineError(
                _line(key_node), f'"{name}": unknown key "{key}"{hint}; use {_KEYS_TEXT}'
            )
        if key in fields:
            raise RuleLineError(_line(key_node), f'"{name}": "{key}" is given twice')
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL_TAG:
            raise RuleLineError(_line(key_node), f'"{name}": "{key}" has no value')
        fields[key] = _checked(value_node)
    return fields


def _aliases_of(name: str, node: yaml.Node) -> tuple[tuple[str, int], ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise RuleLineError(
            _line(node), f'"{name}": aliases must be a list, such as [EU, the E.U.]'
        )
    return tuple((_text_of(item, f'an alias of "{name}"'), _line(item)) for item in node.value)


def _group_of(name: str, node: yaml.Node) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise RuleLineError(_line(node), f'"{name}": type must be one word, such as person')
    written = str(node.value).strip()
    names = type_names()
    group = names.get(written.lower().replace(" ", "_"))
    if group is None:
        known = ", ".join(dict.fromkeys(names.values()))
        raise RuleLineError(_line(node), f'"{name}": unknown type "{written}"; use one of {known}')
    return group


def _flag_of(name: str, node: yaml.Node) -> bool:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _BOOL_TAG):
        raise RuleLineError(_line(node), f'"{name}": hide must be true or false')
    return yaml.SafeLoader.bool_values[str(node.value).lower()]


def _check_entry(entry: RuleEntry, fields: Mapping[str, yaml.Node]) -> None:
    """Refuse combinations whose meaning a reader could not guess."""
    if entry.rename is not None:
        if entry.hidden:
            raise RuleLineError(entry.line, f'"{entry.name}" cannot be both hidden and renamed')
        if canonical_key(entry.rename) == canonical_key(entry.name):
            raise RuleLineError(
                entry.line,
                f'"{entry.name}" is renamed to "{entry.rename}", which is the same name; to change'
                f' how it is shown, write "{entry.rename}:" as the entry\'s name instead',
            )
        moved = [key for key in ("aliases", "type") if key in fields]
        if moved:
            listed = " and ".join(f'"{key}"' for key in moved)
            raise RuleLineError(
                entry.line,
                f'"{entry.name}" is renamed to "{entry.rename}": put its {listed}'
                f' under "{entry.rename}" instead',
            )
    if entry.hidden and entry.group is not None:
        raise RuleLineError(
            entry.line, f'"{entry.name}" is hidden, so its "type" would have no effect'
        )


@functools.cache
def type_names() -> Mapping[str, str]:
    """What a user may write after `type:` → the site's group: the group names themselves (first,
    in the site's order), spaCy's labels as in mkdocs.yml's `entity_types`, American spelling."""
    return MappingProxyType(
        {group: group for group in GROUP_ORDER}
        | {label.lower(): group for label, group in ENTITY_GROUPS.items()}
        | {"organization": "organisation"}
    )
