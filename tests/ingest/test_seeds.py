import codecs
import datetime as dt
import os
from pathlib import Path

import pytest

from generator.ingest import seeds as seeds_module
from generator.ingest.seeds import (
    SeedError,
    decode_bytes,
    find_seed_files,
    newest_first,
    parse_article,
    read_seed,
    read_seed_or_problem,
    seed_stats,
)
from generator.model.article import Article, ArticleMeta
from generator.model.build import Problem

LIMIT = 200_000
# Legacy Turkish news text: Windows-1252 reads its bytes as text too ("Ýstanbul"), but less like
# a language than Windows-1254 does.
TURKISH = (
    "İstanbul'da şiddetli yağmur yağdı ve şehirde büyük sorunlar yaşandı. "
    "Belediye başkanı açıklama yaptı."
)


def test_seed_date_line_runs_into_the_body() -> None:
    article = parse_article(" date 2023-03-17 To receive news. Body here.", "a.txt", LIMIT)
    assert article.meta.date == dt.date(2023, 3, 17)
    assert article.body == "To receive news. Body here."
    assert article.body_offset == len(" date 2023-03-17 ")


def test_no_date_means_undated() -> None:
    article = parse_article("Just a body about 2023-03-17.", "a.txt", LIMIT)
    assert article.meta.date is None
    assert article.body_offset == 0
    assert article.encoding == "utf-8"


def test_an_empty_front_matter_block_says_nothing() -> None:
    article = parse_article("---\n---\nBody.", "a.md", LIMIT)
    assert article.meta == ArticleMeta()
    assert article.body == "Body."


def test_front_matter_wins_over_the_date_line() -> None:
    text = "---\ntitle: Given\ndate: 2020-01-02\n---\ndate 2023-03-17 Body."
    article = parse_article(text, "a.md", LIMIT)
    assert (article.meta.title, article.meta.date) == ("Given", dt.date(2020, 1, 2))
    assert article.body == "Body."
    assert text[article.body_offset :] == "Body."


def test_impossible_date_is_reported_with_its_line() -> None:
    with pytest.raises(SeedError) as caught:
        parse_article("date 2023-02-30 Body.", "a.txt", LIMIT)
    assert "impossible date 2023-02-30" in caught.value.reason
    assert caught.value.line == 1


def test_invalid_front_matter_names_the_file_line() -> None:
    with pytest.raises(SeedError) as caught:
        parse_article("---\ntitle: ok\ntags: [x\n---\nBody.", "a.md", LIMIT)
    assert caught.value.reason.startswith("has invalid front matter")
    # Where YAML gives up: the closing `---` after the unclosed bracket of line 3.
    assert caught.value.line == 4


@pytest.mark.parametrize("text", ["", "   \n\t", "date 2023-03-17   ", "---\ntitle: T\n---\n"])
def test_empty_bodies_are_refused(text: str) -> None:
    with pytest.raises(SeedError, match="no article text"):
        parse_article(text, "a.txt", LIMIT)


def test_oversized_seed_is_refused() -> None:
    with pytest.raises(SeedError, match="over the limit of 10"):
        parse_article("x" * 11, "a.txt", 10)


def test_a_seed_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    assert parse_article("x" * 10, "a.txt", 10).body == "x" * 10
    # The most bytes ten characters take: UTF-32, four bytes each after a 4-byte byte-order mark.
    (tmp_path / "a.txt").write_bytes(("x" * 10).encode("utf-32"))
    assert (tmp_path / "a.txt").stat().st_size == 44
    assert read_seed(tmp_path / "a.txt", tmp_path, 10).body == "x" * 10


def test_a_huge_seed_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    # A terabyte (sparse: it takes no disk) would not fit in memory: only its start is read.
    with (tmp_path / "huge.txt").open("wb") as stream:
        stream.truncate(1 << 40)
    assert read_seed_or_problem(tmp_path / "huge.txt", tmp_path, 1000) == Problem(
        "huge.txt", "is over 4,004 bytes long, more than the limit of 1,000 characters"
    )


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_seed_the_system_cannot_read_is_reported_with_the_system_reason() -> None:
    # A process's own memory file: a regular file, but reading its start is an I/O error.
    problem = read_seed_or_problem(Path("/proc/self/mem"), Path("/proc/self"), LIMIT)
    assert problem == Problem("mem", "cannot be read: Input/output error")


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("Zürich café", "utf-16", "utf-16"),
        (TURKISH, "cp1254", "cp1254"),
    ],
)
def test_an_article_records_the_encoding_of_its_seed(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    (tmp_path / "a.txt").write_bytes(text.encode(codec))
    article = read_seed(tmp_path / "a.txt", tmp_path, LIMIT)
    assert (article.body, article.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Zürich café".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Zürich".encode(), "utf-8"),
        ("Zürich".encode("utf-16"), "utf-16"),
        ("Zürich".encode("utf-32"), "utf-32"),
    ],
)
def test_decodes_unicode_encodings(raw: bytes, encoding: str) -> None:
    text, detected = decode_bytes(raw)
    assert text.startswith("Zürich")
    assert detected == encoding


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le café de la société générale à Zürich, où l’été dure.", "cp1252"),
        (TURKISH, "cp1254"),
    ],
)
def test_detects_legacy_8_bit_text(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize("text", ["café", "Zürich", "Zürich café", "naïve", "Señor Núñez"])
def test_short_windows_1252_text_is_never_read_as_utf_16_or_another_code_page(text: str) -> None:
    # Short text fits UTF-16 and many code pages as well as Windows-1252; that one wins.
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_short_text_in_another_code_page_keeps_its_code_page() -> None:
    # Windows-1252 would read these bytes too, but as text with no letters of a language.
    text = "Привет, как дела"
    assert decode_bytes(text.encode("cp1251")) == (text, "cp1251")


def test_refuses_binary() -> None:
    with pytest.raises(SeedError, match="NUL"):
        decode_bytes(b"PK\x03\x04\x00\x00binary")


def test_refuses_bytes_that_are_text_in_no_encoding() -> None:
    with pytest.raises(SeedError) as caught:
        decode_bytes(bytes([0x01, 0xFF, 0x02, 0xFE, 0x03, 0x81]) * 20)
    assert caught.value.reason == "is not text in any encoding that could be detected"


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("A line.\x01", "U+0001", 1),
        ("\nThe second line \x7f is binary.", "U+007F", 2),
        ("One.\nTwo.\nThree \x02.\nFour.", "U+0002", 3),
    ],
)
def test_a_control_character_is_reported_with_its_line(text: str, code: str, line: int) -> None:
    with pytest.raises(SeedError) as caught:
        decode_bytes(text.encode())
    reason = f"is not text (it contains the control character {code})"
    assert (caught.value.reason, caught.value.line) == (reason, line)


def test_read_seeds_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("date 2023-03-17 A good article.")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "notes.csv").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "sub dir").mkdir()
    (tmp_path / "sub dir" / "ünï.txt").write_text("Another article.")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret")
    (tmp_path / "link.txt").symlink_to(outside)
    read = [read_seed_or_problem(path, tmp_path, LIMIT) for path in find_seed_files(tmp_path)]
    assert [a.path for a in read if isinstance(a, Article)] == ["good.txt", "sub dir/ünï.txt"]
    assert [(p.path, p.reason) for p in read if isinstance(p, Problem)] == [
        ("empty.md", "has no article text"),
        ("link.txt", "is a symbolic link to a file outside the seeds folder"),
    ]


def test_newest_first_orders_by_modification_time(tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("a.txt", "b.txt", "c.txt")]
    for age, path in zip((30, 10, 20), paths, strict=True):
        path.write_text("text")
        os.utime(path, ns=(10**18 - age, 10**18 - age))
    missing = tmp_path / "gone.txt"
    stats = seed_stats([*paths, missing])
    assert stats[missing] is None
    assert newest_first(stats) == [missing, paths[1], paths[2], paths[0]]


def test_read_seed_or_problem_names_the_fault(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    problem = read_seed_or_problem(tmp_path / "empty.txt", tmp_path, LIMIT)
    assert problem == Problem("empty.txt", "has no article text")


def test_a_seed_is_an_article_or_a_problem_naming_its_path_line_and_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    good, bad = tmp_path / "sub" / "good.txt", tmp_path / "sub" / "bad.txt"
    good.write_text("date 2024-01-02 The mayor spoke.", encoding="utf-8")
    bad.write_text("date 2023-02-30 Body.", encoding="utf-8")
    article = read_seed_or_problem(good, tmp_path, LIMIT)
    assert isinstance(article, Article) and article.path == "sub/good.txt"
    problem = read_seed_or_problem(bad, tmp_path, LIMIT)
    assert problem == Problem(
        "sub/bad.txt", "has an impossible date 2023-02-30 (day is out of range for month)", 1
    )

    # Whatever a future bug makes the reader raise, it is a problem of that seed alone.
    def fail(raw: bytes) -> tuple[str, str]:
        raise RecursionError("a bug")

    monkeypatch.setattr(seeds_module, "decode_bytes", fail)
    assert read_seed_or_problem(good, tmp_path, LIMIT) == Problem(
        "sub/good.txt", "cannot be read: RecursionError: a bug"
    )


def test_hidden_folders_and_files_hold_no_seeds(tmp_path: Path) -> None:
    for name in (".git/a.txt", ".drafts/b.md", "x/.c.txt", "x/d.txt", "e.md", "f.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    found = [path.relative_to(tmp_path).as_posix() for path in find_seed_files(tmp_path)]
    assert found == ["e.md", "x/d.txt"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("December 28, 2004\n\nThe toll rose.", dt.date(2004, 12, 28)),
        ("OSLO, Dec. 10, 2004 &mdash; The prize went to Kenya.", dt.date(2004, 12, 10)),
        ("November 17, Brisbane - The team won.", None),  # no year anywhere
        ("The toll rose on December 28, 2004 - again.", None),  # not at the start
    ],
)
def test_an_article_without_a_given_date_takes_its_datelines(
    text: str, date: dt.date | None
) -> None:
    article = parse_article(text, "a.txt", LIMIT)
    assert article.meta.date == date
    assert article.body == text  # the dateline is removed by cleaning, with a record


@pytest.mark.parametrize(
    "given",
    ["date 2005-01-02 ", "---\ndate: 2005-01-02\n---\n"],
)
def test_a_date_line_or_front_matter_wins_over_the_dateline(given: str) -> None:
    article = parse_article(given + "December 28, 2004 - The toll rose.", "a.txt", LIMIT)
    assert article.meta.date == dt.date(2005, 1, 2)
