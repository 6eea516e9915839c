"""Loading the language model: a transformers id or folder, a GGUF file, or the embedded SmolLM2.

The embedded SmolLM2-135M-Instruct ships as GGUF. transformers' GGUF path dequantises it into a
``LlamaForCausalLM`` but spends ~18 s parsing the file on every load, so the result is converted
once into an ordinary transformers folder in the weight store (fp32 safetensors, exact to the
dequantised values) and later loads take about a second.
"""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, PreTrainedModel, PreTrainedTokenizerBase

from gpt4video import weights

EMBEDDED_LLM = "embedded:smollm2-135m-instruct"
_EMBEDDED_SOURCE = "smollm2-135m-instruct"
_CONVERTER_VERSION = 1


LoadedLLM = tuple[PreTrainedModel, PreTrainedTokenizerBase]


def load_gguf(gguf_path: str | Path, dtype: torch.dtype = torch.float32) -> LoadedLLM:
    """Load a GGUF file through transformers' GGUF path (dequantised by the ``gguf`` package)."""
    gguf_path = Path(gguf_path)
    tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
    model = AutoModelForCausalLM.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name, dtype=dtype)
    return model, tokenizer


def _convert_embedded(out_dir: Path) -> None:
    gguf_model, tokenizer = load_gguf(weights.path(_EMBEDDED_SOURCE))
    # transformers refuses to save a model loaded from GGUF; the dequantised tensors are ordinary,
    # so they move into a plain model of the same config, which saves normally.
    config = gguf_model.config
    config.quantization_config = None
    del config.quantization_config
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(gguf_model.state_dict())
    model.generation_config = gguf_model.generation_config
    model.save_pretrained(out_dir, safe_serialization=True)
    tokenizer.save_pretrained(out_dir)


def embedded_llm_dir() -> Path:
    """The embedded LLM as a transformers folder, converted from its GGUF file on first use."""
    return weights.derived(_EMBEDDED_SOURCE, _EMBEDDED_SOURCE, _convert_embedded, version=_CONVERTER_VERSION)


def load_llm(name_or_path: str | Path, dtype: torch.dtype = torch.float32) -> LoadedLLM:
    """Load a causal LM and its tokenizer: ``embedded:…``, a ``.gguf`` file, a hub id or a folder."""
    name = str(name_or_path)
    if name == EMBEDDED_LLM:
        name = str(embedded_llm_dir())
    elif name.startswith("embedded:"):
        raise ValueError(f"unknown embedded LLM {name!r}; the embedded LLM is {EMBEDDED_LLM!r}")
    elif name.endswith(".gguf"):
        return load_gguf(name, dtype)
    tokenizer = AutoTokenizer.from_pretrained(name)
    model = AutoModelForCausalLM.from_pretrained(name, dtype=dtype)
    return model, tokenizer


@torch.inference_mode()
def chat_once(
    model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, question: str, max_new_tokens: int = 48
) -> str:
    """Answer one text-only user turn with greedy decoding, through the tokenizer's chat template."""
    inputs = tokenizer.apply_chat_template(
        [{"role": "user", "content": question}], add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    out = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
    return tokenizer.decode(out[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True).strip()
