# Two commands set up a fresh machine and work: `make demo` and `make test`.
# Each creates or reuses .venv, installs the project, and puts the embedded weights in place;
# a second run only checks (about a second) and does nothing slow.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.gpt4video-installed

.PHONY: demo test weights bench lint install clean-venv

demo: weights
	$(BIN)/gpt4video demo

test: weights
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e ".[test,bench]"
	touch $(STAMP)

weights: $(STAMP)
	$(BIN)/gpt4video weights --fetch --quiet

bench: weights
	$(BIN)/python benchmarks/bench_video_sampling.py
	$(BIN)/python benchmarks/bench_encoder.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean-venv:
	rm -rf $(VENV)
