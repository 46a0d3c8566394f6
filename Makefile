# The two commands a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-long test-editors bench vsix docs clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

# Lint the sample prompts; findings are the point, so they do not fail the demo.
demo: $(STAMP)
	$(VENV)/bin/literalist check docs/examples --statistics || [ $$? -eq 1 ]

test: $(STAMP)
	$(PY) -m pytest -q -W error::pytest_lsp.LspSpecificationWarning -m "not long"

test-long: $(STAMP)
	$(PY) -m pytest -q -m long

test-editors: $(STAMP)
	bash tests/editors/run.sh

bench: $(STAMP)
	$(PY) tests/bench/run.py

vsix: $(STAMP)
	bash vscode-client/scripts/build-vsix.sh

# Regenerate docs/rules/ from the rules' own metadata.
docs: $(STAMP)
	$(PY) -m literalist.docs_gen docs/rules
	$(PY) -m literalist.gate_table
	$(PY) -m literalist.stem_table
	@# the regex code for the other Pythons the extension bundles (needs make vsix's libraries)
	@for v in 3.10 3.12 3.13; do \
	  if python$$v -c pass 2>/dev/null && [ -d vscode-client/bundled/libs ]; then \
	    PYTHONPATH=server:vscode-client/bundled/libs python$$v -m literalist.gate_table --code-only; \
	  else echo "skipped the regex code for Python $$v (no python$$v, or no vscode-client/bundled/libs)"; fi; \
	done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
