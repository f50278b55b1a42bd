# kartedit — set-up, run and test on a fresh machine with only Python 3.11+.
#   make run    install into .venv and start kartedit on the demo map
#   make test   install into .venv and run the whole test suite (ruff + pytest)
#   make smoke-wheel  build the wheel, install it into a fresh venv, check its nb/nn window
#   make bench  the «fast at region scale» figures (bench-quick: a small map, as CI runs it)

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint translations check-qt smoke-wheel screenshot bench bench-quick clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "kartedit needs Python 3.11 or newer." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
		{ echo "Could not make a virtual environment. On Debian: sudo apt-get install python3-venv" >&2; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: $(STAMP)
	$(PY) packaging/build_translations.py --check

check-qt: $(STAMP)
	@$(PY) packaging/check_qt.py

run: $(STAMP) translations check-qt
	$(VENV)/bin/kartedit

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench packaging setup.py
	$(VENV)/bin/ruff format --check src tests bench packaging setup.py

test: $(STAMP) translations lint
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

smoke-wheel: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	$(PY) packaging/smoke_wheel.py

screenshot: $(STAMP) translations
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kartedit --screenshot docs/screenshot.png \
		--select angst/fastlege/assessment --language nb $(SCREENSHOT_DB)

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

bench-quick: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --quick

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info resources/translations/*.qm
