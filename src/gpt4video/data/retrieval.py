"""Text retrieval over captions: the paper's way of picking semantically similar videos for one dialogue."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from gpt4video.text_embedding import SentenceEmbedder, default_embedder


class CaptionIndex:
    """Exact cosine-similarity search over caption embeddings (fine up to ~10⁵ captions on a CPU)."""

    def __init__(self, ids: Sequence[str], captions: Sequence[str], embedder: SentenceEmbedder | None = None) -> None:
        if len(ids) != len(captions):
            raise ValueError(f"{len(ids)} ids but {len(captions)} captions")
        self.ids = list(ids)
        self.captions = list(captions)
        self.vectors = (embedder or default_embedder()).embed(self.captions)

    def neighbours(self, index: int, k: int) -> list[tuple[str, float]]:
        """The k most similar other captions to caption ``index``: (id, cosine similarity), best first."""
        sims = self.vectors @ self.vectors[index]
        sims[index] = -np.inf
        order = np.argsort(-sims, kind="stable")[:k]
        return [(self.ids[j], float(sims[j])) for j in order]
