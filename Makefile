# Dialogos: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# What `pip install -e .[...]` adds for testing: the tests' tools; CI also adds `postgres`.
EXTRAS ?= test
# Running needs the program alone (`pip install -e .`); testing adds EXTRAS. Each
# install has its own stamp, so `make run` on a fresh clone brings no test tool.
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-$(EXTRAS)
# Where `make foreign-parsers` puts ical.js, the export tests' Thunderbird parser.
FOREIGN_PARSERS := build/foreign-parsers

.PHONY: run test lint bench translations clean screenshots package foreign-parsers

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project's metadata changed.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(TEST_STAMP)

run: $(RUN_STAMP)
	$(BIN)/dialogos

lint: $(TEST_STAMP)
	$(BIN)/ruff check planner ui tests benchmarks
	$(BIN)/ruff format --check planner ui tests benchmarks
	$(BIN)/mypy

test: $(TEST_STAMP) lint foreign-parsers
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# ical.js (Thunderbird's parser) for the export tests, from npm into build/ where they look for it,
# and Debian's libical bindings (installed as root on Debian or Ubuntu; elsewhere it says what to install).
foreign-parsers:
	packaging/foreign_parsers.sh $(FOREIGN_PARSERS)

bench: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Collect the UI's tr() strings into the .ts sources, then compile them to .qm.
# launcher.py is left out: its messages come from the core's catalogue. A message whose context
# changed (moved to ui/labels.py's "Labels", a class renamed) keeps its translation (packaging/carry_over_translations.py).
UI_SOURCES := $(filter-out ui/launcher.py,$(wildcard ui/*.py ui/*/*.py))
translations: $(RUN_STAMP)
	for ts in resources/translations/*.ts; do \
	  $(BIN)/pyside6-lupdate $(UI_SOURCES) -ts "$$ts" && \
	  $(BIN)/python packaging/carry_over_translations.py "$$ts" && \
	  $(BIN)/pyside6-lupdate $(UI_SOURCES) -ts "$$ts" && \
	  $(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# The README's pictures, taken from the real app on demo plans (offscreen, fixed clock and seed).
screenshots: $(RUN_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/screenshots

# A folder with the program and all it needs, for people without Python (see packaging/README.md).
package: $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	cd packaging && ../$(BIN)/pyinstaller --noconfirm --clean --distpath ../dist --workpath ../build/pyinstaller dialogos.spec

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
