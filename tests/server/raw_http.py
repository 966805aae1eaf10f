"""Raw-socket helpers for the robustness tests: send any bytes, parse whatever comes back."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from esinference.server import LocalServer

_STATUS_LINE = re.compile(rb"^HTTP/1\.[01] (\d{3}) [^\r\n]*$")


class Malformed(Exception):
    """The server sent bytes that are not a sequence of complete HTTP responses."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Exchange:
    """What came back for one connection: complete responses, then how it ended."""

    answers: list[Answer] = field(default_factory=list)
    closed: bool = False  # the server closed the connection (EOF or reset)


def exchange(
    port: int, pieces: list[bytes], *, pause: float = 0.0, timeout: float = 10.0
) -> Exchange:
    """Send ``pieces`` (``pause`` seconds apart), half-close, and read until the server closes."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        for index, piece in enumerate(pieces):
            if index and pause:
                time.sleep(pause)
            try:
                sock.sendall(piece)
            except OSError:
                break  # the server already answered and closed: read what it said
        try:
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        return parse(_read_all(sock))
    finally:
        sock.close()


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def parse(data: bytes) -> Exchange:
    """Split ``data`` into complete responses; Malformed if anything is left over or broken."""
    result = Exchange(closed=True)
    rest = data
    while rest:
        head, sep, rest = rest.partition(b"\r\n\r\n")
        if not sep:
            raise Malformed(f"incomplete head: {head[:200]!r}")
        lines = head.split(b"\r\n")
        match = _STATUS_LINE.match(lines[0])
        if match is None:
            raise Malformed(f"bad status line: {lines[0][:200]!r}")
        headers = {}
        for line in lines[1:]:
            name, colon, value = line.partition(b":")
            if not colon:
                raise Malformed(f"bad header line: {line[:200]!r}")
            headers[name.decode().lower()] = value.strip().decode("latin-1")
        status = int(match.group(1))
        if status == 100:
            continue
        body, rest = _body(headers, rest)
        result.answers.append(Answer(status, headers, body))
    return result


def _body(headers: dict[str, str], rest: bytes) -> tuple[bytes, bytes]:
    if headers.get("transfer-encoding") == "chunked":
        parts = []
        while True:
            size_line, sep, rest = rest.partition(b"\r\n")
            if not sep:
                raise Malformed("incomplete chunk size")
            size = int(size_line, 16)
            if size == 0:
                if not rest.startswith(b"\r\n"):
                    raise Malformed("missing final CRLF")
                return b"".join(parts), rest[2:]
            if len(rest) < size + 2:
                raise Malformed("truncated chunk")
            parts.append(rest[:size])
            rest = rest[size + 2 :]
    if "content-length" not in headers:
        raise Malformed("response without Content-Length or chunking")
    length = int(headers["content-length"])
    if len(rest) < length:
        raise Malformed(f"truncated body: {len(rest)} of {length} bytes")
    return rest[:length], rest[length:]


def connection_threads(server: LocalServer) -> int:
    """Connection threads of ``server`` still alive, once they had time to end (polled)."""
    assert server._server is not None
    name = server._server.thread_name
    alive = 0
    for _ in range(200):
        alive = sum(1 for t in threading.enumerate() if t.name == name)
        if alive == 0:
            break
        time.sleep(0.05)
    return alive


@dataclass
class Figures:
    """What the fuzz run saw, printed in the session's terminal summary."""

    requests: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    closed_without_answer: int = 0  # nothing but blank lines was sent: nothing to answer
    dropped_without_answer: int = 0
    crashes: int = 0
    leaked_threads: int = 0
    peak_rss_mb: float = 0.0
    rss_growth_mb: float = 0.0
    hostile_peak_mb: float = 0.0  # traced allocations while answering hostile requests
    hostile_retained_mb: float = 0.0

    def summary(self) -> str:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        return (
            f"fuzz: {self.requests} raw requests; answers by status {{{statuses}}}; "
            f"closed with nothing to answer {self.closed_without_answer}; "
            f"dropped without an answer {self.dropped_without_answer}; crashes {self.crashes}; "
            f"leaked threads {self.leaked_threads}; peak RSS {self.peak_rss_mb:.0f} MB "
            f"(+{self.rss_growth_mb:.1f} MB during the fuzz module, hypothesis included); "
            f"hostile requests: peak {self.hostile_peak_mb:.1f} MB allocated, "
            f"{self.hostile_retained_mb:.2f} MB retained"
        )


FIGURES = Figures()
