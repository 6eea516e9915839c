"""The ``<video> prompt </video>`` protocol between the LLM and the text-to-video gallery.

GPT4Video asks for a video by writing its normal reply plus ``<video> a text-to-video prompt </video>``;
no trained parameters sit between the LLM and the generator. This module is the whole grammar:

* :func:`parse_reply` splits the model's output into the text a user reads and the generation prompts;
* :class:`StreamParser` does the same on streamed chunks, never showing a user half a tag;
* :func:`neutralize_user_text` defuses tag-like text in anything a user supplies, so a generation
  request can only ever come from the model's own output, and a user cannot forge a ``<video2>`` slot.

Rules of the grammar (tags are matched case-insensitively, with optional spaces: ``< VIDEO >``):

* every ``<video> … </video>`` with non-blank content is one prompt, in order; blank ones are dropped;
* a tag opened inside an open tag is nested: only the outermost pair counts, inner tags are removed
  and their text joins the outer prompt;
* a stray closing tag is removed; a tag left open at the end of the reply (the model ran out of tokens
  mid-prompt) yields no prompt, since a cut-off prompt would generate something nobody asked for;
* numbered slots (``<video1>``) in the model's output are references to input videos, not requests,
  and stay in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DEFAULT_TAG = "video"
MAX_PROMPT_CHARS = 500


# The patterns below never let two ``\s*`` compete for the same whitespace (``\s*/?\s*`` would): that
# ambiguity made matching "<" followed by a long run of spaces quadratic (cubic for the partial-tag one).


def _tag_re(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<\s*(?:(/)\s*)?{re.escape(tag)}\s*>", re.IGNORECASE)


def _slot_re(tag: str) -> re.Pattern[str]:
    """Anything a user could write that looks like a tag or a numbered video slot."""
    return re.compile(rf"<(\s*(?:/\s*)?{re.escape(tag)}\s*(?:\d+\s*)?)>", re.IGNORECASE)


def _partial_re(tag: str) -> re.Pattern[str]:
    """The end of a text that more text could still complete into a tag: ``<``, ``</ vi``, ``< VIDEO ``.

    Built from the tag's own letters, so it folds case exactly as :func:`_tag_re` does.
    """
    proper = ""  # the tag's proper prefixes, nested: v(?:i(?:d(?:e)?)?)?
    for ch in reversed(tag[:-1]):
        proper = re.escape(ch) + (f"(?:{proper})?" if proper else "")
    return re.compile(rf"<\s*(?:/\s*)?(?:{re.escape(tag)}\s*|{proper})?\Z", re.IGNORECASE)


def _clean(text: str) -> str:
    # Line by line: re.sub(r"[ \t]*\n[ \t]*", …) is quadratic on a long run of spaces without a newline.
    lines = (line.strip(" \t") for line in text.split("\n"))
    return re.sub(r"[ \t]+", " ", "\n".join(lines)).strip()


@dataclass
class ParsedReply:
    """A model reply split into what the user reads and what goes to the generator."""

    text: str
    prompts: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)
    """What was dropped and why (stray closing tag, unclosed tag, empty tag), for logs and tests."""


def parse_reply(output: str, tag: str = DEFAULT_TAG) -> ParsedReply:
    """Split model output into visible text and generation prompts (see the module docstring)."""
    visible: list[str] = []
    prompts: list[str] = []
    malformed: list[str] = []
    depth = 0
    current: list[str] = []
    pos = 0
    for m in _tag_re(tag).finditer(output):
        chunk = output[pos : m.start()]
        (current if depth else visible).append(chunk)
        pos = m.end()
        if not m.group(1):
            if depth:
                malformed.append("nested opening tag")
                current.append(" ")
            depth += 1
        elif depth == 0:
            malformed.append("stray closing tag")
        else:
            depth -= 1
            if depth:
                current.append(" ")
                continue
            prompt = _clean(" ".join("".join(current).split()))[:MAX_PROMPT_CHARS].strip()
            current = []
            if prompt:
                prompts.append(prompt)
            else:
                malformed.append("empty tag")
    if depth:
        malformed.append("unclosed tag")
    else:
        visible.append(output[pos:])
    return ParsedReply(_clean("".join(visible)), prompts, malformed)


class StreamParser:
    """Parse a streamed reply: ``feed`` returns the text that is safe to show now, ``close`` the result.

    Text that might be the start of a tag (``"<vid"``) is held back until the next chunk decides it,
    and nothing inside a tag is ever shown.
    """

    def __init__(self, tag: str = DEFAULT_TAG) -> None:
        self.tag = tag
        self._buffer = ""
        self._shown = 0
        self._partial = _partial_re(tag)

    def _visible_prefix(self, text: str) -> str:
        visible: list[str] = []
        depth = 0
        pos = 0
        for m in _tag_re(self.tag).finditer(text):
            if depth == 0:
                visible.append(text[pos : m.start()])
            pos = m.end()
            depth = depth + 1 if not m.group(1) else max(0, depth - 1)
        if depth == 0:
            visible.append(text[pos:])
        return "".join(visible)

    def feed(self, chunk: str) -> str:
        """Add a chunk; return the newly visible text (possibly empty)."""
        self._buffer += chunk
        # A partial tag holds no "<" after its first, so only the last "<" can start one.
        hold = self._partial.match(self._buffer, max(self._buffer.rfind("<"), 0))
        settled = self._buffer[: hold.start()] if hold else self._buffer
        visible = self._visible_prefix(settled)
        new = visible[self._shown :]
        self._shown = len(visible)
        return new

    def close(self) -> ParsedReply:
        """The whole reply parsed, as :func:`parse_reply` would."""
        return parse_reply(self._buffer, self.tag)


def neutralize_user_text(text: str, tag: str = DEFAULT_TAG) -> str:
    """Defuse tag-like text a user wrote (``<video>``, ``</video>``, ``<video3>``) so it stays plain text.

    The angle brackets become ``‹ ›``: a reader still sees what was written, but neither the protocol
    parser nor the chat template's video slots can match it.
    """
    return _slot_re(tag).sub(lambda m: f"‹{m.group(1)}›", text)
