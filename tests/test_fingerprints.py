from pathlib import Path

from generator.fingerprints import source_fingerprint


def test_the_fingerprint_follows_names_and_bytes_not_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("A = 1\n", encoding="utf-8")
    second.write_text("B = 1\n", encoding="utf-8")
    before = source_fingerprint([first, second])
    assert source_fingerprint([second, first]) == before
    first.write_text("A = 2\n", encoding="utf-8")
    assert source_fingerprint([first, second]) != before
    first.write_text("A = 1\n", encoding="utf-8")
    assert source_fingerprint([first, second]) == before
    renamed = first.rename(tmp_path / "c.py")
    assert source_fingerprint([renamed, second]) != before
