"""Write a ShapesWorld dataset split: clips, captions, checkable questions and training dialogues.

Layout of ``out_dir`` (one split per folder; every path inside the files is relative to ``out_dir``)::

    clips/{clip_id}.mp4   H.264 clips (clip_id is "<split>-<scene seed, 6+ digits>")
    clips.jsonl           per clip: clip_id, path, split, caption, canonical_caption, detailed_caption, scene
    qa.jsonl              per question: {"video", "question", "answer", "kind"} — what the eval harness reads
    dialogues.jsonl       per dialogue: {"id", "type", "videos", "messages", ...} (see :func:`write_split`)
    meta.json             the arguments and the counts

The JSONL files and meta.json are byte-identical for the same arguments, whatever ``workers`` is: clip ``i``
is the scene with seed ``seed * 1_000_000 + i`` and its text comes from an rng seeded by the split and that
seed, so nothing depends on which process made it. Each file is written to a temporary name and renamed,
so an interrupted run never leaves half a file. (MP4 bytes may differ between encoder builds.)

Multi-video dialogues pair each clip with its 1–2 nearest neighbours by caption embedding within the split
(:class:`gpt4video.data.retrieval.CaptionIndex`), as the paper picks related videos by text retrieval rather
than at random; :func:`retrieval_agreement` measures how related they are.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from gpt4video.data import text
from gpt4video.data.shapesworld import SPLITS, SceneGraph, render, sample_scene
from gpt4video.video import write_video

if TYPE_CHECKING:
    from gpt4video.text_embedding import SentenceEmbedder

MAX_CLIPS_PER_SEED = 1_000_000
FPS = 8


def clip_seed(seed: int, index: int) -> int:
    """The scene seed of clip ``index`` of a split written with ``seed``."""
    if not 0 <= index < MAX_CLIPS_PER_SEED:
        raise ValueError(f"clip index must be in [0, {MAX_CLIPS_PER_SEED}), got {index}")
    return seed * MAX_CLIPS_PER_SEED + index


def _make_clip(task: tuple[str, str, int, int, int]) -> dict[str, Any]:
    """Render, encode and describe one clip (runs in a worker process, so it must stay top-level)."""
    out_dir, split, scene_seed, num_frames, size = task
    scene = sample_scene(scene_seed, split, num_frames=num_frames, size=size, fps=FPS)
    path = f"clips/{scene.clip_id}.mp4"
    write_video(Path(out_dir) / path, render(scene), FPS)
    rng = random.Random(f"text|{split}|{scene_seed}")
    clip = {
        "clip_id": scene.clip_id,
        "path": path,
        "split": split,
        "caption": text.caption(scene, rng),
        "canonical_caption": text.canonical_description(scene),
        "detailed_caption": text.caption(scene, rng, detailed=True),
        "scene": scene.to_dict(),
    }
    qa = [{"video": path, **q} for q in text.qa_pairs(scene, rng)]
    dialogues = [{"id": f"{scene.clip_id}-understanding", **text.understanding_dialogue(scene, rng, path)}]
    for j, d in enumerate(text.generation_dialogues(scene, rng, path), 1):
        dialogues.append({"id": f"{scene.clip_id}-generation-{j}", **d})
    return {"scene": scene, "clip": clip, "qa": qa, "dialogues": dialogues}


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _write_atomic(files: dict[Path, str]) -> None:
    """Write every file to a temporary name first, then rename them all: an interrupted run leaves each
    file either whole and old or whole and new, and the window for a mix of the two is a few renames."""
    temps: dict[Path, str] = {}
    try:
        for path, content in files.items():
            fd, temps[path] = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(content)
        for path, tmp in temps.items():
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps.values():
            Path(tmp).unlink(missing_ok=True)
        raise


def shares_attribute(a: SceneGraph, b: SceneGraph, min_shared: int = 1) -> bool:
    """Whether some object of ``a`` and some object of ``b`` agree on ``min_shared`` of colour, shape, motion."""
    return any(
        sum(getattr(x, attr) == getattr(y, attr) for attr in ("color", "shape", "motion")) >= min_shared
        for x in a.objects
        for y in b.objects
    )


def retrieval_agreement(
    scenes: Sequence[SceneGraph], neighbours: Sequence[Sequence[int]], min_shared: int = 1
) -> float:
    """Share of (anchor, companion) pairs that share at least one colour, shape or motion (or, with
    ``min_shared=2``, that have objects agreeing on two of the three).

    ``neighbours[i]`` lists the indices (into ``scenes``) of clip ``i``'s companions. Compare with the
    same figure for :func:`random_neighbours` to see what retrieval adds over random pairing.
    """
    pairs = [(i, j) for i, js in enumerate(neighbours) for j in js]
    if not pairs:
        return 0.0
    return sum(shares_attribute(scenes[i], scenes[j], min_shared) for i, j in pairs) / len(pairs)


def random_neighbours(counts: Sequence[int], seed: int = 0) -> list[list[int]]:
    """The random-pairing baseline: for clip ``i``, ``counts[i]`` distinct other clips drawn uniformly."""
    rng = random.Random(f"random-neighbours|{seed}")
    n = len(counts)
    out = []
    for i, k in enumerate(counts):
        others = rng.sample(range(n - 1), min(k, n - 1))
        out.append([j + (j >= i) for j in others])
    return out


def companions(scenes: Sequence[SceneGraph], embedder: SentenceEmbedder | None = None) -> list[list[int]]:
    """For each clip, the indices of its 1 or 2 nearest other clips (how many is drawn per clip from its
    seed) by embedding of the canonical caption (:func:`gpt4video.data.text.canonical_description`).

    The canonical caption, one fixed phrasing per scene, retrieves related clips better than the
    paraphrased one: paraphrase choice would otherwise weigh as much as content in the similarity.
    """
    from gpt4video.data.retrieval import CaptionIndex  # torch: only the parent process needs it

    ids = [s.clip_id for s in scenes]
    index = CaptionIndex(ids, [text.canonical_description(s) for s in scenes], embedder)
    position = {clip_id: i for i, clip_id in enumerate(ids)}
    out = []
    for i, s in enumerate(scenes):
        k = random.Random(f"companions|{s.split}|{s.seed}").choice((1, 2)) if len(scenes) > 2 else 1
        out.append([position[clip_id] for clip_id, _ in index.neighbours(i, k)])
    return out


def write_split(
    out_dir: str | os.PathLike[str],
    split: str,
    num_videos: int,
    seed: int,
    *,
    num_frames: int = 16,
    size: int = 224,
    workers: int = 1,
    progress: bool = True,
    embedder: SentenceEmbedder | None = None,
) -> dict[str, Any]:
    """Write ``num_videos`` clips of ``split`` with their captions, QA and dialogues into ``out_dir``.

    Dialogues per clip, in this order: ``{clip_id}-understanding``, ``{clip_id}-generation-1`` (a direct
    request), ``{clip_id}-generation-2`` (like this but …), ``{clip_id}-multi`` (with its retrieved
    companions; only when the split has 2+ clips). ``embedder`` (anything with ``embed(texts)`` returning
    unit vectors) defaults to the embedded all-MiniLM-L6-v2. ``workers > 1`` renders in that many spawned
    processes with identical output.

    Returns the stats: counts per QA kind and per dialogue type, retrieval agreement against random
    pairing, seconds and clips per second.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if not 1 <= num_videos <= MAX_CLIPS_PER_SEED:
        raise ValueError(f"num_videos must be between 1 and {MAX_CLIPS_PER_SEED}, got {num_videos}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    out = Path(out_dir)
    meta_path = out / "meta.json"
    if meta_path.exists():
        previous = json.loads(meta_path.read_text(encoding="utf-8")).get("split")
        if previous != split:
            raise ValueError(f"{out} holds the {previous!r} split; write each split to its own folder")
    (out / "clips").mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    tasks = [(str(out), split, clip_seed(seed, i), num_frames, size) for i in range(num_videos)]
    bar = tqdm(total=num_videos, desc=f"{split} clips", unit="clip", disable=not progress)
    results: list[dict[str, Any]] = []
    if workers == 1:
        for task in tasks:
            results.append(_make_clip(task))
            bar.update()
    else:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            for result in pool.imap(_make_clip, tasks, chunksize=4):
                results.append(result)
                bar.update()
    bar.close()

    scenes = [r["scene"] for r in results]
    clips = [r["clip"] for r in results]
    qa = [q for r in results for q in r["qa"]]
    dialogues = [r["dialogues"] for r in results]
    neighbours: list[list[int]] = [[] for _ in scenes]
    if num_videos >= 2:
        neighbours = companions(scenes, embedder)
        for i, js in enumerate(neighbours):
            rng = random.Random(f"multi|{split}|{scenes[i].seed}")
            group = [i, *js]
            mv = text.multi_video_dialogue([scenes[j] for j in group], rng, [clips[j]["path"] for j in group])
            dialogues[i].append({"id": f"{scenes[i].clip_id}-multi", **mv})
    flat = [d for ds in dialogues for d in ds]

    qa_kinds = Counter(q["kind"] for q in qa)
    types = Counter(d["type"] for d in flat)
    counts: dict[str, Any] = {
        "num_clips": num_videos,
        "num_qa": len(qa),
        "qa_kinds": {k: qa_kinds[k] for k in text.QA_KINDS},
        "num_dialogues": len(flat),
        "dialogue_types": {t: types[t] for t in text.DIALOGUE_TYPES},
    }
    baseline = random_neighbours([len(n) for n in neighbours], seed)
    for suffix, min_shared in (("", 1), ("_2attrs", 2)):
        counts[f"retrieval_agreement{suffix}"] = round(retrieval_agreement(scenes, neighbours, min_shared), 4)
        counts[f"random_agreement{suffix}"] = round(retrieval_agreement(scenes, baseline, min_shared), 4)
    meta = {"split": split, "seed": seed, "num_frames": num_frames, "size": size, "fps": FPS, **counts}
    _write_atomic(
        {
            out / "clips.jsonl": _jsonl(clips),
            out / "qa.jsonl": _jsonl(qa),
            out / "dialogues.jsonl": _jsonl(flat),
            meta_path: json.dumps(meta, indent=2) + "\n",
        }
    )
    seconds = time.perf_counter() - started
    return {"split": split, **counts, "seconds": round(seconds, 2), "clips_per_s": round(num_videos / seconds, 2)}
