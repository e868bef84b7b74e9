"""The analysis on a real Dask cluster: a scheduler and two workers, each a process of its own.

The builds run the CLI as a user would, on the hostile corpus (good and bad seeds), and their
`build --out` trees and analysis caches are compared byte for byte with a local build's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from distributed import Client
from distributed import LocalCluster as DaskLocalCluster
from hostile_corpus import BAD, CLEAN
from projects import make_project, tree_digest

from generator.model.analysis import AnalysisJob
from generator.model.errors import ClusterError
from generator.model.settings import AnalysisOptions
from generator.workers import dask_cluster as cluster_module
from generator.workers.dask_cluster import WorkerMismatchError, analyse_batch, analyse_on_cluster
from generator.workers.dispatch import analyse_texts

# The analysis cache's entries, beside the other caches' files.
ANALYSIS_ENTRY = re.compile(r"[0-9a-f]{2}/[0-9a-f]{64}\.msgpack")
# Workers load spaCy as they join; a slow machine may take a while.
START_TIMEOUT = 120


@dataclass
class LocalCluster:
    """`dask scheduler` and `dask worker` processes on localhost, as an operator runs them."""

    folder: Path
    scheduler: subprocess.Popen[bytes] | None = None
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def address(self) -> str:
        return str(json.loads((self.folder / "scheduler.json").read_text())["address"])

    def start(self, workers: int) -> None:
        self.scheduler = self._dask(
            "scheduler", "--host", "127.0.0.1", "--port", "0", "--scheduler-file", "scheduler.json"
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not (self.folder / "scheduler.json").is_file():
            assert time.monotonic() < deadline, "the scheduler did not start"
            time.sleep(0.1)
        for number in range(workers):
            name = f"worker-{number}"
            # Without a nanny, a killed worker stays dead: it is lost, not restarted.
            self.workers[name] = self._dask(
                "worker", self.address, "--name", name, "--nthreads", "1", "--no-nanny"
            )
        if workers:
            with Client(self.address, timeout=START_TIMEOUT) as client:
                client.wait_for_workers(workers, timeout=START_TIMEOUT)

    def stop(self) -> None:
        for process in [*self.workers.values(), self.scheduler]:
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=30)

    def _dask(self, *arguments: str) -> subprocess.Popen[bytes]:
        # The process keeps its own copy of the log's descriptor.
        with (self.folder / f"{arguments[0]}-{len(self.workers)}.log").open("wb") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "dask", *arguments, "--no-dashboard"],
                cwd=self.folder,
                stdout=log,
                stderr=subprocess.STDOUT,
            )


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalCluster]:
    running = LocalCluster(tmp_path_factory.mktemp("cluster"))
    try:
        running.start(workers=2)
        yield running
    finally:
        running.stop()


@dataclass(frozen=True)
class Build:
    out: dict[str, str]
    cache: dict[str, str]
    returncode: int
    errors: list[str]
    warnings: list[str]


def hostile_project(folder: Path) -> Path:
    """The repository's site with the hostile corpus, good and bad seeds, as its seeds."""
    config = make_project(folder, CLEAN)
    shutil.copytree(BAD, folder / "seeds" / "bad")
    return config


def build(folder: Path, *options: str) -> Build:
    """A fresh hostile project, built by the CLI into `folder / "out"`."""
    config = hostile_project(folder)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "-f", str(config), "build", "--out", "out", *options],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return Build(
        tree_digest(folder / "out"),
        analysis_entries(folder),
        result.returncode,
        [line for line in result.stderr.splitlines() if line.startswith("error:")],
        [line for line in result.stderr.splitlines() if line.startswith("WARNING:")],
    )


def analysis_entries(project: Path) -> dict[str, str]:
    """The analysis cache's entries, by key, without the other caches' files beside them."""
    cached = tree_digest(project / ".cache" / "news-digest")
    return {entry: digest for entry, digest in cached.items() if ANALYSIS_ENTRY.fullmatch(entry)}


@pytest.fixture(scope="module")
def local_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return build(tmp_path_factory.mktemp("local"))


def test_a_cluster_build_equals_a_local_one_byte_for_byte(
    cluster: LocalCluster, local_build: Build, tmp_path: Path
) -> None:
    on_cluster = build(tmp_path, "--dask", cluster.address)
    assert on_cluster.out == local_build.out
    assert on_cluster.cache == local_build.cache  # the same analyses, under the same keys
    assert len(local_build.cache) >= 30
    # Bad seeds: the same exit code and the same reports, each by name and reason.
    assert (on_cluster.returncode, on_cluster.errors) == (1, local_build.errors)
    assert len(local_build.errors) >= 10


def test_the_plugin_setting_sends_the_analysis_to_the_cluster(
    cluster: LocalCluster, local_build: Build, tmp_path: Path
) -> None:
    config = hostile_project(tmp_path)
    text = config.read_text(encoding="utf-8")
    setting = f"      dask_scheduler: {cluster.address}\n"
    config.write_text(text.replace("  - news-digest:\n", "  - news-digest:\n" + setting), "utf-8")
    before = executed_tasks(cluster)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)],
        cwd=tmp_path,
        capture_output=True,
        check=True,
        timeout=600,
    )
    assert analysis_entries(tmp_path) == local_build.cache
    assert (tmp_path / "site" / "index.html").is_file()
    assert executed_tasks(cluster) > before


def executed_tasks(cluster: LocalCluster) -> int:
    """How many tasks the cluster's workers have run so far."""
    with Client(cluster.address) as client:
        counts = client.run(lambda dask_worker: dask_worker.state.executed_count)
    return sum(counts.values())


def test_a_lost_worker_loses_no_article(local_build: Build, tmp_path: Path) -> None:
    cluster = LocalCluster(tmp_path / "cluster")
    cluster.folder.mkdir()
    try:
        cluster.start(workers=2)
        with Client(cluster.address) as watcher:
            pids = watcher.run(os.getpid)
            project = tmp_path / "project"
            project.mkdir()
            victim = _kill_when_busy(watcher, pids)
            on_cluster = build(project, "--dask", cluster.address)
            victim_address = victim.result()
            assert victim_address not in watcher.scheduler_info()["workers"]
    finally:
        cluster.stop()
    assert on_cluster.out == local_build.out
    assert on_cluster.cache == local_build.cache
    assert on_cluster.errors == local_build.errors
    # The scheduler ran the lost batches again elsewhere: none fell back to this machine.
    assert on_cluster.warnings == local_build.warnings == []


def test_progress_counts_every_article_once(cluster: LocalCluster) -> None:
    texts = [
        AnalysisJob(f"Anne Roux opened library number {n} in Lyon on Monday.", None)
        for n in range(40)
    ]
    counted: list[int] = []
    results = analyse_on_cluster(texts, AnalysisOptions(), cluster.address, counted.append)
    assert sum(counted) == len(results) == len(texts)
    assert len(counted) > 2  # batches, not one lump or one article at a time
    assert results == analyse_texts([job.text for job in texts], AnalysisOptions())


def test_a_scheduler_without_workers_is_an_error_not_a_wait(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cluster_module, "WORKER_TIMEOUT", 0.5)
    with (
        DaskLocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty,
        pytest.raises(ClusterError, match=r"has had no worker for 0\.5 s"),
    ):
        analyse_on_cluster(
            [AnalysisJob("Text.", None)], AnalysisOptions(), empty.scheduler_address, print
        )


def test_a_worker_without_the_generator_is_a_clear_error(tmp_path: Path) -> None:
    cluster = LocalCluster(tmp_path)
    try:
        cluster.start(workers=0)
        # A worker whose Python cannot import this project, as on a machine set up without it.
        hide = (
            "import sys; sys.modules['generator'] = None; "
            "from distributed.cli.dask_worker import main; main()"
        )
        worker = subprocess.Popen(
            [sys.executable, "-c", hide, cluster.address, "--nthreads", "1", "--no-nanny"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        cluster.workers["hidden"] = worker
        with pytest.raises(ClusterError, match=r"cannot load the analysis: .*No module named"):
            analyse_on_cluster(
                [AnalysisJob("Text.", None)], AnalysisOptions(), cluster.address, print
            )
    finally:
        cluster.stop()


def test_a_worker_with_other_code_refuses_the_batch() -> None:
    with pytest.raises(WorkerMismatchError, match="install the same generator"):
        analyse_batch(
            [AnalysisJob("Some text.", None)], AnalysisOptions(), "0.0.0;other code;other model"
        )


def test_an_unreachable_scheduler_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "-f",
            str(tmp_path / "none.yml"),
            "analyze",
            "-",
            "--dask",
            "tcp://127.0.0.1:9",
        ],
        input='{"id": "a", "text": "The mayor of Lyon spoke."}\n',
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_without_a_scheduler_nothing_of_dask_is_imported(tmp_path: Path) -> None:
    config = make_project(tmp_path, CLEAN)
    script = (
        "import sys\n"
        "from generator.cli.main import main\n"
        f"code = main(['-q', '-f', {str(config)!r}, 'build', '--out', {str(tmp_path / 'out')!r}])\n"
        "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=600
    )
    assert result.stdout.split("\n")[-2] == "0 []"


def _kill_when_busy(watcher: Client, pids: dict[str, int]) -> Future[str]:
    """SIGKILL, from a thread, the first worker seen analysing a batch; its address, once done."""
    found: Future[str] = Future()

    def watch() -> None:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            for address, keys in watcher.processing().items():
                if any("analyse_batch" in str(key) for key in keys):
                    os.kill(pids[address], signal.SIGKILL)
                    found.set_result(address)
                    return
            time.sleep(0.01)
        found.set_exception(AssertionError("no worker was ever seen analysing"))

    threading.Thread(target=watch, daemon=True).start()
    return found


def test_a_scheduler_without_the_extra_installed_says_what_to_install() -> None:
    script = (
        "import sys\n"
        "sys.modules['distributed'] = None  # as if the [dask] extra were not installed\n"
        "from generator.workers.dispatch import analyse_texts\n"
        "from generator.model.settings import AnalysisOptions\n"
        "from generator.model.errors import ClusterError\n"
        "try:\n"
        "    analyse_texts(['Some text.'], AnalysisOptions(), cluster='tcp://127.0.0.1:9')\n"
        "except ClusterError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout == (
        "a Dask scheduler is set, but distributed is not installed: "
        'pip install "mkdocs-news-digest[dask]"\n'
    )
