"""One file replaced in one step: a failed write leaves the old file and no temporary behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.write.atomic import TEMPORARY_PREFIX, write_atomically


def test_a_new_file_and_its_folders_are_made(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "page.md"
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [path.name for path in target.parent.iterdir()] == ["page.md"]


def test_a_failed_replace_keeps_the_old_file_and_removes_its_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "page.md"
    target.write_bytes(b"old")
    written: list[Path] = []

    def fail(self: Path, other: Path) -> Path:
        written.append(self)
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, b"new")
    [temporary] = written
    # Beside the target (a rename never crosses a file system), named so that a later run can
    # find the temporary files of a killed one, and gone.
    assert temporary.parent == tmp_path
    assert temporary.name.startswith(TEMPORARY_PREFIX)
    assert temporary.name.endswith(".tmp")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["page.md"]
    assert target.read_bytes() == b"old"
