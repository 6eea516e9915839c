"""The safety audit log: one JSON line per verdict, in a rotating file (``logging.handlers``).

Verdicts only by default — which check, the outcome, the category, the score, the action, how long it took —
so the log can be kept without holding what users wrote; ``audit_content: true`` in the policy adds the
checked text.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import time
from pathlib import Path
from typing import Any

from gpt4video.safety.verdict import Verdict


class AuditLog:
    """Append verdicts to ``path`` (rotated at ``max_bytes``, ``backups`` old files kept)."""

    def __init__(self, path: str | Path, max_bytes: int = 10_000_000, backups: int = 5, content: bool = False):
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.content = content
        self._logger = logging.getLogger(f"gpt4video.safety.audit.{self.path}")
        self._logger.propagate = False
        self._logger.setLevel(logging.INFO)
        if not self._logger.handlers:
            handler = logging.handlers.RotatingFileHandler(self.path, maxBytes=max_bytes, backupCount=backups)
            handler.setFormatter(logging.Formatter("%(message)s"))
            self._logger.addHandler(handler)

    def record(self, turn: str, verdict: Verdict, text: str | None = None, **extra: Any) -> None:
        row = {"time": round(time.time(), 3), "turn": turn, **verdict.to_dict(), **extra}
        if self.content and text is not None:
            row["text"] = text
        self._logger.info(json.dumps(row, ensure_ascii=False))

    def close(self) -> None:
        for handler in list(self._logger.handlers):
            handler.close()
            self._logger.removeHandler(handler)
