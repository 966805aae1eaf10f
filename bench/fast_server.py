"""A minimal HTTP/1.1 server for the benchmarks: canned JSON answers, keep-alive, little CPU.

``python bench/fast_server.py [--latency SECONDS]`` prints the port it listens on, then
serves until stdin closes (so it dies with the benchmark). Every request is answered with
the body chosen by the last path segment (``/_inference/text_embedding/<name>``):

- ``small``: one 384-float embedding; ``large``: 64 embeddings of 1,024 floats;
- ``large32``: the same shape with float32 values as Elasticsearch prints them (shortest
  round-trip form, up to 9 significant digits); ``bulk``: 100 such vectors of 1,024;
- anything else: ``{"acknowledged": true}``.

The bundled ``esinference.server`` (a ThreadingHTTPServer that checks every request) costs
several times the CPU of a client request, which on a 2-core machine would throttle the
clients being measured. This one parses only the request line and Content-Length, and an
optional fixed latency is a timer, not a sleeping thread.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys

_HEAD = (
    "HTTP/1.1 200 OK\r\n"
    "Content-Type: application/vnd.elasticsearch+json;compatible-with=9\r\n"
    "X-Elastic-Product: Elasticsearch\r\n"
    "Content-Length: {length}\r\n"
    "\r\n"
)


def embedding_body(
    count: int, dims: int, seed: int = 0, digits: int | None = None, float32: bool = False
) -> bytes:
    """A text_embedding answer, compact JSON; floats in full (17 digits), rounded, or float32."""
    rng = random.Random(seed)
    vectors = [[rng.uniform(-0.2, 0.2) for _ in range(dims)] for _ in range(count)]
    if float32:
        return float32_body(vectors)
    if digits is not None:
        vectors = [[float(f"{x:.{digits}g}") for x in v] for v in vectors]
    body = {"text_embedding": [{"embedding": v} for v in vectors]}
    return json.dumps(body, separators=(",", ":")).encode()


def float32_body(vectors: list[list[float]]) -> bytes:
    """Values as Elasticsearch writes a float32: its shortest round-trip decimal (numpy's str)."""
    import numpy

    items = (
        '{"embedding":[' + ",".join(map(str, numpy.array(v, dtype=numpy.float32))) + "]}"
        for v in vectors
    )
    return ('{"text_embedding":[' + ",".join(items) + "]}").encode()


def canned_answers() -> dict[bytes, bytes]:
    """Whole responses (head and body) by the request path's last segment."""
    bodies = {
        b"small": embedding_body(1, 384),
        b"large": embedding_body(64, 1024),
        b"large32": embedding_body(64, 1024, float32=True),
        b"bulk": embedding_body(100, 1024, float32=True),
        b"": b'{"acknowledged":true}',
    }
    return {name: _HEAD.format(length=len(b)).encode() + b for name, b in bodies.items()}


class _HttpProtocol(asyncio.Protocol):
    """One connection: parse requests as they arrive, answer each (after ``latency``)."""

    def __init__(self, answers: dict[bytes, bytes], latency: float) -> None:
        self._answers = answers
        self._latency = latency
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self._buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self._buffer) < end + 4 + length:
                return  # the body is still arriving
            self._buffer = self._buffer[end + 4 + length :]
            target = head.split(b" ", 2)[1].split(b"?", 1)[0]
            answer = self._answers.get(target.rsplit(b"/", 1)[-1], self._answers[b""])
            if self._latency > 0:
                asyncio.get_running_loop().call_later(self._latency, self._send, answer)
            else:
                self._send(answer)

    def _send(self, answer: bytes) -> None:
        if self._transport is not None:
            self._transport.write(answer)


async def serve(latency: float) -> None:
    loop = asyncio.get_running_loop()
    answers = canned_answers()
    server = await loop.create_server(
        lambda: _HttpProtocol(answers, latency), "127.0.0.1", 0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before answering")
    asyncio.run(serve(parser.parse_args().latency))


if __name__ == "__main__":
    main()
