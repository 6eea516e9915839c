"""Loading data for training: JSONL rows → message lists → token ids with assistant-only labels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from transformers import AutoTokenizer

from gpt4video.config import GPT4VideoConfig
from gpt4video.conversation import IGNORE_INDEX, ConversationEncoder
from gpt4video.data.datasets import DataFormatError, DialogueDataset, read_jsonl
from gpt4video.data.safety_data import safety_dialogues
from gpt4video.data.shapes_dataset import write_split
from gpt4video.model.llm import embedded_llm_dir
from gpt4video.text_embedding import default_embedder


class Hashing:
    """A stand-in embedder (unit vectors from word hashes) that keeps this test fast."""

    def embed(self, texts):
        out = np.zeros((len(texts), 64), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, hash(w) % 64] += 1
        return out / np.linalg.norm(out, axis=1, keepdims=True).clip(1e-9)


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("shapes") / "train"
    write_split(out, "train", 4, 0, num_frames=8, size=64, embedder=Hashing(), progress=False)
    return out


@pytest.fixture(scope="module")
def encoder() -> ConversationEncoder:
    config = GPT4VideoConfig.from_pretrained("gpt4video-nano")
    tokenizer = AutoTokenizer.from_pretrained(embedded_llm_dir())
    return ConversationEncoder(tokenizer, config.llm.chat_template, config.llm.system_prompt)


def test_dataset_resolves_videos_and_mixes_sources(split):
    safety = [d["messages"] for d in safety_dialogues("train")[:5]]
    ds = DialogueDataset(split, dialogues=True, qa=True, captions=True, extra=safety)
    n_qa = sum(1 for _ in read_jsonl(split / "qa.jsonl"))
    n_dlg = sum(1 for _ in read_jsonl(split / "dialogues.jsonl"))
    assert len(ds) == 4 + n_qa + n_dlg + 5
    for messages in ds.samples:
        for m in messages:
            for part in m["content"] if isinstance(m["content"], list) else []:
                if part.get("type") == "video":
                    assert Path(part["path"]).is_absolute() and Path(part["path"]).is_file()
    only_gen = DialogueDataset(split, types=["generation"])
    assert len(only_gen) == 8  # two generation dialogues per clip


def test_qa_rows_grouped_into_multi_turn_dialogues(split, encoder):
    rows = list(read_jsonl(split / "qa.jsonl"))
    ds = DialogueDataset(split, dialogues=False, qa=True, qa_turns=3, seed=1)
    per_clip = {r["video"]: sum(1 for q in rows if q["video"] == r["video"]) for r in rows}
    assert len(ds) == sum(-(-n // 3) for n in per_clip.values())
    asked = []
    for messages in ds.samples:
        assert 2 <= len(messages) <= 6 and [m["role"] for m in messages] == ["user", "assistant"] * (len(messages) // 2)
        videos = [p for p in messages[0]["content"] if p["type"] == "video"]
        assert len(videos) == 1 and all(isinstance(m["content"], str) for m in messages[1:])  # video once, first
        video = str(Path(videos[0]["path"]).relative_to(split))
        first_question = next(p["text"] for p in messages[0]["content"] if p["type"] == "text")
        questions = [first_question] + [m["content"] for m in messages[2::2]]
        asked += [(video, q, a["content"]) for q, a in zip(questions, messages[1::2], strict=True)]
        assert len(encoder.encode(messages, add_generation_prompt=False).videos) == 1
    assert sorted(asked) == sorted((r["video"], r["question"], r["answer"]) for r in rows)  # every row, once
    again = DialogueDataset(split, dialogues=False, qa=True, qa_turns=3, seed=1).samples
    other_seed = DialogueDataset(split, dialogues=False, qa=True, qa_turns=3, seed=2).samples
    assert again == ds.samples and other_seed != ds.samples  # seeded order, not file order


def test_encoded_samples_learn_only_assistant_turns(split, encoder):
    ds = DialogueDataset(split, types=["generation"])
    enc = ds.encode(0, encoder)
    assert len(enc.videos) == sum(1 for i in enc.input_ids if i < 0)
    learned = [t for t, lab in zip(enc.input_ids, enc.labels, strict=True) if lab != IGNORE_INDEX]
    text = encoder.tokenizer.decode(learned)
    assistant = [m["content"] for m in ds[0] if m["role"] == "assistant"]
    assert text == "".join(a + "<|im_end|>\n" for a in assistant)
    assert "<video>" in text  # generation dialogues teach the tag


def test_plain_template_drops_system_prompt_and_role_markers(split, encoder):
    plain = ConversationEncoder(encoder.tokenizer, "plain", encoder.system_prompt)
    ds = DialogueDataset(split, dialogues=False, qa=True, qa_turns=3, seed=0)
    messages = [{"role": "system", "content": "ignored"}, *ds[0]]
    chat, flat = encoder.encode(ds[0], False), plain.encode(messages, False)
    assert len(flat.input_ids) < len(chat.input_ids) - 40  # the ~50-token system prompt is not paid for
    assert len(flat.videos) == len(chat.videos) == 1 and sum(1 for i in flat.input_ids if i < 0) == 1
    text = encoder.tokenizer.decode([i for i in flat.input_ids if i >= 0])
    assert "ignored" not in text and "<|im_start|>" not in text and encoder.system_prompt not in text
    learned = encoder.tokenizer.decode([t for t, lab in zip(flat.input_ids, flat.labels, strict=True) if lab >= 0])
    assert learned == "".join(m["content"] + "\n" for m in ds[0] if m["role"] == "assistant")  # answers only


def test_bad_jsonl_names_the_line(tmp_path):
    f = tmp_path / "qa.jsonl"
    f.write_text('{"video": "a.mp4", "question": "q", "answer": "a"}\n{oops\n')
    with pytest.raises(DataFormatError, match=r"qa.jsonl:2"):
        list(read_jsonl(f))
    f.write_bytes(b'{"a": "\xff"}\n')
    with pytest.raises(DataFormatError, match="not UTF-8"):
        list(read_jsonl(f))
    with pytest.raises(DataFormatError, match="file not found"):
        list(read_jsonl(tmp_path / "missing.jsonl"))


@pytest.mark.slow
def test_real_sentence_embeddings_rank_paraphrases_first():
    vecs = default_embedder().embed(
        ["a red circle moves to the left", "a crimson disc slides leftwards", "a chef slices onions"]
    )
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2
