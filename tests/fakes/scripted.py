"""A small raw-socket HTTP/1.1 server whose answers a test scripts, byte for byte.

``ScriptedServer`` accepts connections on 127.0.0.1 (or ::1), one thread per connection, keeps
connections alive, and answers each request with what its handler returns (by default the
``reply`` attribute, which a test may replace at any time):

- a ``Reply`` (status, headers, body; optionally chunked, gzipped, delayed, then closed), or
- a ``Fault``: a function given the raw socket, to misbehave (reset, close mid-body, stall).

It counts accepted connections and records every request exactly as it arrived (target,
headers, body bytes), so tests can assert keep-alive reuse, retries and round-robin from the
server's side of the wire, and what the client sent (``capture_server``: answer every request
like Elasticsearch acknowledging it, and ``take()`` what arrived).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class Received:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names
    raw_body: bytes

    @property
    def body(self) -> bytes:
        if self.headers.get("content-encoding") == "gzip":
            return gzip.decompress(self.raw_body)
        return self.raw_body


@dataclass
class Reply:
    status: int = 200
    body: bytes = b'{"ok":true}'
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[bytes] | None = None  # send with Transfer-Encoding: chunked
    chunk_delay: float = 0.0  # pause before each chunk
    delay: float = 0.0  # pause before the status line
    gzip: bool = False
    close: bool = False  # send "Connection: close" and close afterwards


ES_HEADERS = {"X-Elastic-Product": "Elasticsearch"}


def es_json(body: object = None, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """A JSON answer as Elasticsearch sends it (with the product header the clients check)."""
    payload = {"acknowledged": True} if body is None else body
    return Reply(status, json.dumps(payload).encode(), {**ES_HEADERS, **(headers or {})})


Fault = Callable[[socket.socket], None]
Handler = Callable[[Received], "Reply | Fault"]


def reset(sock: socket.socket) -> None:
    """Abort the connection with a TCP RST (SO_LINGER 0)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def close_mid_body(sock: socket.socket) -> None:
    """Promise 100 bytes, send 10, close."""
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
    sock.close()


def stall(seconds: float) -> Fault:
    """Read the request and answer nothing; close after ``seconds`` or when the client does."""

    def fault(sock: socket.socket) -> None:
        sock.settimeout(seconds)
        with contextlib.suppress(OSError):
            sock.recv(1)
        sock.close()

    return fault


class ScriptedServer:
    __test__ = False  # not a pytest test class

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.reply = Reply()  # the answer to every request, unless a handler is given
        self.handler: Handler = handler or (lambda request: self.reply)
        self.requests: list[Received] = []
        self.connections_accepted = 0
        self.open_connections = 0
        self._ssl_context = ssl_context
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._listener = socket.socket(family, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((host, port))
        self._listener.listen(128)
        self._listener.settimeout(0.05)  # so the acceptor sees stop() soon
        self.host = host
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._stopped = threading.Event()
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    def take(self) -> list[Received]:
        """The requests received so far, forgetting them."""
        with self._lock:
            taken, self.requests = self.requests, []
        return taken

    @property
    def url(self) -> str:
        scheme = "https" if self._ssl_context else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}"

    def __enter__(self) -> ScriptedServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopped.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._stopped.is_set():
            try:
                sock, _ = self._listener.accept()
            except (TimeoutError, OSError):
                continue
            sock.settimeout(None)
            with self._lock:
                self.connections_accepted += 1
                self.open_connections += 1
                self._sockets.add(sock)
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            if self._ssl_context is not None:
                sock = self._ssl_context.wrap_socket(sock, server_side=True)
                with self._lock:
                    self._sockets.add(sock)
            reader = sock.makefile("rb")
            while not self._stopped.is_set():
                request = _read_request(reader)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                action = self.handler(request)
                if not isinstance(action, Reply):
                    action(sock)
                    return
                _send_reply(sock, action, head_only=request.method == "HEAD")
                if action.close:
                    return
        except (OSError, ssl.SSLError, ValueError):
            return
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._lock:
                self.open_connections -= 1


def _read_request(reader: object) -> Received | None:
    readline = reader.readline  # type: ignore[attr-defined]
    line = readline(65537)
    if not line:
        return None
    method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        header = readline(65537).decode("latin-1").rstrip("\r\n")
        if not header:
            break
        name, _, value = header.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = reader.read(length) if length else b""  # type: ignore[attr-defined]
    return Received(method, target, headers, body)


def _send_reply(sock: socket.socket, reply: Reply, head_only: bool = False) -> None:
    if reply.delay:
        time.sleep(reply.delay)
    headers = {"Content-Type": "application/json", **reply.headers}
    if reply.close:
        headers["Connection"] = "close"
    body = gzip.compress(reply.body) if reply.gzip else reply.body
    if reply.gzip:
        headers["Content-Encoding"] = "gzip"
    if reply.chunks is None:
        headers["Content-Length"] = str(len(body))
    else:
        headers["Transfer-Encoding"] = "chunked"
    head = f"HTTP/1.1 {reply.status} {_REASONS.get(reply.status, 'Whatever')}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    if reply.chunks is None:
        sock.sendall(head.encode("latin-1") + (b"" if head_only else body))
        return
    sock.sendall(head.encode("latin-1"))
    for chunk in reply.chunks:
        if reply.chunk_delay:
            time.sleep(reply.chunk_delay)
        sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
    sock.sendall(b"0\r\n\r\n")


_REASONS = {200: "OK", 400: "Bad Request", 429: "Too Many Requests", 503: "Service Unavailable"}


@contextlib.contextmanager
def servers(count: int, handler: Handler | None = None) -> Iterator[list[ScriptedServer]]:
    """``count`` running servers sharing one handler: a cluster's nodes."""
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(ScriptedServer(handler)) for _ in range(count)]


def capture_server() -> ScriptedServer:
    """A server that acknowledges every request like Elasticsearch; ``take()`` what was sent."""
    server = ScriptedServer()
    server.reply = es_json()
    return server
