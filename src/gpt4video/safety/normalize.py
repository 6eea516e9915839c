"""Undo what filter-dodgers do to text before the text guard reads it, and cut long texts into pieces.

* Unicode compatibility forms fold to plain letters (NFKC: fullwidth ``ｂｏｍｂ`` → ``bomb``), zero-width
  characters go;
* ``<video>`` / ``</video1>`` markers go (a dictated tag is read for what it asks to show);
* spaced-out letters join (``b o m b``, ``b.o.m.b``, ``b-o-m-b`` → ``bomb``);
* in a word with letters, digits and symbols turn back into letters (``b0mb``, ``5h007``, ``a$$ault``);
  numbers alone (``2024``, ``3 cats``) stay. Codes (``mp4`` → ``mpa``) get garbled by that, so the guard also
  reads the text as written (:func:`readings`) and takes the highest score.

Other scripts are kept as they are: the guard checks them too (all-MiniLM-L6-v2 reads them poorly — see
docs/safety.md), it never skips them.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TAG = re.compile(r"</?\s*video\d*\s*>", re.IGNORECASE)
_SPACED = re.compile(r"(?<![\w])(?:[^\W_](?:[ .\-_*]|  )){2,}[^\W_](?![\w])")
_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", "$": "s", "7": "t"})
_WORD = re.compile(r"[\w@$!]+")
_ARTICLE_START = re.compile(r"(?<![\w])([aAI])[ .\-_*]")
CHUNK_WORDS = 60
"""Words per piece of a long text (all-MiniLM-L6-v2 reads 128 tokens at most); pieces overlap by a quarter."""


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    core = word.rstrip("!")
    if not (any(c.isalpha() for c in core) and any(c in "0134579@$!" for c in core)):
        return word
    return core.translate(_LEET) + word[len(core) :]


def _join_spaced(match: re.Match[str], keep_article: bool) -> str:
    run = match.group(0)
    head = _ARTICLE_START.match(run) if keep_article and len(run) >= 7 else None
    if head:  # "a b o m b": the article stays a word of its own
        return head.group(1) + " " + re.sub(r"[ .\-_*]", "", run[head.end() :])
    return re.sub(r"[ .\-_*]", "", run)


def normalize(text: str, keep_article: bool = False) -> str:
    """The text as the guard reads it (see the module docstring). Spaced letters that start with "a" or "I"
    are ambiguous ("a b o m b" is "a bomb", "a t t a c k" is "attack"): ``keep_article`` reads the first way."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _TAG.sub(" ", text)
    text = _SPACED.sub(lambda m: _join_spaced(m, keep_article), text)
    text = _WORD.sub(_unleet, text)
    return " ".join(text.split())


def readings(text: str) -> list[str]:
    """Every way the guard reads ``text``: normalised, the article reading of spaced letters, and as written
    (only Unicode folding and tag markers undone); duplicates dropped."""
    plain = " ".join(_TAG.sub(" ", unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)).split())
    return list(dict.fromkeys((normalize(text), normalize(text, keep_article=True), plain)))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def chunks(text: str, words: int = CHUNK_WORDS) -> list[str]:
    """Overlapping pieces of ``words`` words covering all of ``text`` (one piece when it is short), and, for a
    long text, each of its sentences too: one harmful sentence must not drown in the words around it."""
    tokens = text.split()
    if len(tokens) <= words:
        return [text]
    step = max(1, words * 3 // 4)
    windows = [" ".join(tokens[i : i + words]) for i in range(0, len(tokens) - words + step, step)]
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    return list(dict.fromkeys(windows + [" ".join(s.split()[:words]) for s in sentences]))
