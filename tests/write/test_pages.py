import re
from pathlib import Path

import pytest

from generator.model.build import Page, SiteBuild
from generator.model.settings import Settings
from generator.write import pages as pages_module
from generator.write.pages import (
    MANIFEST,
    WriteReport,
    remove_site_pages,
    save_url_history,
    write_pages,
    written_record,
)


def test_writes_only_changed_pages_and_removes_stale_ones(tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text("a user's file")
    first = write_pages([Page("index.md", "home"), Page("articles/a.md", "A")], tmp_path)
    assert first.written == ("index.md", "articles/a.md")

    second = write_pages([Page("index.md", "home"), Page("articles/b.md", "B")], tmp_path)
    assert second.written == ("articles/b.md",)
    assert second.unchanged == 1
    assert second.removed == ("articles/a.md",)
    assert not (tmp_path / "articles" / "a.md").exists()
    assert (tmp_path / "mine.md").read_text() == "a user's file"
    assert (tmp_path / MANIFEST).read_text() == "articles/b.md\nindex.md\n"


def test_a_changed_page_is_replaced_by_a_new_file_never_rewritten_in_place(
    tmp_path: Path,
) -> None:
    # A reader (a web server, `mkdocs serve`) that has the old page open keeps reading all of
    # the old page: the new one arrives by rename, as a file of its own.
    write_pages([Page("index.md", "old home " * 1000)], tmp_path)
    target = tmp_path / "index.md"
    before = target.stat()
    with target.open("rb") as reader:
        write_pages([Page("index.md", "new home")], tmp_path)
        assert reader.read() == ("old home " * 1000).encode()
    assert target.read_text() == "new home"
    assert target.stat().st_ino != before.st_ino
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []


def test_unchanged_pages_keep_their_modification_time(tmp_path: Path) -> None:
    write_pages([Page("index.md", "home")], tmp_path)
    before = (tmp_path / "index.md").stat().st_mtime_ns
    write_pages([Page("index.md", "home")], tmp_path)
    assert (tmp_path / "index.md").stat().st_mtime_ns == before


def test_a_forged_manifest_cannot_delete_outside(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_text("keep me")
    (out / MANIFEST).write_text("../victim.md\n/etc/passwd\n")
    write_pages([Page("index.md", "home")], out)
    assert victim.read_text() == "keep me"


def test_a_keyed_page_is_rewritten_when_its_file_was_changed_by_hand(tmp_path: Path) -> None:
    out, keys = tmp_path / "out", {"a.md": "k1"}
    record = written_record(tmp_path / "cache", out)
    assert record is not None and not record.is_relative_to(out)
    assert write_pages([Page("a.md", "A")], out, keys, record).written == ("a.md",)
    assert record.read_text().startswith("a.md\tk1\t")
    assert write_pages([Page("a.md", "A")], out, keys, record).unchanged == 1
    (out / "a.md").write_text("edited by hand")
    assert write_pages([Page("a.md", "A")], out, keys, record).written == ("a.md",)
    assert (out / "a.md").read_text() == "A"
    # A new key with the same bytes: read back, found equal, not written.
    again = write_pages([Page("a.md", "A")], out, {"a.md": "k2"}, record)
    assert (again.written, again.unchanged) == ((), 1)
    assert sorted(path.name for path in out.iterdir()) == [MANIFEST, "a.md"]


def test_a_gone_site_page_is_deleted_with_its_emptied_folder(tmp_path: Path) -> None:
    gone, kept = tmp_path / "gone" / "index.html", tmp_path / "kept" / "index.html"
    for page in (gone, kept):
        page.parent.mkdir()
        page.write_text("<p>page</p>", encoding="utf-8")
    (tmp_path / "kept" / "feed.xml").write_text("<feed/>", encoding="utf-8")
    kept_page = str(kept)
    assert remove_site_pages(tmp_path, [str(gone), kept_page, str(tmp_path / "never")]) == [
        str(gone),
        kept_page,
    ]
    assert not gone.parent.exists()
    assert (tmp_path / "kept" / "feed.xml").is_file()  # a folder still in use stays


def test_pages_go_into_a_new_nested_folder(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    report = write_pages([Page("index.md", "home"), Page("x/y/z.md", "deep")], out)
    assert report == WriteReport(("index.md", "x/y/z.md"), 0, ())
    assert (out / "x" / "y" / "z.md").read_text() == "deep"


def test_a_keyed_page_the_record_vouches_for_is_not_even_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, keys = tmp_path / "out", {"a.md": "k1", "b.md": "k2"}
    record = written_record(tmp_path / "cache", out)
    assert record is not None
    pages = [Page("a.md", "A"), Page("b.md", "B"), Page("c.md", "C")]
    write_pages(pages, out, keys, record)
    lines = record.read_text().splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["a.md", "k1"], ["b.md", "k2"]]
    compared: list[str] = []
    real_holds = pages_module._holds

    def holds(target: str, data: bytes) -> bool:
        compared.append(Path(target).name)
        return real_holds(target, data)

    monkeypatch.setattr(pages_module, "_holds", holds)
    assert write_pages(pages, out, keys, record) == WriteReport((), 3, ())
    assert compared == ["c.md"]  # only the page without a key is read back
    # Without a record, keys are not trusted: every page is compared by its bytes.
    compared.clear()
    assert write_pages(pages, out, keys) == WriteReport((), 3, ())
    assert compared == ["a.md", "b.md", "c.md"]


@pytest.mark.warnings_expected
def test_a_record_that_cannot_be_written_costs_speed_not_the_pages(
    tmp_path: Path, file_not_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    record = file_not_folder / "record"
    report = write_pages([Page("a.md", "A")], tmp_path / "out", {"a.md": "k1"}, record)
    assert report.written == ("a.md",)
    [message] = caplog.messages
    where = re.escape(str(record))
    assert re.fullmatch(rf"news-digest: cannot write {where}: \[Errno \d+\] .+", message)


@pytest.mark.parametrize(
    ("history", "on_disk", "written"),
    [
        ("a: [a/]\n", None, True),  # new
        ("a: [a/]\n", "a: [old/]\n", True),  # changed
        ("a: [a/]\n", "a: [a/]\n", False),  # the same bytes: left alone
        (None, "a: [a/]\n", False),  # a build that publishes nothing
    ],
)
def test_urls_yml_is_written_only_when_it_changed(
    tmp_path: Path, history: str | None, on_disk: str | None, written: bool
) -> None:
    target = tmp_path / "urls.yml"
    if on_disk is not None:
        target.write_text(on_disk, encoding="utf-8")
    settings = Settings(seeds_dir=tmp_path, url_history_file=target)
    site = SiteBuild((), (), 0, history)
    assert save_url_history(settings, site) is written
    assert target.read_text(encoding="utf-8") == (history if written else on_disk)
    assert save_url_history(Settings(seeds_dir=tmp_path), site) is False
