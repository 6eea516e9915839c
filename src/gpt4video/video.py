"""Video input and output: sample frames the way GPT4Video does, fast and safely; write clips atomically.

Frame choice follows the reference implementation (GPT4Video / mPLUG-Owl ``get_index``): split the clip
into ``num_frames`` equal segments and take the middle frame of each, so a short clip repeats frames and
the output shape never changes.

Decoding uses PyAV. For each target frame the reader either decodes forward from where it is or seeks
to the keyframe before the target and decodes forward from there, whichever decodes fewer frames (the
container's keyframe index says where keyframes are). Frames before a target that no other frame
references are skipped by the decoder. Stretches that start with a seek are independent, so they are
decoded side by side on a few threads (``threads=``). Only the chosen frames are converted to RGB, and
the scale to the output size happens in that same conversion (swscale), so an hour-long lecture costs
about as much as a one-minute clip.

Every failure on bad input is a :class:`VideoDecodeError` (a ``ValueError``) that names the file and
the cause; PyAV/FFmpeg exception types never leak. Caps on resolution and duration are checked against
the declared stream header before anything is decoded.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.error
import numpy as np
from PIL import Image, ImageOps

__all__ = [
    "DEFAULT_MAX_DURATION",
    "DEFAULT_MAX_SIDE",
    "VideoDecodeError",
    "VideoInfo",
    "load_video",
    "load_video_with_info",
    "probe_video",
    "read_frames",
    "sample_indices",
    "write_video",
]

DEFAULT_MAX_SIDE = 4096
"""Largest accepted width or height in pixels (as declared by the stream header)."""
DEFAULT_MAX_DURATION = 24 * 3600.0
"""Largest accepted duration in seconds. Generous: seeking makes hour-long lectures cheap."""

# Still images go through Pillow: it applies EXIF orientation and reads the size without decoding.
_STILL_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"}
# Demuxers that turn text or playlists into "video" or reach other files/URLs: never valid input here.
_DENIED_FORMATS = {
    "tty",
    "bin",
    "xbin",
    "adf",
    "idf",
    "hls",
    "applehttp",
    "concat",
    "sdp",
    "rtsp",
    "rtp",
    "lavfi",
    "ffmetadata",
    "dash",
}
_DENIED_CODECS = {"ansi", "bintext", "xbin", "idf"}
# Codecs where skipping non-reference frames before a target is safe and worthwhile.
_SKIP_NONREF_CODECS = {"h264", "hevc", "mpeg4", "mpeg2video", "mpeg1video", "vp8"}
_MAX_DECODE_ERRORS = 1000
_SEEK_RETRIES = 3
# Without a keyframe index, seek only when the next target is this many seconds ahead.
_BLIND_SEEK_GAP_S = 3.0
# Most parallel decode workers by default: one per stretch between seeks, never more than this.
_MAX_THREADS = 8


class VideoDecodeError(ValueError):
    """A file could not be read as a video; the message names the file and the cause."""


@dataclass(frozen=True)
class VideoInfo:
    """What a video file declares, as the reader will present it.

    ``width``/``height`` are as displayed (after rotation). ``rotation`` is the counter-clockwise angle
    (degrees, a multiple of 90) the stored frames are turned to display them; a portrait phone clip
    usually reads -90. ``num_frames`` is estimated from duration x fps where the container does not
    record it (``num_frames_exact`` says which). ``pixel_aspect`` is the sample aspect ratio (1.0 for
    square pixels); width/height count stored pixels, which :func:`load_video` stretches to square.
    """

    path: str
    duration: float
    fps: float
    num_frames: int
    width: int
    height: int
    rotation: int
    codec: str
    container: str
    num_frames_exact: bool = True
    pixel_aspect: float = 1.0


# --------------------------------------------------------------------------------------------- helpers


def sample_indices(total_frames: int, num_frames: int) -> list[int]:
    """Middle frame of each of ``num_frames`` equal segments (GPT4Video/mPLUG-Owl ``get_index``).

    Kept identical to the reference so a model sees the same frames it was trained on; with fewer
    frames than asked, indices repeat.
    """
    if num_frames < 1:
        raise ValueError(f"num_frames must be >= 1, got {num_frames}")
    if total_frames < 1:
        raise ValueError(f"total_frames must be >= 1, got {total_frames}")
    seg_size = float(total_frames - 1) / num_frames
    start = int(seg_size / 2)
    return [min(total_frames - 1, start + int(np.round(seg_size * i))) for i in range(num_frames)]


def _err(path: str | os.PathLike[str], cause: str) -> VideoDecodeError:
    return VideoDecodeError(f"{os.fspath(path)}: {cause}")


def _check_file(path: str | os.PathLike[str]) -> str:
    p = os.fspath(path)
    if not os.path.exists(p):
        raise _err(p, "file not found")
    if not os.path.isfile(p):
        raise _err(p, "not a regular file")
    if os.path.getsize(p) == 0:
        raise _err(p, "empty file (0 bytes)")
    return p


def _check_side(p: str, width: int, height: int, max_side: int | None, what: str = "declared") -> None:
    if max_side is not None and max(width, height) > max_side:
        raise _err(p, f"{what} resolution {width}x{height} exceeds the cap of {max_side} px per side")


def _check_duration(p: str, duration: float, max_duration: float | None) -> None:
    if max_duration is not None and duration > max_duration:
        raise _err(p, f"duration {duration:.1f} s exceeds the cap of {max_duration:.1f} s")


def _quarter_turns(rotation: float) -> int:
    """Counter-clockwise quarter turns for a display-matrix angle (snapped to a multiple of 90)."""
    return int(round(rotation / 90.0)) % 4


def _resize_dims(width: float, height: float, size: int) -> tuple[int, int]:
    """Scale so the short side is ``size``, keeping the aspect ratio."""
    scale = size / min(width, height)
    return max(size, int(round(width * scale))), max(size, int(round(height * scale)))


def _center_crop(arr: np.ndarray, size: int) -> np.ndarray:
    h, w = arr.shape[:2]
    top, left = (h - size) // 2, (w - size) // 2
    return arr[top : top + size, left : left + size]


def _validate_args(num_frames: int, size: int | None, threads: int | None = None) -> None:
    if not isinstance(num_frames, int | np.integer) or num_frames < 1:
        raise ValueError(f"num_frames must be an integer >= 1, got {num_frames!r}")
    if size is not None and (not isinstance(size, int | np.integer) or size < 1):
        raise ValueError(f"size must be an integer >= 1, got {size!r}")
    if threads is not None and (not isinstance(threads, int | np.integer) or threads < 1):
        raise ValueError(f"threads must be an integer >= 1 or None, got {threads!r}")


# ------------------------------------------------------------------------------------------ still images


def _open_still(p: str, max_side: int | None) -> Image.Image | None:
    """A single-frame image opened with Pillow, or None if Pillow can't or it is animated."""
    if Path(p).suffix.lower() not in _STILL_SUFFIXES:
        return None
    try:
        img = Image.open(p)
    except (OSError, Image.DecompressionBombError, ValueError):
        return None
    if getattr(img, "n_frames", 1) > 1:
        img.close()
        return None
    _check_side(p, img.width, img.height, max_side)
    return img


_EXIF_ROTATION = {3: 180, 6: -90, 8: 90}  # EXIF orientation -> counter-clockwise display rotation


def _still_info(p: str, img: Image.Image) -> VideoInfo:
    """Header facts of a still image (no pixel decode): one frame, size as displayed."""
    try:
        orientation = int(img.getexif().get(0x0112, 1))
    except (OSError, ValueError, TypeError, SyntaxError):
        orientation = 1
    w, h = (img.height, img.width) if orientation in (5, 6, 7, 8) else (img.width, img.height)
    fmt = (img.format or "image").lower()
    return VideoInfo(p, 0.0, 0.0, 1, w, h, _EXIF_ROTATION.get(orientation, 0), fmt, "image")


def _still_frames(p: str, img: Image.Image, count: int, size: int | None) -> tuple[np.ndarray, VideoInfo]:
    info = _still_info(p, img)
    try:
        with img:
            if size is not None and img.format == "JPEG":
                img.draft("RGB", (size, size))  # decode at reduced scale: much faster for big photos
            rgb = (ImageOps.exif_transpose(img) or img).convert("RGB")
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as e:
        raise _err(p, f"cannot decode image ({type(e).__name__}: {e})") from e
    if size is not None:
        rgb = rgb.resize(_resize_dims(rgb.width, rgb.height, size), Image.Resampling.BICUBIC)
        arr = _center_crop(np.asarray(rgb), size)
    else:
        arr = np.asarray(rgb)
    return np.repeat(arr[None], count, axis=0), info


# ----------------------------------------------------------------------------------------------- PyAV


@dataclass
class _Source:
    path: str
    container: av.container.InputContainer
    stream: av.video.stream.VideoStream
    time_base: Fraction
    start_pts: int
    fps: float
    step: float  # one frame in stream time-base units
    duration: float
    num_frames: int
    num_frames_exact: bool
    sar: float
    declared_width: int
    declared_height: int


def _open_container(p: str) -> av.container.InputContainer:
    try:
        # Only the local file protocol: a crafted playlist must not make us open URLs.
        return av.open(p, mode="r", options={"protocol_whitelist": "file"}, metadata_errors="ignore")
    except av.error.FFmpegError as e:
        raise _err(p, f"not a video or unsupported format ({type(e).__name__}: {e})") from e
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise _err(p, f"cannot open ({type(e).__name__}: {e})") from e


def _pick_stream(p: str, container: av.container.InputContainer) -> av.video.stream.VideoStream:
    fmt = container.format.name
    if set(fmt.split(",")) & _DENIED_FORMATS:
        raise _err(p, f"not a video (FFmpeg reads it as {fmt!r}, a text/playlist format)")
    videos = [s for s in container.streams.video if not (s.disposition & av.stream.Disposition.attached_pic)]
    if not videos:
        kinds = sorted({s.type for s in container.streams}) or ["no streams"]
        hint = " (audio-only file)" if "audio" in kinds else ""
        raise _err(p, f"no video stream{hint}; streams: {', '.join(kinds)}")
    stream = max(videos, key=lambda s: (s.codec_context.width * s.codec_context.height, -s.index))
    codec = stream.codec_context.name
    if codec in _DENIED_CODECS:
        raise _err(p, f"not a video (codec {codec!r} renders text)")
    return stream


def _count_packets(p: str, max_duration: float | None) -> tuple[int, float | None]:
    """Frame count and last timestamp by demuxing without decoding: for containers that don't say."""
    count, last, first = 0, None, None
    with _open_container(p) as c:
        s = _pick_stream(p, c)
        tb = s.time_base or Fraction(1, 1)
        for pkt in c.demux(s):
            if pkt.size == 0:
                continue
            count += 1
            ts = pkt.pts if pkt.pts is not None else pkt.dts
            if ts is not None:
                first = ts if first is None else min(first, ts)
                last = ts if last is None else max(last, ts)
                _check_duration(p, float((last - first) * tb), max_duration)  # stop early on a huge file
    span = float((last - first) * tb) if last is not None and first is not None else None
    return count, span


def _open_source(p: str, max_side: int | None, max_duration: float | None) -> _Source:
    container = _open_container(p)
    try:
        stream = _pick_stream(p, container)
        cc = stream.codec_context
        width, height = cc.width, cc.height
        # The header can declare 8K frames in a 14 KB file: refuse before any decoder allocates them.
        _check_side(p, width, height, max_side)
        if max_side is not None:
            with contextlib.suppress(Exception):
                cc.options = {**cc.options, "max_pixels": str(max_side * max_side)}
        tb = stream.time_base or Fraction(1, 1000)
        rate = stream.average_rate or stream.guessed_rate or stream.base_rate
        fps = float(rate) if rate and float(rate) > 0 and math.isfinite(float(rate)) else 0.0
        duration = 0.0
        if stream.duration is not None and stream.duration > 0:
            duration = float(stream.duration * tb)
        elif container.duration is not None and container.duration > 0:
            duration = container.duration / av.time_base
        _check_duration(p, duration, max_duration)
        num_frames, exact = int(stream.frames or 0), True
        if num_frames <= 0:
            exact = False
            if duration > 0 and fps > 0:
                num_frames = max(1, int(round(duration * fps)))
            else:
                num_frames, span = _count_packets(p, max_duration)
                if span is not None and num_frames > 1:
                    if fps <= 0 and span > 0:
                        fps = (num_frames - 1) / span
                    duration = duration or (span + (1.0 / fps if fps > 0 else 0.0))
                    _check_duration(p, duration, max_duration)
                exact = num_frames > 0
        if fps <= 0:
            fps = num_frames / duration if duration > 0 and num_frames > 0 else 25.0
        if duration <= 0 and num_frames > 0:
            duration = num_frames / fps
            _check_duration(p, duration, max_duration)
        sar = stream.sample_aspect_ratio
        sar_f = float(sar) if sar and float(sar) > 0 else 1.0
        start = stream.start_time if stream.start_time is not None else 0
        stream.thread_type = "AUTO"
        return _Source(
            path=p,
            container=container,
            stream=stream,
            time_base=tb,
            start_pts=int(start),
            fps=fps,
            step=float(1 / (fps * tb)),
            duration=duration,
            num_frames=num_frames,
            num_frames_exact=exact,
            sar=sar_f,
            declared_width=width,
            declared_height=height,
        )
    except BaseException:
        container.close()
        raise


class _Cursor:
    """Frames of one stream in presentation order, from the current demux position; survives damage."""

    def __init__(self, src: _Source) -> None:
        self.src = src
        self.cc = src.stream.codec_context
        self.can_skip = self.cc.name in _SKIP_NONREF_CODECS
        self.skip_before: float | None = None  # packets with pts below this may skip non-ref frames
        self.decoded = 0
        self.seeks = 0
        self.errors = 0
        self.eof = False
        self.eof_error = False  # eof came from damage, not the end of the file
        self._pending: list[av.VideoFrame] = []
        self._packets: Iterator[av.Packet] = iter(src.container.demux(src.stream))
        self._skipping = False

    def seek(self, pts: int) -> bool:
        try:
            self.src.container.seek(int(pts), stream=self.src.stream, backward=True, any_frame=False)
        except av.error.FFmpegError:
            return False
        self.seeks += 1
        self.eof = self.eof_error = False
        self._pending.clear()
        self._packets = iter(self.src.container.demux(self.src.stream))
        return True

    def _set_skip(self, skip: bool) -> None:
        if skip != self._skipping:
            self.cc.skip_frame = "NONREF" if skip else "DEFAULT"
            self._skipping = skip

    def next(self) -> av.VideoFrame | None:
        while not self._pending:
            if self.eof:
                return None
            try:
                packet = next(self._packets)
            except StopIteration:
                self.eof = True
                return None
            except av.error.FFmpegError:
                self.errors += 1  # damaged container structure: keep what was decoded so far
                self.eof = self.eof_error = True
                return None
            if self.can_skip:
                pts = packet.pts
                self._set_skip(
                    self.skip_before is not None
                    and pts is not None
                    and pts < self.skip_before
                    and not packet.is_keyframe
                )
            try:
                frames = packet.decode()
            except av.error.FFmpegError:
                self.errors += 1
                if self.errors > _MAX_DECODE_ERRORS:
                    self.eof = self.eof_error = True
                continue
            self._pending.extend(f for f in frames if isinstance(f, av.VideoFrame))
        frame = self._pending.pop(0)
        self.decoded += 1
        return frame


def _frame_pts(frame: av.VideoFrame, fallback: float) -> float:
    if frame.pts is not None:
        return float(frame.pts)
    if frame.dts is not None:
        return float(frame.dts)
    return fallback


def _keyframe_lookup(src: _Source) -> Callable[[float], float | None] | None:
    """Timestamp of the last keyframe at or before a pts, from the container index (None: no index)."""
    entries = src.stream.index_entries
    if entries is None or len(entries) == 0:
        return None

    def keyframe_before(t: float) -> float | None:
        try:
            k = entries.search_timestamp(int(math.floor(t)), backward=True, any_frame=False)
        except (av.error.FFmpegError, ValueError, OverflowError, TypeError):
            return None
        return float(entries[k].timestamp) if k >= 0 else None

    return keyframe_before


def _decode_targets(src: _Source, targets: Sequence[int], counters: dict[str, int]) -> dict[int, av.VideoFrame]:
    """The frame nearest each target index (sorted, unique), seeking when that decodes fewer frames.

    Before each target: if the container index shows a keyframe between the current position and
    the target, seek to it (decoding from there is shorter); otherwise decode forward. Without an
    index, seek only across long gaps. A damaged stretch ends forward decoding; later targets are
    then reached by seeking past it. Targets that could not be reached are missing from the result.
    """
    step = src.step
    half = step / 2
    keyframe_before = _keyframe_lookup(src)
    cursor = _Cursor(src)
    chosen: dict[int, av.VideoFrame] = {}
    current: av.VideoFrame | None = None
    current_pts = src.start_pts - step  # nothing decoded yet: positioned just before the first frame
    can_seek = True

    for i in targets:
        t = src.start_pts + i * step
        if current is not None and current_pts >= t - half:
            chosen[i] = current  # the stream skips this time: the newest frame is the nearest one
            continue
        if cursor.eof and not cursor.eof_error:
            if current is not None:
                chosen[i] = current  # past the real end (frame count was an estimate): last frame
            continue
        want_seek = False
        if can_seek:
            if cursor.eof:
                want_seek = True  # forward decoding hit damage: try to land past it
            elif keyframe_before is not None:
                kf = keyframe_before(t)
                want_seek = kf is not None and kf > current_pts + 2 * step
            else:
                want_seek = float((t - current_pts) * src.time_base) > _BLIND_SEEK_GAP_S
        cursor.skip_before = t - half
        seek_to, attempts, reached = t, 0, False
        while True:
            if want_seek and not cursor.seek(int(seek_to)):
                can_seek = want_seek = False
            frame = cursor.next()
            if frame is None:
                break
            fpts = _frame_pts(frame, current_pts + step)
            if want_seek:
                if fpts > t + half and attempts < _SEEK_RETRIES and seek_to > src.start_pts:
                    # Landed after the target (frames reordered around a keyframe): one keyframe back.
                    attempts += 1
                    back = min(fpts, float(frame.dts) if frame.dts is not None else fpts)
                    seek_to = min(seek_to, back) - 1 - step * (2**attempts)
                    continue
                want_seek = False
            current, current_pts = frame, fpts
            if fpts >= t - half:
                reached = True
                break
        if reached or (cursor.eof and not cursor.eof_error and current is not None):
            chosen[i] = current
    for key, value in (("decoded", cursor.decoded), ("seeks", cursor.seeks), ("errors", cursor.errors)):
        counters[key] = counters.get(key, 0) + value
    return chosen


def _convert(
    src: _Source, chosen: dict[int, av.VideoFrame], size: int | None, max_side: int | None
) -> tuple[dict[int, np.ndarray], int]:
    """RGB frames, rotated for display, short side scaled to ``size`` and centre-cropped to a square.

    The scale happens inside the colour conversion (one swscale pass over the frame); ``size=None``
    keeps the stored pixel grid.
    """
    out: dict[int, np.ndarray] = {}
    cache: dict[int, np.ndarray] = {}
    rotation = 0
    for i, frame in chosen.items():
        key = id(frame)
        if key not in cache:
            _check_side(src.path, frame.width, frame.height, max_side, "decoded")
            rotation = int(frame.rotation or 0)
            turns = _quarter_turns(rotation)
            if size is not None:
                # Non-square pixels (anamorphic video) are stretched to square while scaling.
                disp_w, disp_h = frame.width * src.sar, float(frame.height)
                if turns % 2:
                    disp_w, disp_h = disp_h, disp_w
                dw, dh = _resize_dims(disp_w, disp_h, size)
                cw, ch = (dh, dw) if turns % 2 else (dw, dh)
                rgb = frame.reformat(width=cw, height=ch, format="rgb24", interpolation="BILINEAR").to_ndarray()
            else:
                rgb = frame.to_ndarray(format="rgb24")
            if turns:
                rgb = np.rot90(rgb, k=turns)
            if size is not None:
                rgb = _center_crop(rgb, size)
            cache[key] = np.ascontiguousarray(rgb)
        out[i] = cache[key]
    return out, rotation


def _seek_groups(src: _Source, targets: list[int]) -> list[list[int]]:
    """Targets split where the decoder would seek: each group can be decoded independently."""
    keyframe_before = _keyframe_lookup(src)
    if keyframe_before is None:
        return [targets]
    groups: list[list[int]] = []
    prev_pts: float | None = None
    for i in targets:
        t = src.start_pts + i * src.step
        kf = keyframe_before(t)
        if groups and (kf is None or prev_pts is None or kf <= prev_pts + 2 * src.step):
            groups[-1].append(i)
        else:
            groups.append([i])
        prev_pts = t
    return groups


def _default_threads() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, _MAX_THREADS))


def _sample(
    src: _Source,
    targets: list[int],
    size: int | None,
    max_side: int | None,
    max_duration: float | None,
    threads: int,
    counters: dict[str, int],
) -> tuple[dict[int, np.ndarray], int]:
    """Decode and convert the targets; stretches between keyframes run in parallel on ``threads``.

    Each stretch needs its own demuxer and decoder (one seek each), so separate workers decode them
    side by side, each single-threaded; a lone stretch keeps FFmpeg's own frame threading.
    """
    groups = _seek_groups(src, targets) if threads > 1 else [targets]
    workers = min(threads, len(groups))
    if workers <= 1:
        return _convert(src, _decode_targets(src, targets, counters), size, max_side)
    bounds = [round(k * len(groups) / workers) for k in range(workers + 1)]
    chunks = [[i for g in groups[a:b] for i in g] for a, b in itertools.pairwise(bounds)]
    per_worker = max(1, threads // workers)

    def work(chunk: list[int], own: _Source | None) -> tuple[dict[int, np.ndarray], int, dict[str, int]]:
        local: dict[str, int] = {}
        s = own if own is not None else _open_source(src.path, max_side, max_duration)
        try:
            s.stream.codec_context.thread_count = per_worker
            frames, rotation = _convert(s, _decode_targets(s, chunk, local), size, max_side)
            return frames, rotation, local
        finally:
            if own is None:
                s.container.close()

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gpt4video-decode") as pool:
        futures = [pool.submit(work, chunk, src if k == 0 else None) for k, chunk in enumerate(chunks)]
        results = [f.result() for f in futures]
    merged: dict[int, np.ndarray] = {}
    rotation = 0
    for frames, rot, local in results:
        merged.update(frames)
        rotation = rot if frames else rotation
        for key, value in local.items():
            counters[key] = counters.get(key, 0) + value
    return merged, rotation


def _assemble(p: str, wanted: list[int], got: dict[int, np.ndarray], errors: int) -> np.ndarray:
    """Stack frames in request order; targets lost to damage get the nearest decoded frame."""
    if not got:
        detail = f" ({errors} decode errors)" if errors else ""
        raise _err(p, f"no decodable video frames{detail}")
    have = sorted(got)
    out = []
    shape = got[have[0]].shape
    for i in wanted:
        arr = got[i] if i in got else got[min(have, key=lambda h: (abs(h - i), -h))]
        if arr.shape != shape:  # resolution changed mid-stream (size=None only): match the first
            arr = np.asarray(Image.fromarray(arr).resize((shape[1], shape[0]), Image.Resampling.BILINEAR))
        out.append(arr)
    return np.stack(out)


def _info_from(src: _Source, rotation: int) -> VideoInfo:
    turns = _quarter_turns(rotation)
    w, h = src.declared_width, src.declared_height
    if turns % 2:
        w, h = h, w
    return VideoInfo(
        path=src.path,
        duration=src.duration,
        fps=src.fps,
        num_frames=src.num_frames,
        width=w,
        height=h,
        rotation=turns * 90 if turns < 3 else -90,
        codec=src.stream.codec_context.name,
        container=src.container.format.name,
        num_frames_exact=src.num_frames_exact,
        pixel_aspect=src.sar,
    )


def _wrap_errors(p: str, e: BaseException) -> VideoDecodeError:
    return _err(p, f"decode failed ({type(e).__name__}: {e})")


# Exceptions PyAV/FFmpeg (or numpy on a broken frame) can raise mid-decode; all become VideoDecodeError.
_DECODE_EXCEPTIONS = (av.error.FFmpegError, OSError, RuntimeError, ValueError, EOFError, IndexError, OverflowError)


def _read(
    path: str | os.PathLike[str],
    indices: Sequence[int] | None,
    num_frames: int,
    size: int | None,
    max_side: int | None,
    max_duration: float | None,
    threads: int | None,
    stats: dict[str, int] | None,
) -> tuple[np.ndarray, VideoInfo]:
    p = _check_file(path)
    still = _open_still(p, max_side)
    if still is not None:
        count = len(indices) if indices is not None else num_frames
        return _still_frames(p, still, count, size)
    try:
        src = _open_source(p, max_side, max_duration)
    except VideoDecodeError:
        raise
    except _DECODE_EXCEPTIONS as e:
        raise _wrap_errors(p, e) from e
    try:
        with src.container:
            if indices is None:
                wanted = sample_indices(src.num_frames, num_frames)
            else:
                wanted = [min(max(int(i), 0), src.num_frames - 1) for i in indices]
            counters: dict[str, int] = {}
            n_threads = _default_threads() if threads is None else int(threads)
            got, rotation = _sample(src, sorted(set(wanted)), size, max_side, max_duration, n_threads, counters)
            if stats is not None:
                stats.update(counters)
            return _assemble(p, wanted, got, counters.get("errors", 0)), _info_from(src, rotation)
    except VideoDecodeError:
        raise
    except _DECODE_EXCEPTIONS as e:
        raise _wrap_errors(p, e) from e


# ------------------------------------------------------------------------------------------- public API


def load_video_with_info(
    path: str | os.PathLike[str],
    num_frames: int = 8,
    size: int = 224,
    *,
    max_side: int | None = DEFAULT_MAX_SIDE,
    max_duration: float | None = DEFAULT_MAX_DURATION,
    threads: int | None = None,
) -> tuple[np.ndarray, VideoInfo]:
    """Like :func:`load_video`, and also the :class:`VideoInfo` learnt while reading (no second open)."""
    _validate_args(num_frames, size, threads)
    return _read(path, None, int(num_frames), int(size), max_side, max_duration, threads, None)


def load_video(
    path: str | os.PathLike[str],
    num_frames: int = 8,
    size: int = 224,
    *,
    max_side: int | None = DEFAULT_MAX_SIDE,
    max_duration: float | None = DEFAULT_MAX_DURATION,
    threads: int | None = None,
) -> np.ndarray:
    """``num_frames`` RGB frames, uint8, shape ``(num_frames, size, size, 3)``: the model's video input.

    Frames are the middle of ``num_frames`` equal segments (:func:`sample_indices`, as the reference);
    a clip with fewer frames repeats some. Each frame is turned upright per the rotation metadata, its
    short side scaled to ``size`` (aspect ratio kept, pixel aspect honoured) and centre-cropped to a
    square: the reference squashes to 224x224 instead, but a crop keeps shapes undistorted, which is
    what the image encoder was trained on. A still image (PNG, JPEG, ...) is a one-frame video.

    ``max_side`` and ``max_duration`` (None: no cap) refuse oversized input from the header alone.
    ``threads`` bounds the decode threads (default: the usable cores, at most 8); pass 1 inside
    multi-process data loaders. Raises :class:`VideoDecodeError` for anything that is not a
    decodable video, ``ValueError`` for bad arguments.
    """
    return load_video_with_info(path, num_frames, size, max_side=max_side, max_duration=max_duration, threads=threads)[
        0
    ]


def read_frames(
    path: str | os.PathLike[str],
    indices: Sequence[int],
    size: int | None = 224,
    *,
    max_side: int | None = DEFAULT_MAX_SIDE,
    max_duration: float | None = DEFAULT_MAX_DURATION,
    threads: int | None = None,
    stats: dict[str, int] | None = None,
) -> np.ndarray:
    """Frames at the given 0-based indices (presentation order), shape ``(len(indices), H, W, 3)``.

    ``size=None`` keeps the stored resolution (rotation applied, no scaling or crop); otherwise as
    :func:`load_video`. Indices past the end are clamped to the last frame. For constant-frame-rate
    streams index ``i`` is the frame at ``start + i / fps``; for variable rates the frame nearest that
    time. ``stats``, if given, is filled with decode counters (``decoded``, ``seeks``, ``errors``).
    """
    if len(indices) == 0:
        raise ValueError("indices must not be empty")
    _validate_args(1, size, threads)
    size_i = None if size is None else int(size)
    return _read(path, list(indices), len(indices), size_i, max_side, max_duration, threads, stats)[0]


def probe_video(
    path: str | os.PathLike[str],
    *,
    max_side: int | None = DEFAULT_MAX_SIDE,
    max_duration: float | None = DEFAULT_MAX_DURATION,
) -> VideoInfo:
    """Metadata of a video (or still image) without sampling it; decodes one frame to learn rotation."""
    p = _check_file(path)
    still = _open_still(p, max_side)
    if still is not None:
        with still:
            return _still_info(p, still)
    try:
        src = _open_source(p, max_side, max_duration)
    except VideoDecodeError:
        raise
    except _DECODE_EXCEPTIONS as e:
        raise _wrap_errors(p, e) from e
    try:
        with src.container:
            cursor = _Cursor(src)
            frame = cursor.next()
            if frame is None:
                raise _err(p, "no decodable video frames")
            return _info_from(src, int(frame.rotation or 0))
    except VideoDecodeError:
        raise
    except _DECODE_EXCEPTIONS as e:
        raise _wrap_errors(p, e) from e


# ---------------------------------------------------------------------------------------------- writing


def _even_pad(frames: np.ndarray) -> np.ndarray:
    """Pad to even width/height (H.264 4:2:0 needs it) by repeating the last row/column."""
    _, h, w, _ = frames.shape
    ph, pw = h % 2, w % 2
    if ph or pw:
        frames = np.pad(frames, ((0, 0), (0, ph), (0, pw), (0, 0)), mode="edge")
    return frames


def _as_frames(frames: np.ndarray) -> np.ndarray:
    arr = np.asarray(frames)
    if arr.ndim == 3 and arr.shape[-1] == 3:
        arr = arr[None]
    if arr.ndim != 4 or arr.shape[-1] != 3 or arr.shape[0] < 1 or arr.shape[1] < 1 or arr.shape[2] < 1:
        raise ValueError(f"frames must be a (T, H, W, 3) array with T, H, W >= 1; got shape {arr.shape}")
    if arr.dtype != np.uint8:
        raise ValueError(f"frames must be uint8 RGB; got dtype {arr.dtype}")
    return np.ascontiguousarray(arr)


def _write_mp4(tmp: str, frames: np.ndarray, rate: Fraction, crf: int, preset: str) -> None:
    frames = _even_pad(frames)
    _, h, w, _ = frames.shape
    with av.open(tmp, mode="w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=rate)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        stream.options = {"crf": str(crf), "preset": preset}
        for i, arr in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1) / rate
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))


def _write_gif(tmp: str, frames: np.ndarray, rate: Fraction) -> None:
    # Pillow picks an adaptive palette per frame: far better colour than FFmpeg's fixed rgb8 palette.
    images = [Image.fromarray(a) for a in frames]
    ms = max(10, int(round(1000 / float(rate))))
    images[0].save(tmp, format="GIF", save_all=True, append_images=images[1:], duration=ms, loop=0)


def write_video(
    path: str | os.PathLike[str],
    frames: np.ndarray,
    fps: float = 8,
    *,
    crf: int = 18,
    preset: str = "medium",
) -> Path:
    """Write uint8 RGB frames ``(T, H, W, 3)`` as H.264 MP4 (or GIF if the suffix is ``.gif``).

    MP4 is libx264, yuv420p (plays everywhere), odd sizes padded to even by repeating the edge, moov
    atom first (``+faststart``: a browser can start playing before the download ends). The file is
    written to a temporary name in the same folder and renamed, so a crash never leaves a half file.
    """
    arr = _as_frames(frames)
    if not (isinstance(fps, int | float | Fraction) and fps > 0 and math.isfinite(float(fps))):
        raise ValueError(f"fps must be a positive number, got {fps!r}")
    rate = Fraction(fps).limit_denominator(1001)
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    is_gif = dest.suffix.lower() == ".gif"
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        if is_gif:
            _write_gif(tmp, arr, rate)
        else:
            _write_mp4(tmp, arr, rate, crf, preset)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return dest
