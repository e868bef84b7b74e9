import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from generator.collect import topic_finder
from generator.collect.topics import TopicDocument, Topics
from generator.incremental.topics_cache import TOPICS_FILE, find_topics_kept

SITE = [
    TopicDocument("a.txt", "Zorblat agreed to buy Quenmore, the Zorblat board said.", None),
    TopicDocument(
        "b.txt", "Zorblat will buy Quenmore, the Quenmore board said.", dt.date(2024, 3, 4)
    ),
    TopicDocument("c.txt", "Rain fell on the harbour all week.", None),
]


def test_the_same_articles_take_the_kept_topics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = find_topics_kept(tmp_path, SITE)
    assert (tmp_path / TOPICS_FILE).is_file() and found.stories

    def never(documents: object) -> Topics:
        raise AssertionError("found again")

    monkeypatch.setattr(topic_finder, "find_topics", never)
    assert find_topics_kept(tmp_path, list(reversed(SITE))) == found


def test_an_edited_article_finds_them_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    find_topics_kept(tmp_path, SITE)
    edited = [*SITE[:2], dataclasses.replace(SITE[2], text="Zorblat agreed to buy Quenmore.")]
    anew = find_topics_kept(tmp_path, edited)
    # Rain no more: the edited article now tells the takeover too.
    assert anew.story_of["c.txt"] is anew.story_of["a.txt"]
    redated = [SITE[0], dataclasses.replace(SITE[1], date=None), SITE[2]]
    calls = []
    real = topic_finder.find_topics
    monkeypatch.setattr(topic_finder, "find_topics", lambda d: calls.append(1) or real(d))
    find_topics_kept(tmp_path, redated)
    assert calls == [1]


@pytest.mark.warnings_expected
def test_an_unreadable_cache_is_found_anew_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / TOPICS_FILE).write_bytes(b"\x00not msgpack")
    assert find_topics_kept(tmp_path, SITE).stories
    assert "unreadable topics cache" in caplog.text
    assert find_topics_kept(None, SITE) == find_topics_kept(tmp_path, SITE)
