"""The log of API requests received, as tests read it back (``LocalServer.requests()``)."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

from ..http.errors import JsonObject


@dataclass(frozen=True)
class LoggedRequest:
    """A request as the server received it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: str
    fault: str | None = None
    received_at: float = field(default_factory=time.time)

    def json(self) -> Any:
        """The body parsed as JSON (None when empty)."""
        return json.loads(self.body) if self.body else None

    def to_json(self) -> JsonObject:
        return asdict(self)

    @classmethod
    def from_json(cls, data: JsonObject) -> LoggedRequest:
        return cls(**data)


class RequestLog:
    """API requests received (control requests excluded), oldest first, within a memory bound.

    A long-running server keeps the newest ``max_entries`` requests and at most ``max_bytes``
    of their bodies; older entries are forgotten first.
    """

    def __init__(self, max_entries: int = 10_000, max_bytes: int = 64 * 1024 * 1024) -> None:
        self._lock = threading.Lock()
        self._entries: deque[LoggedRequest] = deque()
        self._bytes = 0
        self.max_entries = max_entries
        self.max_bytes = max_bytes

    def append(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)
            self._bytes += len(entry.body)
            while self._entries and (
                len(self._entries) > self.max_entries or self._bytes > self.max_bytes
            ):
                self._bytes -= len(self._entries.popleft().body)

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
