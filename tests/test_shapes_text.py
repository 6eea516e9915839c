"""Text from ShapesWorld scene graphs: determinism, paraphrase, correct answers, the generation protocol.

Answers are checked against the scene graph by a reader written here: it finds the object a question names
from the question text alone and works out the truth from the per-frame tracks (positions, scale, angle,
visibility), not from the attribute the text module used, so a wrong template or a wrong reference fails.
"""

from __future__ import annotations

import random
import re

import pytest

from gpt4video.data import text
from gpt4video.data.shapesworld import BACKGROUNDS, COLORS, MOTIONS, SHAPES, SIZES, SPLITS, is_held_out, sample_scene
from gpt4video.protocol import parse_reply

SCENES = [sample_scene(seed, split, num_frames=16, size=224) for split in SPLITS for seed in range(60)]
ORDINALS = {"first": 1, "second": 2, "third": 3}


def only(items: list) -> object:
    assert len(items) == 1, f"expected exactly one match, got {len(items)}"
    return items[0]


def motion_in(phrase: str) -> str:
    """The motion whose canonical verb phrase begins ``phrase`` (longest match: "moves up and…" beats "moves up")."""
    hits = [m for m in MOTIONS if phrase.startswith(text.MOTION_VERBS[m][0])]
    return max(hits, key=lambda m: len(text.MOTION_VERBS[m][0]))


def refs(scene, question: str) -> list:
    """The objects a question names, in order, each resolved to exactly one object of the scene."""
    m = re.search(r"\bthe object that (.+)", question)
    if m:
        motion = motion_in(m.group(1))
        return [only([o for o in scene.objects if o.motion == motion])]
    nouns = "|".join(("object", "shape", *SHAPES))
    out = []
    for color, noun in re.findall(rf"\bthe (?:(\w+) )?({nouns})\b", question):
        assert color in ("", *COLORS), question
        out.append(
            only(
                [
                    o
                    for o in scene.objects
                    if (not color or o.color == color) and (noun in ("object", "shape") or o.shape == noun)
                ]
            )
        )
    return out


def track(scene, o) -> list[list[float]]:
    return scene.tracks[str(o.id)]


def observed_direction(scene, o) -> str:
    rows = [r for r in track(scene, o) if r[4]]
    dx, dy = rows[-1][0] - rows[0][0], rows[-1][1] - rows[0][1]
    vertical = "up" if dy < -1 else "down" if dy > 1 else ""
    horizontal = "left" if dx < -1 else "right" if dx > 1 else ""
    return "-".join(p for p in (vertical, horizontal) if p)


def observed_event(scene, o) -> str:
    rows = track(scene, o)
    xs, ys, scales, angles, vis = zip(*rows, strict=True)
    if vis[0] and not vis[-1]:
        return "disappears"
    if vis[-1] and not vis[0]:
        return "appears"
    if scales[-1] > scales[0]:
        return "grows"
    if scales[-1] < scales[0]:
        return "shrinks"
    if len(set(angles)) > 1:
        return "rotates"
    if len(set(ys)) > 1 and len(set(xs)) == 1 and ys[0] == ys[-1]:
        return "bounces"
    if len({(x, y) for x, y in zip(xs, ys, strict=True)}) > 1:
        return "travels"
    assert len({tuple(r) for r in rows}) == 1
    return "stays still"


def event_frame(scene, o) -> int:
    """The first frame whose visibility differs from frame 0 (when it appears or disappears)."""
    vis = [r[4] for r in track(scene, o)]
    return next(f for f, v in enumerate(vis) if v != vis[0])


def check_answer(scene, qa: dict) -> None:
    q, a, kind = qa["question"], qa["answer"], qa["kind"]
    assert a == a.lower() and 1 <= len(a.split()) <= 2, qa
    if q.split()[0] in ("Is", "Does", "Do", "Can") and " or " not in q:
        assert a in ("yes", "no"), qa
    if kind == "color":
        assert a == refs(scene, q)[0].color, qa
    elif kind == "shape":
        assert a == refs(scene, q)[0].shape, qa
    elif kind == "count":
        word = re.match(r"How many (?:different )?(\w+)", q).group(1)
        if word in COLORS:
            truth = sum(o.color == word for o in scene.objects)
        elif word.rstrip("s") in SHAPES:
            truth = sum(o.shape == word.rstrip("s") for o in scene.objects)
        else:
            assert word in ("objects", "shapes"), qa
            truth = len(scene.objects)
        assert a == str(truth), qa
    elif kind == "direction":
        assert a == observed_direction(scene, refs(scene, q)[0]), qa
    elif kind == "event":
        o = refs(scene, q)[0]
        m = re.match(r"Does the .+? (appear|disappear|grow|shrink|spin|bounce)( at some point)?\?$", q)
        if m:
            verb = {"spin": "rotates"}.get(m.group(1), m.group(1) + "s")
            assert a == ("yes" if observed_event(scene, o) == verb else "no"), qa
        else:
            assert a == observed_event(scene, o), qa
    elif kind == "temporal":
        objs = refs(scene, q)
        if "visible" in q or "see the" in q:
            frame = -1 if "end" in q else 0
            assert a == ("yes" if track(scene, objs[0])[frame][4] else "no"), qa
        elif q.startswith("Which"):
            first = min(objs, key=lambda o: event_frame(scene, o))
            assert a == f"{first.color} {first.shape}", qa
        else:
            x, y = objs
            assert a == ("yes" if event_frame(scene, x) < event_frame(scene, y) else "no"), qa
    elif kind == "spatial":
        objs = refs(scene, q)
        first = {id(o): track(scene, o)[0] for o in objs}
        assert all(r[4] for r in first.values()), qa
        if "left of" in q or "right of" in q:
            x, y = (first[id(o)][0] for o in objs)
            assert a == ("yes" if (x < y if "left of" in q else x > y) else "no"), qa
        elif "higher" in q or "lower" in q:
            pick = min if "higher" in q else max
            o = pick(objs, key=lambda o: first[id(o)][1])
            assert a == f"{o.color} {o.shape}", qa
        elif "left or the right" in q:
            assert a == ("left" if first[id(objs[0])][0] < scene.width / 2 else "right"), qa
        else:
            assert a == ("top" if first[id(objs[0])][1] < scene.height / 2 else "bottom"), qa
    elif kind == "yesno":
        color, shape = re.search(r"\ban? (\w+) (\w+)", q).groups()
        assert a == ("yes" if any((o.color, o.shape) == (color, shape) for o in scene.objects) else "no"), qa
    else:
        raise AssertionError(f"unknown kind {kind}")


def test_text_is_deterministic_given_the_rng() -> None:
    scenes = SCENES[:5]
    paths = [f"clips/{s.clip_id}.mp4" for s in scenes]

    def everything(seed: int) -> list:
        rng = random.Random(seed)
        out: list = []
        for s, p in zip(scenes, paths, strict=True):
            out += [text.caption(s, rng), text.caption(s, rng, detailed=True), text.qa_pairs(s, rng)]
            out += [text.understanding_dialogue(s, rng, p), text.generation_dialogues(s, rng, p)]
        out.append(text.multi_video_dialogue(scenes[:3], rng, paths[:3]))
        return out

    assert everything(7) == everything(7)
    assert everything(7) != everything(8)


def test_captions_are_paraphrased_and_state_the_facts() -> None:
    for scene in SCENES[:40]:
        shorts = {text.caption(scene, random.Random(i)) for i in range(30)}
        assert len(shorts) >= 3, shorts
        for rng_seed in range(3):
            short = text.caption(scene, random.Random(rng_seed))
            detailed = text.caption(scene, random.Random(rng_seed), detailed=True)
            for o in scene.objects:
                for caption in (short, detailed):
                    assert f"{o.size} {o.color} {o.shape}" in caption
                    assert any(p in caption for p in text.MOTION_VERBS[o.motion] + text.MOTION_GERUNDS[o.motion])
            assert scene.background["colors"][0] in short and scene.background["colors"][0] in detailed
            assert len(detailed) > len(short)


def test_detailed_caption_orders_appear_and_disappear_events() -> None:
    ordered = 0
    for scene in SCENES:
        timed = [o for o in scene.objects if o.motion in ("appear", "disappear")]
        frames = sorted({o.event_frame for o in timed})
        if len(timed) < 2 or len(frames) < len(timed):
            continue
        detailed = text.caption(scene, random.Random(0), detailed=True)
        order = sorted(timed, key=lambda o: o.event_frame)
        tail = detailed.split(".")[-2].lower()  # the event-order sentence is last
        positions = [tail.index(f"the {o.color} {o.shape} {o.motion}s") for o in order]
        assert positions == sorted(positions), detailed
        ordered += 1
    assert ordered >= 1


def test_every_answer_is_correct_against_the_scene_graph() -> None:
    kinds: set[str] = set()
    for scene in SCENES:
        pairs = text.qa_pairs(scene, random.Random(scene.seed))
        assert len({p["question"] for p in pairs}) == len(pairs)
        for qa in pairs:
            assert set(qa) == {"question", "answer", "kind"} and qa["kind"] in text.QA_KINDS
            check_answer(scene, qa)
            kinds.add(qa["kind"])
    assert kinds == set(text.QA_KINDS)


def test_yes_no_questions_have_both_answers() -> None:
    for scene in SCENES[:50]:
        answers = [p["answer"] for p in text.qa_pairs(scene, random.Random(1)) if p["kind"] == "yesno"]
        assert sorted(answers) == ["no", "yes"]


def test_temporal_questions_only_for_scenes_with_events() -> None:
    for scene in SCENES:
        has_event = any(o.motion in ("appear", "disappear") for o in scene.objects)
        temporal = [p for p in text.qa_pairs(scene, random.Random(2)) if p["kind"] == "temporal"]
        assert bool(temporal) == has_event


def assistant_texts(dialogue: dict) -> list[str]:
    return [m["content"] for m in dialogue["messages"] if m["role"] == "assistant"]


def test_understanding_dialogues_never_generate() -> None:
    for scene in SCENES:
        path = f"clips/{scene.clip_id}.mp4"
        d = text.understanding_dialogue(scene, random.Random(scene.seed), path)
        roles = [m["role"] for m in d["messages"]]
        assert 2 <= len(roles) // 2 <= 4 and roles == ["user", "assistant"] * (len(roles) // 2)
        assert d["messages"][0]["content"][0] == {"type": "video", "path": path} and d["videos"] == [path]
        assert len(d["answers"]) == len(roles) // 2
        for reply in assistant_texts(d):
            parsed = parse_reply(reply)
            assert parsed.prompts == [] and parsed.malformed == [] and "<video" not in reply
        for i, ans in enumerate(d["answers"]):
            if ans["answer"] is not None:
                check_answer(scene, {**_q(d, i), **ans})


def _q(d: dict, i: int) -> dict:
    content = d["messages"][2 * i]["content"]
    return {"question": content if isinstance(content, str) else content[-1]["text"]}


def mentions(prompt: str, key: str, value: str) -> bool:
    """Whether the prompt states the attribute, by plain reading (independent of ``parse_prompt``)."""
    if key == "motion":
        return re.search(rf"\b{re.escape(text.PROMPT_MOTIONS[value])}\b", prompt) is not None
    if key == "background":
        return f" on {'an' if value[0] in 'aeiou' else 'a'} {value} background" in prompt
    return re.search(rf"\b{value}\b", prompt) is not None


def test_generation_dialogues_end_in_one_prompt_that_states_the_request() -> None:
    for scene in SCENES:
        path = f"clips/{scene.clip_id}.mp4"
        dialogues = text.generation_dialogues(scene, random.Random(scene.seed), path)
        assert len(dialogues) == 2
        for d in dialogues:
            replies = assistant_texts(d)
            assert all(parse_reply(r).prompts == [] for r in replies[:-1])
            parsed = parse_reply(replies[-1])
            assert len(parsed.prompts) == 1 and parsed.malformed == [] and parsed.text
            prompt = parsed.prompts[0]
            req = d["requested"]
            assert {"color", "shape", "motion"} <= set(req) <= {"color", "shape", "motion", "size", "background"}
            assert req["color"] in COLORS and req["shape"] in SHAPES and req["motion"] in MOTIONS
            assert req.get("size", "small") in SIZES and req.get("background", "gray") in BACKGROUNDS
            for key, value in req.items():
                assert mentions(prompt, key, value), (prompt, key, value)
            assert all(text.check_prompt(prompt, req).values())
            assert is_held_out(req["color"], req["shape"], req["motion"]) == (scene.split == "compositional")
            assert not (req["shape"] == "circle" and req["motion"] == "rotate")


def test_direct_requests_are_paraphrased() -> None:
    scene = SCENES[0]
    requests = set()
    for i in range(60):
        d = text.generation_dialogues(scene, random.Random(i), "clips/x.mp4")[0]
        assert d["videos"] == [] and len(d["messages"]) == 2
        requests.add(d["messages"][0]["content"].split(" ")[0])
    assert len(requests) >= 5


def test_like_this_keeps_what_was_not_changed() -> None:
    for scene in SCENES:
        d = text.generation_dialogues(scene, random.Random(scene.seed + 1), f"clips/{scene.clip_id}.mp4")[1]
        req, changes = d["requested"], d["changes"]
        assert d["videos"] == [f"clips/{scene.clip_id}.mp4"]
        assert d["messages"][0]["content"][0]["type"] == "video" and len(d["messages"]) == 4
        assert 1 <= len(changes) <= 2 and all(req[k] == v for k, v in changes.items())
        assert req["background"] == scene.background["colors"][0]
        kept = [k for k in ("color", "shape", "motion", "size") if k not in changes]
        sources = [
            o
            for o in scene.objects
            if all(getattr(o, k) == req[k] for k in kept) and all(getattr(o, k) != v for k, v in changes.items())
        ]
        assert sources, (req, changes)
        request = d["messages"][2]["content"]
        for key, value in changes.items():
            words = text.MOTION_GERUNDS[value] if key == "motion" else (value,)
            assert any(w in request for w in words), (request, key, value)


def test_generation_prompt_and_parse_prompt_round_trip() -> None:
    rng = random.Random(0)
    for _ in range(300):
        attrs = {"size": rng.choice(list(SIZES)), "color": rng.choice(list(COLORS)), "shape": rng.choice(SHAPES)}
        attrs["motion"] = rng.choice(MOTIONS)
        bg = rng.choice(list(BACKGROUNDS))
        prompt = text.generation_prompt(attrs, bg)
        assert text.parse_prompt(prompt) == dict(sorted({**attrs, "background": bg}.items()))
    assert text.generation_prompt({"color": "orange", "shape": "star", "motion": "up-left"}) == (
        "an orange star moving diagonally up and to the left"
    )
    assert text.generation_prompt({"size": "small", "color": "blue", "shape": "hexagon", "motion": "up"}, "gray") == (
        "a small blue hexagon moving up on a gray background"
    )
    assert text.parse_prompt("a red star drifting leftwards on a light gray background") == {
        "background": "light gray",
        "color": "red",
        "motion": "left",
        "shape": "star",
    }
    assert text.check_prompt("a red star moving up", {"color": "red", "motion": "up-left"}) == {
        "color": True,
        "motion": False,
    }


def video_number(ref: str) -> int:
    m = re.fullmatch(r"<video(\d)>|video (\d)|the (\w+) video", ref)
    return int(m.group(1) or m.group(2) or ORDINALS[m.group(3)])


def check_multi(scenes: list, question: str, answer: str) -> None:
    """Check one multi-video answer against the scene graphs, reading the question independently."""
    m = re.search(r" in (<video\d>|video \d|the \w+ video)", question)
    if m:
        scene = scenes[video_number(m.group(1)) - 1]
        q = question.replace(m.group(0), "")
        if q.startswith("How many"):
            assert answer == str(len(scene.objects))
        elif q.startswith("What colour"):
            assert answer == refs(scene, q)[0].color
        elif q.startswith("Which way"):
            assert answer == observed_direction(scene, refs(scene, q)[0])
        else:
            assert answer == observed_event(scene, refs(scene, q)[0])
        return
    if "more objects" in question or "most objects" in question:
        counts = [len(s.objects) for s in scenes]
        assert answer == f"video {counts.index(max(counts)) + 1}" and counts.count(max(counts)) == 1
        return
    if "both videos" in question or "all three videos" in question:
        shape = re.search(r"\ban? (\w+)", question).group(1)
        assert answer == ("yes" if all(any(o.shape == shape for o in s.objects) for s in scenes) else "no")
        return
    words = re.findall(r"[\w-]+", question.lower())
    color = next((w for w in words if w in COLORS), None)
    shape = next((w for w in words if w in SHAPES), None)
    motion = None
    if not (color or shape):
        tail = re.search(r"(?:something|object that) (.+)\?", question).group(1)
        motion = only([m for m in MOTIONS if _verb_matches(tail, m)])
    wanted = {"color": color, "shape": shape, "motion": motion}
    holders = [
        i + 1
        for i, s in enumerate(scenes)
        if any(all(v is None or getattr(o, k) == v for k, v in wanted.items()) for o in s.objects)
    ]
    assert holders == [int(answer.split()[1])], (question, answer, holders)


def _verb_matches(tail: str, motion: str) -> bool:
    verb = text.MOTION_VERBS[motion][0]
    first, rest = verb.split(" ", 1) if " " in verb else (verb, "")
    return tail in (verb, f"{first[:-1]} {rest}".strip())


def test_multi_video_dialogues_compare_correctly_and_never_generate() -> None:
    kinds: set[str] = set()
    rng = random.Random(3)
    for i in range(0, 120, 2):
        group = SCENES[i : i + rng.choice((2, 3))]
        paths = [f"clips/{s.clip_id}.mp4" for s in group]
        d = text.multi_video_dialogue(group, random.Random(i), paths)
        assert d["videos"] == paths
        first = d["messages"][0]["content"]
        assert [p["path"] for p in first if p["type"] == "video"] == paths and first[-1]["type"] == "text"
        assert all(isinstance(m["content"], str) for m in d["messages"][1:])
        for reply in assistant_texts(d):
            assert parse_reply(reply).prompts == [] and "<video>" not in reply
        for j, ans in enumerate(d["answers"]):
            kinds.add(ans["kind"])
            if ans["answer"] is not None:
                check_multi(group, _q(d, j)["question"], ans["answer"])
    assert {"which_video", "yesno", "count"} <= kinds


def test_multi_video_needs_two_or_three_clips() -> None:
    with pytest.raises(ValueError):
        text.multi_video_dialogue(SCENES[:1], random.Random(0), ["a"])
    with pytest.raises(ValueError):
        text.multi_video_dialogue(SCENES[:2], random.Random(0), ["a"])
