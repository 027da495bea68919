# The two commands a newcomer needs: `make run` and `make test`. Everything else is built on first use.
SHELL := /bin/bash
.DEFAULT_GOAL := help

APP_VENV := .venv
BOT_VENV := .venv-bot
PY311 := $(shell command -v python3.11 2>/dev/null || command -v python3.12 2>/dev/null || command -v python3 2>/dev/null)
PY310 := $(shell scripts/find-python310)

.PHONY: help run test lint env bench eval clean

help:
	@echo "make run    build what is missing, then run the whole product (Ctrl-C stops it)"
	@echo "make test   build what is missing, then run the full test suite"
	@echo "make lint   ruff over the project"
	@echo "make bench  the benchmarks (over an hour; BENCH_REPEATS=1 about 40 minutes): bench/results/latest.md"
	@echo "make eval   simulated people through the real stack, records checked (about 40 minutes): eval/results/latest.md"

$(APP_VENV)/.installed: pyproject.toml
	@echo "[     env] building the app env ($(APP_VENV), $$($(PY311) --version))..."
	@mkdir -p var/log
	@$(PY311) -m venv $(APP_VENV)
	@( $(APP_VENV)/bin/pip install --upgrade pip && $(APP_VENV)/bin/pip install -e '.[dev]' ) \
		> var/log/env-app.log 2>&1 || { tail -30 var/log/env-app.log; echo "app env failed: see var/log/env-app.log"; exit 1; }
	@touch $@

$(BOT_VENV)/.installed: bot/requirements.txt
	@test -n "$(PY310)" || { echo "Python 3.10 is needed for Rasa 3.6 and was not found: see README, Troubleshooting"; exit 1; }
	@echo "[     env] building the bot env ($(BOT_VENV), Rasa 3.6.21 on $$($(PY310) --version); about 2 minutes)..."
	@mkdir -p var/log
	@$(PY310) -m venv $(BOT_VENV)
	@( $(BOT_VENV)/bin/pip install --upgrade pip wheel && $(BOT_VENV)/bin/pip install -r bot/requirements.txt ) \
		> var/log/env-bot.log 2>&1 || { tail -30 var/log/env-bot.log; echo "bot env failed: see var/log/env-bot.log"; exit 1; }
	@touch $@

# The NHS.UK styles for the chat page and dashboard, from npm, built into var/web (no CDN at run time).
WEB_BUILT := var/web/vendor/BUILT
$(WEB_BUILT): web/package.json web/package-lock.json $(APP_VENV)/.installed
	@echo "[     web] building the page styles from the nhsuk-frontend npm package..."
	@mkdir -p var/log
	@( cd web && npm ci --no-audit --no-fund ) > var/log/web.log 2>&1 \
		|| { tail -20 var/log/web.log; echo "web build failed: see var/log/web.log"; exit 1; }
	@$(APP_VENV)/bin/python -m frontdoor.web.build

env: $(APP_VENV)/.installed $(BOT_VENV)/.installed $(WEB_BUILT)
	@echo "[     env] ready: app env, bot env and page styles"

run: env
	@$(APP_VENV)/bin/frontdoor run

# One worker per core; the tests that start the real processes all run on one of them (tests/conftest.py).
test: env
	@$(APP_VENV)/bin/python -m pytest -n auto $(PYTEST_ARGS)

$(APP_VENV)/.bench: pyproject.toml $(APP_VENV)/.installed
	@$(APP_VENV)/bin/pip install -e '.[dev,bench]' > var/log/env-bench.log 2>&1 \
		|| { tail -20 var/log/env-bench.log; exit 1; }
	@touch $@

# Benchmarks (not tests): over an hour at the default 5 repetitions (BENCH_REPEATS=1: about 40 minutes);
# writes bench/results/latest.json and latest.md.
bench: env $(APP_VENV)/.bench
	@$(APP_VENV)/bin/python -m bench.run

# Evaluation (not tests): simulated people through the real stack, each record checked through the staff
# API; then eval.concerns and eval.safety where present. Writes eval/results/latest.json and latest.md.
eval: env
	@$(APP_VENV)/bin/python -m eval.run

lint: $(APP_VENV)/.installed
	@$(APP_VENV)/bin/ruff check .

clean:
	rm -rf var models .rasa
