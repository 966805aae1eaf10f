# Every target runs inside .venv (made by `make install`), so a clean clone needs only python3.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: install generate check-generated lint typecheck test check demo bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

generate: install
	$(PY) -m codegen

check-generated: install
	$(PY) -m codegen --check

lint: install
	$(PY) -m ruff check src codegen tests
	$(PY) -m black --check -q src codegen tests --exclude '/_gen/|/fixtures/'

typecheck: install
	$(PY) -m mypy src codegen
	$(PY) -m mypy tests/types

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

check: lint typecheck check-generated test

demo: install
	$(PY) -m esinference.demo

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
