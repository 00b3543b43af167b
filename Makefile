# Two entry points: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= data/workbench.db
PORT   ?= 8501
STAMP  := $(VENV)/.installed

# What the tests need from the system (browser tests; OCR of scanned PDFs in en/es/fr/pt/ru),
# and what the app needs (OCR). Installed with apt-get when missing and we are root (CI, a fresh
# container); otherwise make stops at once with the one command to run.
TESSERACT_LANGS := eng spa fra por rus
OCR_PACKAGES    := tesseract-ocr $(addprefix tesseract-ocr-,$(TESSERACT_LANGS))

.PHONY: run test setup demo bench clean system-run system-test

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || $(call need,python3-venv,Python's venv module)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,app]'
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

run: system-run $(DB)
	WORKBENCH_DB=$(abspath $(DB)) $(BIN)/streamlit run streamlit_app.py \
		--server.address 127.0.0.1 --server.port $(PORT) --server.headless true

test: system-test $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

# $(call need,PACKAGES,WHAT): install Debian PACKAGES (root with apt-get), else stop with the command.
define need
	{ if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "make: installing $(2) ($(1))"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -qq && apt-get install -y -qq $(1) >/dev/null || exit 1; \
	else \
		echo "make: $(2) is missing; run:  sudo apt-get install -y $(1)" >&2; exit 1; \
	fi; }
endef

system-run:
	@missing=""; for lang in $(TESSERACT_LANGS); do tesseract --list-langs 2>/dev/null | grep -qx $$lang || missing=1; done; \
	[ -z "$$missing" ] || $(call need,$(OCR_PACKAGES),Tesseract OCR with its $(TESSERACT_LANGS) models)

system-test: system-run
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
		$(call need,chromium,Chromium (the browser tests))

# Benchmarks (not part of `make test`): ingest, then the pages and commands people wait on at
# 130 and 1,500 generated submissions (add 5,000: bench/pages.py --sizes 130,1500,5000).
bench: $(DB)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/pages.py --sizes 130,1500

clean:
	rm -rf $(VENV) data
