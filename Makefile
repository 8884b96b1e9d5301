# Entry points. `make help` lists them. Every target uses the project's own .venv.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help setup setup-dev brief test lint format benchmark clean-outputs notebooks

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

setup: $(BIN)/python  ## create .venv and install the package
	$(BIN)/pip install -e .

setup-dev: $(BIN)/python  ## create .venv and install the package with test tools
	$(BIN)/pip install -e '.[dev]'

brief: setup  ## the main job on the embedded report
	$(BIN)/indicators brief

test: setup-dev  ## run the test suite
	$(BIN)/python -m pytest

lint: setup-dev  ## ruff check
	$(BIN)/ruff check .

format: setup-dev  ## ruff format
	$(BIN)/ruff format .

benchmark: setup-dev  ## print the benchmark figures
	@for b in benchmarks/*.py; do echo "== $$b"; $(BIN)/python $$b; done

notebooks: setup  ## regenerate notebooks/*.ipynb (no outputs) from their source
	$(BIN)/python -m indicators.notebook_sources

clean-outputs:  ## delete generated tables, figures and briefs
	find data/processed figures reports -mindepth 1 ! -name README.md -delete
