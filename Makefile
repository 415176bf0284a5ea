# One entry point for people and CI. `make demo` and `make test` work on a fresh machine:
# they create .venv, install the project with its extras, and run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLES ?= ../shared/examples/deir-ezzor-2016/

.PHONY: install demo test browser bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[eval,test]'
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

eval: $(STAMP)
	$(BIN)/newsfuse eval ../shared/eval/multinews_sample100.jsonl
	$(BIN)/newsfuse eval ../shared/eval/multiling2011_en.jsonl

bench: $(STAMP)
	$(BIN)/python bench/bench_batch.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
