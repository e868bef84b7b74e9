"""Entity names resolved, and the site-wide vote taken, by one build and handed to the next."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from generator.collect import entity_resolver
from generator.collect.entity_index import collect_entities
from generator.collect.entity_resolver import EntityResolver
from generator.collect.entity_rules import EMPTY_RULES, load_entity_rules
from generator.collect.site_vote import KeptVote, SiteVote
from generator.incremental.resolved_names import (
    NOTHING_KEPT,
    RESOLVED_NAMES_FILE,
    Kept,
    load_resolved,
    save_resolved,
)
from tests.made_up_sites import site_articles


def resolve_all(resolver: EntityResolver) -> list[object]:
    pairs = [("Xi", "PERSON"), ("Anne Roux", "PERSON"), ("Lyon", "GPE"), ("Monday", "DATE")]
    return [resolver.key_of_name(canonical, label) for canonical, label in pairs]


def test_a_build_resolves_the_same_with_the_names_kept_by_the_last(tmp_path: Path) -> None:
    rules_file = tmp_path / "entities.yml"
    rules_file.write_text("Xi:\n  hide: true\n", encoding="utf-8")
    rules = load_entity_rules(rules_file)
    first = EntityResolver(rules)
    answers = resolve_all(first)
    assert save_resolved(tmp_path, rules, Kept(first.resolved), NOTHING_KEPT)
    kept = load_resolved(tmp_path, rules)
    assert kept.resolved == first.resolved
    assert kept.vote is None  # no vote was taken
    assert kept.resolved[("Xi", "PERSON")] is None  # hidden: an answer, not a miss
    again = EntityResolver(rules, kept.resolved)
    assert resolve_all(again) == answers
    # The same pairs: nothing to write.
    assert not save_resolved(tmp_path, rules, Kept(again.resolved), kept)
    # Other rules resolve otherwise: what was kept under these is not used.
    assert load_resolved(tmp_path, EMPTY_RULES) == NOTHING_KEPT


# "Bush" may mean either; "Lib Dems" are the Liberal Democrats; "Jordan" is a person, the
# place a misreading.
SITE = [
    [("George Bush", "PERSON"), ("Bush", "PERSON"), ("Laura Bush", "PERSON")],
    [("Lib Dems", "ORG"), ("Liberal Democrats", "ORG")],
    [*[("Jordan", "PERSON")] * 3, ("Michael Jordan", "PERSON"), ("Jordan", "GPE")],
]


def test_the_next_build_takes_the_kept_vote_on_the_same_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = EntityResolver(EMPTY_RULES)
    entities = collect_entities(site_articles(SITE), first, 1)
    vote = first.kept_vote()
    assert vote is not None
    assert vote.vote.merged and vote.vote.may_mean and vote.vote.regrouped
    assert save_resolved(tmp_path, EMPTY_RULES, Kept(first.resolved, vote), NOTHING_KEPT)
    kept = load_resolved(tmp_path, EMPTY_RULES)
    assert kept.vote == vote

    def no_vote(*_args: object) -> None:
        raise AssertionError("the kept vote stands for the same names")

    monkeypatch.setattr(entity_resolver, "decide_vote", no_vote)
    again = EntityResolver(EMPTY_RULES, kept.resolved, kept.vote)
    assert collect_entities(site_articles(SITE), again, 1) == entities
    # The same pairs and vote: nothing to write.
    assert not save_resolved(tmp_path, EMPTY_RULES, Kept(again.resolved, again.kept_vote()), kept)


def test_a_kept_vote_on_other_names_is_not_taken(tmp_path: Path) -> None:
    first = EntityResolver(EMPTY_RULES)
    collect_entities(site_articles(SITE), first, 1)
    kept = Kept(first.resolved, first.kept_vote())
    # An article no longer names Laura Bush: "Bush" is George Bush now.
    edited = [SITE[0][:2], *SITE[1:]]
    again = EntityResolver(EMPTY_RULES, kept.resolved, kept.vote)
    fresh = EntityResolver(EMPTY_RULES)
    assert collect_entities(site_articles(edited), again, 1) == collect_entities(
        site_articles(edited), fresh, 1
    )
    assert again.vote == fresh.vote != first.vote
    assert save_resolved(tmp_path, EMPTY_RULES, Kept(again.resolved, again.kept_vote()), kept)


def test_no_cache_folder_or_a_bad_file_means_resolving_afresh(tmp_path: Path) -> None:
    assert load_resolved(None, EMPTY_RULES) == NOTHING_KEPT
    assert not save_resolved(None, EMPTY_RULES, Kept({("Xi", "PERSON"): None}), NOTHING_KEPT)
    assert load_resolved(tmp_path, EMPTY_RULES) == NOTHING_KEPT
    (tmp_path / RESOLVED_NAMES_FILE).write_bytes(b"\xff not msgpack")
    assert load_resolved(tmp_path, EMPTY_RULES) == NOTHING_KEPT


def test_every_part_of_a_vote_is_kept(tmp_path: Path) -> None:
    """A part of the vote the file forgot would change the next build's pages."""
    vote = SiteVote(
        regrouped={("person", "lyon"): "place"},
        merged={("person", "bush"): (("person", "george w bush"), "George W. Bush")},
        may_mean={("person", "smith"): ("Adam Smith", "Anna Smith")},
        unlisted=frozenset({("person", "spurs")}),
    )
    assert all(getattr(vote, field.name) for field in dataclasses.fields(SiteVote))
    kept = Kept({}, KeptVote("digest", vote))
    assert save_resolved(tmp_path, EMPTY_RULES, kept, NOTHING_KEPT)
    assert load_resolved(tmp_path, EMPTY_RULES).vote == kept.vote
