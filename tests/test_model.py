"""GPT4Video end to end on tiny random models of the real classes, loaded the way the 7B config loads them.

A tiny ``CLIPVisionModel`` and a tiny ``LlamaForCausalLM`` (with the embedded SmolLM2 tokenizer, so the vocab
is real) are saved to a temporary folder and named in ``configs/gpt4video-7b.yaml`` in place of the hub ids:
everything else — ``FrameEncoder.from_pretrained``, ``load_llm``, LoRA, the templates — is the 7B code path.
Only the last test (``slow``) loads the embedded nano model.
"""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
import torch
import yaml
from safetensors import safe_open
from tiny_models import CLIP_HIDDEN, IMAGE_SIZE, LLM_HIDDEN, save_tiny_models
from transformers import AutoTokenizer

from gpt4video.config import CONFIGS_DIR, AbstractorConfig, ConfigError, GPT4VideoConfig
from gpt4video.conversation import IGNORE_INDEX, ConversationEncoder, VideoPart, get_template
from gpt4video.model.abstractor import VideoAbstractor, VideoProjector
from gpt4video.model.gpt4video import WEIGHTS_NAME, GPT4Video
from gpt4video.model.llm import embedded_llm_dir

CONFIG_7B = CONFIGS_DIR / "gpt4video-7b.yaml"
SIZE = IMAGE_SIZE
SMALL_ABSTRACTOR = {
    "hidden_size": 32,
    "num_layers": 2,
    "num_heads": 4,
    "num_spatial_queries": 4,
    "num_temporal_queries": 4,
    "max_frames": 16,
}


# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def tokenizer():
    return AutoTokenizer.from_pretrained(embedded_llm_dir())


@pytest.fixture(scope="module")
def tiny_dirs(tmp_path_factory, tokenizer):
    """Folders holding a tiny random CLIP vision tower and a tiny random LLaMA (+ the SmolLM2 tokenizer)."""
    return save_tiny_models(tmp_path_factory.mktemp("tiny"), tokenizer)


@pytest.fixture(scope="module")
def make_config(tiny_dirs):
    """The shipped 7B config with the tiny models in place of the hub ids (vicuna_v1 template, as shipped)."""
    clip_dir, llm_dir = tiny_dirs

    def make(small: bool = True, template: str | None = None, **abstractor) -> GPT4VideoConfig:
        config = GPT4VideoConfig.from_file(CONFIG_7B)
        config.encoder.name_or_path = str(clip_dir)
        config.encoder.image_size = SIZE
        config.llm.name_or_path = str(llm_dir)
        if template is not None:
            config.llm.chat_template = template
        for key, value in {**(SMALL_ABSTRACTOR if small else {}), **abstractor}.items():
            setattr(config.abstractor, key, value)
        return config

    return make


@pytest.fixture(scope="module")
def model(make_config):
    """A shared small model (vicuna_v1). Tests that change weights or trainability build their own."""
    return GPT4Video.from_config(make_config())


@pytest.fixture(scope="module")
def chatml_model(make_config):
    return GPT4Video.from_config(make_config(template="chatml"))


def clip(seed: int, t: int = 3, size: int = SIZE) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (t, size, size, 3), dtype=np.uint8)


def video(seed: int, t: int = 3, size: int = SIZE) -> dict:
    return {"type": "video", "frames": clip(seed, t, size)}


def user(*parts) -> dict:
    return {"role": "user", "content": [p if isinstance(p, dict) else {"type": "text", "text": p} for p in parts]}


def assistant(text: str) -> dict:
    return {"role": "assistant", "content": text}


def runs(labels: list[int]) -> list[list[int]]:
    """Maximal runs of labelled (not -100) positions."""
    out, cur = [], []
    for x in [*labels, IGNORE_INDEX]:
        if x != IGNORE_INDEX:
            cur.append(x)
        elif cur:
            out.append(cur)
            cur = []
    return out


def randomize_trained(model: GPT4Video, seed: int = 1) -> None:
    """Make every trained tensor non-trivial (LoRA B and the temporal table start at zero)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.startswith(("abstractor.", "projector.")) or "lora_" in name:
                p.copy_(torch.randn(p.shape, generator=g) * 0.3)


# ------------------------------------------------------------------------------------------------ 1. config


def test_shipped_7b_config_parses_with_paper_settings():
    config = GPT4VideoConfig.from_pretrained("gpt4video-7b")
    assert config == GPT4VideoConfig.from_file(CONFIG_7B)
    assert config.encoder.name_or_path == "openai/clip-vit-large-patch14" and config.encoder.layer == -2
    a = config.abstractor
    paper = {"hidden_size": 1024, "num_layers": 6, "num_heads": 16, "num_spatial_queries": 64}
    assert {k: getattr(a, k) for k in paper} == paper and a.num_temporal_queries == 64
    assert a.num_video_tokens == 65
    assert config.llm.chat_template == "vicuna_v1"
    assert config.lora.target_modules == ["q_proj", "v_proj"] and (config.lora.r, config.lora.alpha) == (16, 16)


def test_named_nano_config_parses():
    config = GPT4VideoConfig.from_pretrained("gpt4video-nano")
    assert config.name == "gpt4video-nano"
    assert config.abstractor.num_video_tokens == 33 and config.llm.chat_template == "chatml"
    assert config.llm.system_prompt == GPT4VideoConfig().llm.system_prompt  # not in the YAML: the default


@pytest.mark.parametrize("name", ["gpt4video-7b", "gpt4video-nano"])
def test_config_yaml_and_json_round_trips(name, tmp_path):
    config = GPT4VideoConfig.from_pretrained(name)
    assert GPT4VideoConfig.from_dict(yaml.safe_load(config.to_yaml())) == config
    (tmp_path / "c.yaml").write_text(config.to_yaml())
    assert GPT4VideoConfig.from_file(tmp_path / "c.yaml") == config
    config.save_pretrained(tmp_path / "saved")
    assert json.loads((tmp_path / "saved" / "config.json").read_text()) == config.to_dict()
    assert GPT4VideoConfig.from_pretrained(tmp_path / "saved") == config
    assert GPT4VideoConfig.from_file(tmp_path / "saved" / "config.json") == config
    no_lora = copy.deepcopy(config)
    no_lora.lora = None
    assert GPT4VideoConfig.from_dict(yaml.safe_load(no_lora.to_yaml())) == no_lora


def test_unknown_config_keys_are_errors_naming_the_key(tmp_path):
    with pytest.raises(ConfigError, match=r"num_layerz"):
        GPT4VideoConfig.from_dict({"abstractor": {"num_layerz": 3}})
    with pytest.raises(ConfigError, match=r"abstractor\.num_layerz"):
        GPT4VideoConfig.from_dict({"abstractor": {"num_layerz": 3}})
    with pytest.raises(ConfigError, match=r"num_frame\b"):
        GPT4VideoConfig.from_dict({"num_frame": 8})
    data = yaml.safe_load(CONFIG_7B.read_text())
    data["llm"]["chat_templat"] = "chatml"
    (tmp_path / "bad.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(ConfigError, match=r"bad\.yaml.*llm\.chat_templat"):
        GPT4VideoConfig.from_file(tmp_path / "bad.yaml")
    with pytest.raises(ConfigError, match="encoder"):
        GPT4VideoConfig.from_dict({"encoder": ["not", "a", "mapping"]})


def test_unknown_model_name_is_a_config_error():
    with pytest.raises(ConfigError, match=r"unknown model 'gpt4video-13b'.*gpt4video-7b.*gpt4video-nano"):
        GPT4VideoConfig.from_pretrained("gpt4video-13b")
    with pytest.raises(ConfigError, match="unknown model"):
        GPT4Video.from_pretrained("gpt4video-13b")


# ------------------------------------------------------------------------------------------------ 2. abstractor


@pytest.fixture(scope="module")
def abstractor():
    torch.manual_seed(0)
    config = AbstractorConfig(**SMALL_ABSTRACTOR)
    a = VideoAbstractor(config, encoder_hidden_size=24).eval()  # 24 != 32: exercises the input projection
    with torch.no_grad():
        a.temporal_position.normal_(0, 1.0)
    return a


@pytest.mark.parametrize("t", [1, 3, 8])
@pytest.mark.parametrize("tokens", [1, 5, 17])
def test_abstractor_shapes_for_any_frames_and_tokens(abstractor, t, tokens):
    spatial, temporal = abstractor(torch.randn(2, t, tokens, 24))
    assert spatial.shape == (2, 4, 32) and temporal.shape == (2, 4, 32)
    projector = VideoProjector(abstractor.config, llm_hidden_size=48)
    assert projector(spatial, temporal).shape == (2, 5, 48)


def test_abstractor_ignores_masked_padded_frames(abstractor):
    g = torch.Generator().manual_seed(3)
    real = torch.randn(1, 3, 5, 24, generator=g)
    other = torch.randn(1, 5, 5, 24, generator=g)  # a second, full-length video in the same batch
    garbage_a = torch.randn(1, 2, 5, 24, generator=g) * 100
    garbage_b = torch.randn(1, 2, 5, 24, generator=g) * 100 - 7
    mask = torch.tensor([[True] * 5, [True, True, True, False, False]])
    with torch.no_grad():
        out_a = abstractor(torch.cat([other, torch.cat([real, garbage_a], 1)]), mask)
        out_b = abstractor(torch.cat([other, torch.cat([real, garbage_b], 1)]), mask)
        alone = abstractor(real)
        other_alone = abstractor(other)
        unmasked_a = abstractor(torch.cat([real, garbage_a], 1))
        unmasked_b = abstractor(torch.cat([real, garbage_b], 1))
    for a, b, s, o in zip(out_a, out_b, alone, other_alone, strict=True):
        torch.testing.assert_close(a[1], b[1], atol=1e-6, rtol=0)  # masked content has no influence
        torch.testing.assert_close(a[1:], s, atol=1e-5, rtol=1e-5)  # = the video without its padding
        torch.testing.assert_close(a[:1], o, atol=1e-5, rtol=1e-5)  # the other row is unaffected
    for a, b in zip(unmasked_a, unmasked_b, strict=True):
        assert (a - b).abs().max() > 1e-3  # without the mask the padded frames do matter


def test_abstractor_mask_errors(abstractor):
    x = torch.randn(2, 3, 5, 24)
    with pytest.raises(ValueError, match="at least one real"):
        abstractor(x, torch.tensor([[True, False, False], [False, False, False]]))
    with pytest.raises(ValueError, match="frame_mask must be"):
        abstractor(x, torch.ones(2, 4, dtype=torch.bool))
    with pytest.raises(ValueError, match="max_frames=16"):
        abstractor(torch.randn(1, 17, 5, 24))
    with pytest.raises(ValueError, match=r"\[B, T, L, D\]"):
        abstractor(torch.randn(3, 5, 24))


def test_abstractor_standardises_inputs_with_saved_statistics():
    torch.manual_seed(0)
    a = VideoAbstractor(AbstractorConfig(**SMALL_ABSTRACTOR), encoder_hidden_size=32).eval()
    x = torch.randn(2, 3, 5, 32) * 4 + 7
    mean, std = x.mean((0, 1, 2)), x.std((0, 1, 2))
    with torch.no_grad():
        reference = a((x - mean) / std)  # identity statistics by default
        a.set_input_statistics(mean, std)
        for got, want in zip(a(x), reference, strict=True):
            torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)
    state = a.state_dict()  # saved with the trained tensors, so inference standardises the same way
    assert torch.equal(state["input_mean"], mean) and torch.equal(state["input_std"], std)
    b = VideoAbstractor(AbstractorConfig(**SMALL_ABSTRACTOR), encoder_hidden_size=32).eval()
    b.load_state_dict(state)
    with torch.no_grad():
        torch.testing.assert_close(b(x)[0], reference[0], atol=1e-5, rtol=1e-5)


@pytest.mark.slow
def test_checkpoint_from_before_input_statistics_loads_with_identity(tmp_path):
    model = GPT4Video.from_pretrained("gpt4video-nano")
    old = {k: v for k, v in model.trained_state_dict().items() if ".input_" not in k}
    model.abstractor.set_input_statistics(torch.full((384,), 2.0), torch.full((384,), 3.0))
    model.load_trained(old)
    assert not model.abstractor.input_mean.any() and bool((model.abstractor.input_std == 1).all())
    del old["abstractor.norm.weight"]  # any other missing tensor is still an error
    with pytest.raises(ValueError, match="missing"):
        model.load_trained(old)


def test_temporal_position_makes_frame_order_matter():
    torch.manual_seed(0)
    a = VideoAbstractor(AbstractorConfig(**SMALL_ABSTRACTOR), encoder_hidden_size=32).eval()
    x = torch.randn(2, 4, 5, 32)
    reverse = x.flip(1)
    with torch.no_grad():
        # at initialisation the table is zero: attention over frame tokens is order-blind
        for f, r in zip(a(x), a(reverse), strict=True):
            torch.testing.assert_close(f, r, atol=1e-5, rtol=1e-5)
        a.temporal_position.normal_(0, 0.5)
        for f, r in zip(a(x), a(reverse), strict=True):
            assert (f - r).abs().max() > 1e-3


# ------------------------------------------------------------------------------------------------ 3. paper settings


def test_paper_abstractor_gives_65_tokens_per_video(make_config):
    config = make_config(small=False)
    assert config.abstractor.num_layers == 6 and config.abstractor.hidden_size == 1024
    m = GPT4Video.from_config(config)
    assert isinstance(m.abstractor.input_proj, torch.nn.Linear)  # CLIP width 32 -> 1024
    assert len(m.abstractor.layers) == 6 and m.abstractor.layers[0].num_heads == 16
    frames = torch.from_numpy(np.stack([clip(0, 2), clip(1, 2)]))
    with torch.no_grad():
        ft = m.frame_tokens(frames)
        assert ft.shape == (2, 2, 5, CLIP_HIDDEN)
        tokens = m.video_tokens(ft)
    assert tokens.shape == (2, 65, LLM_HIDDEN)
    assert torch.isfinite(tokens).all()
    torch.testing.assert_close(tokens[0, -1], tokens[1, -1])  # the learned end token


# ------------------------------------------------------------------------------------------------ 4. labels


@pytest.mark.parametrize("template", ["chatml", "vicuna_v1"])
def test_labels_cover_exactly_assistant_content_and_suffix(template, model, chatml_model, tokenizer):
    m = chatml_model if template == "chatml" else model
    answers = ["A man rides a bike down a hill.", "It is sunny, with a few clouds <video> a sunny hill </video>"]
    conv = [
        user(video(0), "What happens here?"),
        assistant(answers[0]),
        user("And the weather? Make me a video of it."),
        assistant(answers[1]),
    ]
    enc = m.conversation.encode(conv, add_generation_prompt=False)
    ids, labels = enc.input_ids, enc.labels
    assert len(ids) == len(labels)
    suffix = get_template(template).assistant_suffix
    assert [tokenizer.decode(r) for r in runs(labels)] == [a + suffix for a in answers]
    for i, lab in zip(ids, labels, strict=True):
        assert lab == IGNORE_INDEX or lab == i
    if template == "vicuna_v1":
        assert ids[0] == tokenizer.bos_token_id and labels[0] == IGNORE_INDEX
    slots = [p for p, i in enumerate(ids) if i < 0]
    assert [ids[p] for p in slots] == [-1] and labels[slots[0]] == IGNORE_INDEX

    q = m.config.abstractor.num_video_tokens
    vids = [torch.randn(1, q, LLM_HIDDEN)]
    embeds, mask, out_labels = m.embed_inputs([enc], vids)
    assert embeds.shape == (1, len(ids) - 1 + q, LLM_HIDDEN) and mask.all()
    p = slots[0]
    assert (out_labels[0, p : p + q] == IGNORE_INDEX).all()
    assert out_labels[0].tolist() == labels[:p] + [IGNORE_INDEX] * q + labels[p + 1 :]

    prompt = m.conversation.encode(conv[:3], add_generation_prompt=True)
    assert [tokenizer.decode(r) for r in runs(prompt.labels)] == [answers[0] + suffix]  # the open turn: unlabelled
    assert tokenizer.decode(prompt.input_ids[-8:]).endswith(get_template(template).assistant_prefix)


def test_two_turn_labels_with_system_message_and_no_system_prompt(tokenizer):
    enc = ConversationEncoder(tokenizer, "chatml", system_prompt=None)
    conv = [{"role": "system", "content": "Be brief."}, user("Hi"), assistant("Hello!"), user("Bye"), assistant("Bye!")]
    out = enc.encode(conv, add_generation_prompt=False)
    assert [tokenizer.decode(r) for r in runs(out.labels)] == ["Hello!<|im_end|>\n", "Bye!<|im_end|>\n"]
    assert tokenizer.decode(out.input_ids).startswith("<|im_start|>system\nBe brief.<|im_end|>\n")


# ------------------------------------------------------------------------------------------------ 5. video slots


def test_two_videos_fill_their_own_slots(model, tokenizer):
    clips = [clip(0, t=3), clip(1, t=2, size=36)]
    conv = [
        user({"type": "video", "frames": clips[0]}, "Compare this", {"type": "video", "frames": clips[1]}, "with that.")
    ]
    enc = model.conversation.encode(conv, add_generation_prompt=True)
    assert len(enc.videos) == 2
    slots = [p for p, i in enumerate(enc.input_ids) if i < 0]
    assert [enc.input_ids[p] for p in slots] == [-1, -2]
    text = tokenizer.decode([i for i in enc.input_ids if i >= 0])
    assert "<video1>" in text and "</video1>" in text and "<video2>" in text and "</video2>" in text
    assert "<video>" not in text.replace(model.config.llm.system_prompt, "")
    assert text.index("<video1>") < text.index("Compare this") < text.index("<video2>") < text.index("with that.")

    q = model.config.abstractor.num_video_tokens
    vids = torch.randn(2, q, LLM_HIDDEN)
    embeds, _, _ = model.embed_inputs([enc], [vids])
    p0, p1 = slots[0], slots[1] - 1 + q  # video 1 lands after video 0's q tokens replaced its one sentinel
    assert torch.equal(embeds[0, p0 : p0 + q], vids[0])
    assert torch.equal(embeds[0, p1 : p1 + q], vids[1])
    table = model.llm.get_input_embeddings()
    text_ids = torch.tensor([i for i in enc.input_ids if i >= 0])
    text_rows = torch.cat([embeds[0, :p0], embeds[0, p0 + q : p1], embeds[0, p1 + q :]])
    assert torch.equal(text_rows, table(text_ids))
    assert embeds.shape[1] == len(enc.input_ids) - 2 + 2 * q

    with pytest.raises(ValueError, match="2 video slots but 1 videos"):
        model.embed_inputs([enc], [vids[:1]])

    # the model encodes the videos itself, in slot order (clips of different lengths and sizes: padded, masked)
    with torch.no_grad():
        auto = model([enc]).logits
        ordered = [model.video_tokens(model.frame_tokens(torch.from_numpy(c[None])))[0] for c in clips]
        torch.testing.assert_close(model([enc], [torch.stack(ordered)]).logits, auto, atol=1e-5, rtol=1e-5)
        swapped = model([enc], [torch.stack(ordered[::-1])]).logits
    assert (swapped - auto).abs().max() > 1e-4


def test_one_video_uses_the_plain_tag_and_user_tags_are_neutralised(model, tokenizer):
    conv = [user(video(0), "Is <video> or </video2> or < VIDEO3 > a slot? <video2>")]
    enc = model.conversation.encode(conv, add_generation_prompt=True)
    assert [i for i in enc.input_ids if i < 0] == [-1]
    text = tokenizer.decode([i for i in enc.input_ids if i >= 0])
    user_part = text.split("USER: ", 1)[1]
    assert user_part.startswith("<video>") and "</video>\n" in user_part
    assert "<video1>" not in text and "<video2>" not in user_part and "</video2>" not in user_part
    assert "‹video›" in user_part and "‹/video2›" in user_part and "‹video2›" in user_part
    assert user_part.count("<video>") == 1

    text_only = model.conversation.encode([user("Show <video1> please")], add_generation_prompt=True)
    assert all(i >= 0 for i in text_only.input_ids) and not text_only.videos
    with pytest.raises(ValueError, match="0 video slots but 1 videos"):
        model.embed_inputs([text_only], [torch.zeros(1, 5, LLM_HIDDEN)])


# ------------------------------------------------------------------------------------------------ 6. batching


@pytest.fixture(scope="module")
def trained_model(make_config):
    """A model whose trained tensors are all non-trivial (LoRA on), so every part affects the output."""
    m = GPT4Video.from_config(make_config(template="chatml"))
    randomize_trained(m)
    return m


CONVERSATIONS = [
    [user(video(0), "What is in this clip?")],
    [user("Hi!")],
    [
        user(video(1, t=2), "Describe it in detail, please, with as many words as you can."),
        assistant("A red ball."),
        user(video(2, t=4), "And this one?"),
    ],
    [user("Write a haiku about the sea and the sky at dawn.")],
]
REPLIES = ["A cat.", "Hello.", "A blue ball rolls by.", "Waves fold into light."]


def test_right_padded_batch_forward_matches_one_by_one(trained_model):
    m = trained_model
    convs = [[*c, assistant(r)] for c, r in zip(CONVERSATIONS, REPLIES, strict=True)]
    enc = m.encode_conversations(convs, add_generation_prompt=False)
    with torch.no_grad():
        batch = m(enc)
        singles = [m([e]) for e in enc]
    lengths = [s.logits.shape[1] for s in singles]
    assert len(set(lengths)) == len(lengths) and batch.logits.shape[1] == max(lengths)
    for i, (s, n) in enumerate(zip(singles, lengths, strict=True)):
        torch.testing.assert_close(batch.logits[i, :n], s.logits[0], atol=1e-4, rtol=1e-4)
    # the batch loss is the token-weighted mean of the per-sample losses
    counts = [sum(lab != IGNORE_INDEX for lab in e.labels[1:]) for e in enc]
    weighted = sum(s.loss.item() * c for s, c in zip(singles, counts, strict=True)) / sum(counts)
    assert batch.loss.item() == pytest.approx(weighted, rel=1e-5)


def test_left_padded_batch_generate_matches_one_by_one(trained_model):
    m = trained_model
    batch = m.generate(CONVERSATIONS, max_new_tokens=6)
    singles = [m.generate([c], max_new_tokens=6)[0] for c in CONVERSATIONS]
    assert batch == singles
    assert len(set(batch)) > 1 and all(isinstance(s, str) for s in batch) and any(s.strip() for s in batch)


# ------------------------------------------------------------------------------------------------ 7. save / load


def test_save_load_round_trip_and_checkpoint_contents(make_config, tiny_dirs, tmp_path):
    m = GPT4Video.from_config(make_config())
    randomize_trained(m, seed=5)
    m.save_pretrained(tmp_path / "ckpt")
    assert sorted(p.name for p in (tmp_path / "ckpt").iterdir()) == ["config.json", WEIGHTS_NAME]

    loaded = GPT4Video.from_pretrained(tmp_path / "ckpt")
    assert loaded.config == m.config and not loaded.training
    conv = [user(video(0), "What is it?"), assistant("A thing.")]
    enc = m.encode_conversations([conv], add_generation_prompt=False)
    with torch.no_grad():
        a, b = m(enc).logits, loaded(enc).logits
    assert torch.equal(a, b)
    assert m.generate([conv[:1]], max_new_tokens=4) == loaded.generate([conv[:1]], max_new_tokens=4)

    file = tmp_path / "ckpt" / WEIGHTS_NAME
    with safe_open(str(file), "pt") as f:
        keys = list(f.keys())
        assert f.metadata()["model"] == "gpt4video-7b"
    assert keys and all(k.startswith(("abstractor.", "projector.", "lora.")) for k in keys)
    assert any(k.startswith("lora.") and "lora_B" in k for k in keys)
    assert not any(("lora_A" not in k and "lora_B" not in k) for k in keys if k.startswith("lora."))
    trained_bytes = sum(v.numel() * v.element_size() for v in m.trained_state_dict().values())
    assert file.stat().st_size < trained_bytes + 64 * 1024
    base_bytes = sum((d / "model.safetensors").stat().st_size for d in tiny_dirs)
    assert file.stat().st_size < base_bytes / 10


def test_load_trained_rejects_a_checkpoint_of_another_config(make_config, tmp_path):
    GPT4Video.from_config(make_config()).save_pretrained(tmp_path / "ckpt")
    file = tmp_path / "ckpt" / WEIGHTS_NAME
    for other in [
        make_config(num_layers=1),  # missing keys
        make_config(num_spatial_queries=8, num_temporal_queries=8),  # same keys, other shapes
    ]:
        with pytest.raises(ValueError, match="does not fit this config"):
            GPT4Video.from_config(other).load_trained(file)
    r8 = make_config()
    r8.lora.r = 8
    target = GPT4Video.from_config(r8)
    before = {k: v.clone() for k, v in target.trained_state_dict().items()}
    with pytest.raises(ValueError, match="shape mismatch.*lora_A"):
        target.load_trained(file)
    after = target.trained_state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)  # nothing half-loaded
    no_lora = make_config()
    no_lora.lora = None
    with pytest.raises(ValueError, match="does not fit this config"):
        GPT4Video.from_config(no_lora).load_trained(file)


def test_from_config_is_deterministic(make_config):
    a = GPT4Video.from_config(make_config()).trained_state_dict()
    torch.manual_seed(1234)  # global RNG state must not matter
    b = GPT4Video.from_config(make_config()).trained_state_dict()
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


# ------------------------------------------------------------------------------------------------ 8. LoRA, training


def test_lora_targets_exactly_q_and_v_projections(model):
    lora_modules = {n for n, mod in model.llm.named_modules() if hasattr(mod, "lora_A")}
    assert lora_modules and all(n.endswith((".q_proj", ".v_proj")) for n in lora_modules)
    qv = {n for n, _ in model.llm.named_modules() if n.endswith((".self_attn.q_proj", ".self_attn.v_proj"))}
    assert qv == lora_modules and len(qv) == 2 * 2  # two layers, q and v in each
    assert not any(hasattr(mod, "lora_A") for mod in (*model.encoder.modules(), *model.abstractor.modules()))
    lora_params = [n for n, _ in model.llm.named_parameters() if "lora_" in n]
    assert len(lora_params) == 2 * len(lora_modules)


def test_trainable_sets_and_a_training_step(make_config):
    m = GPT4Video.from_config(make_config())
    assert m.set_trainable("none") == [] and not m.training
    params = dict(m.named_parameters())
    base = [n for n in params if n.startswith(("encoder.", "llm.")) and "lora_" not in n]
    lora = {n for n in params if "lora_" in n}
    aligned = {n for n in params if n.startswith(("abstractor.", "projector."))}
    assert base and lora and aligned

    assert set(m.set_trainable("align")) == aligned
    assert set(m.set_trainable("instruct")) == aligned | lora
    assert not any(params[n].requires_grad for n in base)
    with pytest.raises(ValueError, match="unknown trainable set"):
        m.set_trainable("everything")

    m.train()
    assert not m.encoder.model.training  # the frozen tower stays in eval mode
    conv = [user(video(0), "What is it?"), assistant("A red ball.")]
    enc = m.encode_conversations([conv, [user("Hi"), assistant("Hello there.")]], add_generation_prompt=False)
    for stage, expected in [("align", aligned), ("instruct", aligned | lora)]:
        m.set_trainable(stage)
        m.zero_grad(set_to_none=True)
        loss = m(enc).loss
        assert torch.isfinite(loss)
        loss.backward()
        with_grad = {n for n, p in m.named_parameters() if p.grad is not None}
        assert with_grad == expected
        assert all(torch.isfinite(params[n].grad).all() for n in with_grad)
        assert params["projector.end_token"].grad.abs().sum() > 0
        if stage == "instruct":  # LoRA B starts at zero, so it alone gets a gradient in the first step
            assert any(params[n].grad.abs().sum() > 0 for n in lora if "lora_B" in n)

    no_lora = make_config()
    no_lora.lora = None
    with pytest.raises(ValueError, match="no lora section"):
        GPT4Video.from_config(no_lora).set_trainable("instruct")


# ------------------------------------------------------------------------------------------------ 9. text only


def test_text_only_forward_and_generate(trained_model, tokenizer):
    m = trained_model
    conv = [user("What is the capital of France?")]
    enc = m.encode_conversations([[*conv, assistant("Paris.")]], add_generation_prompt=False)
    assert not enc[0].videos and all(i >= 0 for i in enc[0].input_ids)
    with torch.no_grad():
        out = m(enc)
        direct = m.llm(input_ids=torch.tensor([enc[0].input_ids])).logits
    assert torch.isfinite(out.loss)
    torch.testing.assert_close(out.logits, direct)  # the embeddings path is the plain ids path

    reply = m.generate([conv], max_new_tokens=6)
    prompt = torch.tensor([m.encode_conversations([conv], add_generation_prompt=True)[0].input_ids])
    with torch.no_grad():
        ids = m.llm.generate(input_ids=prompt, max_new_tokens=6, do_sample=False, pad_token_id=tokenizer.pad_token_id)
    assert reply == [tokenizer.decode(ids[0, prompt.shape[1] :], skip_special_tokens=True)]
    assert reply[0].strip()


# ------------------------------------------------------------------------------------------------ 10. embedded nano


@pytest.fixture(scope="module")
def nano():
    return GPT4Video.from_pretrained("gpt4video-nano")


@pytest.mark.slow
def test_nano_video_tokens_and_reply(nano, sample_videos):
    path = sample_videos / "bikes.mp4"
    frames = nano.load_frames(VideoPart(path=str(path)))
    assert frames.shape == (8, 224, 224, 3) and frames.dtype == np.uint8
    with torch.no_grad():
        tokens = nano.video_tokens(nano.frame_tokens(torch.from_numpy(frames)[None]))
    assert tokens.shape == (1, 33, 576) and torch.isfinite(tokens).all()
    question = [user({"type": "video", "path": str(path)}, "What is happening in this video?")]
    reply = nano.generate([question], max_new_tokens=8, video_tokens=[tokens])  # the clip is encoded once
    assert len(reply) == 1 and reply[0].strip()
