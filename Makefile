# kartedit — set-up, run and test on a fresh machine with only Python 3.11+.
#   make run    install into .venv and start kartedit on the demo map
#   make test   install into .venv and run the whole test suite (ruff + mypy + pytest)
#   make typecheck  the type check of src/ alone (mypy, incremental: seconds after the first run)
#   make smoke-wheel  build the wheel, install it into a fresh venv, check its nb/nn window
#   make bench  the «fast at region scale» figures (bench-quick: a small map, as CI runs it)
#   make dist   frozen one-folder build (PyInstaller) → dist/kartedit-VERSION-linux-x86_64.tar.gz
#   make smoke-frozen  unpack that archive with a fresh HOME and check the frozen program

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck translations check-qt smoke-wheel dist smoke-frozen \
	install-desktop screenshot bench bench-quick clean

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

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) translations lint typecheck
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

smoke-wheel: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	$(PY) packaging/smoke_wheel.py

DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP) packaging/requirements-dist.txt
	$(PY) -m pip install --quiet -r packaging/requirements-dist.txt
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	$(PY) packaging/build_dist.py

smoke-frozen: $(STAMP)
	$(PY) packaging/smoke_frozen.py

install-desktop: $(STAMP)
	$(VENV)/bin/kartedit install-desktop

screenshot: $(STAMP) translations
	@QT_QPA_PLATFORM=offscreen $(PY) packaging/check_qt.py
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/kartedit --screenshot docs/screenshot.png \
		--select angst/fastlege/assessment --language nb $(SCREENSHOT_DB)

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py
	$(PY) bench/word_import.py
	$(PY) bench/publish.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/quality.py

bench-quick: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --quick

clean:
	rm -rf $(VENV) .mypy_cache build dist *.egg-info src/*.egg-info resources/translations/*.qm
