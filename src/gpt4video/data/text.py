"""Text from ShapesWorld scene graphs: captions, checkable questions, dialogues and generation requests.

Every fact has several paraphrases, drawn with the caller's :class:`random.Random`, so a model trained on this
text learns what a sentence means rather than one fixed sentence; the same rng state always gives the same
text (nothing here iterates over a set, so the output does not depend on ``PYTHONHASHSEED`` either).

Answers are short and checkable by exact match: lowercase, one or two words; ``yes``/``no`` for yes/no
questions; digits for counts (``"2"``, not ``"two"``); motion names for directions (``"up-left"``); one of
:data:`EVENT_ANSWERS` for what a non-travelling object does (``"grows"``, ``"stays still"``); ``"red star"``
(colour, then shape) when the answer is an object; ``"video 2"`` when it is one of several videos.

Objects are always named unambiguously: a scene never holds two objects with the same colour and shape, and
shorter names ("the star", "the red object", "the object that grows") are used only when unique in the scene.

Generation requests are answered with a reply plus ``<video> prompt </video>``, where the prompt is the
canonical phrase of :func:`generation_prompt`; :func:`parse_prompt` and :func:`check_prompt` read it back,
so an eval can check that a model's prompt states what was asked for.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from typing import Any

from gpt4video.data.shapesworld import (
    BACKGROUNDS,
    COLORS,
    DIRECTIONS,
    MOTIONS,
    SHAPES,
    SIZES,
    ObjectSpec,
    SceneGraph,
    is_held_out,
)

QA_KINDS = ("color", "shape", "count", "direction", "event", "temporal", "spatial", "yesno")
DIALOGUE_TYPES = ("understanding", "generation", "multi_video")
EVENT_ANSWERS: dict[str, str] = {
    "bounce": "bounces",
    "rotate": "rotates",
    "grow": "grows",
    "shrink": "shrinks",
    "appear": "appears",
    "disappear": "disappears",
    "still": "stays still",
}
"""The short answer to "what does the X do?" for each motion that does not travel in a direction."""

_STRAIGHT = {"left": "leftwards", "right": "rightwards", "up": "upwards", "down": "downwards"}


def _motion_phrases() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Third-person verb phrases and gerund phrases for every motion; the first gerund is the canonical one."""
    verbs: dict[str, tuple[str, ...]] = {}
    gerunds: dict[str, tuple[str, ...]] = {}
    for d, wards in _STRAIGHT.items():
        to = f"to the {d}" if d in ("left", "right") else wards
        verbs[d] = (f"moves {d}", f"moves {to}", f"slides {to}", f"drifts {wards}", f"travels {d}")
        gerunds[d] = (f"moving {d}", f"moving {to}", f"sliding {to}", f"drifting {wards}", f"travelling {d}")
    for d in ("up-left", "up-right", "down-left", "down-right"):
        v, h = d.split("-")
        corner = f"{'top' if v == 'up' else 'bottom'} {h}"
        verbs[d] = (
            f"moves diagonally {v} and to the {h}",
            f"drifts {v} and to the {h}",
            f"glides diagonally towards the {corner}",
        )
        gerunds[d] = (
            f"moving diagonally {v} and to the {h}",
            f"drifting {v} and to the {h}",
            f"gliding diagonally towards the {corner}",
        )
    verbs.update(
        bounce=("bounces", "bounces up and down", "hops up and down"),
        rotate=("spins", "rotates", "turns in place", "spins around"),
        grow=("grows", "gets bigger", "expands", "grows larger"),
        shrink=("shrinks", "gets smaller", "contracts", "shrinks in size"),
        appear=("appears", "pops into view", "shows up"),
        disappear=("disappears", "vanishes", "blinks out of view"),
        still=("stays still", "does not move", "remains in place", "sits still"),
    )
    gerunds.update(
        bounce=("bouncing", "bouncing up and down", "hopping up and down"),
        rotate=("rotating", "spinning", "turning in place"),
        grow=("growing", "getting bigger", "expanding"),
        shrink=("shrinking", "getting smaller", "contracting"),
        appear=("appearing", "popping into view", "showing up"),
        disappear=("disappearing", "vanishing", "blinking out of view"),
        still=("staying still", "not moving", "sitting still"),
    )
    return verbs, gerunds


MOTION_VERBS, MOTION_GERUNDS = _motion_phrases()
"""Per motion: phrases like "slides to the left" (after a subject) and "sliding to the left" (after a noun)."""
PROMPT_MOTIONS: dict[str, str] = {m: MOTION_GERUNDS[m][0] for m in MOTIONS}
"""The canonical motion phrase of a generation prompt: "moving left", "moving diagonally up and to the left"."""

_NUMBER_WORDS = ("zero", "one", "two", "three", "four")
_ORDINALS = ("first", "second", "third")


# ------------------------------------------------------------------------------------------------------------
# small helpers
# ------------------------------------------------------------------------------------------------------------


def _a(phrase: str) -> str:
    """The phrase with its indefinite article."""
    return ("an " if phrase[:1] in "aeiou" else "a ") + phrase


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _plural(shape: str) -> str:
    return shape + "s"


def _name(o: ObjectSpec) -> str:
    """The unique two-word name of an object (the answer form when an answer is an object)."""
    return f"{o.color} {o.shape}"


def _np(o: ObjectSpec, size: bool = True) -> str:
    return f"{o.size} {o.color} {o.shape}" if size else _name(o)


def _unique(scene: SceneGraph, o: ObjectSpec, attr: str) -> bool:
    return sum(getattr(p, attr) == getattr(o, attr) for p in scene.objects) == 1


def _refs(scene: SceneGraph, o: ObjectSpec, avoid: str | None = None) -> list[str]:
    """Unambiguous ways to name ``o`` (without article), none of which gives away attribute ``avoid``."""
    refs = []
    if avoid not in ("color", "shape"):
        refs.append(_name(o))
    if avoid != "shape" and _unique(scene, o, "shape"):
        refs.append(o.shape)
    if avoid != "color" and _unique(scene, o, "color"):
        refs += [f"{o.color} object", f"{o.color} shape"]
    if avoid != "motion" and _unique(scene, o, "motion"):
        refs.append(f"object that {MOTION_VERBS[o.motion][0]}")
    if len(scene.objects) == 1:
        refs += ["object", "shape"]
    return refs


def _start(scene: SceneGraph, o: ObjectSpec) -> tuple[float, float]:
    """Where the object is when first visible, as fractions of width and height."""
    track = scene.tracks[str(o.id)]
    x, y = next(((r[0], r[1]) for r in track if r[4]), (track[0][0], track[0][1]))
    return x / scene.width, y / scene.height


def _region(x: float, y: float) -> str:
    """A prepositional phrase for a position in the frame: "in the upper left", "at the bottom"."""
    col = 0 if x < 1 / 3 else 2 if x > 2 / 3 else 1
    row = 0 if y < 1 / 3 else 2 if y > 2 / 3 else 1
    return (
        ("in the upper left", "at the top", "in the upper right"),
        ("on the left", "in the centre", "on the right"),
        ("in the lower left", "at the bottom", "in the lower right"),
    )[row][col]


def _when(scene: SceneGraph, frame: int) -> str:
    share = frame / scene.num_frames
    return "early on" if share < 0.4 else "about halfway through" if share <= 0.6 else "late in the clip"


# ------------------------------------------------------------------------------------------------------------
# captions
# ------------------------------------------------------------------------------------------------------------


def _bg_short(bg: Mapping[str, Any], rng: random.Random) -> str:
    c = bg["colors"]
    if bg["kind"] == "gradient":
        return rng.choice((f"a {c[0]}-to-{c[1]} gradient background", f"a background fading from {c[0]} to {c[1]}"))
    if bg["kind"] == "noise":
        return rng.choice((f"a grainy {c[0]} background", f"a noisy {c[0]} background"))
    return rng.choice((f"{_a(c[0])} background", f"a plain {c[0]} background"))


def _bg_detailed(bg: Mapping[str, Any], rng: random.Random) -> str:
    c = bg["colors"]
    if bg["kind"] == "gradient":
        return rng.choice(
            (
                f"a vertical gradient background that fades from {c[0]} at the top to {c[1]} at the bottom",
                f"a gradient background, {c[0]} at the top shading into {c[1]} at the bottom",
            )
        )
    if bg["kind"] == "noise":
        return rng.choice(
            (f"{_a(c[0])} background with a grainy noise texture", f"a noisy, speckled {c[0]} background")
        )
    return rng.choice((f"a plain, uniform {c[0]} background", f"a flat {c[0]} background"))


def caption(scene: SceneGraph, rng: random.Random, detailed: bool = False) -> str:
    """A one-sentence caption, or with ``detailed`` a paragraph naming every object, where it starts, how it
    moves, the background and the order of appear/disappear events. Paraphrased through ``rng``."""
    return _detailed_caption(scene, rng) if detailed else _short_caption(scene, rng)


def _short_caption(scene: SceneGraph, rng: random.Random) -> str:
    objs = scene.objects
    bg = _bg_short(scene.background, rng)
    style = rng.randrange(4)
    if style < 2:
        clauses = _join([f"{_a(_np(o))} {rng.choice(MOTION_VERBS[o.motion])}" for o in objs])
        return f"{_cap(clauses)} on {bg}." if style == 0 else f"On {bg}, {clauses}."
    things = _join([f"{_a(_np(o))} {rng.choice(MOTION_GERUNDS[o.motion])}" for o in objs])
    return f"A video of {things} on {bg}." if style == 2 else f"{_cap(bg)} with {things}."


def _object_sentence(scene: SceneGraph, o: ObjectSpec, rng: random.Random) -> str:
    who = _a(_np(o))
    where = _region(*_start(scene, o))
    verb = rng.choice(MOTION_VERBS[o.motion])
    if o.motion in DIRECTIONS:
        return rng.choice((f"{who} starts {where} and {verb}.", f"Starting {where}, {who} {verb}."))
    if o.motion == "rotate":
        way = "clockwise" if o.speed > 0 else "counterclockwise"
        return rng.choice((f"{who} {where} spins {way}.", f"{who} {where} rotates {way} in place."))
    if o.motion == "appear":
        return f"{who} {verb} {where} {_when(scene, o.event_frame or 0)}."
    if o.motion == "disappear":
        return f"{who} {where} {verb} {_when(scene, o.event_frame or 0)}."
    if o.motion == "still":
        return rng.choice((f"{who} sits motionless {where}.", f"{who} {where} stays still the whole time."))
    return f"{who} {where} {verb}."


def _event_order(scene: SceneGraph, rng: random.Random) -> str:
    """A sentence ordering the appear/disappear events, or "" when there are fewer than two."""
    by_id = {o.id: o for o in scene.objects}
    events = [e for e in scene.events if e["event"] in ("appears", "disappears")]
    if len(events) < 2:
        return ""
    groups: list[list[str]] = []
    last = None
    for e in events:
        text = f"the {_name(by_id[e['object']])} {e['event']}"
        if e["frame"] == last:
            groups[-1].append(text)
        else:
            groups.append([text])
        last = e["frame"]
    steps = [g[0] if len(g) == 1 else " and ".join(g) + " at the same moment" for g in groups]
    if len(steps) == 1:
        return _cap(steps[0]) + "."
    if len(steps) == 2:
        return rng.choice((f"First {steps[0]}, then {steps[1]}.", f"{_cap(steps[0])} before {steps[1]}."))
    return f"First {steps[0]}, then {', then '.join(steps[1:-1])}, and finally {steps[-1]}."


def _detailed_caption(scene: SceneGraph, rng: random.Random) -> str:
    n = len(scene.objects)
    count = f"{_NUMBER_WORDS[n]} {'object' if n == 1 else 'objects'}"
    bg = _bg_detailed(scene.background, rng)
    intro = rng.choice(
        (
            f"The video shows {count} on {bg}.",
            f"{_cap(count)} {'is' if n == 1 else 'are'} shown against {bg}.",
            f"This clip contains {count} on {bg}.",
        )
    )
    parts = [intro, *(_cap(_object_sentence(scene, o, rng)) for o in scene.objects)]
    order = _event_order(scene, rng)
    if order:
        parts.append(order)
    return " ".join(parts)


def short_prompt(scene: SceneGraph, rng: random.Random) -> str:
    """A terse generation prompt as people type them, "a red circle moving to the right" (size sometimes
    named, no background), for training a generator that must follow such requests."""
    return _join([f"{_a(_np(o, rng.random() < 0.5))} {rng.choice(MOTION_GERUNDS[o.motion])}" for o in scene.objects])


def canonical_description(scene: SceneGraph) -> str:
    """Every object with its size, colour, shape and canonical motion, plus the background colour: one fixed
    phrasing per scene (no rng), for retrieval and for generator text that must not vary."""
    things = _join([f"{_a(_np(o))} {PROMPT_MOTIONS[o.motion]}" for o in scene.objects])
    return f"{things} on {_a(scene.background['colors'][0])} background"


# ------------------------------------------------------------------------------------------------------------
# questions and answers
# ------------------------------------------------------------------------------------------------------------


class _QA:
    """A question, its short checkable answer, its kind and a natural full reply for dialogues."""

    __slots__ = ("question", "answer", "kind", "reply")

    def __init__(self, question: str, answer: str, kind: str, reply: str) -> None:
        self.question, self.answer, self.kind, self.reply = question, answer, kind, reply


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _qa_color(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    out = []
    for o in scene.objects:
        refs = _refs(scene, o, avoid="color")
        if not refs:
            continue
        ref = rng.choice(refs)
        q = rng.choice((f"What colour is the {ref}?", f"What color is the {ref}?", f"What is the colour of the {ref}?"))
        reply = rng.choice((f"The {ref} is {o.color}.", f"It is {o.color}.", f"{_cap(o.color)}."))
        out.append(_QA(q, o.color, "color", reply))
    return [rng.choice(out)] if out else []


def _qa_shape(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    out = []
    for o in scene.objects:
        refs = _refs(scene, o, avoid="shape")
        if not refs:
            continue
        ref = rng.choice(refs)
        q = rng.choice((f"What shape is the {ref}?", f"Which shape is the {ref}?", f"What kind of shape is the {ref}?"))
        reply = rng.choice((f"The {ref} is {_a(o.shape)}.", f"It's {_a(o.shape)}.", f"{_cap(_a(o.shape))}."))
        out.append(_QA(q, o.shape, "shape", reply))
    return [rng.choice(out)] if out else []


def _qa_count(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    n = len(scene.objects)
    q = rng.choice(
        (
            "How many objects are in the video?",
            "How many shapes are there in this clip?",
            "How many objects can you see in the video?",
            "How many different shapes does the clip show?",
        )
    )
    word = "object" if n == 1 else "objects"
    out = [_QA(q, str(n), "count", rng.choice((f"There {'is' if n == 1 else 'are'} {n} {word}.", f"{n}.")))]
    if rng.random() < 0.5:
        shape = rng.choice([o.shape for o in scene.objects] if rng.random() < 0.7 else list(SHAPES))
        k = sum(o.shape == shape for o in scene.objects)
        q = rng.choice((f"How many {_plural(shape)} are there?", f"How many {_plural(shape)} can you count?"))
        reply = _there(k, shape, _plural(shape))
    else:
        color = rng.choice([o.color for o in scene.objects] if rng.random() < 0.7 else list(COLORS))
        k = sum(o.color == color for o in scene.objects)
        q = rng.choice((f"How many {color} objects are there?", f"How many {color} shapes appear in the clip?"))
        reply = _there(k, f"{color} object", f"{color} objects")
    out.append(_QA(q, str(k), "count", reply))
    return out


def _there(k: int, one: str, many: str) -> str:
    return f"There is one {one}." if k == 1 else f"There are {k or 'no'} {many}."


def _qa_motion(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    """One direction or event question per object; and one yes/no "does the X <verb>?" question."""
    out = []
    for o in scene.objects:
        ref = rng.choice(_refs(scene, o, avoid="motion"))
        if o.motion in DIRECTIONS:
            q = rng.choice(
                (
                    f"Which way does the {ref} move?",
                    f"In which direction is the {ref} moving?",
                    f"Where is the {ref} heading?",
                    f"Which direction does the {ref} travel in?",
                )
            )
            out.append(_QA(q, o.motion, "direction", f"The {ref} {rng.choice(MOTION_VERBS[o.motion])}."))
        else:
            q = rng.choice((f"What does the {ref} do?", f"What happens to the {ref}?", f"How does the {ref} behave?"))
            out.append(_QA(q, EVENT_ANSWERS[o.motion], "event", f"It {rng.choice(MOTION_VERBS[o.motion])}."))
    o = rng.choice(scene.objects)
    ref = rng.choice(_refs(scene, o, avoid="motion"))
    verbs = {m: m for m in ("appear", "disappear", "grow", "shrink", "bounce")} | {"rotate": "spin"}
    motion = o.motion if o.motion in verbs and rng.random() < 0.5 else rng.choice(list(verbs))
    yes = motion == o.motion
    q = rng.choice((f"Does the {ref} {verbs[motion]}?", f"Does the {ref} {verbs[motion]} at some point?"))
    reply = f"Yes, it {MOTION_VERBS[o.motion][0]}." if yes else f"No, it {rng.choice(MOTION_VERBS[o.motion])}."
    out.append(_QA(q, _yes(yes), "event", reply))
    return out


def _qa_temporal(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    """Questions about when objects are visible; only for scenes with an appear or disappear event."""
    timed = [o for o in scene.objects if o.motion in ("appear", "disappear")]
    if not timed:
        return []
    out = []
    o = rng.choice(timed)
    ref = rng.choice(_refs(scene, o, avoid="motion"))
    at_start = rng.random() < 0.5
    moment = rng.choice(("at the start", "at the beginning", "in the first frame") if at_start else ("at the end",))
    visible = (o.motion == "disappear") == at_start
    q = rng.choice((f"Is the {ref} visible {moment}?", f"Can you see the {ref} {moment} of the clip?"))
    reply = f"{'Yes' if visible else 'No'}, it {MOTION_VERBS[o.motion][0]} {_when(scene, o.event_frame or 0)}."
    out.append(_QA(q, _yes(visible), "temporal", reply))
    pairs = [
        (a, b) for a in timed for b in timed if a.id < b.id and abs((a.event_frame or 0) - (b.event_frame or 0)) >= 2
    ]
    if pairs:
        a, b = rng.choice(pairs)
        first = a if (a.event_frame or 0) < (b.event_frame or 0) else b
        if a.motion == b.motion:
            verb = a.motion
            q = rng.choice(
                (
                    f"Which {verb}s first, the {_name(a)} or the {_name(b)}?",
                    f"Which one {verb}s earlier: the {_name(a)} or the {_name(b)}?",
                )
            )
            out.append(_QA(q, _name(first), "temporal", f"The {_name(first)} {verb}s first."))
        else:
            x, y = rng.sample([a, b], 2)
            before = (x.event_frame or 0) < (y.event_frame or 0)
            q = f"Does the {_name(x)} {x.motion} before the {_name(y)} {y.motion}s?"
            reply = f"{'Yes' if before else 'No'}, the {_name(first)} {first.motion}s first."
            out.append(_QA(q, _yes(before), "temporal", reply))
    return out


def _qa_spatial(scene: SceneGraph, rng: random.Random, margin: float = 0.15) -> list[_QA]:
    """Where objects are at the start; asked only when the answer is clear by ``margin`` of the frame."""
    present = [o for o in scene.objects if o.motion != "appear"]
    pos = {o.id: _start(scene, o) for o in present}
    pairs = [(a, b) for a in present for b in present if a.id != b.id]
    horizontal = [(a, b) for a, b in pairs if abs(pos[a.id][0] - pos[b.id][0]) > margin]
    vertical = [(a, b) for a, b in pairs if a.id < b.id and abs(pos[a.id][1] - pos[b.id][1]) > margin]
    when = rng.choice(("at the start", "at the beginning", "in the first frame"))
    if horizontal and (not vertical or rng.random() < 0.5):
        a, b = rng.choice(horizontal)
        side = rng.choice(("left", "right"))
        truth = pos[a.id][0] < pos[b.id][0] if side == "left" else pos[a.id][0] > pos[b.id][0]
        q = f"Is the {_name(a)} to the {side} of the {_name(b)} {when}?"
        reply = f"{'Yes' if truth else 'No'}, {when} the {_name(a)} is to the {side if truth else _other(side)} of it."
        return [_QA(q, _yes(truth), "spatial", reply)]
    if vertical:
        a, b = rng.choice(vertical)
        higher = a if pos[a.id][1] < pos[b.id][1] else b
        lower = b if higher is a else a
        if rng.random() < 0.5:
            q = f"Which object is higher {when}, the {_name(a)} or the {_name(b)}?"
            return [_QA(q, _name(higher), "spatial", f"The {_name(higher)} is higher.")]
        q = f"Which object is lower {when}, the {_name(a)} or the {_name(b)}?"
        return [_QA(q, _name(lower), "spatial", f"The {_name(lower)} is lower.")]
    if len(present) == 1:
        o = present[0]
        x, y = pos[o.id]
        ref = rng.choice(_refs(scene, o))
        if abs(x - 0.5) > margin:
            side = "left" if x < 0.5 else "right"
            q = f"Is the {ref} in the left or the right half of the frame {when}?"
            return [_QA(q, side, "spatial", f"It is in the {side} half.")]
        if abs(y - 0.5) > margin:
            half = "top" if y < 0.5 else "bottom"
            q = f"Is the {ref} in the top or the bottom half of the frame {when}?"
            return [_QA(q, half, "spatial", f"It is in the {half} half.")]
    return []


def _other(side: str) -> str:
    return "right" if side == "left" else "left"


def _qa_yesno(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    """One question whose answer is yes and one whose answer is no (a near miss: same colour or same shape)."""
    pairs = [(o.color, o.shape) for o in scene.objects]
    templates = ("Is there {} in the video?", "Does the clip contain {}?", "Can you see {} anywhere?")
    o = rng.choice(scene.objects)
    out = [_QA(rng.choice(templates).format(_a(_name(o))), "yes", "yesno", f"Yes, there is {_a(_name(o))}.")]
    o = rng.choice(scene.objects)
    misses = [(c, o.shape) for c in COLORS if (c, o.shape) not in pairs]
    misses += [(o.color, s) for s in SHAPES if (o.color, s) not in pairs]
    color, shape = rng.choice(misses)
    q = rng.choice(templates).format(_a(f"{color} {shape}"))
    out.append(_QA(q, "no", "yesno", f"No, there is no {color} {shape}."))
    rng.shuffle(out)
    return out


def _qa_items(scene: SceneGraph, rng: random.Random) -> list[_QA]:
    items: list[_QA] = []
    for make in (_qa_color, _qa_shape, _qa_count, _qa_motion, _qa_temporal, _qa_spatial, _qa_yesno):
        items += make(scene, rng)
    seen: set[str] = set()
    unique = []
    for qa in items:
        if qa.question not in seen:
            seen.add(qa.question)
            unique.append(qa)
    return unique


def qa_pairs(scene: SceneGraph, rng: random.Random) -> list[dict[str, str]]:
    """Questions with short checkable answers, ``{"question", "answer", "kind"}``, kinds from :data:`QA_KINDS`.

    Every scene gets colour, shape (when an object can be named without giving them away), count (2),
    a direction or event question per object plus a yes/no event question, spatial (when clear-cut),
    temporal (only with an appear/disappear event) and yes/no (one yes, one no).
    """
    return [{"question": q.question, "answer": q.answer, "kind": q.kind} for q in _qa_items(scene, rng)]


# ------------------------------------------------------------------------------------------------------------
# understanding dialogues
# ------------------------------------------------------------------------------------------------------------

_DESCRIBE = (
    "Describe this video.",
    "What happens in this clip?",
    "Can you describe the video in detail?",
    "What do you see in this video?",
    "Tell me what's going on here.",
    "What is this video about?",
)


def _user(text: str, videos: Sequence[str] = ()) -> dict[str, Any]:
    if not videos:
        return {"role": "user", "content": text}
    parts: list[dict[str, str]] = [{"type": "video", "path": p} for p in videos]
    return {"role": "user", "content": [*parts, {"type": "text", "text": text}]}


def _assistant(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text}


def _turns(scene: SceneGraph, rng: random.Random, n: int) -> list[tuple[str, str, dict[str, str | None]]]:
    """``n`` (question, reply, {"answer", "kind"}) turns about one clip: a description and/or questions."""
    items = _qa_items(scene, rng)
    rng.shuffle(items)
    turns: list[tuple[str, str, dict[str, str | None]]] = []
    if rng.random() < 0.5:
        turns.append((rng.choice(_DESCRIBE), caption(scene, rng, detailed=rng.random() < 0.7), _no_answer()))
    for qa in items[: n - len(turns)]:
        turns.append((qa.question, qa.reply, {"answer": qa.answer, "kind": qa.kind}))
    return turns


def _no_answer() -> dict[str, str | None]:
    return {"answer": None, "kind": "caption"}


def understanding_dialogue(scene: SceneGraph, rng: random.Random, video_path: str) -> dict[str, Any]:
    """2–4 user/assistant turns about one clip, none asking for a video: teaches when NOT to generate.

    Returns ``{"type": "understanding", "videos": [path], "messages": [...], "answers": [...]}``; ``answers``
    has one ``{"answer", "kind"}`` per assistant turn (``answer`` None for a free description, kind "caption").
    """
    turns = _turns(scene, rng, rng.randint(2, 4))
    messages: list[dict[str, Any]] = []
    for i, (question, reply, _) in enumerate(turns):
        messages += [_user(question, [video_path] if i == 0 else ()), _assistant(reply)]
    return {"type": "understanding", "videos": [video_path], "messages": messages, "answers": [t[2] for t in turns]}


# ------------------------------------------------------------------------------------------------------------
# generation
# ------------------------------------------------------------------------------------------------------------


def generation_prompt(obj_attrs: Mapping[str, str], background: str | Mapping[str, Any] | None = None) -> str:
    """The canonical text-to-video prompt, e.g. "a small blue hexagon moving up on a gray background".

    ``obj_attrs`` may hold ``size``, ``color``, ``shape`` (default "shape") and ``motion`` (a name from
    ``MOTIONS``); missing ones are left out. ``background`` is a background colour name or a scene
    graph's background dict (its first colour is used).
    """
    if isinstance(background, Mapping):
        background = background["colors"][0]
    words = [obj_attrs[k] for k in ("size", "color") if obj_attrs.get(k)]
    text = _a(" ".join([*words, obj_attrs.get("shape") or "shape"]))
    if obj_attrs.get("motion"):
        text += " " + PROMPT_MOTIONS[obj_attrs["motion"]]
    if background:
        text += f" on {_a(background)} background"
    return text


def _phrase_table() -> list[tuple[re.Pattern[str], str]]:
    table = {p: m for m, ps in MOTION_VERBS.items() for p in ps}
    table.update({p: m for m, ps in MOTION_GERUNDS.items() for p in ps})
    table.update({v: m for m, v in EVENT_ANSWERS.items()})
    return [(re.compile(rf"\b{re.escape(p)}\b"), table[p]) for p in sorted(table, key=lambda p: (-len(p), p))]


_MOTION_PATTERNS = _phrase_table()
_BACKGROUND_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, BACKGROUNDS), key=len, reverse=True)) + r")\b[\w\s-]*?\bbackground\b"
)


def parse_prompt(prompt: str) -> dict[str, str]:
    """The attributes a generation prompt states (first object only): any of color, shape, size, motion,
    background. Motion is recognised from the canonical phrase and every paraphrase used in this module."""
    text = " ".join(prompt.lower().split())
    found: dict[str, str] = {}
    if m := _BACKGROUND_RE.search(text):
        found["background"] = m.group(1)
        text = text[: m.start()] + text[m.end() :]
    for key, names in (("color", COLORS), ("shape", SHAPES), ("size", SIZES)):
        hits = [(m.start(), n) for n in names if (m := re.search(rf"\b{n}s?\b", text))]
        if hits:
            found[key] = min(hits)[1]
    hits = [(m.start(), -len(m.group()), motion) for pattern, motion in _MOTION_PATTERNS if (m := pattern.search(text))]
    if hits:
        found["motion"] = min(hits)[2]  # the earliest, and of phrases starting there the longest
    return dict(sorted(found.items()))


def check_prompt(prompt: str, requested: Mapping[str, str]) -> dict[str, bool]:
    """For each requested attribute, whether the prompt states exactly that value."""
    parsed = parse_prompt(prompt)
    return {k: parsed.get(k) == v for k, v in requested.items()}


_REQUESTS = (
    "Make a video of {a}.",
    "Can you generate a clip of {a}?",
    "I'd like a clip of {a}.",
    "Show me a video where {clause}.",
    "Create an animation of {a}.",
    "Please generate a short video showing {a}.",
    "Could you make me a video with {a}?",
    "Generate {a}, please.",
)
_REPLIES = (
    "Sure! Here is {p}.",
    "Here's a video of {p}.",
    "Of course. I made a clip of {p} for you.",
    "Coming right up: {p}.",
)


def _allowed(split: str, color: str, shape: str, motion: str) -> bool:
    """A triple a request in this split may name: held-out triples only (and always) in the compositional split."""
    if motion == "rotate" and shape == "circle":
        return False
    return is_held_out(color, shape, motion) == (split == "compositional")


def _direct_request(scene: SceneGraph, rng: random.Random) -> dict[str, Any]:
    o = rng.choice(scene.objects)
    requested = {"color": o.color, "shape": o.shape, "motion": o.motion}
    if rng.random() < 0.5:
        requested["size"] = o.size
    bg = ""
    if rng.random() < 0.4:
        requested["background"] = scene.background["colors"][0]
        bg = f" on {_a(requested['background'])} background"
    noun = " ".join(requested[k] for k in ("size", "color", "shape") if k in requested)
    a = f"{_a(noun)} {rng.choice(MOTION_GERUNDS[o.motion])}{bg}"
    clause = f"{_a(noun)} {rng.choice(MOTION_VERBS[o.motion])}{bg}"
    request = rng.choice(_REQUESTS).format(a=a, clause=clause)
    prompt = generation_prompt(requested, requested.get("background"))
    reply = rng.choice(_REPLIES).format(p=prompt) + f" <video> {prompt} </video>"
    return {"type": "generation", "videos": [], "messages": [_user(request), _assistant(reply)], "requested": requested}


def _change_phrase(attr: str, value: str, rng: random.Random) -> str:
    if attr == "color":
        return rng.choice((value, f"in {value}", f"coloured {value}"))
    if attr == "motion":
        return rng.choice(MOTION_GERUNDS[value])
    if attr == "shape":
        return rng.choice((f"as {_a(value)}", f"with {_a(value)} instead"))
    return value if value != "medium" else rng.choice(("medium", "medium-sized"))


def _pick_changes(scene: SceneGraph, o: ObjectSpec, rng: random.Random) -> dict[str, str]:
    """1–2 attributes of ``o`` to change, to values that make a triple this split may name."""
    pools = {"color": list(COLORS), "motion": list(MOTIONS), "shape": list(SHAPES), "size": list(SIZES)}
    for _ in range(100):
        attrs = rng.sample(list(pools), rng.choice((1, 1, 2)))
        changes = {a: rng.choice([v for v in pools[a] if v != getattr(o, a)]) for a in pools if a in attrs}
        new = {"color": o.color, "shape": o.shape, "motion": o.motion} | changes
        if _allowed(scene.split, new["color"], new["shape"], new["motion"]):
            return changes
    return {"size": rng.choice([s for s in SIZES if s != o.size])}


def _like_this_request(scene: SceneGraph, rng: random.Random, video_path: str) -> dict[str, Any]:
    o = rng.choice(scene.objects)
    question, reply, _ = _turns(scene, rng, 1)[0]
    changes = _pick_changes(scene, o, rng)
    phrase = " and ".join(_change_phrase(k, v, rng) for k, v in changes.items())
    if len(scene.objects) == 1:
        request = rng.choice(
            (
                f"Make one like this but {phrase}.",
                f"Can you make a similar clip, but {phrase}?",
                f"I'd like the same video but {phrase}.",
                f"Create another clip like this, only {phrase}.",
            )
        )
    else:
        ref = rng.choice(_refs(scene, o))
        request = rng.choice(
            (
                f"Make a video like the {ref} in this clip, but {phrase}.",
                f"Generate a clip of just the {ref} from this video, but {phrase}.",
                f"Can you make one with only the {ref}, but {phrase}?",
            )
        )
    requested = {"color": o.color, "shape": o.shape, "motion": o.motion, "size": o.size}
    requested.update(changes)
    requested["background"] = scene.background["colors"][0]
    prompt = generation_prompt(requested, requested["background"])
    answer = rng.choice(_REPLIES).format(p=prompt) + f" <video> {prompt} </video>"
    messages = [_user(question, [video_path]), _assistant(reply), _user(request), _assistant(answer)]
    return {
        "type": "generation",
        "videos": [video_path],
        "messages": messages,
        "requested": requested,
        "changes": changes,
    }


def generation_dialogues(scene: SceneGraph, rng: random.Random, video_path: str) -> list[dict[str, Any]]:
    """Two dialogues that end in a ``<video> prompt </video>`` reply: a direct request for one of the
    scene's objects, and "make one like this but …" after a question about the clip.

    Each has ``requested``: the attributes its prompt must state (direct: colour, shape, motion and
    sometimes size and background; like-this: all five, the unchanged ones copied from the clip's object).
    The like-this one also has ``changes``: the attributes the user asked to change and their new values.
    Requested triples respect the split: held-out colour–shape–motion triples only in the compositional split.
    """
    return [_direct_request(scene, rng), _like_this_request(scene, rng, video_path)]


# ------------------------------------------------------------------------------------------------------------
# several videos
# ------------------------------------------------------------------------------------------------------------


def _video_ref(k: int, n: int, rng: random.Random) -> str:
    """How a user names video ``k`` (1-based): a slot ``<video2>``, "video 2" or "the second video"."""
    return rng.choice((f"<video{k}>", f"video {k}", f"the {_ORDINALS[k - 1]} video"))


def _mv_which_has(scenes: Sequence[SceneGraph], rng: random.Random) -> _QA | None:
    cands = []
    for attr in ("pair", "color", "shape", "motion"):
        values: list[str] = []
        for s in scenes:
            for o in s.objects:
                v = _name(o) if attr == "pair" else getattr(o, attr)
                if v not in values:
                    values.append(v)
        for v in values:
            holders = [
                i
                for i, s in enumerate(scenes)
                if any(v == (_name(o) if attr == "pair" else getattr(o, attr)) for o in s.objects)
            ]
            if len(holders) == 1:
                cands.append((attr, v, holders[0] + 1))
    if not cands:
        return None
    attr, v, k = rng.choice(cands)
    if attr == "pair":
        q = rng.choice(
            (f"Which video has the {v}?", f"In which video is there {_a(v)}?", f"Which clip contains {_a(v)}?")
        )
        reply = f"The {v} is in video {k}."
    elif attr == "color":
        q = rng.choice((f"Which video has a {v} object?", f"In which clip is something {v}?"))
        reply = f"Video {k} has the {v} object."
    elif attr == "shape":
        q = rng.choice((f"Which video shows {_a(v)}?", f"In which video is there {_a(v)}?"))
        reply = f"Video {k} shows {_a(v)}."
    else:
        verb = MOTION_VERBS[v][0]
        base = verb.split()[0][:-1] + verb[len(verb.split()[0]) :]  # "moves to the left" -> "move to the left"
        q = rng.choice((f"In which video does something {base}?", f"Which video has an object that {verb}?"))
        reply = f"In video {k}, an object {verb}."
    return _QA(q, f"video {k}", "which_video", reply)


def _mv_all_contain(scenes: Sequence[SceneGraph], rng: random.Random) -> _QA:
    n = len(scenes)
    shape = rng.choice([o.shape for s in scenes for o in s.objects])
    truth = all(any(o.shape == shape for o in s.objects) for s in scenes)
    both = "both videos" if n == 2 else "all three videos"
    q = rng.choice((f"Do {both} contain {_a(shape)}?", f"Is there {_a(shape)} in {both}?"))
    holders = [str(i + 1) for i, s in enumerate(scenes) if any(o.shape == shape for o in s.objects)]
    reply = (
        "Yes, each of them has one."
        if truth
        else f"No, only video {_join(holders)} {'has' if len(holders) == 1 else 'have'} one."
    )
    return _QA(q, _yes(truth), "yesno", reply)


def _mv_more_objects(scenes: Sequence[SceneGraph], rng: random.Random) -> _QA | None:
    counts = [len(s.objects) for s in scenes]
    top = max(counts)
    if counts.count(top) != 1:
        return None
    k = counts.index(top) + 1
    q = "Which video has more objects?" if len(scenes) == 2 else "Which video has the most objects?"
    return _QA(q, f"video {k}", "count", f"Video {k}, with {top} objects.")


def _mv_attribute(scenes: Sequence[SceneGraph], rng: random.Random) -> _QA | None:
    k = rng.randrange(len(scenes))
    s = scenes[k]
    ref = _video_ref(k + 1, len(scenes), rng)
    if rng.random() < 0.4:
        n = len(s.objects)
        return _QA(f"How many objects are in {ref}?", str(n), "count", f"There {'is' if n == 1 else 'are'} {n}.")
    o = rng.choice(s.objects)
    if _unique(s, o, "shape"):
        return _QA(f"What colour is the {o.shape} in {ref}?", o.color, "color", f"It is {o.color}.")
    ref_o = rng.choice(_refs(s, o, avoid="motion"))
    if o.motion in DIRECTIONS:
        return _QA(
            f"Which way does the {ref_o} in {ref} move?", o.motion, "direction", f"It {MOTION_VERBS[o.motion][0]}."
        )
    return _QA(
        f"What does the {ref_o} in {ref} do?", EVENT_ANSWERS[o.motion], "event", f"It {MOTION_VERBS[o.motion][0]}."
    )


def _mv_describe(scenes: Sequence[SceneGraph], rng: random.Random) -> _QA:
    q = rng.choice(
        (
            "What is different between these videos?",
            "Compare the videos.",
            "How do these clips differ?",
            "Briefly describe each video.",
        )
    )
    reply = " ".join(f"Video {i + 1}: {caption(s, rng)}" for i, s in enumerate(scenes))
    return _QA(q, "", "caption", reply)


def multi_video_dialogue(
    scenes: Sequence[SceneGraph], rng: random.Random, video_paths: Sequence[str]
) -> dict[str, Any]:
    """2–3 turns comparing 2 or 3 clips shown together in the first user message, never asking for a video.

    The videos are numbered in order (the chat template's ``<video1>``, ``<video2>`` slots); users refer to
    them as ``<video2>``, "video 2" or "the second video", and answers that name a video are ``"video 2"``.
    Returns ``{"type": "multi_video", "videos", "messages", "answers"}`` with one ``{"answer", "kind"}`` per
    assistant turn (``answer`` None for a free comparison; kinds "which_video", "yesno", "count", "color",
    "direction", "event", "caption").
    """
    if not 2 <= len(scenes) <= 3 or len(scenes) != len(video_paths):
        raise ValueError(f"need 2 or 3 scenes with one path each, got {len(scenes)} and {len(video_paths)}")
    pool = [
        _mv_which_has(scenes, rng),
        _mv_all_contain(scenes, rng),
        _mv_more_objects(scenes, rng),
        _mv_attribute(scenes, rng),
        _mv_describe(scenes, rng),
    ]
    items = [qa for qa in pool if qa is not None]
    rng.shuffle(items)
    items = items[: rng.randint(2, 3)]
    messages: list[dict[str, Any]] = []
    for i, qa in enumerate(items):
        messages += [_user(qa.question, list(video_paths) if i == 0 else ()), _assistant(qa.reply)]
    answers = [{"answer": qa.answer or None, "kind": qa.kind} for qa in items]
    return {"type": "multi_video", "videos": list(video_paths), "messages": messages, "answers": answers}
