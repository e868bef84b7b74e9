"""Every URL the site has published, kept in the user's repo so that old URLs keep working.

An article's slug follows its title, and an entity's page follows its name: a better headline or
a new line in `entities.yml` moves a page. `urls.yml` (next to `mkdocs.yml`, committed with the
seeds) lists, for each article (by seed path) and each entity (by group and canonical key), every
page URL it has had, oldest first. Each old URL that no page uses any more gets a small HTML page
that sends the reader to where the article or entity is now.

A URL belongs to the last key that held it, so each appears under one key only; a redirect always
points at a URL in use now, so redirects never chain or loop.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import yaml

from generator.model.errors import BuildError
from generator.model.names import canonical_key
from generator.render.paths import article_path, canonical_url, entity_path
from generator.render.redirects import is_site_path

if TYPE_CHECKING:
    from generator.collect.entity_index import EntityKey
    from generator.collect.site import SiteContent

ARTICLE_PREFIX = "article:"
ENTITY_PREFIX = "entity:"
HEADER = (
    "# Every URL this site has published for an article or an entity, oldest first, so that a\n"
    "# page that moves (a new title or entity name) still answers at its old URLs.\n"
    "# mkdocs-news-digest maintains this file on every build: commit it with your seeds.\n"
)
# The tags of plain scalars; whatever YAML would make of one, its text as written is used.
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)


class UrlHistoryError(BuildError):
    """`urls.yml` cannot be used; the message reads `file:line: reason`."""


@dataclass(frozen=True)
class UrlHistory:
    """Key → every URL path (relative to the site root) it has had, the latest last."""

    paths: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # The file's text as read, when loaded from one: a build that changes nothing can hand it
    # back instead of dumping the same history again (see `dump_fingerprint`).
    source: str | None = field(default=None, compare=False, repr=False)

    def update(self, current: Mapping[str, str]) -> UrlHistory:
        """The history once each key of `current` has been published at its current path.

        A path now held by a key leaves every other key's list; a path already in the key's own
        list moves to its end. URLs with a `#fragment` are not pages, so they are not recorded.
        """
        claimed = _check_current(current)
        merged = {key: [p for p in paths if p not in claimed] for key, paths in self.paths.items()}
        for key, path in current.items():
            if "#" not in path:
                merged.setdefault(key, []).append(path)
        return UrlHistory(
            MappingProxyType({key: tuple(paths) for key, paths in sorted(merged.items()) if paths})
        )

    def redirects(
        self,
        current: Mapping[str, str],
        *,
        successors: Mapping[str, str] | None = None,
        in_use: Collection[str] = (),
    ) -> dict[str, str]:
        """Old path → the current path of the key that last held it.

        A key that is gone is followed to its successor when `successors` names one (an entity
        merged into another). Paths in use now, by any key or listed in `in_use` (every other
        page of the site), are never redirected, nor is a `#fragment`, which no file can serve.
        """
        live = set(_check_current(current)) | set(in_use)
        successors = successors or {}
        found: dict[str, str] = {}
        for key, paths in sorted(self.paths.items()):
            heir = key if key in current else successors.get(key)
            target = current.get(heir) if heir is not None else None
            if target is None:
                continue  # removed or hidden: its old URLs should answer 404
            for path in paths:
                if path not in live and "#" not in path:
                    found.setdefault(path, target)
        return dict(sorted(found.items()))


def article_key(seed_path: str) -> str:
    return ARTICLE_PREFIX + seed_path


def entity_key(group: str, canonical: str) -> str:
    return f"{ENTITY_PREFIX}{group}/{canonical}"


def current_urls(content: SiteContent) -> dict[str, str]:
    """Key → URL path of every article and entity now: a page, or an entity's index entry."""
    urls = {article_key(e.article.path): canonical_url(article_path(e)) for e in content.entries}
    for entity in content.entities:
        shown_at = (
            entity_path(entity) if entity.has_page else f"{entity.index_page}#{entity.anchor}"
        )
        urls[entity_key(*entity.key)] = canonical_url(shown_at)
    return urls


def entity_successors(history: UrlHistory, content: SiteContent) -> dict[str, str]:
    """Entity keys of the history that are gone → the key of the entity they are now part of.

    A key goes when `entities.yml` renames or merges the entity, or when the site-wide vote moves
    its name to another group or merges it into a fuller name; the current rules and vote say
    where it went.
    """
    groups_of: dict[str, list[str]] = {}
    for group, canonical in content.by_key:
        groups_of.setdefault(canonical, []).append(group)
    successors = {}
    for key in history.paths:
        if key.startswith(ENTITY_PREFIX):
            group, _, canonical = key.removeprefix(ENTITY_PREFIX).partition("/")
            heir = _heir_of((group, canonical), content, groups_of)
            if heir is not None and heir != (group, canonical):
                successors[key] = entity_key(*heir)
    return successors


def _heir_of(
    old: EntityKey, content: SiteContent, groups_of: Mapping[str, list[str]]
) -> EntityKey | None:
    if old in content.by_key:
        return old
    resolved = content.resolver.rules.resolve(old[1], old[0])
    if resolved is None:
        return None  # hidden now: its old URLs should answer 404
    name, group = resolved
    canonical = canonical_key(name)
    new = (content.resolver.regrouped.get((group, canonical), group), canonical)
    if new not in content.by_key and len(groups_of.get(canonical, ())) == 1:
        new = (groups_of[canonical][0], canonical)  # the vote moved it, and no mention is left
    merge = content.resolver.vote.merged.get(new)
    if merge is not None:
        new = merge[0]  # "Bush" is part of "George W. Bush" now
    return new if new in content.by_key else None


def load_url_history(path: Path) -> UrlHistory:
    """The history kept in `path`; an empty one when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return UrlHistory()
    except (OSError, UnicodeDecodeError) as error:
        raise UrlHistoryError(path, None, f"cannot be read: {error}") from None
    try:
        return UrlHistory(MappingProxyType(_parse(text)), source=text)
    except _LineError as error:
        raise UrlHistoryError(path, error.line, error.reason) from None


def dump(history: UrlHistory) -> str:
    """The file's text: the header, then keys in sorted order, each with its list of paths."""
    if not history.paths:
        return HEADER
    table = {key: list(paths) for key, paths in sorted(history.paths.items())}
    body = yaml.dump(
        table,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),  # libyaml's, when PyYAML has it
        allow_unicode=True,
        sort_keys=True,
        default_flow_style=False,
        width=10_000,
    )
    return HEADER + body


def dump_fingerprint() -> tuple[str, bool]:
    """What `dump`'s text depends on besides the history and this module: the YAML library."""
    return (yaml.__version__, hasattr(yaml, "CSafeDumper"))


def _check_current(current: Mapping[str, str]) -> set[str]:
    paths = set(current.values())
    if len(paths) < len(current):
        raise ValueError("two keys cannot have the same current URL")
    unsafe = sorted(p for p in paths if not is_site_path(p) or not p)
    if unsafe:
        raise ValueError(f"not a URL path inside the site: {unsafe[0]!r}")
    return paths


class _LineError(Exception):
    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    try:
        # Composed, not loaded: every value keeps its line, and no Python object is constructed.
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = f"YAML error: {error.problem or error.context or 'not valid YAML'}"
        raise _LineError(mark.line + 1 if mark else None, reason) from None
    except yaml.YAMLError as error:
        raise _LineError(None, f"YAML error: {error}") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise _LineError(_line(root), "the file must map each key to its list of URLs")
    history: dict[str, tuple[str, ...]] = {}
    for key_node, value_node in root.value:
        key = _scalar(key_node, "a key")
        if not key.startswith((ARTICLE_PREFIX, ENTITY_PREFIX)):
            raise _LineError(
                _line(key_node), f'"{key}": a key starts with {ARTICLE_PREFIX} or {ENTITY_PREFIX}'
            )
        if key in history:
            raise _LineError(_line(key_node), f'"{key}" is listed twice')
        if not isinstance(value_node, yaml.SequenceNode):
            raise _LineError(_line(value_node), f'"{key}": its URLs must be a list')
        history[key] = tuple(_url(node) for node in value_node.value)
    return {key: paths for key, paths in history.items() if paths}


def _url(node: yaml.Node) -> str:
    url = _scalar(node, "a URL")
    if not url or "#" in url or not is_site_path(url):
        raise _LineError(_line(node), f'"{url}" is not a page URL inside the site')
    return url


def _scalar(node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise _LineError(_line(node), f"{what} must be plain text, not a list or a mapping")
    if node.tag not in _SCALAR_TAGS:
        raise _LineError(_line(node), f"the YAML tag {node.tag} is not allowed here")
    return str(node.value)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1
