"""Streamed inference results: ``Stream`` and ``AsyncStream`` over Elasticsearch's event stream.

Elasticsearch answers ``/_stream`` requests with server-sent events: one ``event: message``
per chunk whose data is compact JSON, then a final ``data: [DONE]``. Errors arrive as
``event: error`` with data ``{"error": {...}, "status": N}``: before streaming with the HTTP
error status, or mid-stream after a 200, in which case no ``[DONE]`` follows. A stream that
ends without ``[DONE]`` was therefore cut off.

Iterating a stream yields each chunk's JSON object; errors raise the ``ApiError`` built by the
client's error mapper. The underlying response is closed when the stream ends, fails, is left
early, or leaves a ``with`` block. A connection that breaks while the body is read raises
``StreamInterruptedError`` (a ``ConnectionError``), like a body that ends without ``[DONE]``.
"""

from __future__ import annotations

import json
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from http import HTTPStatus
from types import TracebackType
from typing import Any, NoReturn, TypeAlias

from . import errors
from ._sse import EventTooLargeError, IncompleteStreamError, ServerSentEvent, SSEDecoder
from ._transport import DEFAULT_MAX_STREAM_EVENT_SIZE, AsyncByteStream, ByteStream
from .errors import ApiError, ConnectionTimeout, ResponseTooLargeError, SerializationError

__all__ = ["AsyncStream", "ErrorMapper", "Stream", "StreamInterruptedError"]

ErrorMapper: TypeAlias = Callable[[int, Any, str], ApiError]
"""Builds the exception for an error answer from (status, parsed error body, node)."""
EndCallback: TypeAlias = Callable[[Exception | None], None]
"""Told once when a stream is closed: the error that ended it, if any (a tracing span)."""

_DONE = "[DONE]"


class StreamInterruptedError(errors.ConnectionError):
    """The event stream ended before ``[DONE]`` and without an error: the connection was cut.

    Raised both when the body ends cleanly too early and when the connection breaks while it
    is being read (the transport's ConnectionError is its ``__cause__`` and in ``errors``).
    """


class _Interpreter:
    """What Stream and AsyncStream share: everything but the reads, with no I/O of its own.

    Its limits come from the transport's stream (``TransportSettings``): a line or event
    over ``max_event_size`` raises ``ResponseTooLargeError``, and no event for ``timeout``
    seconds (``request_timeout``) raises ``ConnectionTimeout``. Silence is caught by the
    transport's read timeout, a trickle that never completes an event by the next read.
    """

    def __init__(self, response: ByteStream | AsyncByteStream, make_error: ErrorMapper) -> None:
        self.status = response.status
        self.node = response.node
        self.make_error = make_error
        self.max_event_size: int = getattr(
            response, "max_event_size", DEFAULT_MAX_STREAM_EVENT_SIZE
        )
        self.gap: float | None = getattr(response, "timeout", None)
        self.decoder = SSEDecoder(self.max_event_size)
        self.last_event = time.monotonic()
        self.status_error: ApiError | None = None  # built once from a non-2xx body

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events ``chunk`` completes; raises when a limit is passed."""
        try:
            events = self.decoder.feed(chunk)
        except EventTooLargeError as exc:
            raise self.too_large(f"{exc}") from exc
        now = time.monotonic()
        if events:
            self.last_event = now
        elif self.gap is not None and now - self.last_event > self.gap:
            raise ConnectionTimeout(
                f"the event stream from {self.node} sent no event for {self.gap} s"
                " (request_timeout)"
            )
        return events

    def too_large(self, what: str) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"The event stream from {self.node} exceeds max_stream_event_size"
            f" ({self.max_event_size} bytes): {what}. Raise max_stream_event_size if such"
            " events are expected."
        )

    def add_error_piece(self, pieces: list[bytes], piece: bytes) -> None:
        """Collect a non-2xx stream's body, which may hold one event at most."""
        pieces.append(piece)
        if sum(map(len, pieces)) > self.max_event_size:
            raise self.too_large("the error answer")

    def accept(self, event: ServerSentEvent) -> bool:
        """True for an event to hand out, False for ``[DONE]``; raises for an error event."""
        if event.data == _DONE:
            return False
        error_body = _error_body(event)
        if error_body is not None:
            raise self.make_error(_error_status(error_body), error_body, self.node)
        return True

    def raise_interrupted(self) -> NoReturn:
        """Raise for a body that ended without ``[DONE]`` (and without an error event)."""
        message = f"the event stream from {self.node} ended before [DONE]"
        try:
            self.decoder.close()
        except IncompleteStreamError as exc:
            raise StreamInterruptedError(f"{message}: {exc}", errors=(exc,)) from exc
        raise StreamInterruptedError(message)

    def cut(self, exc: errors.ConnectionError) -> StreamInterruptedError:
        """The error for a connection that broke while the body was being read."""
        if isinstance(exc, StreamInterruptedError):
            return exc
        message = f"the event stream from {self.node} was cut before [DONE]: {exc}"
        return StreamInterruptedError(message, errors=(exc,))

    def error_for_body(self, raw: bytes) -> ApiError:
        """The exception for a non-2xx answer, whose body is an error event or plain JSON."""
        return self.make_error(self.status, _parse_error_body(raw), self.node)


class Stream:
    """A streamed inference result; iterate it for the JSON chunks, or call ``text()``.

    Use it as a context manager, or iterate it to the end, so the connection is released.
    It can be iterated once.
    """

    def __init__(self, response: ByteStream, make_error: ErrorMapper) -> None:
        self._response = response
        self._interpreter = _Interpreter(response, make_error)
        self._started = False
        self._closed = False
        self._ended: EndCallback | None = None
        self._failure: Exception | None = None

    @property
    def status(self) -> int:
        return self._response.status

    @property
    def headers(self) -> Mapping[str, str]:
        return self._response.headers

    @property
    def node(self) -> str:
        return self._response.node

    def raise_for_status(self) -> None:
        """Raise the mapped ApiError now if the status is not 2xx (reads the body and closes).

        Iterating does this first anyway; calling it again raises the same error again.
        """
        interpreter = self._interpreter
        if 200 <= self.status < 300:
            return
        if interpreter.status_error is None:
            pieces: list[bytes] = []
            try:
                for piece in self._response:
                    interpreter.add_error_piece(pieces, piece)
            finally:
                self.close()
            raw = b"".join(pieces)
            interpreter.status_error = interpreter.error_for_body(raw)
        raise interpreter.status_error

    def events(self) -> Generator[ServerSentEvent, None, None]:
        """The raw events up to ``[DONE]`` (excluded); errors raise as with plain iteration."""
        self._start()
        try:
            self.raise_for_status()
            interpreter = self._interpreter
            chunks = iter(self._response)
            try:
                for chunk in chunks:
                    for event in interpreter.feed(chunk):
                        if not interpreter.accept(event):
                            _drain(chunks)
                            return
                        yield event
            except errors.ConnectionError as exc:
                raise interpreter.cut(exc) from exc
            interpreter.raise_interrupted()
        except Exception as exc:
            self._failure = exc
            raise
        finally:
            self.close()

    def __iter__(self) -> Generator[dict[str, Any], None, None]:
        events = self.events()
        try:
            for event in events:
                yield _payload(event)
        finally:
            events.close()

    def text(self) -> str:
        """The whole completion text: the joined ``completion`` deltas or chat ``content``s."""
        return "".join(_text_of(chunk) for chunk in self)

    def close(self) -> None:
        """Close the underlying response; safe to call more than once."""
        if not self._closed:
            self._closed = True
            try:
                self._response.close()
            finally:
                _call_end(self)

    def on_end(self, callback: EndCallback) -> None:
        """Have ``callback`` told when the stream closes, with the error that ended it."""
        self._ended = callback

    def __enter__(self) -> Stream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Stream status={self.status} node={self.node!r}>"

    def __del__(self) -> None:
        # A stream dropped unread would keep its pooled connection checked out for good, and
        # enough of them would block every later request: give the connection back.
        if not getattr(self, "_closed", True):
            self.close()

    def _start(self) -> None:
        if self._started or self._closed:
            raise RuntimeError("this stream was already iterated or closed; it can be read once")
        self._started = True


class AsyncStream:
    """The asyncio twin of ``Stream``: ``async for``, ``async with``, ``await text()``.

    Leaving an ``async for`` early closes the response once the event loop finalizes the
    iterator; ``async with`` (or ``aclose()``) closes it at once.
    """

    def __init__(self, response: AsyncByteStream, make_error: ErrorMapper) -> None:
        self._response = response
        self._interpreter = _Interpreter(response, make_error)
        self._started = False
        self._closed = False
        self._ended: EndCallback | None = None
        self._failure: Exception | None = None

    @property
    def status(self) -> int:
        return self._response.status

    @property
    def headers(self) -> Mapping[str, str]:
        return self._response.headers

    @property
    def node(self) -> str:
        return self._response.node

    async def raise_for_status(self) -> None:
        """Raise the mapped ApiError now if the status is not 2xx (reads the body and closes).

        Iterating does this first anyway; calling it again raises the same error again.
        """
        interpreter = self._interpreter
        if 200 <= self.status < 300:
            return
        if interpreter.status_error is None:
            pieces: list[bytes] = []
            try:
                async for piece in self._response:
                    interpreter.add_error_piece(pieces, piece)
            finally:
                await self.aclose()
            raw = b"".join(pieces)
            interpreter.status_error = interpreter.error_for_body(raw)
        raise interpreter.status_error

    async def events(self) -> AsyncGenerator[ServerSentEvent, None]:
        """The raw events up to ``[DONE]`` (excluded); errors raise as with plain iteration."""
        self._start()
        try:
            await self.raise_for_status()
            interpreter = self._interpreter
            chunks = aiter(self._response)
            try:
                async for chunk in chunks:
                    for event in interpreter.feed(chunk):
                        if not interpreter.accept(event):
                            await _adrain(chunks)
                            return
                        yield event
            except errors.ConnectionError as exc:
                raise interpreter.cut(exc) from exc
            interpreter.raise_interrupted()
        except Exception as exc:
            self._failure = exc
            raise
        finally:
            await self.aclose()

    async def __aiter__(self) -> AsyncGenerator[dict[str, Any], None]:
        events = self.events()
        try:
            async for event in events:
                yield _payload(event)
        finally:
            await events.aclose()

    async def text(self) -> str:
        """The whole completion text: the joined ``completion`` deltas or chat ``content``s."""
        return "".join([_text_of(chunk) async for chunk in self])

    async def aclose(self) -> None:
        """Close the underlying response; safe to call more than once."""
        if not self._closed:
            self._closed = True
            try:
                await self._response.aclose()
            finally:
                _call_end(self)

    def on_end(self, callback: EndCallback) -> None:
        """Have ``callback`` told when the stream closes, with the error that ended it."""
        self._ended = callback

    async def __aenter__(self) -> AsyncStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncStream status={self.status} node={self.node!r}>"

    def __del__(self) -> None:
        # As Stream's: a stream dropped unread would hold one of its node's connections for
        # good (and keep its span open); releasing it needs no await.
        if not getattr(self, "_closed", True):
            self._closed = True
            try:
                self._response.close()
            except RuntimeError:  # its event loop is closed, and its sockets with it
                pass
            finally:
                _call_end(self)

    def _start(self) -> None:
        if self._started or self._closed:
            raise RuntimeError("this stream was already iterated or closed; it can be read once")
        self._started = True


def _call_end(stream: Stream | AsyncStream) -> None:
    callback, stream._ended = stream._ended, None
    if callback is not None:
        callback(stream._failure)


# After [DONE] Elasticsearch ends the body at once: reading that end lets the transport pool the
# connection again instead of closing it. Anything longer is not worth reading.
_DRAIN_LIMIT = 64 * 1024


def _drain(chunks: Iterator[bytes]) -> None:
    """Read what follows [DONE] up to the end of the body; failures no longer matter."""
    drained = 0
    try:
        for chunk in chunks:
            drained += len(chunk)
            if drained > _DRAIN_LIMIT:
                return
    except errors.TransportError:
        pass


async def _adrain(chunks: AsyncIterator[bytes]) -> None:
    """``_drain`` for an asyncio response."""
    drained = 0
    try:
        async for chunk in chunks:
            drained += len(chunk)
            if drained > _DRAIN_LIMIT:
                return
    except errors.TransportError:
        pass


def _payload(event: ServerSentEvent) -> dict[str, Any]:
    try:
        payload = event.json()
    except ValueError as exc:
        raise SerializationError(f"event data is not JSON: {event.data[:80]!r}", (exc,)) from exc
    if not isinstance(payload, dict):
        raise SerializationError(f"event data is not a JSON object: {event.data[:80]!r}")
    return payload


def _is_error_object(value: Any) -> bool:
    return isinstance(value, dict) and "error" in value and value.keys() <= {"error", "status"}


def _error_body(event: ServerSentEvent) -> Any:
    """The error body an event carries, or None: ``event: error``, or a message that is one."""
    if event.event == "error":
        try:
            body = event.json()
        except ValueError:
            body = None
        return event.data if body is None else body
    # A cheap test first: only a payload that mentions "error" can be an error object.
    if '"error"' not in event.data:
        return None
    try:
        payload = event.json()
    except ValueError:
        return None
    return payload if _is_error_object(payload) else None


def _error_status(body: Any) -> int:
    """The status of a mid-stream error: its ``status``, else its ``code`` name, else 500.

    The HTTP status is 200 by then, so it says nothing. chat_completion_unified errors carry
    no status but a lower-case status name such as ``bad_request`` in ``error.code``.
    """
    if isinstance(body, dict):
        status = body.get("status")
        if isinstance(status, int) and not isinstance(status, bool) and 400 <= status <= 599:
            return status
        error = body.get("error")
        code = error.get("code") if isinstance(error, dict) else None
        if isinstance(code, str) and code.upper() in HTTPStatus.__members__:
            value = HTTPStatus[code.upper()].value
            if 400 <= value <= 599:
                return value
    return 500


def _parse_error_body(raw: bytes) -> Any:
    """The body of a non-2xx answer: the error event's JSON, else the body as JSON, else text."""
    for event in SSEDecoder().feed(raw):
        body = _error_body(event)
        if body is not None:
            return body
    text = raw.decode("utf-8", errors="replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # nested too deeply: the text then
        return text or None


def _text_of(chunk: Mapping[str, Any]) -> str:
    """The text of one chunk: ``completion[].delta`` (or ``.result``), ``choices[].delta.content``.

    A non-streaming provider answers with one whole result, ``{"completion": [{"result": ..}]}``.
    """
    parts: list[str] = []
    for item in _list(chunk.get("completion")):
        if isinstance(item, dict):
            text = item.get("delta", item.get("result"))
            if isinstance(text, str):
                parts.append(text)
    for choice in _list(chunk.get("choices")):
        delta = choice.get("delta") if isinstance(choice, dict) else None
        content = delta.get("content") if isinstance(delta, dict) else None
        if isinstance(content, str):
            parts.append(content)
    return "".join(parts)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
