# Every target runs inside .venv (made by `make install-dev`), so a clean clone needs only python3.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST_ARGS ?=

.PHONY: install install-dev dist test-wheel changelog-api generate import-upstream check-upstream check-generated lint typecheck pyright test test-pure check demo docs bench bench-deps test-engines test-engines-fresh clean

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

# The transport and end-to-end tests with every fast path on urllib3/http.client internals off
# (_transport/fast_paths.py): the stock behaviour an unchecked Python falls back on.
test-pure: install
	ESINFERENCE_PURE_URLLIB3=1 $(PY) -m pytest tests/transport tests/e2e $(PYTEST_ARGS)

check: lint typecheck pyright check-upstream check-generated docs test

# The Ray / Spark / Dask adapters with the real engines, against the local server throttling
# like a provider (tests/engines). Their own venv, so .venv stays lean; Spark needs Java 17.
ENGINES_VENV ?= .venv-engines
$(ENGINES_VENV)/.installed: pyproject.toml
	python3 -m venv $(ENGINES_VENV)
	$(ENGINES_VENV)/bin/python -m pip install -q --upgrade pip
	$(ENGINES_VENV)/bin/python -m pip install -q -e '.[ray,spark,dask]' 'pytest>=8.0' 'pytest-timeout>=2.2'
	touch $@

# Each test has ENGINES_TIMEOUT seconds (a job hung in an engine fails its test, not the run);
# on a failure the engines' own logs (Ray's session, which its driver does not print) follow
# pytest's report, where each job's stderr (Spark, Dask) already is.
ENGINES_TIMEOUT ?= 480
RAY_LOGS ?= /tmp/ray/session_latest/logs
test-engines: $(ENGINES_VENV)/.installed
	ESINFERENCE_ENGINES=1 $(ENGINES_VENV)/bin/python -m pytest tests/engines --confcutdir=tests/engines \
		-p no:cacheprovider -W ignore::pytest.PytestConfigWarning --timeout=$(ENGINES_TIMEOUT) \
		-rfE --durations=8 $(PYTEST_ARGS) || { status=$$?; \
		for log in $(RAY_LOGS)/*.err $(RAY_LOGS)/*.out; do \
		    [ -s "$$log" ] && { echo "--- $$log (last 40 lines)"; tail -n 40 "$$log"; }; \
		done; exit $$status; }

# CI's engine step: the engines' venv built from nothing, as a clean clone has it, then the
# suite. `make check` needs none of this.
test-engines-fresh:
	rm -rf $(ENGINES_VENV)
	$(MAKE) test-engines

# The demo needs the runtime only: its own venv with the package and urllib3, no dev tools.
# `pip install .` (not -e) copies src/, so any change there installs again. The venv is made
# without pip and filled by python3's own pip (--python, pip >= 22.3): bootstrapping pip into
# it would cost more CPU than the install. An older or missing pip gets the usual way.
DEMO_VENV ?= .venv-demo
$(DEMO_VENV)/.installed: pyproject.toml $(shell find src -name '*.py' -o -name py.typed)
	rm -rf $(DEMO_VENV)
	python3 -m venv --without-pip $(DEMO_VENV)
	if python3 -m pip --python $(DEMO_VENV)/bin/python --version >/dev/null 2>&1; then \
	    python3 -m pip --python $(DEMO_VENV)/bin/python install -q . ; \
	else \
	    $(DEMO_VENV)/bin/python -m ensurepip -q && $(DEMO_VENV)/bin/python -m pip install -q . ; \
	fi
	touch $@

demo: $(DEMO_VENV)/.installed
	$(DEMO_VENV)/bin/python -m esinference.demo

# The documentation site (Sphinx + MyST, docs/conf.py says why) in docs/_build/html. Warnings
# are errors (-W), every one reported (--keep-going); -E rereads every page, so a warning in a
# page that did not change still fails the build.
docs: install
	$(PY) -m sphinx -E -W --keep-going -q -b html docs docs/_build/html

# What the bench compares against (elasticsearch-py 9.3, aiohttp) and orjson: the 'bench' extra.
$(VENV)/.bench-deps: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install -q -e '.[bench]'
	touch $@

bench-deps: $(VENV)/.bench-deps

BENCH_ARGS ?=
bench: bench-deps
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(DEMO_VENV) $(ENGINES_VENV) dist build docs/_build .mypy_cache .pytest_cache .ruff_cache .hypothesis
