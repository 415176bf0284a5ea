# One entry point for people and CI. `make demo` and `make test` work on a fresh machine:
# they create .venv, install the project with its extras, and run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLES ?= ../shared/examples/deir-ezzor-2016/

.PHONY: install demo test fault browser bench eval lock readme-json clean

# constraints.txt pins every package to the versions the tests passed with, so a new install
# is the tested one; pyproject.toml keeps the ranges. After changing dependencies:
# `make lock` (installs from the ranges alone, tests, then freezes the result).
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[eval,test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsfuse brief $(EXAMPLES)

# Browser tests drive Debian's Chromium; install it when missing (needs root), otherwise the
# browser tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium libatomic1) >/dev/null 2>&1 \
	  || echo "make: chromium could not be installed; browser tests will be skipped"; }

test: $(STAMP) browser
	$(BIN)/pytest -q

# The fault and fuzz suite alone (signals to real processes, concurrent load, property tests).
fault: $(STAMP)
	$(BIN)/pytest -q -m fault

lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade -e '.[eval,test]'
	$(BIN)/pytest -q -x -m 'not slow'
	{ echo "# The tested set: make lock regenerates it (pip list --format=freeze of the venv that passed the tests)."; \
	  $(BIN)/pip list --format=freeze --exclude-editable --exclude pip --exclude setuptools --exclude wheel --disable-pip-version-check; } > constraints.txt
	touch $(STAMP)

# The README's JSON example, from real output (tests/test_readme.py checks it stays so).
readme-json: $(STAMP)
	$(BIN)/python bench/readme_json_example.py --write

eval: $(STAMP)
	$(BIN)/newsfuse eval ../shared/eval/multinews_sample100.jsonl
	$(BIN)/newsfuse eval ../shared/eval/multiling2011_en.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench_batch.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
