"""The embedded LLM: transformers' GGUF path, and the cached conversion that must equal it."""

from __future__ import annotations

import pytest
import torch

from gpt4video import weights
from gpt4video.model.llm import EMBEDDED_LLM, chat_once, load_gguf, load_llm


@pytest.fixture(scope="module")
def gguf_model():
    return load_gguf(weights.path("smollm2-135m-instruct"))


def test_gguf_path_loads_llama_and_generates(gguf_model):
    model, tokenizer = gguf_model
    assert type(model).__name__ == "LlamaForCausalLM"
    assert model.config.hidden_size == 576 and model.config.num_hidden_layers == 30
    answer = chat_once(model, tokenizer, "What is the capital of France?", max_new_tokens=12)
    assert "Paris" in answer


def test_converted_cache_equals_gguf_model(gguf_model):
    gguf, tok = gguf_model
    model, tokenizer = load_llm(EMBEDDED_LLM)
    text = "A red circle moves to the left across a blue background."
    ids = tokenizer(text, return_tensors="pt").input_ids
    assert torch.equal(ids, tok(text, return_tensors="pt").input_ids)
    with torch.inference_mode():
        diff = (model(ids).logits - gguf(ids).logits).abs().max().item()
    assert diff < 1e-4, diff


def test_unknown_embedded_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown embedded LLM"):
        load_llm("embedded:gpt-17")
