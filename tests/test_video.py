"""gpt4video.video on real clips and on clips written here: frame choice, codecs, rotation, bad input."""

from __future__ import annotations

import os
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from gpt4video import video, weights
from gpt4video.video import VideoDecodeError, load_video, probe_video, read_frames, sample_indices, write_video

SAMPLE_CLIPS = ["bigbuckbunny.mp4", "bikes.mp4", "carphone_pristine.mp4"]

# Frame i is one flat colour that encodes i mod 256. The levels are exact in GIF's rgb8 palette and far
# apart (36 per step) so lossy codecs and scaling can't move a frame to a neighbouring index.
_L8 = [0, 36, 73, 109, 146, 182, 219, 255]
_L4 = [0, 85, 170, 255]


def index_color(i: int) -> tuple[int, int, int]:
    i %= 256
    return _L8[i % 8], _L8[(i // 8) % 8], _L4[(i // 64) % 4]


def decode_index(frame: np.ndarray) -> int:
    """The index (mod 256) a frame written with :func:`index_color` carries, from its centre patch."""
    h, w = frame.shape[:2]
    c = frame[h // 2 - 2 : h // 2 + 2, w // 2 - 2 : w // 2 + 2].reshape(-1, 3).mean(axis=0)
    r = int(np.argmin([abs(c[0] - v) for v in _L8]))
    g = int(np.argmin([abs(c[1] - v) for v in _L8]))
    b = int(np.argmin([abs(c[2] - v) for v in _L4]))
    return r + 8 * g + 64 * b


def write_clip(
    path: Path,
    n: int,
    *,
    codec: str = "libx264",
    size: tuple[int, int] = (64, 48),
    fps: int = 10,
    pix_fmt: str = "yuv420p",
    options: dict[str, str] | None = None,
    rotation: int | None = None,
    frame_fn: Callable[[int, int, int], np.ndarray] | None = None,
) -> Path:
    """A clip written with PyAV whose frame i shows :func:`index_color` (i), unless ``frame_fn`` says."""
    w, h = size
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream(codec, rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, pix_fmt
        if options:
            stream.options = options
        if rotation is not None:
            stream.set_display_rotation(rotation)
        buf = np.empty((h, w, 3), np.uint8)
        for i in range(n):
            if frame_fn is None:
                buf[:] = index_color(i)
                arr = buf
            else:
                arr = frame_fn(i, w, h)
            out.mux(stream.encode(av.VideoFrame.from_ndarray(arr, format="rgb24")))
        out.mux(stream.encode(None))
    return path


def run_with_timeout(fn: Callable[[], object], timeout: float = 30.0) -> object:
    """Run ``fn`` in a thread; fail the test if it hangs. Returns its result or the exception it raised."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["result"] = fn()
        except BaseException as e:  # noqa: BLE001 - the caller checks the type
            box["error"] = e

    th = threading.Thread(target=target, daemon=True)
    th.start()
    th.join(timeout)
    assert not th.is_alive(), f"decoding hung for more than {timeout} s"
    return box.get("error", box.get("result"))


def pil_resize_crop(frame: np.ndarray, size: int, pixel_aspect: float = 1.0) -> np.ndarray:
    """An independent reference for load_video's resize: Pillow, short side to size, centre crop."""
    img = Image.fromarray(frame)
    w, h = img.width * pixel_aspect, img.height
    scale = size / min(w, h)
    img = img.resize((max(size, round(w * scale)), max(size, round(h * scale))), Image.BILINEAR)
    arr = np.asarray(img)
    top, left = (arr.shape[0] - size) // 2, (arr.shape[1] - size) // 2
    return arr[top : top + size, left : left + size]


# ------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sample_dir() -> Path:
    weights.ensure(["sample-videos"], progress=False)
    return weights.path("sample-videos")


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("clips")
    fast_vp9 = {"deadline": "realtime", "cpu-used": "8", "crf": "20", "b": "0"}
    return {
        "h264": write_clip(d / "c.mp4", 40, options={"g": "12"}),
        "h264_bframes": write_clip(
            d / "b.mp4", 90, options={"preset": "veryfast", "g": "15", "bf": "3"}, size=(64, 48)
        ),
        "vp9": write_clip(d / "c.webm", 40, codec="libvpx-vp9", options=fast_vp9),
        "mpeg4": write_clip(d / "c.avi", 40, codec="mpeg4", options={"qscale": "3"}),
        "gif": write_clip(d / "c.gif", 40, codec="gif", pix_fmt="rgb8"),
        "odd": write_clip(d / "odd.mp4", 30, size=(97, 61), pix_fmt="yuv444p"),
        "odd_vp9": write_clip(d / "odd.webm", 30, codec="libvpx-vp9", size=(97, 61), options=fast_vp9),
        "one": write_clip(d / "one.mp4", 1),
        "short": write_clip(d / "short.mp4", 5),
    }


@pytest.fixture(scope="module")
def hour_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One hour at 1 fps, 64x48, a keyframe every 2 minutes (about half a second to write)."""
    path = tmp_path_factory.mktemp("hour") / "lecture.mp4"
    opts = {"preset": "ultrafast", "g": "120", "keyint_min": "120", "sc_threshold": "0"}
    return write_clip(path, 3600, fps=1, options=opts)


# --------------------------------------------------------------------------------------- frame choice


def test_sample_indices_matches_reference_formula() -> None:
    def reference(total: int, n: int) -> list[int]:  # GPT4Video / mPLUG-Owl get_index
        seg_size = float(total - 1) / n
        start = int(seg_size / 2)
        return [start + int(np.round(seg_size * idx)) for idx in range(n)]

    for total in (1, 2, 5, 8, 9, 100, 132, 250, 3600):
        for n in (1, 4, 8, 16):
            assert sample_indices(total, n) == reference(total, n)
    assert sample_indices(5, 8) == [0, 0, 1, 2, 2, 2, 3, 4]  # fewer frames than asked: repeats


@pytest.mark.parametrize("name", SAMPLE_CLIPS)
def test_real_clips_match_reference_decode(sample_dir: Path, name: str) -> None:
    path = sample_dir / name
    frames = load_video(path, 8, 224)
    assert frames.shape == (8, 224, 224, 3) and frames.dtype == np.uint8
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).mean() > 2  # content changes over time

    with av.open(str(path)) as c:
        all_frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    idx = sample_indices(len(all_frames), 8)
    info = probe_video(path)
    assert info.num_frames == len(all_frames) and info.codec == "h264"
    # The decode path returns exactly the reference frames (no resize) ...
    full = read_frames(path, idx, size=None)
    for got, i in zip(full, idx, strict=True):
        np.testing.assert_array_equal(got, all_frames[i])
    # ... and after resize + crop they match an independent Pillow resize closely (carphone has
    # non-square pixels, 128:117, which both stretch to square).
    for got, i in zip(frames, idx, strict=True):
        ref = pil_resize_crop(all_frames[i], 224, info.pixel_aspect)
        assert np.abs(got.astype(int) - ref.astype(int)).mean() < 4


def test_every_index_is_exact_with_bframes_and_seeks(clips: dict[str, Path]) -> None:
    """Arbitrary targets across GOP boundaries (B-frames, seeks both ways) return the exact frame."""
    path = clips["h264_bframes"]
    wanted = [0, 1, 13, 14, 15, 16, 29, 30, 44, 46, 59, 60, 61, 75, 88, 89]
    stats: dict[str, int] = {}
    got = read_frames(path, wanted, size=16, stats=stats)
    assert [decode_index(f) for f in got] == wanted
    sparse = [3, 44, 88]
    got = read_frames(path, sparse, size=16, stats=stats)
    assert [decode_index(f) for f in got] == sparse
    assert stats["seeks"] >= 1
    # Parallel workers (one per stretch between keyframes) give exactly what one decoder gives.
    many = list(range(0, 90, 7))
    serial = read_frames(path, many, size=None, threads=1)
    parallel = read_frames(path, many, size=None, threads=4)
    np.testing.assert_array_equal(serial, parallel)
    assert [decode_index(f) for f in parallel] == many


@pytest.mark.parametrize(
    ("kind", "codec", "n"),
    [
        ("h264", "h264", 40),
        ("vp9", "vp9", 40),
        ("mpeg4", "mpeg4", 40),
        ("gif", "gif", 40),
        ("odd", "h264", 30),
        ("odd_vp9", "vp9", 30),
    ],
)
def test_codecs_pick_middle_of_each_segment(clips: dict[str, Path], kind: str, codec: str, n: int) -> None:
    frames = load_video(clips[kind], 8, 32)
    assert frames.shape == (8, 32, 32, 3) and frames.dtype == np.uint8
    assert [decode_index(f) for f in frames] == sample_indices(n, 8)
    info = probe_video(clips[kind])
    assert info.codec == codec and info.num_frames == n
    assert abs(info.fps - 10) < 1e-6 and abs(info.duration - n / 10) < 0.15


def test_odd_size_keeps_aspect_and_crops(clips: dict[str, Path]) -> None:
    info = probe_video(clips["odd"])
    assert (info.width, info.height) == (97, 61)
    full = read_frames(clips["odd"], [0, 29], size=None)
    assert full.shape == (2, 61, 97, 3)
    assert load_video(clips["odd"], 3, 50).shape == (3, 50, 50, 3)


def test_one_frame_and_short_clips_repeat_frames(clips: dict[str, Path]) -> None:
    one = load_video(clips["one"], 8, 24)
    assert one.shape == (8, 24, 24, 3)
    assert [decode_index(f) for f in one] == [0] * 8
    short = load_video(clips["short"], 8, 24)
    assert [decode_index(f) for f in short] == sample_indices(5, 8) == [0, 0, 1, 2, 2, 2, 3, 4]


def test_hour_long_clip_seeks_instead_of_decoding_everything(hour_clip: Path) -> None:
    info = probe_video(hour_clip)
    assert info.num_frames == 3600 and abs(info.duration - 3600) < 2
    idx = sample_indices(3600, 8)
    stats: dict[str, int] = {}
    t0 = time.perf_counter()
    frames = read_frames(hour_clip, idx, size=32, stats=stats)
    elapsed = time.perf_counter() - t0
    assert [decode_index(f) for f in frames] == [i % 256 for i in idx]
    assert stats["seeks"] >= 6 and stats["decoded"] < 3600 // 4, stats
    assert elapsed < 5.0
    assert load_video(hour_clip, 8, 32).shape == (8, 32, 32, 3)


# ----------------------------------------------------------------------------------------- rotation


def _halves(i: int, w: int, h: int) -> np.ndarray:
    """Left half red, right half blue: shows which way a rotation turned the picture."""
    arr = np.zeros((h, w, 3), np.uint8)
    arr[:, : w // 2] = (255, 0, 0)
    arr[:, w // 2 :] = (0, 0, 255)
    return arr


def _red_at(frame: np.ndarray) -> str:
    """Which side of the frame the red half is on (from the centroid of the red pixels)."""
    h, w = frame.shape[:2]
    ys, xs = np.nonzero(frame[..., 0].astype(int) > frame[..., 2].astype(int) + 64)
    dy, dx = ys.mean() - (h - 1) / 2, xs.mean() - (w - 1) / 2
    if abs(dx) > abs(dy):
        return "left" if dx < 0 else "right"
    return "top" if dy < 0 else "bottom"


@pytest.mark.parametrize(("rotation", "red"), [(None, "left"), (-90, "top"), (90, "bottom"), (180, "right")])
def test_rotation_metadata_is_applied(tmp_path: Path, rotation: int | None, red: str) -> None:
    # Stored landscape 64x32; a phone's portrait clip carries a -90 (clockwise) display matrix.
    path = write_clip(tmp_path / "rot.mp4", 6, size=(64, 32), rotation=rotation, frame_fn=_halves)
    info = probe_video(path)
    portrait = rotation in (90, -90)
    assert (info.width, info.height) == ((32, 64) if portrait else (64, 32))
    assert info.rotation == (rotation or 0)
    full = read_frames(path, [0], size=None)[0]
    assert full.shape == ((64, 32, 3) if portrait else (32, 64, 3))
    assert _red_at(full) == red
    small = load_video(path, 2, 16)
    assert small.shape == (2, 16, 16, 3)
    if red in ("top", "bottom"):  # a centre crop of a portrait frame still shows the split
        assert _red_at(small[0]) == red


# ------------------------------------------------------------------------------------------- stills


def test_png_and_jpeg_are_one_frame_videos(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    img = np.repeat(np.linspace(0, 255, 120, dtype=np.uint8)[None, :, None], 80, axis=0).repeat(3, axis=2)
    img = np.clip(img.astype(int) + rng.integers(0, 10, img.shape), 0, 255).astype(np.uint8)
    for suffix in ("png", "jpg"):
        path = tmp_path / f"still.{suffix}"
        Image.fromarray(img).save(path)
        frames = load_video(path, 8, 64)
        assert frames.shape == (8, 64, 64, 3) and frames.dtype == np.uint8
        assert all(np.array_equal(frames[0], f) for f in frames)
        assert frames[0, 32, 60].mean() > frames[0, 32, 4].mean() + 20  # the gradient survived
        assert (probe_video(path).width, probe_video(path).height) == (120, 80)


def test_jpeg_exif_orientation_is_applied(tmp_path: Path) -> None:
    arr = _halves(0, 64, 32)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, display rotated 90 degrees clockwise
    path = tmp_path / "phone.jpg"
    Image.fromarray(arr).save(path, exif=exif, quality=95)
    frame = load_video(path, 1, 16)[0]
    assert _red_at(frame) == "top"
    assert (probe_video(path).width, probe_video(path).height) == (32, 64)


# ------------------------------------------------------------------------------------------ bad input


def _audio_only(path: Path) -> Path:
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream("aac", rate=16000)
        for k in range(8):
            frame = av.AudioFrame.from_ndarray(np.zeros((1, 1024), np.float32), format="fltp", layout="mono")
            frame.sample_rate, frame.pts = 16000, k * 1024
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def _declared_8k(path: Path) -> Path:
    """One flat 8192x4320 H.264 frame: a ~100 KB file that declares 8K."""
    with av.open(str(path), mode="w") as out:
        stream = out.add_stream("libx264", rate=1)
        stream.width, stream.height, stream.pix_fmt = 8192, 4320, "yuv420p"
        stream.options = {"preset": "ultrafast"}
        frame = av.VideoFrame(8192, 4320, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes(plane.buffer_size))
        out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def _bad_file(kind: str, d: Path, clips: dict[str, Path]) -> tuple[Path, dict[str, float]]:
    """A bad input of the given kind and the cap arguments that make it bad."""
    if kind == "missing":
        return d / "missing.mp4", {}
    if kind == "directory":
        (d / "folder.mp4").mkdir()
        return d / "folder.mp4", {}
    if kind == "empty":
        (d / "empty.mp4").write_bytes(b"")
        return d / "empty.mp4", {}
    if kind in ("text_txt", "text_mp4"):
        path = d / ("notes.txt" if kind == "text_txt" else "notes.mp4")
        path.write_text("just some notes, not a video\n" * 50)
        return path, {}
    if kind == "random":
        path = d / "noise.mp4"
        path.write_bytes(np.random.default_rng(1).integers(0, 256, 20000, dtype=np.uint8).tobytes())
        return path, {}
    if kind == "truncated_header":
        path = d / "head.mp4"
        path.write_bytes(clips["h264"].read_bytes()[:200])
        return path, {}
    if kind == "truncated_faststart":  # moov first (as write_video makes it), cut inside the moov
        src = write_video(d / "full.mp4", np.zeros((4, 32, 32, 3), np.uint8))
        path = d / "head_fs.mp4"
        path.write_bytes(src.read_bytes()[:200])
        src.unlink()
        return path, {}
    if kind == "audio_only":
        return _audio_only(d / "speech.m4a"), {}
    if kind == "declared_8k":
        return _declared_8k(d / "huge.mp4"), {}
    if kind == "side_cap":
        return write_clip(d / "wide.mp4", 3, size=(640, 96)), {"max_side": 320}
    if kind == "duration_cap":
        return clips["h264"], {"max_duration": 1.0}  # a 4 s clip, 1 s allowed
    if kind == "png_side_cap":
        Image.new("RGB", (600, 40)).save(d / "banner.png")
        return d / "banner.png", {"max_side": 512}
    raise AssertionError(kind)


BAD_KINDS = [
    "missing",
    "directory",
    "empty",
    "text_txt",
    "text_mp4",
    "random",
    "truncated_header",
    "truncated_faststart",
    "audio_only",
    "declared_8k",
    "side_cap",
    "duration_cap",
    "png_side_cap",
]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_raises_video_decode_error_naming_the_file(tmp_path: Path, clips: dict[str, Path], kind: str) -> None:
    path, caps = _bad_file(kind, tmp_path, clips)
    for fn in (
        lambda: load_video(path, 8, 32, **caps),
        lambda: probe_video(path, **caps),
        lambda: read_frames(path, [0], 32, **caps),
    ):
        with pytest.raises(VideoDecodeError) as exc:
            fn()
        assert path.name in str(exc.value)
        assert isinstance(exc.value, ValueError)


def test_specific_causes_are_named(tmp_path: Path, clips: dict[str, Path]) -> None:
    expect = {
        "missing": "not found",
        "empty": "empty",
        "audio_only": "audio-only",
        "declared_8k": "8192x4320",
        "duration_cap": "duration",
        "text_txt": "not a video",
    }
    for kind, words in expect.items():
        path, caps = _bad_file(kind, tmp_path, clips)
        with pytest.raises(VideoDecodeError, match=words):
            load_video(path, **caps)


def test_resolution_cap_is_checked_before_decoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _declared_8k(tmp_path / "huge.mp4")
    assert path.stat().st_size < 500_000
    decoded: list[int] = []
    monkeypatch.setattr(video._Cursor, "next", lambda self: decoded.append(1))
    with pytest.raises(VideoDecodeError, match="exceeds the cap"):
        load_video(path)
    assert decoded == []
    # A raised cap lets it through (and the frame really is 8K).
    monkeypatch.undo()
    assert probe_video(path, max_side=8192).width == 8192


def _damage(src: Path, dest: Path, seed: int, where: float = 0.5, span: float = 0.1) -> Path:
    data = bytearray(src.read_bytes())
    n = len(data)
    lo, hi = int(n * where), int(n * min(1.0, where + span))
    data[lo:hi] = np.random.default_rng(seed).integers(0, 256, hi - lo, dtype=np.uint8).tobytes()
    dest.write_bytes(bytes(data))
    return dest


def test_truncated_tail_keeps_what_decodes(tmp_path: Path) -> None:
    """A faststart file cut short (interrupted download): the index is whole, the tail is missing."""
    frames = np.stack([np.full((32, 32, 3), index_color(i), np.uint8) for i in range(40)])
    full = write_video(tmp_path / "full.mp4", frames, fps=10)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(full.read_bytes()[: int(full.stat().st_size * 0.6)])
    result = run_with_timeout(lambda: load_video(cut, 8, 16))
    if isinstance(result, BaseException):
        assert isinstance(result, VideoDecodeError) and "cut.mp4" in str(result)
    else:
        got = [decode_index(f) for f in result]
        assert got[0] == sample_indices(40, 8)[0]  # the start is intact
        assert got == sorted(got)  # the lost tail is filled with the nearest decoded frame


@pytest.mark.parametrize("seed", range(4))
def test_damaged_middle_decodes_or_raises_cleanly(
    tmp_path: Path, clips: dict[str, Path], sample_dir: Path, seed: int
) -> None:
    sources = [sample_dir / "bikes.mp4", clips["h264_bframes"], clips["vp9"], clips["mpeg4"]]
    for src in sources:
        for where in (0.3, 0.5, 0.8):
            path = _damage(src, tmp_path / f"broken{src.suffix}", seed, where)
            result = run_with_timeout(lambda p=path: load_video(p, 8, 32))
            if isinstance(result, BaseException):
                assert isinstance(result, VideoDecodeError), f"{src.name}@{where}: {result!r}"
                assert path.name in str(result)
            else:
                assert isinstance(result, np.ndarray) and result.shape == (8, 32, 32, 3), src.name


def test_bad_arguments_raise_value_error(clips: dict[str, Path]) -> None:
    for kwargs in ({"num_frames": 0}, {"num_frames": -3}, {"size": 0}, {"threads": 0}):
        with pytest.raises(ValueError, match="must be") as exc:
            load_video(clips["h264"], **kwargs)
        assert not isinstance(exc.value, VideoDecodeError)
    with pytest.raises(ValueError, match="empty"):
        read_frames(clips["h264"], [])


# ------------------------------------------------------------------------------------------- writing


def _top_level_atoms(path: Path) -> list[str]:
    data = path.read_bytes()
    atoms, pos = [], 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
        atoms.append(kind.decode("latin-1"))
        if size < 8:
            break
        pos += size
    return atoms


def test_write_video_mp4_round_trip(tmp_path: Path) -> None:
    frames = np.stack([np.full((61, 97, 3), index_color(i), np.uint8) for i in range(12)])
    dest = write_video(tmp_path / "out.mp4", frames, fps=8)
    assert dest == tmp_path / "out.mp4"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.mp4"]  # no temp files left
    with av.open(str(dest)) as c:
        s = c.streams.video[0]
        assert s.codec_context.name == "h264"
        assert s.codec_context.pix_fmt == "yuv420p"
        assert (s.width, s.height) == (98, 62)  # odd size padded to even
        assert s.average_rate == 8
        decoded = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    assert len(decoded) == 12
    assert [decode_index(f) for f in decoded] == list(range(12))
    atoms = _top_level_atoms(dest)
    assert atoms.index("moov") < atoms.index("mdat")  # +faststart
    # And it reads back through load_video.
    assert [decode_index(f) for f in load_video(dest, 4, 32)] == sample_indices(12, 4)


def test_write_video_gif_and_overwrite(tmp_path: Path) -> None:
    frames = np.stack([np.full((20, 30, 3), index_color(i * 9), np.uint8) for i in range(6)])
    dest = write_video(tmp_path / "anim.gif", frames, fps=5)
    with av.open(str(dest)) as c:
        assert c.streams.video[0].codec_context.name == "gif"
    assert [decode_index(f) for f in load_video(dest, 6, 16)] == [i * 9 for i in sample_indices(6, 6)]
    write_video(tmp_path / "anim.gif", frames[:2], fps=5)  # replacing an existing file works
    assert probe_video(dest).num_frames == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anim.gif"]


def test_write_video_failure_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = np.zeros((3, 16, 16, 3), np.uint8)
    dest = tmp_path / "out.mp4"
    dest.write_bytes(b"previous version")

    def broken(tmp: str, *args: object) -> None:
        Path(tmp).write_bytes(b"half a file")
        raise RuntimeError("disk full")

    monkeypatch.setattr(video, "_write_mp4", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_video(dest, frames)
    assert dest.read_bytes() == b"previous version"  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.mp4"]


@pytest.mark.parametrize(
    "bad",
    [np.zeros((3, 16, 16), np.uint8), np.zeros((0, 16, 16, 3), np.uint8), np.zeros((2, 8, 8, 3), np.float32)],
)
def test_write_video_rejects_bad_frames(tmp_path: Path, bad: np.ndarray) -> None:
    with pytest.raises(ValueError):
        write_video(tmp_path / "x.mp4", bad)
    assert not any(tmp_path.iterdir())


def test_no_temp_files_after_many_writes(tmp_path: Path) -> None:
    frames = np.zeros((2, 8, 8, 3), np.uint8)
    for k in range(3):
        write_video(tmp_path / f"v{k}.mp4", frames, fps=2)
    assert sorted(os.listdir(tmp_path)) == ["v0.mp4", "v1.mp4", "v2.mp4"]
