"""Entity names resolved by one build and handed to the next."""

from __future__ import annotations

from pathlib import Path

from generator.collect.entity_resolver import EntityResolver
from generator.collect.entity_rules import EMPTY_RULES, load_entity_rules
from generator.incremental.resolved_names import RESOLVED_NAMES_FILE, load_resolved, save_resolved


def resolve_all(resolver: EntityResolver) -> list[object]:
    pairs = [("Xi", "PERSON"), ("Anne Roux", "PERSON"), ("Lyon", "GPE"), ("Monday", "DATE")]
    return [resolver.key_of_name(canonical, label) for canonical, label in pairs]


def test_a_build_resolves_the_same_with_the_names_kept_by_the_last(tmp_path: Path) -> None:
    rules_file = tmp_path / "entities.yml"
    rules_file.write_text("Xi:\n  hide: true\n", encoding="utf-8")
    rules = load_entity_rules(rules_file)
    first = EntityResolver(rules)
    answers = resolve_all(first)
    assert save_resolved(tmp_path, rules, first.resolved, {})
    kept = load_resolved(tmp_path, rules)
    assert kept == first.resolved
    assert kept[("Xi", "PERSON")] is None  # hidden: an answer, not a miss
    again = EntityResolver(rules, kept)
    assert resolve_all(again) == answers
    # The same pairs: nothing to write.
    assert not save_resolved(tmp_path, rules, again.resolved, kept)
    # Other rules resolve otherwise: what was kept under these is not used.
    assert load_resolved(tmp_path, EMPTY_RULES) == {}


def test_no_cache_folder_or_a_bad_file_means_resolving_afresh(tmp_path: Path) -> None:
    assert load_resolved(None, EMPTY_RULES) == {}
    assert not save_resolved(None, EMPTY_RULES, {("Xi", "PERSON"): None}, {})
    assert load_resolved(tmp_path, EMPTY_RULES) == {}
    (tmp_path / RESOLVED_NAMES_FILE).write_bytes(b"\xff not msgpack")
    assert load_resolved(tmp_path, EMPTY_RULES) == {}
