"""A sans-I/O decoder for server-sent events (``text/event-stream``).

It follows the WHATWG event-stream parsing algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation)
and adds one deviation for Elasticsearch: a byte order mark is stripped at the start of *every*
line, not only at the start of the stream. Elasticsearch writes ``U+FEFF`` before each event
(``\\ufeffevent: message\\ndata: {...}\\n\\n``); a strict decoder would read every later
``\\ufeffevent`` as an unknown field and report ``event: error`` events as plain messages.
A field name never legitimately starts with U+FEFF, so the deviation changes nothing else,
except that a line holding only a BOM counts as a blank line.

The decoder holds no I/O: feed it byte chunks as they arrive, in any split, and it returns the
events completed by each chunk.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["EventTooLargeError", "IncompleteStreamError", "SSEDecoder", "ServerSentEvent"]

_BOM = "\ufeff"
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSentEvent:
    """One dispatched event.

    ``id`` is the last event id seen so far in the stream (ids persist across events, as in
    WHATWG), ``None`` when none was set or it was reset with an empty ``id`` field. ``retry`` is
    the reconnection time in milliseconds given in this event's own block, else ``None``.
    """

    event: str = "message"
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """The data parsed as JSON; raises ValueError if it is not (or is nested too deeply)."""
        try:
            return json.loads(self.data)
        except RecursionError as exc:  # a ValueError like any other undecodable data
            raise ValueError("event data is nested too deeply") from exc


class IncompleteStreamError(ValueError):
    """The stream ended in the middle of an event or a line, so that event was never dispatched."""


class EventTooLargeError(ValueError):
    """A line, or the data of one event, grew past the decoder's ``max_event_size``."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"{what} is longer than {limit} characters")
        self.limit = limit


class SSEDecoder:
    """Turns byte chunks of an event stream into ``ServerSentEvent`` objects.

    ``feed()`` returns the events completed by a chunk; the split of the stream into chunks
    never changes the result, including a CR and LF or a multi-byte UTF-8 character split
    across two chunks. Invalid UTF-8 decodes to U+FFFD, as WHATWG requires. Call ``close()``
    once the stream has ended. With ``max_event_size``, a line or an event's data longer than
    that many characters raises ``EventTooLargeError`` as soon as it gets there, so a line
    that never ends costs bounded memory.
    """

    def __init__(self, max_event_size: int | None = None) -> None:
        self._max = max_event_size
        self._partial_size = 0  # characters held in _partial_line
        self._data_size = 0  # characters held in _data
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._partial_line: list[str] = []  # text after the last line end, possibly in pieces
        # The previous chunk ended with CR, which already ended a line: an LF that opens the
        # next chunk is the second half of that CRLF, not a blank line.
        self._skip_lf = False
        self._data: list[str] = []
        self._event_type = ""
        self._block_retry: int | None = None
        self._in_block = False  # a field line was seen since the last blank line
        self._last_event_id = ""
        self.retry: int | None = None
        """The latest reconnection time (ms) the stream asked for; it persists across events."""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one chunk and return the events it completed, in stream order."""
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if text.startswith("\n"):
                text = text[1:]
        events: list[ServerSentEvent] = []
        start = 0
        # Only the new text is searched for line ends, so a long line that arrives in many
        # small chunks costs linear time.
        for match in _LINE_END.finditer(text):
            line = text[start : match.start()]
            if self._partial_line:
                self._partial_line.append(line)
                line = "".join(self._partial_line)
                self._partial_line.clear()
                self._partial_size = 0
            if self._max is not None and len(line) > self._max:
                raise EventTooLargeError(self._max, "a line of the event stream")
            event = self._process_line(line)
            if event is not None:
                events.append(event)
            start = match.end()
        if start < len(text):
            self._partial_line.append(text[start:])
            self._partial_size += len(text) - start
            if self._max is not None and self._partial_size > self._max:
                raise EventTooLargeError(self._max, "a line of the event stream")
        self._skip_lf = text.endswith("\r")
        return events

    def close(self) -> None:
        """Finish the stream; raise ``IncompleteStreamError`` if it ended inside an event.

        WHATWG silently drops an event that was cut off; raising instead lets the caller tell
        a complete stream from a broken connection. A trailing comment or an incomplete line
        also counts as cut off. The decoder is reset either way, so a second call is a no-op.
        """
        undecoded = self._utf8.getstate()[0]
        partial_line = "".join(self._partial_line)
        in_block = self._in_block
        self._reset_stream()
        if undecoded:
            raise IncompleteStreamError(
                f"stream ended inside a UTF-8 character ({len(undecoded)} byte(s) pending)"
            )
        if partial_line:
            raise IncompleteStreamError(
                f"stream ended inside a line: {_preview(partial_line)} has no line end"
            )
        if in_block:
            raise IncompleteStreamError(
                "stream ended inside an event: its fields were not followed by a blank line"
            )

    def _reset_stream(self) -> None:
        self._utf8.reset()
        self._partial_line.clear()
        self._partial_size = 0
        self._skip_lf = False
        self._reset_block()

    def _reset_block(self) -> None:
        self._data = []
        self._data_size = 0
        self._event_type = ""
        self._block_retry = None
        self._in_block = False

    def _process_line(self, line: str) -> ServerSentEvent | None:
        if line.startswith(_BOM):
            line = line[1:]
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment, e.g. a keep-alive
        self._in_block = True
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._data_size += len(value) + 1
            if self._max is not None and self._data_size > self._max:
                raise EventTooLargeError(self._max, "the data of one event")
        elif name == "event":
            self._event_type = value
        elif name == "id":
            if "\0" not in value:
                self._last_event_id = value
        elif name == "retry":
            if value.isascii() and value.isdigit():
                self.retry = self._block_retry = int(value)
        # Any other field name is ignored.
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event_type, retry = self._data, self._event_type, self._block_retry
        self._reset_block()
        if not data:
            return None
        return ServerSentEvent(
            event=event_type or "message",
            data="\n".join(data),
            id=self._last_event_id or None,
            retry=retry,
        )


def _preview(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")
