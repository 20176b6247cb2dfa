# vetkit: `make run` serves the platform, `make test` runs every test (both set up first).
# `make setup` is idempotent: .venv with vetkit installed, a Docker engine answering,
# the runner image built.  It is fast when everything is already there.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test bench clean-venv

setup: $(STAMP)
	@$(BIN)/vetkit setup

$(STAMP): pyproject.toml
	@echo "[setup] creating $(VENV) and installing vetkit with its dev extras"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run: setup
	@echo "vetkit is set up: engine answering, runner image $$($(BIN)/vetkit sandbox image) built."
	@$(BIN)/vetkit bank stats --json | $(BIN)/python -c 'import json, sys; s = json.load(sys.stdin); \
		print("question bank: %d coding problems, %d ML-fundamentals items, %d take-homes; %d assessment blueprints" \
		      % (s["coding"], s["quiz"], s["takehome"], len(s["blueprints"])))'
	@echo "The webapp is not written yet; try: $(BIN)/vetkit run tests/files/programs/echo.py --lang python --stdin README.md --json"

test: setup
	@$(BIN)/python -m pytest -q -ra

bench: setup
	@$(BIN)/python -m bench

clean-venv:
	rm -rf $(VENV)
