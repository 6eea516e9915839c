"""Frame encoder: ONNX -> transformers conversion against onnxruntime, the store cache, the wrappers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import torch

from gpt4video import weights
from gpt4video.model import encoder as enc
from gpt4video.model.encoder import (
    EMBEDDED_DINOV2,
    IMAGENET_MEAN,
    IMAGENET_STD,
    ConversionError,
    FrameEncoder,
    OnnxFrameEncoder,
    load_embedded_dinov2,
    preprocess_frames,
)

TOLERANCE = 1e-3  # measured: ~2e-5 (fp32 summation order differs between the two runtimes)


def _real_onnx() -> Path:
    try:
        return weights.path(enc.ONNX_WEIGHT)
    except weights.WeightStoreError as e:
        pytest.skip(f"embedded ONNX weight not fetched: {e}")


def _store_with_onnx(root: Path, onnx: Path) -> Path:
    """A private weight store holding (a link to) the real ONNX file, so cache tests never touch ~/.cache."""
    dest = root / "dinov2-s14-onnx" / onnx.name
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.symlink_to(onnx)
    return root


def _frames() -> torch.Tensor:
    """Two real-looking uint8 frames [2,224,224,3]: a smooth colour gradient and a noisy textured one."""
    g = torch.Generator().manual_seed(0)
    y, x = torch.meshgrid(torch.linspace(0, 1, 224), torch.linspace(0, 1, 224), indexing="ij")
    gradient = torch.stack([x, y, 1 - (x + y) / 2], dim=-1) * 255
    texture = (torch.sin(x * 40) * torch.cos(y * 25) + 1) * 100 + torch.rand(224, 224, generator=g) * 55
    texture = texture[..., None] * torch.tensor([1.0, 0.8, 0.6])
    return torch.stack([gradient, texture]).round().clamp(0, 255).to(torch.uint8)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory):
    """Convert once into a private store; yields (FrameEncoder, OnnxFrameEncoder with extra outputs)."""
    onnx = _real_onnx()
    root = _store_with_onnx(tmp_path_factory.mktemp("store"), onnx)
    with pytest.MonkeyPatch.context() as mp:  # only while loading: later tests see the real store again
        mp.setenv("GPT4VIDEO_HOME", str(root))
        encoder = FrameEncoder.from_pretrained(EMBEDDED_DINOV2)
    reference = OnnxFrameEncoder(onnx, extra_outputs=["/backbone/embeddings/Concat_6_output_0"])
    return encoder, reference


@pytest.mark.slow
def test_converted_matches_onnxruntime(embedded: tuple[FrameEncoder, OnnxFrameEncoder]) -> None:
    encoder, reference = embedded
    pixels = preprocess_frames(_frames(), 224, IMAGENET_MEAN, IMAGENET_STD)
    with torch.no_grad():
        ours = encoder.model(pixel_values=pixels).last_hidden_state
    theirs, _ = reference.run_pixels(pixels)
    diff = (ours - torch.from_numpy(theirs)).abs().max().item()
    print(f"max |torch - onnxruntime| on [2,257,384] tokens: {diff:.3e}")
    assert ours.shape == (2, 257, 384)
    assert diff <= TOLERANCE


@pytest.mark.slow
def test_pos_embedding_interpolation_matches_graph(embedded: tuple[FrameEncoder, OnnxFrameEncoder]) -> None:
    """The graph resizes the 37x37 grid to 16x16 like transformers (bicubic, size=, no antialias)."""
    encoder, reference = embedded
    _, graph_pos = reference.run_pixels(torch.zeros(1, 3, 224, 224))
    with torch.no_grad():
        ours = encoder.model.embeddings.interpolate_pos_encoding(torch.zeros(1, 257, 384), 224, 224)
    assert (ours - torch.from_numpy(graph_pos)).abs().max().item() < 1e-6


@pytest.mark.slow
def test_frame_encoder_on_uint8_frames(embedded: tuple[FrameEncoder, OnnxFrameEncoder]) -> None:
    encoder, reference = embedded
    frames = _frames()
    assert encoder.spec.tokens_per_frame == 257 and encoder.spec.hidden_size == 384
    out_hwc = encoder(frames)
    out_chw = encoder(frames.permute(0, 3, 1, 2))
    assert out_hwc.shape == (2, 257, 384) and out_hwc.dtype == torch.float32
    assert not out_hwc.requires_grad
    assert torch.equal(out_hwc, out_chw)
    assert (out_hwc - reference(frames)).abs().max().item() <= TOLERANCE
    # other frame sizes are resized + centre-cropped to 224, still 257 tokens
    odd = torch.randint(0, 256, (1, 180, 320, 3), dtype=torch.uint8)
    assert encoder(odd).shape == (1, 257, 384)
    encoder.train()
    assert not encoder.model.training
    assert not any(p.requires_grad for p in encoder.parameters())


@pytest.mark.slow
def test_cache_reused_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _store_with_onnx(tmp_path, _real_onnx())
    monkeypatch.setenv("GPT4VIDEO_HOME", str(root))
    folder = root / "converted" / "dinov2-s14"
    load_embedded_dinov2()
    st = folder / "model.safetensors"
    first = st.stat().st_mtime_ns
    stamp = json.loads((folder / "stamp.json").read_text())
    assert stamp["sha256"] == [weights.REGISTRY[enc.ONNX_WEIGHT].files[0].sha256]

    # second load: no conversion at all
    def boom(*a: object, **k: object) -> None:
        raise AssertionError("reconverted a valid cache")

    with monkeypatch.context() as mp:
        mp.setattr(enc, "convert_dinov2_onnx", boom)
        model = load_embedded_dinov2()
    assert st.stat().st_mtime_ns == first
    assert not model.training and not any(p.requires_grad for p in model.parameters())

    # corrupt safetensors -> rebuilt
    st.write_bytes(st.read_bytes()[: st.stat().st_size // 2])
    load_embedded_dinov2()
    assert st.stat().st_size > 80_000_000
    # a stamp from another source file -> rebuilt
    (folder / "stamp.json").write_text(json.dumps({**stamp, "sha256": ["0" * 64]}))
    load_embedded_dinov2()
    assert json.loads((folder / "stamp.json").read_text()) == stamp
    # missing folder -> rebuilt; no leftover temp folders beside it
    shutil.rmtree(folder)
    load_embedded_dinov2()
    assert (folder / "config.json").is_file()
    assert [p.name for p in folder.parent.iterdir()] == ["dinov2-s14"]


def test_missing_onnx_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GPT4VIDEO_HOME", str(tmp_path))
    with pytest.raises(weights.WeightStoreError, match="dinov2-s14-onnx"):
        load_embedded_dinov2()


def test_convert_rejects_a_non_dinov2_graph(tmp_path: Path) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    w = numpy_helper.from_array(np.ones((4, 4), np.float32), "w")
    node = helper.make_node("MatMul", ["x", "w"], ["y"], name="/head/MatMul")
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])
    onnx.save(helper.make_model(helper.make_graph([node], "g", [x], [y], [w])), tmp_path / "other.onnx")
    with pytest.raises(ConversionError, match="not DINOv2"):
        enc.convert_dinov2_onnx(tmp_path / "other.onnx", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_fill_state_dict_fails_loudly() -> None:
    from transformers import Dinov2Config, Dinov2Model

    sizes = {"hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 2, "image_size": 28}
    model = Dinov2Model(Dinov2Config(**sizes, patch_size=14, use_mask_token=False))
    full = {k: v.numpy().copy() for k, v in model.state_dict().items()}
    enc._fill_state_dict(model, full, Path("ok.onnx"))  # complete: fine
    partial = {k: v for k, v in full.items() if k != "layernorm.weight"}
    with pytest.raises(ConversionError, match="layernorm.weight"):
        enc._fill_state_dict(model, partial, Path("x.onnx"))
    wrong = {**full, "layernorm.bias": full["layernorm.bias"][:4]}
    with pytest.raises(ConversionError, match="shape mismatch"):
        enc._fill_state_dict(model, wrong, Path("x.onnx"))
    with pytest.raises(ConversionError, match="no parameter"):
        enc._fill_state_dict(model, {**full, "encoder.layer.0.bogus": full["layernorm.bias"]}, Path("x.onnx"))


@pytest.fixture
def tiny_clip(tmp_path: Path) -> Path:
    from transformers import CLIPVisionConfig, CLIPVisionModel

    torch.manual_seed(0)
    sizes = {"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2}
    config = CLIPVisionConfig(**sizes, image_size=28, patch_size=14, projection_dim=16)
    CLIPVisionModel(config).save_pretrained(tmp_path / "clip")
    return tmp_path / "clip"


def test_tiny_clip_penultimate_layer(tiny_clip: Path) -> None:
    from transformers import CLIPVisionModel

    frames = torch.randint(0, 256, (3, 28, 28, 3), dtype=torch.uint8)
    with_cls = FrameEncoder.from_pretrained(tiny_clip, layer=-2, keep_cls=True)
    no_cls = FrameEncoder.from_pretrained(tiny_clip, layer=-2, keep_cls=False)
    assert with_cls.spec.mean == enc.CLIP_MEAN and with_cls.spec.image_size == 28
    assert with_cls.tokens_per_frame == 5 and no_cls.tokens_per_frame == 4
    a, b = with_cls(frames), no_cls(frames)
    assert a.shape == (3, 5, 32) and b.shape == (3, 4, 32)
    assert torch.equal(a[:, 1:], b)

    reference = CLIPVisionModel.from_pretrained(tiny_clip).eval()
    pixels = preprocess_frames(frames, 28, enc.CLIP_MEAN, enc.CLIP_STD)
    with torch.no_grad():
        states = reference(pixel_values=pixels, output_hidden_states=True).hidden_states
    assert len(states) == 3
    torch.testing.assert_close(a, states[-2])
    last = FrameEncoder.from_pretrained(tiny_clip, layer=-1)(frames)
    torch.testing.assert_close(last, states[-1])
    # larger frames are resized to the tower's size
    assert with_cls(torch.randint(0, 256, (1, 3, 60, 40), dtype=torch.uint8)).shape == (1, 5, 32)


def test_processor_config_and_errors(tiny_clip: Path) -> None:
    (tiny_clip / "preprocessor_config.json").write_text(
        json.dumps({"image_mean": [0.5] * 3, "image_std": [0.25] * 3, "crop_size": {"height": 28}})
    )
    encoder = FrameEncoder.from_pretrained(tiny_clip)
    assert encoder.spec.mean == (0.5, 0.5, 0.5) and encoder.spec.std == (0.25, 0.25, 0.25)
    with pytest.raises(ValueError, match="layer"):
        FrameEncoder.from_pretrained(tiny_clip, layer=5)
    with pytest.raises(ValueError, match="frames"):
        encoder(torch.zeros(28, 28, 3, dtype=torch.uint8))


def test_tiny_dinov2_folder(tmp_path: Path) -> None:
    from transformers import Dinov2Config, Dinov2Model

    sizes = {"hidden_size": 16, "num_hidden_layers": 2, "num_attention_heads": 2, "image_size": 28}
    Dinov2Model(Dinov2Config(**sizes, patch_size=14)).save_pretrained(tmp_path)
    encoder = FrameEncoder.from_pretrained(tmp_path, image_size=28)
    assert encoder.spec.mean == IMAGENET_MEAN
    assert encoder(torch.randint(0, 256, (2, 28, 28, 3), dtype=torch.uint8)).shape == (2, 5, 16)
