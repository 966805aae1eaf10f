"""Keep-alive connections for the asyncio transport: a bounded pool per node.

A connection is handed out to one request at a time and comes back either reusable (the
response was read completely and the server keeps the connection alive) or to be closed.
Closing is synchronous, so it also happens in the ``finally`` of a cancelled task.
"""

from __future__ import annotations

import asyncio
import ssl
from contextlib import suppress
from typing import Literal

from .http1_wire import MAX_LINE
from .nodes import NodeConfig
from .tls import check_fingerprint

__all__ = ["Connection", "NodeConnections", "Phase", "Progress"]

Phase = Literal["pool", "connect", "send", "answer"]


class Progress:
    """How far the current attempt got; decides whether a failure could have been processed."""

    __slots__ = ("phase",)

    def __init__(self) -> None:
        self.phase: Phase = "pool"


class Connection:
    __slots__ = ("reader", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    def usable(self) -> bool:
        """False once the server closed its side (an idle keep-alive timeout, say), or sent
        bytes nobody asked for (after a response's end: they would pass for the next head)."""
        unread = getattr(self.reader, "_buffer", b"")
        return not self.writer.is_closing() and not self.reader.at_eof() and not unread

    def close(self) -> None:
        self.writer.close()  # synchronous: safe in a ``finally`` of a cancelled task


class NodeConnections:
    """Keep-alive connections to one node: at most ``limit`` open, idle ones reused LIFO."""

    def __init__(self, node: NodeConfig, ssl_context: ssl.SSLContext | None, limit: int) -> None:
        self._node = node
        self._ssl_context = ssl_context
        self._idle: list[Connection] = []
        self._slots = asyncio.Semaphore(limit)
        self._closed = False
        self.opened = 0  # connections opened so far, for stats and tests
        self.server_hostname: str | None = None
        self.fingerprint: str | None = None  # ssl_assert_fingerprint, checked per connection

    async def acquire(self, progress: Progress) -> Connection:
        await self._slots.acquire()
        try:
            while self._idle:
                conn = self._idle.pop()
                if conn.usable():
                    return conn
                conn.close()
            progress.phase = "connect"
            reader, writer = await asyncio.open_connection(
                self._node.host,
                self._node.port,
                ssl=self._ssl_context,
                server_hostname=self.server_hostname if self._ssl_context else None,
                limit=MAX_LINE,
            )
            self.opened += 1
            if self.fingerprint is not None:
                try:
                    check_fingerprint(writer.get_extra_info("ssl_object"), self.fingerprint)
                except ssl.SSLError:
                    writer.close()
                    raise
            return Connection(reader, writer)
        except BaseException:
            self._slots.release()
            raise

    def release(self, conn: Connection, reusable: bool) -> None:
        if reusable and not self._closed and conn.usable():
            self._idle.append(conn)
        else:
            conn.close()
        self._slots.release()

    async def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()
        for conn in idle:
            with suppress(OSError, ssl.SSLError, asyncio.TimeoutError):
                await asyncio.wait_for(conn.writer.wait_closed(), 1.0)
