"""Progress of a bulk run: the caller's callback, and a one-line bar on a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

ProgressCallback = Callable[[int, int], None]  # (texts done, texts failed) so far


class ProgressBar:
    """``[#######-------]  52%  5,200/10,000  1,830 texts/s`` redrawn in place, at most 10/s."""

    def __init__(self, stream: TextIO, total: int | None, width: int = 24) -> None:
        self._stream = stream
        self._total = total if total else None
        self._width = width
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._last_len = 0

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        rate = done / max(now - self._started, 1e-9)
        if self._total is not None:
            share = min(1.0, (done + failed) / self._total)
            filled = round(share * self._width)
            head = f"[{'#' * filled}{'-' * (self._width - filled)}] {share:4.0%}  "
            count = f"{done:,}/{self._total:,}"
        else:
            head, count = "", f"{done:,} texts"
        line = f"{head}{count}  {rate:,.0f} texts/s" + (f"  {failed:,} failed" if failed else "")
        self._stream.write("\r" + line.ljust(self._last_len))
        self._stream.flush()
        self._last_len = len(line)

    def close(self, done: int, failed: int) -> None:
        self.update(done, failed, force=True)
        self._stream.write("\n")
        self._stream.flush()


class Progress:
    """Counts, reports to ``on_progress`` and draws the bar (on stderr when it is a terminal)."""

    def __init__(
        self, on_progress: ProgressCallback | None, bar: bool | None, total: int | None
    ) -> None:
        self.done = 0
        self.failed = 0
        self._on_progress = on_progress
        if bar is None:
            bar = sys.stderr.isatty()
        self._bar = ProgressBar(sys.stderr, total) if bar else None

    def add(self, done: int, failed: int) -> None:
        self.done += done
        self.failed += failed
        if self._on_progress is not None:
            self._on_progress(self.done, self.failed)
        if self._bar is not None:
            self._bar.update(self.done, self.failed)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close(self.done, self.failed)
            self._bar = None
