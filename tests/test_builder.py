"""The LLM instruction-data builder, against a real HTTP server on 127.0.0.1 with scripted misbehaviour."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from pathlib import Path

import numpy as np
import pytest
from llm_stub_server import (
    BAD_REQUEST,
    GARBAGE,
    GOOD,
    SERVER_ERROR,
    UNAUTHORIZED,
    StubLLM,
    fenced,
    rate_limited,
    slow,
)

from gpt4video.data.builder import (
    PAPER_PROMPT,
    BuilderInputError,
    ChatClient,
    EndpointError,
    InvalidAnswer,
    abuild_dialogues,
    build_dialogues,
    chat_completions_url,
    failed_path_for,
    parse_dialogues,
    parse_retry_after,
    read_captions,
    to_training_messages,
)

FAST = {"base_delay": 0.01, "max_delay": 2.0, "progress": False}


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def captions_jsonl(path: Path, pairs: list[tuple[str, str]]) -> Path:
    return write(path, "".join(json.dumps({"id": i, "caption": c}) + "\n" for i, c in pairs))


def lines(path: Path) -> list[dict]:
    raw = path.read_text(encoding="utf-8")
    assert raw == "" or raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeEmbedder:
    """Controlled vectors per caption, so the nearest neighbour is known."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        v = np.array([self.vectors[t] for t in texts], dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


# ---------------------------------------------------------------------------------------------- input


def test_read_csv_with_extra_columns_bom_and_multiline_caption(tmp_path):
    path = write(
        tmp_path / "caps.csv",
        '\ufeffclip_len,ID, Caption ,source\n3.0,v1,"A dog   runs\nacross a field",x\n\n2.5,7,a cat sleeps,y\n',
    )
    records = read_captions(path)
    assert [(r.id, r.caption, r.line) for r in records] == [
        ("v1", "A dog runs across a field", 2),
        ("7", "a cat sleeps", 5),
    ]


def test_read_jsonl_accepts_integer_ids_blank_lines_crlf_and_unicode_separators(tmp_path):
    content = (
        '{"id": 1, "caption": "a\u2028dog"}\r\n\n{"id": "b", "caption": " b  c ", "x": 1}\n{"id": "c", "caption": "d"}'
    )
    records = read_captions(write(tmp_path / "caps.jsonl", content))
    assert [(r.id, r.caption, r.line) for r in records] == [("1", "a dog", 1), ("b", "b c", 3), ("c", "d", 4)]


@pytest.mark.parametrize(
    ("name", "content", "line", "fragment"),
    [
        ("missing_column.csv", "id,text\nv1,a dog\n", 1, "caption"),
        ("empty_caption.csv", "id,caption\nv1,a dog\nv2,   \n", 3, "empty caption"),
        ("empty_id.csv", "id,caption\nv1,a dog\n ,a cat\n", 3, "empty id"),
        ("short_row.csv", "id,caption\nv1,a dog\nv2\n", 3, "missing caption"),
        ("not_utf8.csv", b"id,caption\nv1,a dog\nv2,caf\xe9 au lait\n", 3, "not UTF-8"),
        ("duplicate.csv", "id,caption\nv1,a dog\nv2,a cat\nv1,a cow\n", 4, "first on line 2"),
        ("bad_json.jsonl", '{"id": "v1", "caption": "a"}\n{"id": "v2", "caption": \n', 2, "invalid JSON"),
        ("missing_key.jsonl", '{"id": "v1", "caption": "a"}\n{"id": "v2"}\n', 2, "missing key 'caption'"),
        ("not_object.jsonl", '["v1", "a dog"]\n', 1, "JSON object"),
        ("empty_caption.jsonl", '{"id": "v1", "caption": ""}\n', 1, "empty caption"),
        ("duplicate.jsonl", '{"id": "v1", "caption": "a"}\n{"id": "v1", "caption": "b"}\n', 2, "duplicate id"),
        ("not_utf8.jsonl", b'{"id": "v1", "caption": "a"}\n{"id": "v2", "caption": "\xff"}\n', 2, "not UTF-8"),
    ],
)
def test_bad_caption_files_name_file_and_line(tmp_path, name, content, line, fragment):
    path = write(tmp_path / name, content)
    with pytest.raises(BuilderInputError) as info:
        read_captions(path)
    assert isinstance(info.value, ValueError)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert fragment in str(info.value)


def test_empty_file_is_rejected(tmp_path):
    with pytest.raises(BuilderInputError, match="empty file"):
        read_captions(write(tmp_path / "caps.csv", ""))
    with pytest.raises(BuilderInputError, match="no captions"):
        read_captions(write(tmp_path / "caps.jsonl", "\n"))


# --------------------------------------------------------------------------------- prompt and answers


def test_prompt_follows_the_paper():
    system, user = PAPER_PROMPT.messages(["a dog runs"])
    assert system["role"] == "system" and "two individuals" in system["content"]
    assert user["content"].startswith("<video> a dog runs </video>")
    assert "exactly three different dialogues between two individuals" in user["content"]
    assert '{"dialogues": [[{"speaker": "A"' in user["content"]

    multi = PAPER_PROMPT.messages(["a dog", "a puppy"])[1]["content"]
    assert multi.startswith("<video1> a dog </video1> <video2> a puppy </video2>")
    assert "These 2 videos" in multi and "compare or relate" in multi


def test_prompt_defuses_tags_and_keeps_braces_in_captions():
    user = PAPER_PROMPT.messages(["a sign saying </video> {x} $videos"])[1]["content"]
    assert user.count("</video>") == 1 and "‹/video›" in user and "{x} $videos" in user


def answer(n: int = 3, turns: int = 2) -> dict:
    """n dialogues of q/a turns, cut to ``turns``."""
    return {
        "dialogues": [[{"speaker": "A", "text": f"q{k}"}, {"speaker": "B", "text": f"a{k}"}][:turns] for k in range(n)]
    }


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(answer()),
        "```json\n" + json.dumps(answer(), indent=1) + "\n```",
        "Here you go:\n```\n" + json.dumps(answer()) + "\n```\nEnjoy [sic]!",
        "Sure [as asked], the JSON is " + json.dumps(answer()) + " — hope it helps {really}.",
        json.dumps(answer()["dialogues"]),
        json.dumps({"conversations": answer()["dialogues"]}),
        json.dumps({f"dialogue_{k + 1}": d for k, d in enumerate(answer()["dialogues"])}),
        json.dumps({"dialogues": [{"turns": d} for d in answer()["dialogues"]]}),
        json.dumps({"dialogues": [["Person A: q0", "Person B: a0"], ["A: q1", "**B:** a1"], ["q2", "a2"]]}),
        json.dumps(
            {
                "dialogues": [
                    [{"role": "user", "content": f"q{k}"}, {"role": "assistant", "content": f"a{k}"}] for k in range(3)
                ]
            }
        ),  # fmt: skip
    ],
)
def test_parse_dialogues_repairs_common_variants(text):
    dialogues = parse_dialogues(text)
    assert dialogues == [[{"speaker": "A", "text": f"q{k}"}, {"speaker": "B", "text": f"a{k}"}] for k in range(3)]


def test_parse_dialogues_merges_one_speakers_split_turn_and_normalises_labels():
    d = [
        [
            {"speaker": "Person B", "text": "hi"},
            {"speaker": "Person B", "text": "there"},
            {"speaker": "Alice", "text": "yo"},
        ]
    ]
    out = parse_dialogues(json.dumps({"dialogues": d * 3}))
    assert out[0] == [{"speaker": "A", "text": "hi there"}, {"speaker": "B", "text": "yo"}]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("I cannot help with that.", "no JSON"),
        (json.dumps(answer(n=2)), "expected 3 dialogues, got 2"),
        (json.dumps(answer(n=4)), "expected 3 dialogues, got 4"),
        (json.dumps(answer(turns=1)), "needs 2"),
        (json.dumps({"dialogues": [[{"speaker": "A", "text": "q"}, {"speaker": "B", "text": "  "}]] * 3}), "empty"),
        (json.dumps({"dialogues": [[{"speaker": s, "text": "t"} for s in "ABC"]] * 3}), "more than two"),
        (json.dumps({"dialogues": [[{"speaker": "A", "text": "q"}, {"speaker": "A", "text": "q"}]] * 3}), "needs 2"),
        (json.dumps({"dialogues": [[1, 2]] * 3}), "turn must be"),
    ],
)
def test_parse_dialogues_rejects_what_cannot_be_repaired(text, why):
    with pytest.raises(InvalidAnswer, match=why):
        parse_dialogues(text)


def test_training_messages_roles_videos_and_trailing_user_turn():
    dialogues = [[{"speaker": "A", "text": "q"}, {"speaker": "B", "text": "a"}, {"speaker": "A", "text": "bye"}]]
    (messages,) = to_training_messages(["v1", "v2"], dialogues)
    assert messages == [
        {"role": "user", "content": [{"type": "video", "id": "v1"}, {"type": "video", "id": "v2"},
                                     {"type": "text", "text": "q"}]},
        {"role": "assistant", "content": "a"},
    ]  # fmt: skip


def test_retry_after_parsing_and_capped_backoff():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Thu, 01 Jan 1970 00:01:40 GMT", now=90.0) == pytest.approx(10.0)
    client = ChatClient("http://127.0.0.1:1/v1", "m", base_delay=1.0, max_delay=5.0)
    assert all(0.5 * 2 ** (a - 1) <= client.backoff(a) <= 2 ** (a - 1) for a in (1, 2, 3))
    assert client.backoff(30) == 5.0 and client.backoff(1, retry_after=3600) == 5.0
    assert client.backoff(1, retry_after=3.0) == 3.0
    asyncio.run(client.aclose())
    assert chat_completions_url("https://api.openai.com/v1/") == "https://api.openai.com/v1/chat/completions"
    assert chat_completions_url("http://h/v1/chat/completions") == "http://h/v1/chat/completions"


# ------------------------------------------------------------------------------ against a real server


def test_scripted_misbehaviour_is_retried_bounded_and_recorded(tmp_path, monkeypatch):
    monkeypatch.setenv("STUB_LLM_KEY", "sk-test-123")
    pairs = [
        ("good", "a dog runs across a field"),
        ("fenced", "a cat sleeps on a sofa"),
        ("garbage-then-good", "a chef slices onions"),
        ("429-then-good", "a car drives in the rain"),
        ("500-then-good", "children play football"),
        ("slow-then-good", "a bird sings on a branch"),
        ("always-garbage", "waves crash on rocks"),
    ]
    script = {
        "a cat sleeps": [fenced("a cat sleeps on a sofa")],
        "a chef slices": [GARBAGE, GOOD],
        "a car drives": [rate_limited("1"), GOOD],
        "children play": [SERVER_ERROR, GOOD],
        "a bird sings": [slow(3.0), GOOD],
        "waves crash": [GARBAGE],
    }
    inp = captions_jsonl(tmp_path / "caps.jsonl", pairs)
    out = tmp_path / "out" / "dialogues.jsonl"
    with StubLLM(script) as stub:
        summary = build_dialogues(
            inp, out, base_url=stub.base_url, model="gpt-4-stub", api_key_env="STUB_LLM_KEY",
            concurrency=4, max_attempts=3, timeout=1.0, **FAST,
        )  # fmt: skip

    assert (summary.total, summary.done, summary.failed, summary.reused) == (7, 6, 1, 0)
    assert summary.requests == len(stub.seen) == 1 + 1 + 2 + 2 + 2 + 2 + 3
    assert summary.retries == summary.requests - 7
    assert len(stub.requests_for("waves crash")) == 3  # bounded by max_attempts
    assert set(summary.failures) == {"always-garbage"}

    for seen in stub.seen:
        assert seen.path == "/v1/chat/completions"
        assert seen.headers["Authorization"] == "Bearer sk-test-123"
        assert seen.body["model"] == "gpt-4-stub"
        assert "exactly three different dialogues between two individuals" in seen.user
    captions = dict(pairs)
    for vid, caption in pairs:
        assert any(s.user.startswith(f"<video> {caption} </video>") for s in stub.seen), vid

    first, second = stub.requests_for("a car drives")
    assert second.started - first.finished >= 0.9  # Retry-After: 1 honoured
    first, second = stub.requests_for("a bird sings")
    assert second.started - first.started >= 0.45  # the first was abandoned at the client's timeout

    records = {r["id"]: r for r in lines(out)}
    assert set(records) == set(captions) - {"always-garbage"}
    for vid, r in records.items():
        assert set(r) == {"id", "videos", "captions", "model", "dialogues", "messages", "reused_from"}
        assert r["videos"] == [vid] and r["captions"] == [captions[vid]] and r["model"] == "gpt-4-stub"
        assert len(r["dialogues"]) == len(r["messages"]) == 3
        assert r["dialogues"][0][1] == {"speaker": "B", "text": f"It shows {captions[vid]}."}
        for conversation in r["messages"]:
            assert [m["role"] for m in conversation] == ["user", "assistant"] * 2
            assert conversation[0]["content"][0] == {"type": "video", "id": vid}
    (failed,) = lines(failed_path_for(out))
    assert failed["id"] == "always-garbage" and failed["attempts"] == 3
    assert failed["error"].startswith("invalid answer") and failed["captions"] == ["waves crash on rocks"]
    assert failed_path_for(out) == tmp_path / "out" / "dialogues.failed.jsonl"


def test_server_down_fails_every_id_in_bounded_time(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [(f"v{i}", f"caption {i}") for i in range(5)])
    out = tmp_path / "out.jsonl"
    start = time.monotonic()
    summary = build_dialogues(
        inp, out, base_url=f"http://127.0.0.1:{closed_port()}/v1", model="m", max_attempts=3, timeout=2.0, **FAST
    )
    assert time.monotonic() - start < 5
    assert (summary.done, summary.failed, summary.requests, summary.retries) == (0, 5, 15, 10)
    assert all("ConnectError" in e for e in summary.failures.values())
    assert lines(out) == [] and len(lines(failed_path_for(out))) == 5


def test_no_key_sends_no_authorization_header(tmp_path, monkeypatch):
    monkeypatch.delenv("STUB_LLM_KEY", raising=False)
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("v1", "a dog")])
    with StubLLM() as stub:
        build_dialogues(
            inp, tmp_path / "o.jsonl", base_url=stub.base_url, model="m", api_key_env="STUB_LLM_KEY", **FAST
        )
    assert "Authorization" not in stub.seen[0].headers


def test_refused_credentials_stop_the_run(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [(f"v{i}", f"caption {i}") for i in range(6)])
    out = tmp_path / "out.jsonl"
    with StubLLM(default=UNAUTHORIZED) as stub, pytest.raises(EndpointError, match="HTTP 401"):
        build_dialogues(inp, out, base_url=stub.base_url, model="m", concurrency=1, **FAST)
    assert len(stub.seen) == 1 and lines(out) == []


def test_other_client_errors_fail_the_id_without_retrying(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("long", "a very long caption"), ("ok", "a dog")])
    with StubLLM({"very long": [BAD_REQUEST]}) as stub:
        summary = build_dialogues(inp, tmp_path / "o.jsonl", base_url=stub.base_url, model="m", **FAST)
    assert (summary.done, summary.failed, summary.requests) == (1, 1, 2)
    assert "HTTP 400" in summary.failures["long"]


def test_concurrency_is_bounded(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [(f"v{i}", f"caption {i}") for i in range(9)])
    with StubLLM(default=slow(0.15)) as stub:
        summary = build_dialogues(inp, tmp_path / "o.jsonl", base_url=stub.base_url, model="m", concurrency=3, **FAST)
    assert summary.done == 9 and stub.max_in_flight == 3


def test_identical_captions_share_one_request_within_and_across_runs(tmp_path):
    inp = captions_jsonl(
        tmp_path / "caps.jsonl", [("a", "a dog  runs"), ("b", "a cat"), ("c", " a dog runs"), ("d", "a dog runs\n")]
    )
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        first = build_dialogues(inp, out, base_url=stub.base_url, model="m", limit=1, **FAST)
        second = build_dialogues(inp, out, base_url=stub.base_url, model="m", **FAST)
    assert (first.done, first.requests) == (1, 1)
    assert (second.done, second.reused, second.skipped_resumed, second.requests) == (3, 2, 1, 1)
    records = {r["id"]: r for r in lines(out)}
    assert [records[v]["reused_from"] for v in "abcd"] == [None, None, "a", "a"]
    assert records["c"]["dialogues"] == records["a"]["dialogues"]
    assert records["c"]["messages"][0][0]["content"][0] == {"type": "video", "id": "c"}


def test_duplicates_in_one_run_reuse_the_first_answer(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("a", "x y"), ("b", "x  y"), ("c", "z")])
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        summary = build_dialogues(inp, out, base_url=stub.base_url, model="m", **FAST)
    assert (summary.done, summary.reused, summary.requests) == (3, 1, 2)
    assert {r["id"]: r["reused_from"] for r in lines(out)} == {"a": None, "b": "a", "c": None}


def test_resume_after_limit_repairs_a_torn_line_and_skips_finished_ids(tmp_path):
    pairs = [(f"v{i}", f"caption number {i}") for i in range(1, 6)]
    inp = captions_jsonl(tmp_path / "caps.jsonl", pairs)
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        first = build_dialogues(inp, out, base_url=stub.base_url, model="m", limit=2, **FAST)
        assert first.done == 2 and sorted(r["id"] for r in lines(out)) == ["v1", "v2"]
        with open(out, "ab") as f:  # a crash in the middle of writing v3
            f.write(b'{"id": "v3", "videos": ["v3"], "capt')
        before = len(stub.seen)
        second = build_dialogues(inp, out, base_url=stub.base_url, model="m", progress=True, base_delay=0.01)
    assert (second.done, second.skipped_resumed, second.failed) == (3, 2, 0)
    asked = [s.user.split(" </video>")[0] for s in stub.seen[before:]]
    assert sorted(asked) == ["<video> caption number 3", "<video> caption number 4", "<video> caption number 5"]
    assert sorted(r["id"] for r in lines(out)) == ["v1", "v2", "v3", "v4", "v5"]  # each once, all valid JSON


def test_resume_after_cancelling_mid_run(tmp_path):
    pairs = [(f"v{i}", f"caption {i}") for i in range(1, 7)]
    inp = captions_jsonl(tmp_path / "caps.jsonl", pairs)
    out = tmp_path / "out.jsonl"
    hang = slow(30)
    with StubLLM({f"caption {i}": [hang] for i in range(3, 7)}) as stub:

        async def interrupted() -> None:
            await asyncio.wait_for(
                abuild_dialogues(inp, out, base_url=stub.base_url, model="m", concurrency=6, timeout=60, **FAST), 1.0
            )

        with pytest.raises(TimeoutError):
            asyncio.run(interrupted())
        assert sorted(r["id"] for r in lines(out)) == ["v1", "v2"]
        stub.script.clear()
        before = len(stub.seen)
        summary = build_dialogues(inp, out, base_url=stub.base_url, model="m", **FAST)
    assert (summary.done, summary.skipped_resumed) == (4, 2)
    assert not any("caption 1 " in s.user or "caption 2 " in s.user for s in stub.seen[before:])
    assert sorted(r["id"] for r in lines(out)) == [f"v{i}" for i in range(1, 7)]


def test_corrupt_line_in_the_middle_of_the_output_is_an_error(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("v1", "a dog")])
    out = write(tmp_path / "out.jsonl", '{"id": "v0"}\nnot json\n{"id": "v2"}\n')
    with pytest.raises(BuilderInputError, match=r"out\.jsonl:2: "):
        build_dialogues(inp, out, base_url="http://127.0.0.1:1/v1", model="m", **FAST)
    assert out.read_text() == '{"id": "v0"}\nnot json\n{"id": "v2"}\n'


def test_failed_ids_are_retried_on_the_next_run_unless_asked_not_to(tmp_path):
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("v1", "waves crash"), ("v2", "a dog")])
    out = tmp_path / "out.jsonl"
    with StubLLM({"waves": [GARBAGE]}) as stub:
        first = build_dialogues(inp, out, base_url=stub.base_url, model="m", max_attempts=2, **FAST)
        kept = build_dialogues(inp, out, base_url=stub.base_url, model="m", retry_failed=False, **FAST)
        stub.script.clear()
        again = build_dialogues(inp, out, base_url=stub.base_url, model="m", **FAST)
    assert (first.done, first.failed, first.requests) == (1, 1, 3)
    assert (kept.skipped_failed, kept.skipped_resumed, kept.requests) == (1, 1, 0)
    assert (again.done, again.failed, again.requests) == (1, 0, 1)
    assert sorted(r["id"] for r in lines(out)) == ["v1", "v2"]


def test_multi_video_dialogues_pair_the_most_similar_caption(tmp_path):
    vectors = {
        "a dog runs on grass": [1.0, 0.0, 0.1],
        "a cat sleeps on a sofa": [0.0, 1.0, 0.0],
        "a puppy chases a ball": [0.9, 0.1, 0.0],
        "a kitten naps in the sun": [0.1, 0.95, 0.2],
    }
    ids = {"a dog runs on grass": "dog", "a cat sleeps on a sofa": "cat", "a puppy chases a ball": "puppy",
           "a kitten naps in the sun": "kitten"}  # fmt: skip
    inp = captions_jsonl(tmp_path / "caps.jsonl", [(ids[c], c) for c in vectors])
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        summary = build_dialogues(
            inp, out, base_url=stub.base_url, model="m", multi_video=True, embedder=FakeEmbedder(vectors), **FAST
        )
    assert summary.done == 4
    users = [s.user for s in stub.seen]
    assert any(
        u.startswith("<video1> a dog runs on grass </video1> <video2> a puppy chases a ball </video2>") for u in users
    )
    assert any(
        u.startswith("<video1> a cat sleeps on a sofa </video1> <video2> a kitten naps in the sun </video2>")
        for u in users
    )
    assert all("compare or relate" in u and "three different dialogues" in u for u in users)
    records = {r["id"]: r for r in lines(out)}
    assert {k: r["videos"] for k, r in records.items()} == {
        "dog": ["dog", "puppy"], "cat": ["cat", "kitten"], "puppy": ["puppy", "dog"], "kitten": ["kitten", "cat"]
    }  # fmt: skip
    assert records["dog"]["captions"] == ["a dog runs on grass", "a puppy chases a ball"]
    assert records["dog"]["messages"][0][0]["content"][:2] == [
        {"type": "video", "id": "dog"},
        {"type": "video", "id": "puppy"},
    ]

    out3 = tmp_path / "three.jsonl"
    with StubLLM() as stub:
        build_dialogues(
            inp, out3, base_url=stub.base_url, model="m", multi_video=True, companions=2,
            embedder=FakeEmbedder(vectors), limit=1, **FAST,
        )  # fmt: skip
    (record,) = lines(out3)
    assert record["videos"] == ["dog", "puppy", "kitten"]
    assert "<video3> a kitten naps in the sun </video3>" in stub.seen[0].user


def test_multi_video_never_pairs_a_video_with_an_identical_caption(tmp_path):
    vectors = {"a dog": [1.0, 0.0], "a cat": [0.0, 1.0]}
    inp = captions_jsonl(tmp_path / "caps.jsonl", [("d1", "a dog"), ("d2", "a dog"), ("c", "a cat")])
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        summary = build_dialogues(
            inp, out, base_url=stub.base_url, model="m", multi_video=True, embedder=FakeEmbedder(vectors), **FAST
        )
    assert (summary.done, summary.requests) == (3, 2)
    assert {r["id"]: r["videos"] for r in lines(out)} == {"d1": ["d1", "c"], "d2": ["d2", "c"], "c": ["c", "d1"]}


@pytest.mark.slow
def test_multi_video_with_the_real_embedder(tmp_path):
    pairs = [
        ("dog", "a dog runs across a grassy field"),
        ("chef", "a chef slices onions in a kitchen"),
        ("puppy", "a puppy chases a ball on the lawn"),
        ("cook", "a man cooks pasta on a stove"),
    ]
    inp = captions_jsonl(tmp_path / "caps.jsonl", pairs)
    out = tmp_path / "out.jsonl"
    with StubLLM() as stub:
        build_dialogues(inp, out, base_url=stub.base_url, model="m", multi_video=True, **FAST)
    assert {r["id"]: r["videos"][1] for r in lines(out)} == {
        "dog": "puppy",
        "puppy": "dog",
        "chef": "cook",
        "cook": "chef",
    }
    assert len(stub.seen) == 4
