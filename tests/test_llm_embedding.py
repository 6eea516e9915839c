"""The embedded LLM's text features: its first layers, each text read as a user turn, padding ignored."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from gpt4video.llm_embedding import LLMEmbedder, default_llm_embedder
from gpt4video.model.llm import EMBEDDED_LLM, load_llm

pytestmark = pytest.mark.slow  # every test loads the embedded LLM


@pytest.fixture(scope="module")
def embedder() -> LLMEmbedder:
    return default_llm_embedder(4)


def test_only_the_asked_layers_are_loaded(embedder: LLMEmbedder) -> None:
    assert len(embedder.model.layers) == 4 and embedder.size == 576
    assert not hasattr(embedder.model, "lm_head")


def test_a_text_reads_the_same_alone_and_beside_a_longer_one(embedder: LLMEmbedder) -> None:
    short = "make two videos"
    alone = embedder.embed([short])
    padded = embedder.embed([short, "Describe, in as much detail as you can, the whole clip from start to end."])
    assert alone.shape == (1, 576) and padded.shape == (2, 576)
    assert np.allclose(alone[0], padded[0], atol=1e-3 * np.abs(alone).max())
    assert not np.allclose(padded[0], padded[1], atol=1e-3 * np.abs(alone).max())
    assert embedder.embed([]).shape == (0, 576)


def test_the_features_are_the_llms_own_states_of_the_chat_turn(embedder: LLMEmbedder) -> None:
    model, tokenizer = load_llm(EMBEDDED_LLM)
    text = "hi"
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True,
                                        return_tensors="pt", return_dict=True)  # fmt: skip
    with torch.inference_mode():
        states = model.model(**ids, output_hidden_states=True).hidden_states[4]
        expected = model.model.norm(states).mean(1)[0].numpy()
    assert np.allclose(embedder.embed([text])[0], expected, rtol=1e-4, atol=1e-3)
