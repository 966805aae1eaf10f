"""Server-sent events as a client reads them: (event type, data) pairs."""

from __future__ import annotations


def events(body: bytes) -> list[tuple[str, str]]:
    """Split an SSE body into events; an event without ``event:`` is a ``message``."""
    parsed = []
    for block in body.decode("utf-8").lstrip("\ufeff").split("\n\n"):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.split("\n"):
            field, _, value = line.partition(":")
            if field == "event":
                name = value.strip()
            elif field == "data":
                data.append(value[1:] if value.startswith(" ") else value)
        parsed.append((name, "\n".join(data)))
    return parsed
