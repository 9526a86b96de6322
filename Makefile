# Claimtrail: `make run` serves the seeded review desk and API, `make test` is what CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
SHARED ?= ../shared
TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: install run test lint typecheck pytest eval readings bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(BIN)/claims serve --seed seeds --port $(PORT)

lint: install
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench

typecheck: install
	$(BIN)/mypy

pytest: install
	TEST_DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest

test: lint typecheck pytest

eval: install
	@tmp=$$(mktemp -d); \
	DATABASE_URL=sqlite:///$$tmp/eval.db $(BIN)/claims ingest seeds >/dev/null && \
	DATABASE_URL=sqlite:///$$tmp/eval.db $(BIN)/claims export --format json --output $$tmp/export.json && \
	$(PYTHON) $(SHARED)/eval/claims_eval.py --gold $(SHARED)/eval/gold --docs seeds --pred $$tmp/export.json; \
	status=$$?; rm -rf $$tmp; exit $$status

readings: install  # after raising EXTRACTOR_VERSION: record what it reads (tests/readings.py)
	$(BIN)/python -m tests.readings

bench: install
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_cluster.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python -m bench.bench_web

reliability: install  # issue 6 at the issue's counts (16 editors x 200 changes); figures in reliability.jsonl
	rm -f reliability.jsonl
	RELIABILITY_CHANGES=200 RELIABILITY_LOG=$(CURDIR)/reliability.jsonl TEST_DATABASE_URL=$(TEST_DATABASE_URL) \
		$(BIN)/pytest tests/reliability -q -p no:cacheprovider -rxX

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
