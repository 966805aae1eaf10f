"""Open connections and their deadlines: a slow or idle client never holds a thread for long.

Each connection's thread registers a deadline before it waits on the client (the idle timeout
for the next request, the read timeout for a request's head and body). One reaper thread shuts
the reading side of overdue connections, so the blocked read returns and the thread answers
408 (or closes an idle keep-alive connection) and ends. When every slot is taken, the oldest
idle keep-alive connection is closed to make room; if none is idle the newcomer gets 503.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

_REAP_INTERVAL = 0.05


@dataclass
class _Watch:
    deadline: float | None = None
    idle: bool = False  # waiting for the next request on a kept-alive connection
    timed_out: bool = False


class Connections:
    """The server's open connections (thread-safe), with a reaper for overdue ones."""

    def __init__(self, max_connections: int) -> None:
        self.max_connections = max_connections
        self._lock = threading.Lock()
        self._open: dict[socket.socket, _Watch] = {}
        self._stop = threading.Event()
        self._reaper: threading.Thread | None = None

    def start(self) -> None:
        self._reaper = threading.Thread(target=self._reap, name="esinference-reaper", daemon=True)
        self._reaper.start()

    def stop(self) -> None:
        self._stop.set()
        if self._reaper is not None:
            self._reaper.join()

    def admit(self, sock: socket.socket) -> bool:
        """Register a new connection; False when the server is full even after evicting."""
        with self._lock:
            if len(self._open) >= self.max_connections and not self._evict_idle():
                return False
            self._open[sock] = _Watch(idle=True)  # waiting for its first request
            return True

    def _evict_idle(self) -> bool:
        for sock, watch in self._open.items():
            if watch.idle and not watch.timed_out:
                watch.timed_out = True
                _shut(sock, socket.SHUT_RD)
                return True
        return False

    def release(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.pop(sock, None)

    def watch(self, sock: socket.socket, seconds: float | None, *, idle: bool = False) -> None:
        """Give ``sock`` until ``seconds`` from now (None: no deadline) to deliver what is read."""
        with self._lock:
            watch = self._open.get(sock)
            if watch is not None:
                watch.deadline = None if seconds is None else time.monotonic() + seconds
                watch.idle = idle

    def timed_out(self, sock: socket.socket) -> bool:
        with self._lock:
            watch = self._open.get(sock)
            return watch is not None and watch.timed_out

    def count(self) -> int:
        with self._lock:
            return len(self._open)

    def close_all(self) -> None:
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            _shut(sock, socket.SHUT_RDWR)

    def _reap(self) -> None:
        while not self._stop.wait(_REAP_INTERVAL):
            now = time.monotonic()
            with self._lock:
                for sock, watch in self._open.items():
                    if watch.deadline is not None and watch.deadline < now and not watch.timed_out:
                        watch.timed_out = True
                        _shut(sock, socket.SHUT_RD)


def _shut(sock: socket.socket, how: int) -> None:
    try:
        sock.shutdown(how)
    except OSError:
        pass
