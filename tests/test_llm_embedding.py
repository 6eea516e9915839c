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


@pytest.fixture(scope="module")
def header_embedder() -> LLMEmbedder:
    return default_llm_embedder(4, "mean+header")


def test_the_header_read_adds_the_states_of_the_assistant_header_after_the_turn(
    embedder: LLMEmbedder, header_embedder: LLMEmbedder
) -> None:
    model, tokenizer = load_llm(EMBEDDED_LLM)
    text = "make a clip of two otters holding hands"
    ids = tokenizer.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True,
                                        return_tensors="pt", return_dict=True)  # fmt: skip
    assert tokenizer.decode(ids["input_ids"][0, -header_embedder.header :]) == "<|im_start|>assistant\n"
    with torch.inference_mode():
        states = model.model.norm(model.model(**ids, output_hidden_states=True).hidden_states[4])[0]
    both = header_embedder.embed([text, "hi"])
    assert both.shape == (2, 2 * 576) and header_embedder.size == 2 * 576
    assert np.allclose(both[0, :576], embedder.embed([text])[0], rtol=1e-4, atol=1e-3)  # the mean read, unchanged
    expected = states[-header_embedder.header :].mean(0).numpy()
    assert np.allclose(both[0, 576:], expected, rtol=1e-4, atol=1e-3)
    alone = header_embedder.embed(["hi"])[0]  # the padded row's header is its own, not the padding's
    assert np.allclose(both[1], alone, rtol=1e-4, atol=1e-3 * np.abs(alone).max())


def test_a_turn_too_long_keeps_its_header_with_the_header_read(header_embedder: LLMEmbedder) -> None:
    long = "please " * 400
    batch = header_embedder.tokenize([long, "hi"])
    ids, mask = batch["input_ids"], batch["attention_mask"]
    assert ids.shape[1] == header_embedder.max_length
    header = header_embedder.tokenize([""])["input_ids"][0, -header_embedder.header :]
    assert torch.equal(ids[0, -header_embedder.header :], header)  # the long turn: its words cut, not its header
    short_end = int(mask[1].sum())
    assert torch.equal(ids[1, short_end - header_embedder.header : short_end], header)


def test_an_unknown_read_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="unknown read 'max'"):
        LLMEmbedder(layers=1, read="max")
