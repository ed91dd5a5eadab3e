# make run   - set up the virtual environment and run the monitor on ./sources.toml
# make test  - set up the virtual environment and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run check test lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The daemon on ./sources.toml (stop it with Ctrl-C); `make check` runs one sweep instead.
run: install
	$(BIN)/monitor run

check: install
	$(BIN)/monitor check

test: install
	$(BIN)/python -m pytest -q

# The benchmarks (nginx is installed from Debian's packages when missing; urlwatch into bench/out/).
bench: install
	$(BIN)/python bench/run.py --pages 1000 --runs 3
	$(BIN)/python bench/cpu.py
	$(BIN)/python bench/facts_eval.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

lint: install
	$(BIN)/pip install --quiet ruff mypy
	$(BIN)/ruff check monitor bench tests
	$(BIN)/mypy monitor
