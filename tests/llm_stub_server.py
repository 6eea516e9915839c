"""A scripted OpenAI-compatible ``/v1/chat/completions`` server on 127.0.0.1, so builder tests speak real HTTP.

Each request is matched to a script entry by a substring of its user message (e.g. the caption); the entry's
behaviours are used one per request, the last one repeating. Every request is recorded with its headers,
body and timing, so tests can count attempts and check what the client sent.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_FIRST_CAPTION_RE = re.compile(r"<video1?>\s*(.*?)\s*</video1?>", re.DOTALL)


@dataclass(frozen=True)
class Behaviour:
    """One scripted reply: ``content`` None means a good answer about the request's first caption."""

    status: int = 200
    content: str | None = None
    raw_body: str | None = None
    delay: float = 0.0
    headers: Mapping[str, str] = field(default_factory=dict)


def dialogues_for(caption: str) -> dict[str, Any]:
    """A valid three-dialogue answer that names the caption, so tests can tell answers apart."""
    return {
        "dialogues": [
            [
                {"speaker": "A", "text": f"Dialogue {k}: what happens in the video? ({caption})"},
                {"speaker": "B", "text": f"It shows {caption}."},
                {"speaker": "A", "text": "Interesting!"},
                {"speaker": "B", "text": "Indeed."},
            ]
            for k in range(1, 4)
        ]
    }


GOOD = Behaviour()
GARBAGE = Behaviour(content="Sorry, I can't produce JSON today. Here are some thoughts instead.")
SERVER_ERROR = Behaviour(status=500, raw_body='{"error": {"message": "internal"}}')
UNAUTHORIZED = Behaviour(status=401, raw_body='{"error": {"message": "bad key"}}')
BAD_REQUEST = Behaviour(status=400, raw_body='{"error": {"message": "context too long"}}')


def fenced(caption: str) -> Behaviour:
    """A good answer inside a ```json fence with prose around it."""
    body = json.dumps(dialogues_for(caption), indent=2)
    return Behaviour(content=f"Sure! Here are the dialogues:\n```json\n{body}\n```\nLet me know if you need more.")


def rate_limited(retry_after: str = "1") -> Behaviour:
    """HTTP 429 with a Retry-After header."""
    return Behaviour(status=429, raw_body='{"error": "slow down"}', headers={"Retry-After": retry_after})


def slow(seconds: float, then: Behaviour = GOOD) -> Behaviour:
    """``then``, after sleeping (beyond the client's timeout, in the tests that use it)."""
    return Behaviour(then.status, then.content, then.raw_body, seconds, then.headers)


@dataclass
class Seen:
    """One request as the server received it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    key: str | None
    started: float
    finished: float = 0.0

    @property
    def user(self) -> str:
        """The user message's text."""
        return next(m["content"] for m in self.body["messages"] if m["role"] == "user")


class StubLLM:
    """Context manager running the server in a thread; ``base_url`` is ``http://127.0.0.1:PORT/v1``."""

    def __init__(self, script: Mapping[str, Sequence[Behaviour]] | None = None, default: Behaviour = GOOD) -> None:
        self.script = {k: list(v) for k, v in (script or {}).items()}
        self.default = default
        self.seen: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> StubLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # wakes sleeping handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def requests_for(self, key: str) -> list[Seen]:
        """The requests that matched script key ``key``."""
        return [s for s in self.seen if s.key == key]

    def _choose(self, user: str) -> tuple[str | None, Behaviour]:
        with self._lock:
            for key, behaviours in self.script.items():
                if key in user:
                    return key, behaviours.pop(0) if len(behaviours) > 1 else behaviours[0]
        return None, self.default

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                started = time.monotonic()
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path != "/v1/chat/completions":
                    self._send(404, '{"error": "no such endpoint"}', {})
                    return
                body = json.loads(raw)
                user = next((m["content"] for m in body["messages"] if m["role"] == "user"), "")
                key, behaviour = stub._choose(user)
                seen = Seen(self.path, dict(self.headers), body, key, started)
                with stub._lock:
                    stub.seen.append(seen)
                    stub.in_flight += 1
                    stub.max_in_flight = max(stub.max_in_flight, stub.in_flight)
                try:
                    if behaviour.delay:
                        stub._stop.wait(behaviour.delay)
                    payload = behaviour.raw_body
                    if payload is None:
                        content = behaviour.content
                        if content is None:
                            m = _FIRST_CAPTION_RE.search(user)
                            content = json.dumps(dialogues_for(m.group(1) if m else "?"))
                        payload = json.dumps(
                            {
                                "id": "chatcmpl-stub",
                                "object": "chat.completion",
                                "model": body.get("model"),
                                "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
                            }
                        )
                    self._send(behaviour.status, payload, behaviour.headers)
                finally:
                    seen.finished = time.monotonic()
                    with stub._lock:
                        stub.in_flight -= 1

            def _send(self, status: int, payload: str, headers: Mapping[str, str]) -> None:
                data = payload.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): expected
                    self.close_connection = True

        return Handler
