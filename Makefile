# Set-up, serving and testing. A fresh Debian machine with python3, git and make needs only
# `make run` (serve the app) or `make test` (lint + the whole test suite).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# Debian packages the app needs: Chromium renders PNG exports and runs the browser tests,
# Noto CJK draws Chinese glyphs in exported charts, PostgreSQL holds the catalog of the DuckLake
# tests (a throwaway server each run: tests/pg.py).
APT_PACKAGES := chromium fonts-noto-cjk postgresql

.PHONY: run test setup system-deps venv warehouse password lint lock bench bench-quick screenshots clean

run: setup warehouse password
	@echo "Serving on http://localhost:$(PORT)"
	$(PY) -m streamlit run asgi.py --server.port $(PORT) --server.headless true

# The loader and page tests again on DuckLake, its catalog in a throwaway PostgreSQL (tests/pg.py)
LAKE_TESTS := tests/test_warehouse.py tests/test_sheets.py tests/test_sheet_steps.py tests/test_cli.py \
  tests/test_candidates.py tests/test_evidence.py tests/test_school_admin.py tests/test_reads.py \
  tests/test_app_pages.py tests/test_app_upload.py tests/test_app_overview.py tests/test_app_briefing.py

test: setup warehouse
	$(PY) -m ruff check .
	$(PY) -m pytest
	$(PY) -m pytest --backend=lake $(LAKE_TESTS)

setup: system-deps venv

venv: $(VENV)/.installed

# Installs what is missing, once; when apt-get is not usable it says so and goes on.
system-deps:
	@missing=""; \
	$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || missing="python3-venv"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	{ command -v fc-list >/dev/null 2>&1 && fc-list ':lang=zh' family 2>/dev/null | grep -q 'Noto Sans CJK'; } \
	  || missing="$$missing fonts-noto-cjk"; \
	{ command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } \
	  || missing="$$missing postgresql"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	  else sudo="none"; fi; \
	  if [ "$$sudo" != none ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian packages:$$missing"; \
	    { $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; } \
	      || echo "note: could not install$$missing; PNG export, browser and DuckLake tests need them (apt-get install$$missing)."; \
	  else \
	    echo "note: missing$$missing and apt-get is not usable here; PNG export, browser and DuckLake tests need them (apt-get install$$missing)."; \
	  fi; \
	fi

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

# Create or migrate the warehouse and load the bundled data; a no-op when nothing changed.
warehouse: venv
	@$(PY) -m etl build --quiet

# The analyst password for the upload and review pages (printed once when generated).
password: venv
	@$(PY) -m etl password --ensure

lint: venv
	$(PY) -m ruff check .

# Recompile the pinned requirements.txt from requirements.in.
lock: venv
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
	  --output-file requirements.txt requirements.in

bench: setup
	$(PY) bench/run.py

bench-quick: setup
	$(PY) bench/run.py --quick

# The README's pictures of the overview page, an exported PNG (Chinese, English) and a deck slide (docs/screenshots.py);
# LibreOffice draws the slide, so this target alone installs it.
screenshots: setup
	@command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || \
	  { sudo=$$( [ "$$(id -u)" = 0 ] || echo "sudo -n" ); $$sudo apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends \
	    libreoffice-impress-nogui poppler-utils >/dev/null; }
	$(PY) -m docs.screenshots

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
