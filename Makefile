# Two commands from a fresh clone: `make demo` and `make test`. Only python3 is needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test check lint types bench clean install

$(BIN)/mineres: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/mineres

demo: install
	$(BIN)/mineres info
	$(BIN)/mineres paragraphs

check: install
	$(BIN)/ruff check mineres tests benchmarks
	$(BIN)/ruff format --check mineres tests benchmarks
	$(BIN)/mypy

test: check
	$(BIN)/pytest

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Mutation score of the core modules (tests/mutation/modules.yaml), one module at a time on
# MUTATE_JOBS cores (default 2): `make mutate` or `make mutate MODULE=mineres/select.py`.
.PHONY: mutate
mutate: install
	$(BIN)/python benchmarks/mutation_score.py $(MODULE)
