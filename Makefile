# Two commands for a newcomer:
#   make seeds   set up (virtual environment, package, tools) and load ../shared/seeds
#   make test    run the test suite
PYTHON ?= python3
VENV   ?= .venv
SEEDS  ?= ../shared/seeds
STORE  ?= rightsgraph-store
BIN     = $(VENV)/bin

.PHONY: setup tools seeds test clean

$(BIN)/rightsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test,scale]"
	touch $@

setup: $(BIN)/rightsgraph

# Debian tools the tests use: rapper (dump validation), chromium (offline HTML view),
# a Java runtime (HermiT, the OWL reasoner). Installed when missing and we may.
tools:
	@bash .ci/tools

seeds: setup
	$(BIN)/rightsgraph load --store $(STORE) $(SEEDS)
	$(BIN)/rightsgraph query --store $(STORE) 'SELECT (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?r) AS ?responses) WHERE { ?d a rg:Document . OPTIONAL { ?r prov:wasDerivedFrom ?d ; rg:agent ?a } }'

test: setup tools
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(STORE) build *.egg-info
