# make run   - set up the virtual environment and run the monitor on ./sources.toml
# make test  - set up the virtual environment and run the whole test suite
# make browse - install Datasette (the [browse] extra) and browse the database at http://127.0.0.1:8001/
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install bytecode run check test browse lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# An editable install leaves no bytecode, and PYTHONDONTWRITEBYTECODE (common in containers and CI)
# keeps Python from writing it: every command would compile monitor/ afresh (~70 ms a start).
# compileall skips what is up to date.
bytecode: install
	$(BIN)/python -m compileall -q monitor

# The daemon on ./sources.toml (stop it with Ctrl-C); `make check` runs one sweep instead.
run: bytecode
	$(BIN)/monitor run

check: bytecode
	$(BIN)/monitor check

# the tests in parallel, one process per core up to four (pytest-xdist): they start the real CLI
# and servers, and wait on processes more than they compute; `-p no:xdist` runs them in one process.
# Handed out one by one, the slowest first (tests/data/slowest.txt, see tests/conftest.py)
test: bytecode
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist loadgroup --no-loadscope-reorder

# Datasette on the database (read-only while the daemon writes), with the feed and the timeline
browse: bytecode
	$(BIN)/pip install --quiet -e '.[browse]'
	$(BIN)/monitor browse

# The benchmarks (nginx is installed from Debian's packages when missing; urlwatch into bench/out/).
bench: bytecode
	$(BIN)/python bench/run.py --pages 1000 --runs 3
	$(BIN)/python bench/cpu.py
	$(BIN)/python bench/facts_eval.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find monitor -name __pycache__ -prune -exec rm -rf {} +

lint: install
	$(BIN)/pip install --quiet ruff mypy
	$(BIN)/ruff check monitor bench tests
	$(BIN)/mypy monitor
