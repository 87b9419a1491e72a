# Two commands for a newcomer: `make serve` and `make test`. Both set up .venv first.
export NO_MKDOCS_2_WARNING := 1

# What a person sets (make language CODE=… NAME=…, make build RELEASE=1, or the same in the
# environment) reaches the commands as environment variables, taken literally: make does not
# expand it (no `$(shell …)`), the shell neither runs nor splits it ("$$CODE", $${RELEASE:+…};
# TEXTS is split on spaces, never globbed). The commands then validate every value. The
# Makefile's own names are fixed: `make BIN=…` changes nothing. tests/test_hostile.py tries a
# `$(shell …)` in every variable, on the command line and in the environment.
override PYTHON := $(or $(value PYTHON),python3)
override CODE := $(value CODE)
override NAME := $(value NAME)
override TEXTS := $(value TEXTS)
override TAG := $(value TAG)
override RELEASE := $(value RELEASE)
override UPGRADE := $(value UPGRADE)
export PYTHON CODE NAME TEXTS TAG RELEASE UPGRADE
override VENV := .venv
override BIN := $(VENV)/bin
override STAMP := $(VENV)/.installed

.PHONY: serve test build pdf offline check generate translations translated language lint bench screenshots preview proofs lock copies engines release-notes release-assets clean
override BENCH_URL := http://127.0.0.1:8123/

# requirements.txt pins every package with its hashes (`make lock` writes it): pip refuses any other file.
$(STAMP): pyproject.toml requirements.txt
	"$$PYTHON" -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

serve: $(STAMP)  ## serve the site on http://127.0.0.1:8000, rebuilt when docs/ or data/ change
	$(BIN)/python -m onpe_guide check
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000  # --dirty: an edit renders again only what it changed (engine/rebuild.py)

test: lint node_modules/.installed  ## every test: lint, format, types, core, built site, browser, HTML validity (Java)
	$(BIN)/pytest -n auto --dist worksteal  # one worker per core, an idle one taking tests from the other; the built site is shared (tests/conftest.py)

# RELEASE=1 (any value) refuses any text still marked À TRADUIRE (shown in French): the deployment sets it.
build: $(STAMP)  ## check data/, build site/ strictly; a failed build leaves site/ as it was
	$(BIN)/python -m onpe_guide build $${RELEASE:+--release}

# The PDFs print SITE_URL and its QR code: unset, that is this computer (http://127.0.0.1:8000/, as
# `make preview` serves it), and `make pdf` says so in one line; `make pdf RELEASE=1` refuses it.
pdf: $(STAMP)  ## the site with every handout, booklet and deck of slides as PDF (WeasyPrint), linked from the pages
	$(BIN)/python -m onpe_guide build --pdf $${RELEASE:+--release}

preview: $(STAMP)  ## browse the built site/ (PDFs included, after `make pdf`) on http://127.0.0.1:8000/, as GitHub Pages serves it
	$(BIN)/python -m onpe_guide preview

proofs: $(STAMP)  ## every sheet and slide and the booklets' first pages as PNG in build/proofs/, a contact sheet per language
	$(BIN)/python -m onpe_guide proofs

offline: $(STAMP)  ## build/guide-hors-ligne.zip: the whole guide to open from file://, no network
	$(BIN)/python -m onpe_guide offline

check: $(STAMP)  ## validate data/ only, printing every problem with its file and line
	$(BIN)/python -m onpe_guide check

generate: $(STAMP)  ## write the pages generated from data/ into docs/
	$(BIN)/python -m onpe_guide generate

translations: $(STAMP)  ## per language: texts up to date, outdated (the French changed), to translate
	$(BIN)/python -m onpe_guide translations

translated: $(STAMP)  ## record new translations: make translated CODE=en TEXTS="verbs.yml/verbs/adapter/label"
	@test -n "$$CODE" -a -n "$$TEXTS" || { echo 'usage: make translated CODE=en TEXTS="<key> …" (keys from make translations)'; exit 2; }
	set -f; $(BIN)/python -m onpe_guide translated "$$CODE" $$TEXTS

language: $(STAMP)  ## add a language, every text marked À TRADUIRE: make language CODE=de NAME=Deutsch
	@test -n "$$CODE" -a -n "$$NAME" || { echo 'usage: make language CODE=de NAME=Deutsch'; exit 2; }
	$(BIN)/python -m onpe_guide add-language "$$CODE" "$$NAME"

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

bench: $(STAMP) node_modules/.installed  ## build time, weight, PDFs, Lighthouse, into README.md; takes minutes
	PYTHONPATH=scripts $(BIN)/python -m bench.build --readme; build=$$?; \
	SITE_URL='$(BENCH_URL)' $(BIN)/python -m onpe_guide build --site-dir .bench/site && \
	PYTHONPATH=scripts $(BIN)/python -m bench.lighthouse --site .bench/site --port 8123 --readme; \
	lighthouse=$$?; test $$build -eq 0 -a $$lighthouse -eq 0  # both run; either budget missed fails

screenshots: $(STAMP)  ## site/ built again with its PDFs, then build/screenshots/<lang>/<kind>-<width>.png: 16 kinds of page, whole at 320 and 390 px, two screens at 1280 px
	$(BIN)/python -m onpe_guide build --pdf
	PYTHONPATH=scripts $(BIN)/python -m review.screenshots

lint: $(STAMP)  ## lint, format (as pre-commit checks it), YAML and types, without the tests
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests
	$(BIN)/yamllint --strict .
	$(BIN)/mypy

copies: $(STAMP)  ## after changing a file copied from Material on purpose: record its patch (MAINTAINING.md)
	PYTHONPATH=scripts $(BIN)/python -m maintain.copies

engines: $(STAMP)  ## build with MkDocs and with ProperDocs (the 1.x fork), fail on any difference
	PYTHONPATH=scripts $(BIN)/python -m maintain.engines

release-notes: $(STAMP)  ## the CHANGELOG entry of a tag: make release-notes TAG=v1.2.0
	@test -n "$$TAG" || { echo 'usage: make release-notes TAG=vX.Y.Z' >&2; exit 2; }
	@PYTHONPATH=scripts $(BIN)/python -m maintain.release notes "$$TAG"

release-assets: $(STAMP)  ## after `make pdf RELEASE=1`: build/release/ (booklets, slides, sheets per language, offline zip)
	rm -rf build/release
	PYTHONPATH=scripts $(BIN)/python -m maintain.release assets site build/release

# pip-tools in a venv of its own, so that it never enters the project's: the lock stays what the
# project needs. Versions already in requirements.txt are kept; UPGRADE=1 takes the newest allowed
# for the packages pyproject.toml does not pin (those it pins change there, by hand or Dependabot).
override PIP_TOOLS := pip-tools==7.6.2
override LOCK_VENV := .lock-venv
lock:  ## regenerate requirements.txt (every package, with hashes) from pyproject.toml
	test -x $(LOCK_VENV)/bin/pip-compile || { "$$PYTHON" -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet --disable-pip-version-check $(PIP_TOOLS); }
	$(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --extra test --strip-extras \
	  --no-emit-index-url --no-emit-find-links $${UPGRADE:+--upgrade} --output-file requirements.txt pyproject.toml

clean:
	rm -rf site .site-build .site-fiches build .bench node_modules $(VENV) $(LOCK_VENV)
