# The two commands of the README:
#   make serve   set everything up, build the graph, serve it on http://127.0.0.1:8000
#   make test    set everything up and run the whole test suite (what CI runs)
VENV   ?= .venv
PYTHON ?= python3
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: setup serve test system-deps models clean

$(STAMP): pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

setup: $(STAMP)

serve: setup
	$(VENV)/bin/unikg serve

system-deps:
	@bash .ci/system-deps

# two processes (the machines have two cores), each file's tests in one: 40 -> 29 min at load 5
test: setup system-deps
	$(VENV)/bin/python -m pytest -n 2 --dist loadfile

# the extractor's learned decisions, retrained from the blind and training sets' gold (graph/ingest/training.py);
# tests/graph/ingest/test_learned.py fails until they are retrained after the gold or the features change
models: setup
	$(VENV)/bin/unikg train

clean:
	rm -rf build .pytest_cache
