"""Projects for end-to-end tests: the repository's site configuration with seeds of a test's own,
built by MkDocs in a process of its own, as a user builds them."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from conftest import ROOT

FIXTURE_SEEDS = Path(__file__).parent / "fixtures" / "site-seeds"


def make_project(folder: Path, seeds: Path | Sequence[Path], *, cache: bool = True) -> Path:
    """`mkdocs.yml` of a copy of the repository's site with `seeds`: a folder, copied whole with
    its links kept and its hidden files left out, or some seed files. Without `cache`, the
    analysis and page caches are off."""
    if isinstance(seeds, Path):
        shutil.copytree(seeds, folder / "seeds", symlinks=True, ignore=shutil.ignore_patterns(".*"))
    else:
        (folder / "seeds").mkdir(parents=True)
        for seed in seeds:
            shutil.copy(seed, folder / "seeds" / seed.name)
    shutil.copytree(ROOT / "docs", folder / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not cache:
        config = config.replace("  - news-digest:\n", '  - news-digest:\n      cache_dir: ""\n')
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    return folder / "mkdocs.yml"


def run_mkdocs(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def tree_digest(folder: Path) -> dict[str, str]:
    """Every entry below `folder` with a hash of its bytes (links and pipes are not followed)."""
    digest = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            key = path.relative_to(folder).as_posix()
            if path.is_symlink():
                digest[key] = f"link to {path.readlink()}"
            elif path.is_file():
                digest[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                digest[key] = "not a file"
    return digest
