"""What the site-wide vote reads of the articles' names, so that a vote on the same stands."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields, replace

from generator.collect.name_counts import NameCount, count_names
from generator.collect.site_vote import BALLOT_FIELDS, same_ballots
from generator.model.analysis import Mention


def _names(*written: str) -> tuple[NameCount, ...]:
    return count_names([Mention(w, "PERSON", w, 0, len(w), 0) for w in written])


def test_the_ballot_is_every_field_of_a_name_count_but_where_it_is_first_mentioned() -> None:
    # A field added to NameCount must be read into the ballot, or listed here as one the vote
    # does not read: else a vote on other names could stand.
    assert {f.name for f in fields(NameCount)} - set(BALLOT_FIELDS) == {"first"}


def test_ballots_are_the_same_when_only_first_mentions_moved() -> None:
    names = _names("Anne Roux", "Anne Roux")
    moved = tuple(replace(name, first=(9, 1, name.first[2])) for name in names)
    assert same_ballots([names, _names("Oslo")], [moved, _names("Oslo")])


def test_ballots_differ_in_a_count_a_spelling_a_cue_or_an_article() -> None:
    names = _names("Anne Roux")
    (name,) = names
    for other in (
        replace(name, count=2),
        replace(name, texts=frozenset({"Anne ROUX"})),
        replace(name, cues=(("PERSON", 1),)),
        replace(name, as_family=1),
        replace(name, label="ORG"),
    ):
        assert not same_ballots([names], [(other,)])
    assert not same_ballots([names], [names, names])
    assert not same_ballots([names, _names("Oslo")], [_names("Oslo"), names])


def test_the_digest_of_the_ballots_is_the_same_in_every_process() -> None:
    # A set's order follows string hashing, which differs between processes.
    code = (
        "from generator.collect.name_counts import NameCount;"
        "from generator.collect.site_vote import ballots_digest;"
        "from generator.model.analysis import Mention;"
        "m = Mention('Roux', 'PERSON', 'Roux', 0, 4, 0);"
        "n = NameCount('Roux', 'PERSON', 3, (0, 0, m), frozenset('ABCDEFGH'), (('PERSON', 1),));"
        "print(ballots_digest([[n], []]))"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
