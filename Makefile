# Two commands on a fresh machine: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST := QT_QPA_PLATFORM=offscreen $(BIN)/pytest

.PHONY: run test lint test-slow bench translations translations-update screenshots package clean

LANGS   := es en
QM      := $(LANGS:%=defender_app/translations/defender_%.qm)
# Every module whose strings a person may see (the relay has no translated interface), new
# files not yet committed included: their strings are translated before they are first shipped.
I18N_PY  = $(shell git ls-files --cached --others --exclude-standard \
	'defender_app/*.py' 'forms/*.py' 'storage/*.py' 'sync/*.py')

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# One environment serves the app and the tests; re-install when the project's metadata changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,package]'
	touch $@

run: $(STAMP) translations
	$(BIN)/defender-app

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint translations
	$(PYTEST) -m "not slow"

# The long versions of the promises: 200 kill rounds, a 2 GB import.
test-slow: $(STAMP)
	$(PYTEST) -m slow

# Each main screen of the app on a demo vault, at 1366x768, into screenshots/ (LANG=es|en).
SHOTS_LANG ?= es
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m defender_app.tools.screenshots screenshots $(SHOTS_LANG)

bench: $(STAMP)
	$(BIN)/python -m bench

# Compile the Qt Linguist sources into the .qm files the app loads.
translations: $(QM)

defender_app/translations/defender_%.qm: translations/defender_%.ts | $(STAMP)
	@mkdir -p $(@D)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (new strings arrive unfinished for translators).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations relative -no-obsolete $(I18N_PY) \
		$(LANGS:%=-ts translations/defender_%.ts)

# The Linux release (packaging/build.sh): PyInstaller bundle in dist/defender/, its --version and
# --selftest, the tarball with desktop integration, and bundle_size_mb / frozen_cold_start_s
# set in bench/results.json. Windows and macOS: packaging/windows/, packaging/macos/.
package: $(STAMP) translations
	PY=$(BIN)/python RESULTS=bench/results.json packaging/build.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
