"""The text-to-video gallery: request checks, file writing, the diffusers backends on tiny real pipelines."""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path

import numpy as np
import pytest
from tiny_pipelines import save_animatediff, save_cogvideox, save_text_to_video_sd

from gpt4video.generation import ClipSettings, Gallery, GenerationError
from gpt4video.generation.backend import VideoBackend, check_request, to_uint8_frames
from gpt4video.generation.diffusers_backends import SPECS, DiffusersBackend
from gpt4video.generation.gallery import BACKENDS, reserve_path, slug
from gpt4video.video import load_video_with_info, probe_video


class MovingSquare(VideoBackend):
    """A backend without a model: a square in the prompt's seed-chosen colour crossing the frame."""

    name = "square"
    defaults = ClipSettings(num_frames=6, height=32, width=48, steps=3, guidance=1.0, fps=4)

    def __init__(self) -> None:
        self.calls = 0

    def _generate(self, prompt, settings, seed, negative_prompt, callback):
        self.calls += 1
        rng = np.random.default_rng(seed)
        colour = rng.integers(0, 256, 3)
        frames = np.zeros((settings.num_frames, settings.height, settings.width, 3), np.float32)
        for t in range(settings.num_frames):
            x = t * (settings.width - 8) // max(1, settings.num_frames - 1)
            frames[t, 4:12, x : x + 8] = colour / 255.0
        for i in range(settings.steps):
            if callback:
                callback(i + 1, settings.steps)
        return frames[None]


@pytest.fixture
def square_gallery(monkeypatch: pytest.MonkeyPatch) -> Gallery:
    backend = MovingSquare()
    monkeypatch.setitem(BACKENDS, "square", lambda source=None, **kw: backend)
    return Gallery()


# ---------------------------------------------------------------------------------------------- requests


@pytest.mark.parametrize(
    "prompt, overrides, message",
    [
        ("", {}, "empty"),
        ("   \n", {}, "empty"),
        ("x" * 2001, {}, "2001 characters"),
        ("a cat", {"num_frames": 0}, "frames must be"),
        ("a cat", {"height": 30}, "multiple of 8"),
        ("a cat", {"width": 4096}, "width must be"),
        ("a cat", {"steps": 0}, "steps must be"),
        ("a cat", {"guidance": float("nan")}, "guidance"),
    ],
)
def test_bad_requests_name_the_problem(prompt: str, overrides: dict, message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        check_request(prompt, ClipSettings().with_overrides(**overrides))


def test_unknown_backend_lists_the_known_ones() -> None:
    with pytest.raises(GenerationError, match="known backends: nano, zeroscope, modelscope, animatediff, cogvideox"):
        Gallery().backend("sora")


def test_frames_become_uint8_and_lose_the_batch_axis() -> None:
    out = to_uint8_frames(np.array([[[[[0.0, 0.5, 1.2]]]]], np.float32))
    assert out.shape == (1, 1, 1, 3) and out.dtype == np.uint8
    assert out.ravel().tolist() == [0, 128, 255]
    with pytest.raises(GenerationError, match="not T×H×W×3"):
        to_uint8_frames(np.zeros((4, 8, 8)))


# ---------------------------------------------------------------------------------------------- writing


def test_render_writes_a_playable_mp4_and_contact_sheet(square_gallery: Gallery, tmp_path: Path) -> None:
    steps: list[int] = []
    clip = square_gallery.render("A red square, moving right!", backend="square", out_dir=tmp_path, seed=3,
                                 callback=lambda i, n: steps.append(i))  # fmt: skip
    assert clip.path.parent == tmp_path and clip.path.name.startswith("a-red-square-moving-right-s3-")
    assert steps == [1, 2, 3]
    info = probe_video(clip.path)
    assert (info.width, info.height) == (48, 32) and clip.frames == 6 and clip.seed == 3
    with clip.path.open("rb") as f:
        head = f.read(4096)
    assert head.find(b"moov") < head.find(b"mdat") or b"mdat" not in head  # faststart: index before data
    assert clip.sheet is not None and clip.sheet.suffix == ".png" and clip.sheet.stat().st_size > 0


def test_same_seed_same_clip_new_name(square_gallery: Gallery, tmp_path: Path) -> None:
    a = square_gallery.render("a square", backend="square", out_dir=tmp_path, seed=7, fmt="gif", sheet=False)
    b = square_gallery.render("a square", backend="square", out_dir=tmp_path, seed=7, fmt="gif", sheet=False)
    assert a.path != b.path
    fa, _ = load_video_with_info(a.path, num_frames=6)
    fb, _ = load_video_with_info(b.path, num_frames=6)
    assert np.array_equal(fa, fb)


def test_backend_loaded_once_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    loads = []
    monkeypatch.setitem(BACKENDS, "square", lambda source=None, **kw: loads.append(1) or MovingSquare())
    gallery = Gallery()
    assert gallery.backend("square") is gallery.backend("square")
    assert loads == [1]


def test_a_failed_write_leaves_no_file(square_gallery: Gallery, tmp_path: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("gpt4video.video.write_video", broken)
    with pytest.raises(OSError, match="disk full"):
        square_gallery.render("a square", backend="square", out_dir=tmp_path, seed=1)
    assert list(tmp_path.iterdir()) == []


def test_reserved_names_never_collide(tmp_path: Path) -> None:
    names: list[Path] = []
    lock = threading.Lock()

    def grab() -> None:
        for _ in range(50):
            p = reserve_path(tmp_path, "same", ".mp4")
            with lock:
                names.append(p)

    threads = [threading.Thread(target=grab) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(names)) == 200 == len(list(tmp_path.iterdir()))
    assert slug("  Ünïcode!! & a Red circle  ") == "n-code-a-red-circle" and slug("!!!") == "video"


# ---------------------------------------------------------------------------------------------- diffusers


@pytest.fixture(scope="module")
def tiny_pipelines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("pipelines")
    base, adapter = save_animatediff(root / "animatediff", root / "motion-adapter")
    return {
        "zeroscope": save_text_to_video_sd(root / "zeroscope"),
        "modelscope": save_text_to_video_sd(root / "modelscope", seed=1),
        "animatediff": base,
        "motion_adapter": adapter,
        "cogvideox": save_cogvideox(root / "cogvideox"),
    }


@pytest.mark.parametrize("name, frames", [("zeroscope", 4), ("modelscope", 4), ("animatediff", 4), ("cogvideox", 9)])
def test_diffusers_backend_loads_a_saved_pipeline_and_generates(
    tiny_pipelines: dict[str, Path], name: str, frames: int
) -> None:
    components = {"motion_adapter": str(tiny_pipelines["motion_adapter"])} if name == "animatediff" else None
    backend = DiffusersBackend(SPECS[name], str(tiny_pipelines[name]), components=components)
    steps: list[int] = []
    kwargs = dict(num_frames=frames, height=16, width=16, steps=2)
    a = backend.generate("red circle", seed=0, callback=lambda i, n: steps.append(i), **kwargs)
    b = backend.generate("red circle", seed=0, **kwargs)
    assert a.shape == (frames, 16, 16, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b), "a seed must make the clip reproducible"
    assert steps == [1, 2]
    assert backend.device == "cpu" and str(backend.dtype) == "torch.float32"


def test_cogvideox_frame_rule_is_a_clear_error(tiny_pipelines: dict[str, Path]) -> None:
    backend = DiffusersBackend(SPECS["cogvideox"], str(tiny_pipelines["cogvideox"]))
    with pytest.raises(GenerationError, match=r"1 \+ 4·k frames"):
        backend.generate("a red circle", num_frames=8, height=16, width=16, steps=1)


def test_long_prompts_are_truncated_with_a_warning(tiny_pipelines: dict[str, Path]) -> None:
    backend = DiffusersBackend(SPECS["zeroscope"], str(tiny_pipelines["zeroscope"]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        backend.generate("a red circle moving left " * 3, num_frames=2, height=16, width=16, steps=1, seed=0)
    assert any("token(s) at the end were dropped" in str(w.message) for w in caught)


def test_missing_weights_say_how_to_get_them(tmp_path: Path) -> None:
    with pytest.raises(GenerationError, match="never fetched at run time"):
        DiffusersBackend(SPECS["zeroscope"], "nobody/no-such-model")
    with pytest.raises(GenerationError, match="cannot load zeroscope"):
        DiffusersBackend(SPECS["zeroscope"], str(tmp_path))


# ---------------------------------------------------------------------------------------------- CLI


def test_cli_generate_writes_the_file_asked_for(tiny_pipelines: dict[str, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gpt4video.cli import app

    out = tmp_path / "clip.mp4"
    args = [
        "generate",
        "red circle",
        "--backend",
        "zeroscope",
        "--source",
        str(tiny_pipelines["zeroscope"]),
        "--out",
        str(out),
        "--seed",
        "4",
        "--frames",
        "4",
        "--steps",
        "2",
        "--height",
        "16",
        "--width",
        "16",
    ]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["path"] == str(out) and payload["seed"] == 4 and payload["frames"] == 4
    assert probe_video(out).width == 16 and Path(payload["sheet"]).is_file()


@pytest.mark.parametrize(
    "args, message",
    [
        (["generate", "a cat", "--backend", "sora"], "unknown video backend 'sora'"),
        (["generate", "  ", "--backend", "nano", "--source", "."], "nano generator is not at"),
        (["generate", "a cat", "--backend", "zeroscope", "--source", "/nonexistent"], "cannot load zeroscope"),
    ],
)
def test_cli_generate_errors_are_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gpt4video.cli import app

    result = CliRunner().invoke(app, [*args, "--out", str(tmp_path)])
    assert result.exit_code == 2 and message in " ".join(result.output.split())
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == []
