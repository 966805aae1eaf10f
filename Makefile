# Every target runs inside .venv (made by `make install`), so a clean clone needs only python3.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: install generate import-upstream check-upstream check-generated lint typecheck pyright test check demo bench bench-deps test-engines clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

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

# The Ray / Spark / Dask adapters with the real engines, against the local server throttling
# like a provider (tests/engines). Their own venv, so .venv stays lean; Spark needs Java 17.
ENGINES_VENV ?= .venv-engines
$(ENGINES_VENV)/.installed: pyproject.toml
	python3 -m venv $(ENGINES_VENV)
	$(ENGINES_VENV)/bin/python -m pip install -q --upgrade pip
	$(ENGINES_VENV)/bin/python -m pip install -q -e '.[ray,spark,dask]' 'pytest>=8.0' 'pytest-timeout>=2.2'
	touch $@

test-engines: $(ENGINES_VENV)/.installed
	ESINFERENCE_ENGINES=1 $(ENGINES_VENV)/bin/python -m pytest tests/engines --confcutdir=tests/engines \
		-p no:cacheprovider -W ignore::pytest.PytestConfigWarning --timeout=900 $(PYTEST_ARGS)

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
	rm -rf $(VENV) $(ENGINES_VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis
