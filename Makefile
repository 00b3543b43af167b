# Two entry points: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= data/workbench.db
PORT   ?= 8501
STAMP  := $(VENV)/.installed

.PHONY: run test setup demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Builds the demo call from corpus/ when there is no database yet.
$(DB): | $(STAMP)
	$(BIN)/python -m corpus.generate --out data/demo_corpus --labels data/demo_labels.csv
	$(BIN)/workbench --db $(DB) ingest --call demo-call --report conflict-peace-security \
		--title "Demo call for inputs (generated corpus)" data/demo_corpus
	$(BIN)/workbench --db $(DB) themes --call demo-call --refresh > /dev/null
	$(BIN)/workbench --db $(DB) notes import corpus/demo_literature.bib --report conflict-peace-security

demo: $(DB)

run: $(DB)
	WORKBENCH_DB=$(abspath $(DB)) $(BIN)/streamlit run streamlit_app.py \
		--server.address 127.0.0.1 --server.port $(PORT) --server.headless true

test: $(STAMP)
	$(BIN)/python -m pytest

# Benchmarks (not part of `make test`): ingest, then the pages and commands people wait on at
# 130 and 1,500 generated submissions (add 5,000: bench/pages.py --sizes 130,1500,5000).
bench: $(DB)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/pages.py --sizes 130,1500

clean:
	rm -rf $(VENV) data
