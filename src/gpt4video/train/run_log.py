"""A run's metrics: one JSON row per log step (``metrics.jsonl``) and the loss curve as a PNG."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gpt4video.data.datasets import read_jsonl


def append_row(path: Path, row: dict[str, Any]) -> None:
    with open(path, "a") as f:
        f.write(json.dumps(row) + "\n")


def truncate_rows(path: Path, step: int) -> None:
    """Drop metric rows a killed run logged after its last checkpoint (they will be logged again)."""
    if path.is_file():
        rows = [r for r in read_jsonl(path) if r["step"] <= step]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def plot_losses(rows: list[dict[str, Any]], path: Path, title: str) -> None:
    """Training and validation loss against step, as a PNG people can look at."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    train_rows = [r for r in rows if "loss" in r]
    val_rows = [r for r in rows if "val_loss" in r]
    if train_rows:
        ax.plot([r["step"] for r in train_rows], [r["loss"] for r in train_rows], label="train loss", lw=1)
    if val_rows:
        ax.plot([r["step"] for r in val_rows], [r["val_loss"] for r in val_rows], "o-", label="val loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
