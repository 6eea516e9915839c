# Two commands set up a fresh machine and work: `make demo` and `make test`.
# Each creates or reuses .venv, installs the project, and puts the embedded weights in place;
# a second run only checks (about a second) and does nothing slow.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.gpt4video-installed

.PHONY: demo test weights bench lint install clean-venv train-nano text-guard

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

# Retrain gpt4video-nano from scratch (data → align → instruct → export → eval); each step resumes if killed.
# Compare runs/nano-eval/nano-eval.md with the committed docs/results/nano-eval.md.
train-nano: weights data/shapesworld/train/meta.json data/safety/safety_train.jsonl
	$(BIN)/gpt4video train configs/train/nano-align.yaml --resume
	$(BIN)/gpt4video train configs/train/nano-instruct.yaml --resume
	$(BIN)/python -m gpt4video.train.export runs/nano-instruct/final checkpoints/gpt4video-nano
	$(BIN)/python benchmarks/eval_nano.py --variants full text-only --out runs/nano-eval

# Retrain the text guard (about 40 minutes; minutes once its caches hold the replies and texts) and put it where the
# assistant loads it; metrics in its folder.
text-guard: weights
	$(BIN)/gpt4video train configs/train/text-guard.yaml
	rm -rf checkpoints/text-guard && cp -r runs/text-guard/final checkpoints/text-guard
	cp runs/text-guard/metrics.json checkpoints/text-guard/metrics.json

# Data are made once (the feature cache keys on the clips' mtimes, so they are not rewritten needlessly).
data/shapesworld/train/meta.json: | $(STAMP)
	$(BIN)/gpt4video data shapes --out data/shapesworld --videos 2000 --seed 0 --workers 2

data/safety/safety_train.jsonl: | $(STAMP)
	$(BIN)/gpt4video data safety --out data/safety

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

clean-venv:
	rm -rf $(VENV)
