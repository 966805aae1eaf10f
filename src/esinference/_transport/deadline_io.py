"""One deadline per attempt for the blocking transport: socket reads that stop at it.

A socket timeout bounds each ``recv``, not their sum: a server trickling one byte every
half second keeps every read under any timeout and the answer unfinished for hours.
``DeadlineSocketIO`` (the raw file under http.client's response, head and body) knows when
the attempt must end and lowers the socket's timeout to what is left, at most once per
``SLACK`` seconds, so a fast answer pays no extra system call and a slow one ends no later
than ``SLACK`` after its deadline. The deadline is the socket timeout urllib3 set before
reading the head, which with ``Timeout(total=...)`` is what is left of ``request_timeout``.
"""

from __future__ import annotations

import http.client
import io
import math
import socket
import time
from typing import Any

__all__ = ["SLACK", "DeadlineSocketIO", "deadline_reader", "with_deadline"]

SLACK = 0.05  # seconds a read may end after the deadline; also the least time between resets


class DeadlineSocketIO(socket.SocketIO):
    """A socket's raw reader whose reads fail once the attempt's deadline has passed."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__(sock, "rb")
        self._socket = sock
        timeout = sock.gettimeout()
        self.timeout = math.inf if timeout is None else timeout  # what the socket has now
        self.deadline = time.monotonic() + self.timeout

    def readinto(self, b: Any) -> int | None:
        left = self.deadline - time.monotonic()
        if left < self.timeout - SLACK:  # only when a read could outlast the deadline
            if left <= 0:
                raise TimeoutError("the answer took longer than request_timeout")
            self._socket.settimeout(left)
            self.timeout = left
        return super().readinto(b)

    def without_deadline(self, gap: float) -> None:
        """From now on every read may wait ``gap`` seconds, with no deadline (a stream)."""
        self.deadline = math.inf
        self.timeout = gap
        self._socket.settimeout(gap)


class _Socket:
    """What http.client's response constructor uses of a socket: ``makefile("rb")``."""

    __slots__ = ("_sock",)

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def makefile(self, mode: str) -> io.BufferedReader:  # http.client asks for "rb" only
        sock = self._sock
        raw = DeadlineSocketIO(sock)
        sock._io_refs += 1  # type: ignore[attr-defined]  # as socket.makefile counts its files
        return io.BufferedReader(raw)


def with_deadline(base: type[http.client.HTTPResponse]) -> type[http.client.HTTPResponse]:
    """``base`` reading its socket through ``DeadlineSocketIO``."""

    class DeadlineResponse(base):  # type: ignore[valid-type,misc]
        def __init__(
            self,
            sock: socket.socket,
            debuglevel: int = 0,
            method: str | None = None,
            url: Any = None,
        ) -> None:
            super().__init__(
                _Socket(sock),  # pyright: ignore[reportArgumentType] - only makefile() is used
                debuglevel,
                method,
                url,
            )

    DeadlineResponse.__name__ = DeadlineResponse.__qualname__ = f"Deadline{base.__name__}"
    return DeadlineResponse


def deadline_reader(response: Any) -> DeadlineSocketIO | None:
    """The ``DeadlineSocketIO`` under a urllib3 response, if it still has one."""
    original = getattr(response, "_original_response", None)
    fp = getattr(original, "fp", None)
    raw = getattr(fp, "raw", None)
    return raw if isinstance(raw, DeadlineSocketIO) else None
