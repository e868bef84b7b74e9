import locale
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.model.build import Page, SiteBuild
from generator.model.settings import Settings
from generator.write import pages as pages_module
from generator.write.atomic import TEMPORARY_PREFIX
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


def files_under(folder: Path) -> list[str]:
    files = (path for path in folder.rglob("*") if path.is_file())
    return sorted(path.relative_to(folder).as_posix() for path in files)


def identity(path: Path) -> tuple[int, int]:
    """What changes when a file is written again, even with the same bytes."""
    status = path.stat()
    return status.st_ino, status.st_mtime_ns


@pytest.mark.parametrize("path", ["a.md", "a folder/a page.md", "café/été.md"])
def test_a_rebuild_that_changes_nothing_writes_no_file(tmp_path: Path, path: str) -> None:
    # Not the pages, nor the manifest, nor the record: `mkdocs serve` watches the folder.
    out = tmp_path / "out"
    record = written_record(tmp_path / "cache", out)
    assert record is not None
    pages, keys = [Page(path, "A")], {path: "k1"}
    write_pages(pages, out, keys, record)
    files = [out / path, out / MANIFEST, record]
    before = [identity(file) for file in files]
    assert write_pages(pages, out, keys, record) == WriteReport((), 1, ())
    assert [identity(file) for file in files] == before


def test_a_record_without_keys_vouches_for_nothing_and_is_not_written(tmp_path: Path) -> None:
    out, record = tmp_path / "out", tmp_path / "cache" / "written.tsv"
    assert write_pages([Page("a.md", "A")], out, None, record) == WriteReport(("a.md",), 0, ())
    assert write_pages([Page("a.md", "A")], out, None, record) == WriteReport((), 1, ())
    assert not record.exists()


def test_pages_without_keys_are_written_whatever_an_old_record_says(tmp_path: Path) -> None:
    out, record = tmp_path / "out", tmp_path / "written.tsv"
    record.write_text("a.md\tXXXX\n", encoding="utf-8")
    assert write_pages([Page("a.md", "A")], out, None, record) == WriteReport(("a.md",), 0, ())
    assert record.read_text(encoding="utf-8") == ""  # it vouches for nothing any more


# "": what a page that vanished between its write and its stat used to be recorded with.
@pytest.mark.parametrize("stamp", ["", "XXXX", "k1", "k1\t1\t2\t3\t4"])
def test_a_record_line_that_is_no_stamp_of_the_file_never_spares_a_missing_page(
    tmp_path: Path, stamp: str
) -> None:
    out, record = tmp_path / "out", tmp_path / "written.tsv"
    record.write_text(f"a.md\t{stamp}\n", encoding="utf-8")
    assert write_pages([Page("a.md", "A")], out, {"a.md": "k1"}, record).written == ("a.md",)
    assert (out / "a.md").read_text(encoding="utf-8") == "A"


def test_each_output_folder_has_a_record_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    cache = tmp_path / "cache"
    one = written_record(cache, tmp_path / "one")
    assert one is not None and one.parent == cache
    assert written_record(cache, tmp_path / "one" / ".." / "one") == one  # the same folder
    assert written_record(cache, tmp_path / "two") != one
    assert written_record(None, tmp_path / "one") is None


def test_a_run_that_fails_part_way_has_recorded_its_pages_so_the_next_removes_them(
    tmp_path: Path,
) -> None:
    # A page that cannot be encoded stands for a run killed part-way: "a.md" is written,
    # "b.md" never is, and the next run removes both without complaint.
    out = tmp_path / "out"
    with pytest.raises(UnicodeEncodeError):
        write_pages([Page("a.md", "A"), Page("b.md", "\ud800")], out)
    assert files_under(out) == [MANIFEST, "a.md"]
    assert write_pages([], out) == WriteReport((), 0, ("a.md", "b.md"))
    assert files_under(out) == [MANIFEST]


def test_a_killed_runs_temporaries_go_from_every_folder_it_could_have_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_pages([Page("old/a.md", "A"), Page("kept/b.md", "B")], out)
    leftover = f"{TEMPORARY_PREFIX}x.tmp"
    for folder in ("", "old", "kept", "new", "mine"):
        (out / folder).mkdir(exist_ok=True)
        (out / folder / leftover).write_text("half a page", encoding="utf-8")
    write_pages([Page("kept/b.md", "B"), Page("new/c.md", "C")], out)
    # Gone from the output folder and from the folders of this run's and the last run's
    # pages; a folder neither run wrote to is not searched.
    assert files_under(out) == [MANIFEST, "kept/b.md", f"mine/{leftover}", "new/c.md"]


@pytest.mark.parametrize("path", ["", ".", ".."])
def test_a_page_path_that_names_no_file_inside_the_folder_is_refused(
    tmp_path: Path, path: str
) -> None:
    message = f"refusing to write outside the output folder: {path!r}"
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        write_pages([Page(path, "A")], tmp_path / "out")


def test_a_forged_manifest_cannot_delete_outside_with_either_windows_separator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows takes "\\" and "/" alike: a manifest line with either must not climb out.
    monkeypatch.setattr(pages_module, "SEPARATORS", ("\\", "/"))
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_text("keep me", encoding="utf-8")
    (out / MANIFEST).write_text("..\\victim.md\n../victim.md\n", encoding="utf-8")
    assert write_pages([Page("index.md", "home")], out).removed == ()
    assert victim.read_text(encoding="utf-8") == "keep me"


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """A system whose locale reads text files as ASCII (as Windows reads its code page)."""
    saved = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)


@pytest.mark.usefixtures("ascii_locale")
def test_the_manifest_and_the_record_are_read_as_utf8_whatever_the_locale(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    record = written_record(tmp_path / "cache", out)
    assert record is not None
    pages, keys = [Page("café.md", "A")], {"café.md": "k1"}
    write_pages(pages, out, keys, record)
    before = identity(record)
    assert write_pages(pages, out, keys, record) == WriteReport((), 1, ())
    assert identity(record) == before  # the record still vouches for the page
    assert write_pages([], out) == WriteReport((), 0, ("café.md",))


def test_removing_the_last_site_page_keeps_the_site_folder(tmp_path: Path) -> None:
    site, page = tmp_path / "site", tmp_path / "site" / "gone" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<p>page</p>", encoding="utf-8")
    (tmp_path / "beside the site").write_text("", encoding="utf-8")
    assert remove_site_pages(site, [os.fspath(page)]) == [os.fspath(page)]
    assert site.is_dir()
    assert list(site.iterdir()) == []
