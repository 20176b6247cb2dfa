# vetkit: `make run` serves the platform, `make test` runs every test (both set up first).
# `make setup` is idempotent: .venv with vetkit installed, the front-end bundled, Debian's chromium for the
# browser tests, Debian's postgresql and redis-server for the database and queue tests (none left running),
# a Docker engine answering, the runner image built, the database migrated and the bank synced.
# It is fast when everything is already there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
ASSETS := webapp/assets
ASSETS_STAMP := webapp/static/dist/.built
ASSET_SOURCES := $(wildcard $(ASSETS)/src/*) $(ASSETS)/package.json $(ASSETS)/package-lock.json $(ASSETS)/build.mjs

.PHONY: setup run test bench browser servers clean-venv

setup: $(STAMP) $(ASSETS_STAMP) browser servers
	@$(BIN)/vetkit setup

$(STAMP): pyproject.toml
	@echo "[setup] creating $(VENV) and installing vetkit with its dev extras"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

$(ASSETS_STAMP): $(ASSET_SOURCES)
	@echo "[setup] installing the front-end packages (npm ci) and bundling them into webapp/static/dist"
	@cd $(ASSETS) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build
	@touch $(ASSETS_STAMP)

# Debian's postgresql and redis-server: the tests start throwaway servers of their own (nothing runs after setup).
servers:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v redis-server >/dev/null 2>&1; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "[setup] installing Debian's postgresql and redis-server for the database and queue tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql redis-server >/dev/null || exit 1; \
	    for service in redis-server postgresql; do service $$service stop >/dev/null 2>&1 || true; done; \
	  else echo "[setup] postgresql or redis-server is missing: install them (Debian: apt-get install postgresql redis-server) for their tests"; fi; }

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "[setup] installing Debian's chromium for the browser tests"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; \
	  else echo "[setup] chromium is missing: install it (Debian: apt-get install chromium) for the browser tests"; fi; }

run: setup
	@$(BIN)/vetkit serve

test: setup
	@$(BIN)/python -m pytest -q -ra

bench: setup
	@$(BIN)/python -m bench

clean-venv:
	rm -rf $(VENV)
