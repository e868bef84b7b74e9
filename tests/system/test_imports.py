"""The package's shape: no import circle, and the layer contracts of `pyproject.toml` hold.

`make lint` runs import-linter on the same contracts; here they are checked once more with the
import graph (grimp, import-linter's own), which also finds circles inside a layer.
"""

from __future__ import annotations

import grimp
import pytest

PACKAGE = "generator"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # Imports under `if TYPE_CHECKING:` and inside functions count too: a circle through them is
    # still a circle a reader has to untangle.
    return grimp.build_graph(PACKAGE)


def test_no_module_imports_itself_through_others(graph: grimp.ImportGraph) -> None:
    circles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain:
                circles.add(" → ".join((module, *chain)))
    assert sorted(circles) == []


def test_model_imports_nothing_else_of_the_generator(graph: grimp.ImportGraph) -> None:
    model = {m for m in graph.modules if m == "generator.model" or m.startswith("generator.model.")}
    outside = {
        f"{module} → {imported}"
        for module in model
        for imported in graph.find_modules_directly_imported_by(module)
        if imported not in model
    }
    assert sorted(outside) == []


@pytest.mark.parametrize("stage", ["ingest", "analyse", "collect", "render", "write"])
def test_a_stage_knows_nothing_of_speed_work_or_the_doors(
    graph: grimp.ImportGraph, stage: str
) -> None:
    for outer in ("incremental", "workers", "pipeline", "cli", "plugin"):
        chain = graph.find_shortest_chain(
            importer=f"{PACKAGE}.{stage}", imported=f"{PACKAGE}.{outer}", as_packages=True
        )
        assert chain is None, chain
