"""Export a run's trained tensors as the committed model: ``python -m gpt4video.train.export SRC DST``.

Copies ``SRC/config.json`` and ``SRC/model.safetensors`` into ``DST``, storing floating tensors as fp16
(half the size; the model upcasts them to its own dtype on load). Written to temp files and renamed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file


def export(src: Path, dst: Path, dtype: torch.dtype = torch.float16) -> Path:
    """Write ``dst/config.json`` + ``dst/model.safetensors`` (floating tensors in ``dtype``)."""
    dst.mkdir(parents=True, exist_ok=True)
    trained = load_file(str(src / "model.safetensors"))
    state = {k: v.to(dtype) if v.is_floating_point() else v for k, v in trained.items()}
    tmp = dst / ".model.safetensors.part"
    save_file({k: v.contiguous() for k, v in state.items()}, str(tmp), metadata={"format": "pt"})
    os.replace(tmp, dst / "model.safetensors")
    shutil.copyfile(src / "config.json", dst / ".config.json.part")
    os.replace(dst / ".config.json.part", dst / "config.json")
    return dst


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m gpt4video.train.export RUN/final checkpoints/gpt4video-nano")
    print(export(Path(sys.argv[1]), Path(sys.argv[2])))
