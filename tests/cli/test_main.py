"""The command line: `analyze` on the seed (the issue's acceptance checks) and `build --out`."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SEED

from generator.analyse.summary.title import MAX_TITLE_CHARS
from generator.cli.main import main


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def seed_record() -> dict[str, Any]:
    result = run_cli("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 1
    return records[0]


def test_seed_title_reads_like_a_headline(seed_record: dict[str, Any]) -> None:
    title = seed_record["title"]
    assert 20 <= len(title) <= MAX_TITLE_CHARS
    assert not title.lower().startswith("date")
    assert "sign up" not in title.lower()
    assert not title.endswith(".")


def test_seed_summary_has_no_boilerplate(seed_record: dict[str, Any]) -> None:
    summary = seed_record["summary"]
    assert 3 <= len(summary) <= 5
    text = " ".join(summary).lower()
    assert "sign up" not in text and "inbox" not in text and "news alerts" not in text
    seed_text = SEED.read_text(encoding="utf-8").replace("VLadimir", "Vladimir")
    for sentence in summary:
        assert sentence in seed_text


def test_seed_entities_have_one_canonical_each(seed_record: dict[str, Any]) -> None:
    canonicals = {e["canonical"] for e in seed_record["entities"]}
    assert {"Xi Jinping", "Vladimir Putin", "United States"} <= canonicals
    for person in ("Xi", "Putin"):
        assert len({c for c in canonicals if person in c.split()}) == 1
    assert len({c for c in canonicals if "United States" in c}) == 1
    for place in ("Moscow", "Beijing"):
        assert len({c for c in canonicals if place in c}) == 1
    assert {"Kremlin", "NATO", "White House"} <= canonicals
    assert not any("n’t" in e["text"] or "n't" in e["text"] for e in seed_record["entities"])


def test_seed_entity_offsets_index_the_text_as_given(seed_record: dict[str, Any]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for entity in seed_record["entities"]:
        assert text[entity["start"] : entity["end"]].lower() == entity["text"].lower()


def test_seed_figures(seed_record: dict[str, Any]) -> None:
    figures = seed_record["figures"]
    found = {(f["value"], f["unit"]): f for f in figures}
    yuan, dollars = found[(1.28e12, "CNY")], found[(1.53e11, "USD")]
    assert figures[yuan["paired_with"]] == dollars
    assert figures[dollars["paired_with"]] == yuan
    assert found[(30, "percent")]["change"] == "up"  # "an increase of around 30%"
    forty = [f for f in figures if f["value"] == 40]
    assert [f["change"] for f in forty] == ["~"]
    text = SEED.read_text(encoding="utf-8")
    for figure in figures:
        assert text[figure["start"] : figure["end"]] == figure["text"]


def test_stdin_records_keep_their_ids_and_order() -> None:
    lines = [
        json.dumps({"id": "b", "text": "Prices rose 5% in Paris on Monday."}),
        json.dumps({"id": "a", "text": ""}),
        json.dumps(
            {"id": "c", "text": "The mayor of Lyon, Anne Roux, spoke.", "date": "2024-01-02"}
        ),
    ]
    result = run_cli("analyze", "--summary-sentences", "1", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["b", "a", "c"]
    assert records[1]["error"] == "has no article text"
    assert records[1]["summary"] == records[1]["entities"] == records[1]["figures"] == []
    assert len(records[0]["summary"]) == 1
    assert records[2]["date"] == "2024-01-02"
    assert "error: a: has no article text" in result.stderr


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["analyze"], ["analyze", "--summary-sentences", "0", "-"], ["build"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2
    assert "--summary-sentences must be at least 1" in capsys.readouterr().err


def test_build_writes_the_tree_and_reports_bad_seeds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("date 2024-01-02 The mayor of Lyon, Anne Roux, spoke.")
    (seeds / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    result = run_cli(
        "-f", str(tmp_path / "none.yml"), "build", "--seeds", str(seeds), "--out", str(out)
    )
    assert result.returncode == 1
    assert "error: bad.txt: is not text (it contains NUL bytes)" in result.stderr
    assert (out / "index.md").is_file()
    assert len(list((out / "articles").glob("*.md"))) == 2  # the article and the archive


def test_boilerplate_only_seed_is_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "banner.txt").write_text("Sign up for our free news emails. Click here to subscribe.")
    (seeds / "good.txt").write_text("The mayor of Lyon, Anne Roux, opened a new library on Monday.")
    out = tmp_path / "out"
    result = run_cli(
        "-f", str(tmp_path / "no.yml"), "build", "--seeds", str(seeds), "--out", str(out)
    )
    assert result.returncode == 1
    assert "error: banner.txt: has nothing left once boilerplate is removed" in result.stderr
    assert len(list((out / "articles").glob("*.md"))) == 2


def test_analyze_decodes_character_references_and_its_offsets_index_the_text_as_given() -> None:
    text = (
        "The mayor of Lyon, Jos&eacute; Mart&iacute;nez, said on Monday that AT&amp;T&#8217;s "
        "prices rose 5% in Paris &mdash; and the &ldquo;caf&eacute; tax&rdquo; went."
    )
    result = run_cli("analyze", "-", stdin=json.dumps({"id": "r", "text": text}) + "\n")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    shown = [record["title"], *record["summary"]]
    shown += [item["text"] for item in record["entities"] + record["figures"]]
    assert not [piece for piece in shown if "&" in piece.replace("AT&T", "")]
    assert "José Martínez" in {entity["text"] for entity in record["entities"]}
    for item in record["entities"] + record["figures"]:
        assert html.unescape(text[item["start"] : item["end"]]) == item["text"]


@pytest.mark.parametrize(
    "dateline",
    ["LONDON, March 3, 2005 (Reuters) &mdash; ", "Thursday, March 3, 2005\n\n"],
)
def test_analyze_dates_an_article_by_its_dateline_and_leaves_it_out_of_title_and_summary(
    dateline: str,
) -> None:
    lede = "The city council of Leeds voted to raise parking fees by 5% from next month."
    text = f"{dateline}{lede} Shop owners in the city centre said they would appeal."
    result = run_cli("analyze", "-", stdin=json.dumps({"id": "d", "text": text}) + "\n")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["date"] == "2005-03-03"
    assert record["removed"] == [{"reason": "dateline", "text": dateline, "start": 0}]
    assert record["summary"][0] == lede
    assert not {"LONDON", "Thursday", "March"} & set(record["title"].split())
    for item in record["entities"] + record["figures"]:
        assert text[item["start"] : item["end"]] == item["text"]
