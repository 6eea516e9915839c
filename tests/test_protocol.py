"""The ``<video> prompt </video>`` protocol: parse_reply, StreamParser and neutralize_user_text.

Streaming is checked against a small reference parser written here from the grammar in the module docstring,
so that "never show part of a tag" is tested character by character rather than only after normalising.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gpt4video.protocol import (
    DEFAULT_TAG,
    MAX_PROMPT_CHARS,
    ParsedReply,
    StreamParser,
    neutralize_user_text,
    parse_reply,
)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TAG_RE = re.compile(r"<\s*/?\s*video\s*>", re.IGNORECASE)
SLOT_RE = re.compile(r"<\s*/?\s*video\s*\d*\s*>", re.IGNORECASE)


def norm(text: str) -> str:
    return " ".join(text.split())


def tag_re(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<\s*/?\s*{re.escape(tag)}\s*>", re.IGNORECASE)


def reference_visible(text: str, tag: str = DEFAULT_TAG) -> str:
    """The raw (not yet whitespace-cleaned) text a reader may see: outside every tag, nothing after an open tag."""
    out: list[str] = []
    depth = pos = 0
    for m in tag_re(tag).finditer(text):
        if depth == 0:
            out.append(text[pos : m.start()])
        pos = m.end()
        depth = max(depth - 1, 0) if "/" in m.group() else depth + 1
    if depth == 0:
        out.append(text[pos:])
    return "".join(out)


def could_become_tag(tail: str, tag: str = DEFAULT_TAG) -> bool:
    """Whether more text could still turn ``tail`` (e.g. ``"<vid"``, ``"< /"``) into a whole tag."""
    return any(tag_re(tag).fullmatch(tail + tag[i:] + ">") for i in range(len(tag) + 1))


def held_tail(text: str, tag: str = DEFAULT_TAG) -> str:
    """The end of ``text`` a stream parser must hold back: from the last "<" if that could still become a tag."""
    i = text.rfind("<")
    return text[i:] if i >= 0 and could_become_tag(text[i:], tag) else ""


# --------------------------------------------------------------------------------------------------------------
# parse_reply, table-driven
# --------------------------------------------------------------------------------------------------------------

LONG_WORDS = " ".join(["word"] * 200)

PARSE_CASES = [
    # (id, model output, visible text, prompts, malformed or None to skip the check)
    ("plain", "Hello there.", "Hello there.", [], []),
    ("single", "Here you go. <video> a cat surfing a wave </video>", "Here you go.", ["a cat surfing a wave"], []),
    ("before-after", "Sure! <video>a red fox</video> Enjoy it.", "Sure! Enjoy it.", ["a red fox"], []),
    ("only-tag", "<video>a red fox</video>", "", ["a red fox"], []),
    (
        "multiple-in-order",
        "First <video>a dog</video> then <video>a cat</video> done",
        "First then done",
        ["a dog", "a cat"],
        [],
    ),
    ("adjacent", "<video>a</video>b<video>c</video>", "b", ["a", "c"], []),
    ("upper", "<VIDEO>Sunset over the sea</VIDEO>", "", ["Sunset over the sea"], []),
    ("mixed-case", "<ViDeO>x</vIdEo>", "", ["x"], []),
    ("inner-spaces", "x < video >a b</ Video> y", "x y", ["a b"], []),
    ("tab-and-slash-space", "< VIDEO\t>storm< / video > ok", "ok", ["storm"], []),
    ("newline-inside-tag", "a <video\n>rain</video\n> b", "a b", ["rain"], []),
    ("newline-before-word", "a <\nvideo>rain<\n/\nvideo> b", "a b", ["rain"], []),
    (
        "newlines-in-prompt",
        "Look:\n<video>\n  A cat\n\n on a   mat\t\n</video>\nBye",
        "Look:\n\nBye",
        ["A cat on a mat"],
        [],
    ),
    ("empty", "a <video></video> b", "a b", [], ["empty tag"]),
    ("whitespace-only", "a <video> \n\t </video> b", "a b", [], ["empty tag"]),
    ("empty-then-full", "<video> </video><video>ok</video>", "", ["ok"], ["empty tag"]),
    ("nested", "<video>a <video>b</video> c</video> end", "end", ["a b c"], ["nested opening tag"]),
    ("nested-no-spaces", "<video>a<video>b</video>c</video>", "", ["a b c"], ["nested opening tag"]),
    ("nested-unclosed-outer", "pre <video>a <video>b</video> c", "pre", [], ["nested opening tag", "unclosed tag"]),
    ("stray-closer", "Hi </video> there", "Hi there", [], ["stray closing tag"]),
    ("stray-closer-after-prompt", "<video>x</video></video> y", "y", ["x"], ["stray closing tag"]),
    ("stray-then-prompt", "</video>a <video>b</video>", "a", ["b"], ["stray closing tag"]),
    ("unclosed-at-end", "Here: <video> a cat that", "Here:", [], ["unclosed tag"]),
    ("unclosed-after-good", "<video>one</video> and <video>two", "and", ["one"], ["unclosed tag"]),
    ("unclosed-bare", "text <video>", "text", [], ["unclosed tag"]),
    ("reference-kept", "As in <video1>, the dog runs.", "As in <video1>, the dog runs.", [], []),
    ("reference-closer-kept", "See <video2> … </video2> above", "See <video2> … </video2> above", [], []),
    ("reference-spaced-kept", "Compare < VIDEO 3 >.", "Compare < VIDEO 3 >.", [], []),
    (
        "reference-inside-prompt",
        "Ok <video>like <video2> but faster</video>",
        "Ok",
        ["like <video2> but faster"],
        [],
    ),
    ("not-tags", "I like <videos>, <video-x> and <vide>.", "I like <videos>, <video-x> and <vide>.", [], []),
    ("not-tags-2", "<video_1> <xvideo> <v ideo> <video/>", "<video_1> <xvideo> <v ideo> <video/>", [], []),
    ("html-escaped", "&lt;video&gt;a cat&lt;/video&gt;", "&lt;video&gt;a cat&lt;/video&gt;", [], []),
    ("fullwidth-brackets", "＜video＞a cat＜/video＞", "＜video＞a cat＜/video＞", [], []),
    ("comparison-text", "1 < 2 > 0 and a<b", "1 < 2 > 0 and a<b", [], []),
    ("partial-at-end-is-text", "see <vid", "see <vid", [], []),
    ("double-bracket", "<<video>x</video>>", "<>", ["x"], []),
    ("cleaning", "A  <video>x</video>  B\t\tC", "A B C", ["x"], []),
    ("cleaning-edges", "   <video>x</video>   ", "", ["x"], []),
    ("cleaning-lines", "a  \n  <video>x</video>  b  \n c", "a\nb\nc", ["x"], []),
    ("over-long", f"<video>{LONG_WORDS}</video>", "", [LONG_WORDS[:MAX_PROMPT_CHARS].strip()], []),
    ("empty-output", "", "", [], []),
]


@pytest.mark.parametrize(
    ("output", "text", "prompts", "malformed"),
    [pytest.param(*case[1:], id=case[0]) for case in PARSE_CASES],
)
def test_parse_reply_table(output, text, prompts, malformed):
    reply = parse_reply(output)
    assert isinstance(reply, ParsedReply)
    assert reply.text == text
    assert reply.prompts == prompts
    if malformed is not None:
        assert reply.malformed == malformed


def test_over_long_prompt_is_capped():
    reply = parse_reply("<video>" + "a" * (3 * MAX_PROMPT_CHARS) + "</video>")
    assert reply.prompts == ["a" * MAX_PROMPT_CHARS]
    words = parse_reply(f"<video>{LONG_WORDS}</video>").prompts[0]
    assert len(words) <= MAX_PROMPT_CHARS
    assert words == words.strip()


def test_no_double_spaces_around_removed_tags():
    reply = parse_reply("one <video>a</video> two </video> three <video></video> four <video>b</video>")
    assert reply.text == "one two three four"
    assert reply.prompts == ["a", "b"]
    assert reply.malformed == ["stray closing tag", "empty tag"]


# --------------------------------------------------------------------------------------------------------------
# StreamParser
# --------------------------------------------------------------------------------------------------------------

REPLIES = [
    "Hello there, no video today.",
    "Here you go. <video> a cat surfing a wave </video>",
    "Sure! <video>a red fox</video> Enjoy it.",
    "First <video>a dog</video> then <VIDEO >a cat< /video> done",
    "x < video >a b</ Video> y",
    "a <video\n>rain\nat night</video\n> b",
    "a <video> \n </video> b <video></video> c",
    "<video>a <video>b</video> c</video> end",
    "Hi </video> there <video>x</video></video> y",
    "Here: <video> a cat that is cut off",
    "As in <video1>, and </video2>, <video>p</video> then < video 3 >.",
    "I like <videos>, <video-x> and <vide>. 1 < 2 > 0, a<b, <v ideo>",
    "&lt;video&gt;a cat&lt;/video&gt; <<video>x</video>> <",
    "a <vıdeo>dotless i folds to i</vıdeo> b",
    "< \n / \n video \n >x",
    "",
]


def stream(chunks: list[str], tag: str = DEFAULT_TAG) -> tuple[list[str], ParsedReply]:
    """Feed ``chunks``; check the shown text after every chunk; return the deltas and ``close()``."""
    full = "".join(chunks)
    final_visible = reference_visible(full, tag)
    parser = StreamParser(tag)
    deltas: list[str] = []
    fed = ""
    for chunk in chunks:
        deltas.append(parser.feed(chunk))
        fed += chunk
        shown = "".join(deltas)
        # Safe: nothing shown is part of a tag or a prompt, even once later text arrives ("<vid" + "eo>").
        assert final_visible.startswith(shown), (fed, shown)
        # Live: everything up to a possible partial tag is shown now, not later.
        settled = fed[: len(fed) - len(held_tail(fed, tag))]
        assert shown == reference_visible(settled, tag), (fed, shown)
    return deltas, parser.close()


def check_stream(chunks: list[str], tag: str = DEFAULT_TAG) -> None:
    full = "".join(chunks)
    deltas, closed = stream(chunks, tag)
    expected = parse_reply(full, tag)
    assert closed == expected
    shown = "".join(deltas)
    # All of it was shown, except a possible partial tag at the very end, which close().text still has.
    rest = reference_visible(full, tag)[len(shown) :]
    assert rest in ("", held_tail(full, tag))
    assert norm(shown + rest) == norm(expected.text)


def splits(text: str, points: list[int]) -> list[str]:
    bounds = [0, *sorted(set(points)), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


@pytest.mark.parametrize("full", REPLIES)
def test_stream_every_single_split(full):
    for i in range(len(full) + 1):
        check_stream([full[:i], full[i:]])


@pytest.mark.parametrize("full", REPLIES)
def test_stream_char_by_char(full):
    check_stream(list(full))


@pytest.mark.parametrize("full", REPLIES)
def test_stream_whole(full):
    check_stream([full])


@PROPERTY
@given(data=st.data())
def test_stream_random_chunking(data):
    full = data.draw(st.sampled_from(REPLIES))
    points = data.draw(st.lists(st.integers(0, len(full)), max_size=12))
    check_stream(splits(full, points))


def test_stream_holds_back_partial_tag():
    parser = StreamParser()
    assert parser.feed("Look <vid") == "Look "
    assert parser.feed("eo>a cat</vi") == ""
    assert parser.feed("deo> done <") == " done "
    assert parser.feed("3") == "<3"
    assert parser.feed(" < VIDEO ") == " "
    assert parser.feed("2>") == "< VIDEO 2>"
    assert parser.close() == parse_reply("Look <video>a cat</video> done <3 < VIDEO 2>")


def test_stream_releases_lookalikes():
    parser = StreamParser()
    assert parser.feed("<vid") == ""
    assert parser.feed("s") == "<vids"
    assert parser.feed(" </") == " "
    assert parser.feed("x") == "</x"
    assert parser.feed(" <video") == " "
    assert parser.feed("1") == "<video1"


def test_stream_end_of_reply_keeps_partial_for_close():
    """A reply ending in "<vid" never gets it from feed (it could still be a tag); close() has it."""
    parser = StreamParser()
    assert parser.feed("1 is <") == "1 is "
    assert parser.close().text == "1 is <"


# --------------------------------------------------------------------------------------------------------------
# Properties: arbitrary text, biased toward tag-like fragments
# --------------------------------------------------------------------------------------------------------------

FRAGMENTS = [
    "<video>",
    "</video>",
    "<VIDEO >",
    "< /video>",
    "</ Video >",
    "<video2>",
    "</video1>",
    "< video 3 >",
    "<vid",
    "eo>",
    "<",
    ">",
    "/",
    "video",
    "ı",
    "1",
    " ",
    "\n",
    "\t",
    "‹",
    "›",
]

tagish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=30).map("".join)
any_text = st.one_of(st.text(), tagish)


@PROPERTY
@given(any_text)
def test_neutralized_user_text_never_yields_prompts_or_slots(text):
    safe = neutralize_user_text(text)
    assert parse_reply(safe).prompts == []
    assert not SLOT_RE.search(safe)
    assert neutralize_user_text(safe) == safe
    # Only the brackets of slot-like text change; a reader still sees what was written.
    assert len(safe) == len(text)
    unify = str.maketrans("‹›", "<>")
    assert safe.translate(unify) == text.translate(unify)
    if not SLOT_RE.search(text):
        assert safe == text


@PROPERTY
@given(any_text)
def test_parse_reply_properties(text):
    reply = parse_reply(text)
    assert len(reply.prompts) <= len(TAG_RE.findall(text))
    for prompt in reply.prompts:
        assert not TAG_RE.search(prompt)
        assert prompt and prompt == norm(prompt)
        assert len(prompt) <= MAX_PROMPT_CHARS
    assert reply.text == reply.text.strip()
    assert "  " not in reply.text and "\t" not in reply.text
    assert norm(reply.text) == norm(reference_visible(text))


@PROPERTY
@given(tagish, st.data())
def test_stream_random_text_random_chunking(text, data):
    points = data.draw(st.lists(st.integers(0, len(text)), max_size=10))
    check_stream(splits(text, points))


# --------------------------------------------------------------------------------------------------------------
# neutralize_user_text, table-driven
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<video>", "‹video›"),
        ("</video>", "‹/video›"),
        ("<video3>", "‹video3›"),
        ("</video12>", "‹/video12›"),
        ("< VIDEO >", "‹ VIDEO ›"),
        ("</ Video 7 >", "‹/ Video 7 ›"),
        ("<\nvideo\n>", "‹\nvideo\n›"),
        ("make <video>a cat</video> please", "make ‹video›a cat‹/video› please"),
        ("<<video>>", "<‹video›>"),
        ("<videos> <video-1> <vide> <video_2>", "<videos> <video-1> <vide> <video_2>"),
        ("a < b > c", "a < b > c"),
        ("&lt;video&gt;", "&lt;video&gt;"),
        ("", ""),
    ],
)
def test_neutralize_table(text, expected):
    assert neutralize_user_text(text) == expected
    assert parse_reply(neutralize_user_text(text)).prompts == []


# --------------------------------------------------------------------------------------------------------------
# A custom tag word
# --------------------------------------------------------------------------------------------------------------


def test_custom_tag_parse():
    reply = parse_reply("Sure <clip>a boat</clip> ok <video>not this</video> < CLIP >two</ clip>", tag="clip")
    assert reply.text == "Sure ok <video>not this</video>"
    assert reply.prompts == ["a boat", "two"]
    assert parse_reply("<clip1> stays, <clips> too", tag="clip").text == "<clip1> stays, <clips> too"
    assert parse_reply("a <clip>cut off", tag="clip").malformed == ["unclosed tag"]


def test_custom_tag_neutralize():
    text = "<clip2> and </ CLIP> and <video> and <clip>x</clip>"
    safe = neutralize_user_text(text, tag="clip")
    assert safe == "‹clip2› and ‹/ CLIP› and <video> and ‹clip›x‹/clip›"
    assert parse_reply(safe, tag="clip").prompts == []


@pytest.mark.parametrize("tag", ["clip", "Clip", "v"])
def test_custom_tag_stream(tag):
    full = f"Here <{tag}>a boat</{tag.upper()}> and <{tag}s> then < {tag} >cut"
    assert parse_reply(full, tag=tag).prompts == ["a boat"]
    for i in range(len(full) + 1):
        check_stream([full[:i], full[i:]], tag)
    check_stream(list(full), tag)


@PROPERTY
@given(st.lists(st.sampled_from(["<clip>", "</clip>", "< CLIP 2 >", "<cl", "ip>", "<", "x", " "]), max_size=20))
def test_custom_tag_properties(parts):
    text = "".join(parts)
    safe = neutralize_user_text(text, tag="clip")
    assert parse_reply(safe, tag="clip").prompts == []
    assert not re.search(r"<\s*/?\s*clip\s*\d*\s*>", safe, re.IGNORECASE)
    check_stream(parts, tag="clip")


# --------------------------------------------------------------------------------------------------------------
# Linear time on long whitespace runs (``\s*/?\s*`` used to backtrack quadratically, the partial-tag hold cubically)
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["<" + " " * 30_000 + "1", "</video" + "\n" * 30_000 + "1", " " * 30_000 + "1"],
    ids=["open", "closer", "spaces"],
)
def test_long_whitespace_runs_parse_fast(text):
    start = time.perf_counter()
    neutralize_user_text(text)
    parse_reply(text)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("head", ["<", "</", "</video", "text <"])
def test_long_whitespace_runs_stream_fast(head):
    parser = StreamParser()
    start = time.perf_counter()
    assert parser.feed(head + " " * 1_500) == head[: head.find("<")]
    for chunk in "12345":
        parser.feed(chunk)
    assert time.perf_counter() - start < 0.5
    assert parser.close().text == head + " 12345"
