# Every target runs inside .venv (made by `make install-dev`), so a clean clone needs only python3.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: install install-dev dist test-wheel changelog-api generate import-upstream check-upstream check-generated lint typecheck pyright test check demo bench bench-deps clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# The package (editable) and every development tool: generator, linters, type checkers, tests.
install-dev: $(VENV)/.installed

# The name other targets and scripts have always used.
install: install-dev

# A wheel and an sdist in dist/, checked as PyPI would (build and twine only in this target).
dist: install-dev
	$(PY) -m pip install -q 'build>=1.2' 'twine>=5'
	rm -rf dist build
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/*
	$(PY) .ci/check_wheel_files.py

# The test suite against the installed wheel in an empty venv of one Python (.ci/wheel-tests).
PYTHON ?= python3
test-wheel: dist
	.ci/wheel-tests $(PYTHON)

generate: install
	$(PY) -m codegen
	$(PY) tests/types/extract_examples.py

# Rewrite spec/ from an Elasticsearch specification schema.json (or inference slice) + spec/overlay.yaml.
SCHEMA ?=
COMMIT ?=
import-upstream: install
	$(PY) -m codegen import-upstream $(if $(SCHEMA),--schema $(SCHEMA)) $(if $(COMMIT),--commit $(COMMIT))

# spec/ must equal what the importer makes from the pinned slice (spec/upstream.yaml) + overlay.
check-upstream: install
	$(PY) -m codegen import-upstream --check

# The "API" part of a CHANGELOG.md entry: the last import's change report, one level down.
changelog-api:
	@sed -e '1,/^Changes marked/d' -e 's/^## /#### /' spec/UPSTREAM_CHANGES.md

check-generated: install
	$(PY) -m codegen --check

lint: install
	$(PY) -m ruff check src codegen tests bench
	$(PY) -m black --check -q src codegen tests bench --exclude '/_gen/|/fixtures/|/doc_examples.py'

typecheck: install
	$(PY) -m mypy src codegen
	$(PY) -m mypy tests/types

# Pyright as Pylance runs it (settings in pyproject's [tool.pyright]); the wrapper's check for a
# newer release is a network call we do not want in CI.
pyright: install
	PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(VENV)/bin/pyright --pythonpath $(PY)

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

check: lint typecheck pyright check-upstream check-generated test

demo: install
	$(PY) -m esinference.demo

# What the bench compares against (elasticsearch-py 9.3, aiohttp) and orjson: the 'bench' extra.
$(VENV)/.bench-deps: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e '.[bench]'
	touch $@

bench-deps: $(VENV)/.bench-deps

BENCH_ARGS ?=
bench: bench-deps
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) dist build .mypy_cache .pytest_cache .ruff_cache .hypothesis
