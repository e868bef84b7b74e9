# Two commands do all the set-up: `make site` (or `make serve`) and `make test`.
# Each creates .venv/ and installs the hash-locked dependencies in requirements/ itself.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
# Material 9.8 prints an end-of-life banner for MkDocs 2 on every build; this project pins MkDocs 1.
export NO_MKDOCS_2_WARNING := 1
SHARED ?= ../shared
N ?= 2000
RUNS ?= 3
# The peak-memory build's size: its target is set at 10,000 articles.
MEMORY_N ?= 10000

.PHONY: site serve test lint eval tune bench mutate golden lock clean

## site: build the static site from seeds/ into site/ (strict: any warning fails)
site: $(VENV)/.site
	$(BIN)/mkdocs build --strict

## serve: build and serve the site on http://127.0.0.1:8000; after a change, rebuild what changed
serve: $(VENV)/.site
	$(BIN)/mkdocs serve --dirty

## test: linters, type checks, the layer contracts, workflow checks and the whole test suite
test: $(VENV)/.dev lint
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy generator
	$(BIN)/lint-imports --no-cache
	$(BIN)/actionlint .github/workflows/*.yml

## eval: score summaries, entities and figures against peer tools (needs ../shared, or SHARED=DIR)
eval: $(VENV)/.dev
	$(BIN)/python bench/evaluate.py --shared "$(SHARED)"
	$(BIN)/python bench/figure_errors.py --shared "$(SHARED)"

## tune: choose the summariser's settings by cross-validation over both summary dev sets (../shared)
tune: $(VENV)/.dev
	$(BIN)/python bench/tune_summary.py --shared "$(SHARED)" --out bench/summary_tuning.md

## bench: measure speed, scaling, memory and size against baselines (N articles, default 2000)
bench: $(VENV)/.dev
	$(BIN)/python bench/bench.py --articles $(N) --runs $(RUNS) --memory-articles $(MEMORY_N) --shared "$(SHARED)"

## mutate: mutation testing of the core (mutmut; about 25 minutes), results in bench/mutation.md
mutate: $(VENV)/.dev
	rm -rf mutants
	$(BIN)/mutmut run
	$(BIN)/python bench/mutation_report.py --out bench/mutation.md

## golden: refresh the golden Markdown files in tests/golden/ after an intended change
golden: $(VENV)/.dev
	UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/system/test_golden.py

## lock: re-resolve requirements/*.txt from pyproject.toml (needs the network to PyPI)
lock: $(VENV)/.dev
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q -o requirements/site.txt
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -q --extra dev --extra eval --extra dask -c requirements/site.txt -o requirements/dev.txt
	$(BIN)/uv pip compile requirements/build.in --universal --python-version 3.11 --generate-hashes -q -o requirements/build.txt

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The installer comes first, by itself: the interpreter's bundled pip (23.2 on Python 3.11 and
# 3.12) reads only build.txt, which has no extras, and replaces itself with the pinned pip that
# reads every other lock. See requirements/build.in for why the old one cannot.
$(VENV)/.installer: requirements/build.txt | $(BIN)/python
	$(PIP) install --quiet --require-hashes -r requirements/build.txt
	touch $@

$(VENV)/.site: requirements/site.txt pyproject.toml $(VENV)/.installer
	$(PIP) install --quiet --require-hashes -r requirements/site.txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements/dev.txt $(VENV)/.site
	$(PIP) install --quiet --require-hashes -r requirements/dev.txt
	touch $@

clean:
	rm -rf site build mutants .pytest_cache .mypy_cache .ruff_cache
